#ifndef IRDESK_CORE_DOC_H
#define IRDESK_CORE_DOC_H

#include <stddef.h>

struct table;

/* The document model of the printed reports: a title and a list of nodes
 * (headings, paragraphs, tables, pictures), written once by the reports and
 * rendered twice: as plain text for a line printer (doc_text, at most width
 * cells a line) and as an A4 PDF (pdf_render in core/pdf.h).  The numbers
 * in cells lay the text out; the PDF reads them as proportions. */

enum doc_type {
    DOC_LINE,    /* text on one line, cut to the width */
    DOC_BLANK,   /* a blank line, unless the document is empty or ends with one */
    DOC_GAP,     /* an empty line, always */
    DOC_HEADING, /* text; rule '=' (a part), '-' (a section), 0 (no rule, after a gap) */
    DOC_PARA,    /* lead, then text wrapped (see struct doc_node) */
    DOC_MARKED,  /* lines of text, each wrapped after lead (a mark) */
    DOC_TABLE,   /* table */
    DOC_PICTURE  /* picture; the text shows its caption only */
};

/* How a paragraph looks in the PDF (the text ignores it). */
enum doc_style {
    DOC_PLAIN,
    DOC_LABEL, /* the lead is a field's label */
    DOC_TITLE  /* a record's title */
};

/* A picture: drawn in the PDF (core/chart.c), its caption in the text. */
enum doc_pic_type {
    DOC_PIC_TIMELINE, /* rows from one year to another, with marked years */
    DOC_PIC_BARS,     /* rows with a value, in groups */
    DOC_PIC_GRID      /* rows placed in the cells of a grid (from: its row, to: its column) */
};

enum { DOC_MARKS = 16, DOC_GRID = 8 };

/* What a timeline's mark is: each has its shape, and its legend at
 * DOC_LEG_MARK + the mark. */
enum { DOC_MARK_AGREEMENT, DOC_MARK_EVENT, DOC_MARK_DECISION, DOC_MARK_PENDING, DOC_MARK_KINDS };

/* A timeline's legend: the bar, the end, then each kind of mark. */
enum { DOC_LEG_BAR, DOC_LEG_END, DOC_LEG_MARK, DOC_LEGEND = DOC_LEG_MARK + DOC_MARK_KINDS };

struct doc_row {
    char *label;
    char *group;          /* bars: the heading of the row's group */
    long value;           /* bars: the figure */
    int from, to;         /* timeline: years; to 0: still running */
    int marks[DOC_MARKS]; /* timeline: years of events */
    char mark_kind[DOC_MARKS]; /* DOC_MARK_* */
    int nmarks;
    int ended;            /* timeline: ended at 'to' (legend[DOC_LEG_END]) */
};

struct doc_picture {
    enum doc_pic_type type;
    char *caption;
    char *legend[DOC_LEGEND]; /* timeline: DOC_LEG_* */
    int lo, hi;               /* timeline: the years shown */
    char *axis[2];            /* grid: the title of its rows, of its columns */
    char *ticks[2][DOC_GRID]; /* grid: the label of each row, of each column */
    int nticks[2];
    struct doc_row *rows;
    size_t n;
};

struct doc_node {
    enum doc_type type;
    enum doc_style style;
    char *text;
    char *lead;
    /* DOC_PARA: the first line is margin spaces, lead fitted to cells,
     * gap spaces, then the text; later lines start after rest spaces; the
     * text is wrapped at room cells.  DOC_MARKED: rest is the indent. */
    size_t margin, cells, gap, rest, room;
    char rule;
    struct table *table;
    struct doc_picture *pic;
};

struct doc {
    size_t width;
    char *title;
    struct doc_node *nodes;
    size_t n, cap;
};

/* An empty document width cells wide; caller owns (doc_free). */
struct doc *doc_new(size_t width);
void doc_free(struct doc **pd);
/* Set the title (copied). */
void doc_title(struct doc *d, const char *title);

/* One line, cut to the width. */
void doc_line(struct doc *d, const char *s);
/* A blank line, unless the document is empty or ends with one. */
void doc_blank(struct doc *d);
/* An empty line. */
void doc_gap(struct doc *d);
/* A heading underlined with c, after a blank line; c 0: after an empty
 * line, without a rule. */
void doc_heading(struct doc *d, const char *s, char c);
/* Text wrapped at word boundaries, the first line after 'first', the others
 * indented by 'indent' cells (or first's width when wider). */
void doc_para(struct doc *d, const char *first, size_t indent, const char *text);
/* A paragraph laid out as struct doc_node says; returns it to adjust. */
struct doc_node *doc_para_at(struct doc *d, enum doc_style style, const char *lead,
                             size_t margin, size_t cells, size_t gap, size_t rest,
                             const char *text);
/* The nodes of *psrc appended to d (moved); *psrc freed and set NULL. */
void doc_take_nodes(struct doc *d, struct doc **psrc);
/* A table; takes *pt over and sets it NULL. */
void doc_table_take(struct doc *d, struct table **pt);
/* Lines of text (as summary_attention gives them) wrapped and each marked
 * with mark, indent cells wide. */
void doc_marked(struct doc *d, const char *text, const char *mark, size_t indent);
/* A picture; takes *pp over and sets it NULL. */
void doc_picture_take(struct doc *d, struct doc_picture **pp);

/* A new picture of type t with a caption (copied); caller owns
 * (doc_picture_free) until it is taken. */
struct doc_picture *doc_picture_new(enum doc_pic_type t, const char *caption);
/* A row added to p (label and group copied, group may be NULL); borrowed. */
struct doc_row *doc_picture_row(struct doc_picture *p, const char *label, const char *group);
void doc_picture_free(struct doc_picture **pp);

/* The document as plain text; caller frees. */
char *doc_text(const struct doc *d);

/* A message of the kinds' descriptors, formatted (not a literal, so the
 * compiler cannot check it: its arguments are the ones model/kind.h
 * documents for it, and msgfmt --check-format checks the translations).
 * Caller frees. */
char *doc_format(const char *fmt, ...);

#endif
