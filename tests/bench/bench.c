/* bench: drive the real irdesk in a pseudo-terminal of its own and time
 * what a desk user waits for (issue 6).  Not part of the installed program.
 *
 *   bench [--irdesk PATH] [--db FILE] [--out FILE] [--reps N] [--starts N]
 *         [--reports N] [--quiet MS] [--search WORD] [--only LIST] [--no-copy] [-v]
 *         [--db-url postgresql://...]
 *
 * --db-url measures the desk's keys once more on a PostgreSQL database, after
 * the files (no copy: tests/bench/run.sh, which `make bench` runs, gives it a
 * throwaway cluster holding a copy made by `irdesk copy`), in tables of its
 * own with the targets of issue 16 and side by side with the files' figures;
 * a --db postgresql://... is measured the same way in its turn.
 *
 * --only runs some of the scenarios (starts, moves, sorts, panes, search, open,
 * pdf, edit, report), e.g. to profile one: perf record -p $(pgrep -n irdesk).
 *
 * The desk runs at 80x24 with TERM=xterm-256color, LC_ALL=C.UTF-8, --lang en
 * and an empty configuration directory, on a copy of FILE (FILE-work.db:
 * the edits it saves would otherwise change the data of the next run).  Keys
 * are written to the pty master; times are CLOCK_MONOTONIC.
 *
 * When is a repaint finished?  A key's time runs from just before it is
 * written to the arrival of the LAST byte of the desk's answer.  The answer
 * is over when the desk is back in its wait for input -- ncurses' wget_wch
 * sleeping in poll() on the terminal, seen in /proc/PID/syscall, after it
 * has slept at least once since the key (voluntary_ctxt_switches) -- and no
 * byte has come for GRACE_MS (the kernel hands pty output to the reader
 * through a work queue, a little after the write).  Only output other than
 * the cursor and keypad switches that curs_set() and keypad() flush at once
 * counts as the start of an answer: the filter prompt shows the cursor
 * before it queries and draws, a save hides it before it reloads the list.
 * Two things were not good enough: a fixed quiet period (on a busy machine
 * the desk is preempted in the middle of a repaint for 15 ms and more, and
 * a period long enough to ride over that makes the run slow), and the
 * cursor-positioning sequence ncurses writes last (with the cursor hidden a
 * repaint may end with a move, an SGR reset or plain text: no byte pattern
 * closes it).  With --quiet MS, or where /proc/PID/syscall cannot be read
 * (then 20 ms), bench uses a quiet period instead, and says so.
 *
 * First screen: from fork() to the last byte of the first answer that
 * holds the bottom line's "?:help" (or the start-up reminders' message, when
 * it is long enough to take that line), the desk then waiting for input.  Peak
 * memory: VmHWM of the desk (/proc/PID/status) after all the keys.  The
 * portfolio report: `irdesk report portfolio` as a child, fork() to
 * waitpid(), its output to a file.  With each figure bench also shows what
 * the desk itself spent (CPU time, /proc/PID/schedstat) and how long it
 * waited for a CPU (run-queue wait): on a shared machine the second tells
 * load from slowness.
 *
 * Results go to stdout as a table and to --out (BENCHMARKS.md) with the
 * machine, the load, the date and the commands.  Exit status 0 even when
 * figures miss their targets (it is a report; the misses are marked); 1
 * when something could not be measured at all. */
#include <errno.h>
#include <fcntl.h>
#include <glob.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

enum { ESCDELAY_MS = 2, MAX_RUNS = 4 };

/* the terminal of the run being measured (--size COLSxROWS) */
static int term_rows = 24, term_cols = 80;

/* targets of issue 14 */
#define T_FIRST_MS 20.0
#define T_KEY_MEDIAN_MS 2.0
#define T_KEY_P95_MS 5.0
#define T_ESC_MS 5.0
#define T_RSS_MB 16.0
#define T_REPORT_MS 300.0
/* targets of issue 9: a CSV of 1,000,000 new cities */
#define T_IMPORT_MS 15000.0
#define T_IMPORT_MB 64.0
#define T_EXPORT_MS 5000.0
#define T_EXPORT_MB 64.0
/* targets of issue 15: the portfolio as PDF */
#define T_PDF_GHENT_MS 500.0
#define T_PDF_MS 10000.0
#define T_PDF_MB 128.0
/* targets of issue 16: the desk on a local PostgreSQL server (--db-url) */
#define T_PG_FIRST_MS 100.0
#define T_PG_KEY_MEDIAN_MS 10.0
#define T_PG_KEY_P95_MS 16.0

/* 1 while the run measures a server database (--db-url) */
static int on_server;
static const char *db_url;

#define GRACE_MS 5.0 /* no output for this long, the desk waiting: the answer is complete */
#define TIMEOUT_MS 30000.0

struct opts {
    const char *irdesk, *db, *out, *search, *only, *import_csv;
    int reps, starts, reports, copy, verbose;
    double quiet;
};

static struct opts o = { "build/irdesk", "bench/bench.db", "BENCHMARKS.md", "krako", NULL, NULL,
                         50, 20, 10, 1, 0, 0 };

/* 1 when the scenario is to run (--only names some, comma-separated). */
static int wanted(const char *name)
{
    size_t l = strlen(name);
    const char *p = o.only;

    if (p == NULL)
        return 1;
    while ((p = strstr(p, name)) != NULL) {
        if ((p == o.only || p[-1] == ',') && (p[l] == '\0' || p[l] == ','))
            return 1;
        p += l;
    }
    return 0;
}
static char work_db[4096], cfg_dir[64] = "";
static int harness_errors;
static int by_idle = 1; /* 0: a quiet period (--quiet, or /proc/PID/syscall unreadable) */

static double now_ms(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static void *xrealloc(void *p, size_t n)
{
    p = realloc(p, n);
    if (p == NULL) {
        fputs("bench: out of memory\n", stderr);
        exit(1);
    }
    return p;
}

static void complain(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static void complain(const char *fmt, ...)
{
    va_list ap;

    fputs("bench: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    harness_errors++;
}

/* ---- figures ---------------------------------------------------------- */

enum judge { J_KEY, J_MEDIAN, J_BELOW };

struct figure {
    const char *name;
    const char *what; /* how it is measured, for BENCHMARKS.md */
    enum judge judge;
    double target; /* J_MEDIAN, J_BELOW */
    const char *unit;
    double *v;   /* the figure: wall time in ms, or MB */
    double *cpu; /* CPU time the desk used meanwhile, ms (-1: unknown) */
    double *rq;  /* time the desk waited for a CPU meanwhile, ms (-1: unknown) */
    size_t n, cap;
    int checks_missed; /* answers without the text expected in them */
};

#define KEY(n, w) { .name = (n), .what = (w), .judge = J_KEY, .unit = "ms" }

static struct figure figs[] = {
    { .name = "start to first screen", .what = "fork() to the last byte of the first full screen",
      .judge = J_MEDIAN, .target = T_FIRST_MS, .unit = "ms" },
    KEY("j: one line down", "cities list, from the top, one line at a time"),
    KEY("PgDn: one page down", "cities list, page after page"),
    KEY("G: to the end", "cities list, to the last row"),
    KEY("g: back to the top", "cities list, from the end"),
    KEY("2: agreements pane", "from the cities pane"),
    KEY("3: networks pane", "from the agreements pane"),
    KEY("4: initiatives pane", "from the networks pane"),
    KEY("1: cities pane", "from the initiatives pane"),
    KEY("/: open the filter", "cities list: the filter prompt opens"),
    KEY("search: 1st letter", "filter as you type: the list after 1 letter"),
    KEY("search: 2nd letter", "after 2 letters"),
    KEY("search: 3rd letter", "after 3 letters"),
    KEY("search: 4th letter", "after 4 letters"),
    KEY("search: 5th letter", "after 5 letters"),
    KEY("search: Ctrl-U clears", "Ctrl-U in the filter prompt: the whole list again (every "
                                 "other round)"),
    { .name = "search: Esc clears", .what = "Esc in the filter prompt after the five letters: "
                                            "the prompt closes, the whole list again (every "
                                            "other round)",
      .judge = J_MEDIAN, .target = T_ESC_MS, .unit = "ms" },
    KEY("o: sort by the next column", "cities list, from the middle: sorted by each list "
                                      "column in turn and the number, the selection kept"),
    KEY("Enter: open city 1", "detail view of city 1, which has 10,000 history entries"),
    KEY("h: its history", "history view of those 10,000 entries"),
    KEY("q: history to detail", "back from the history view"),
    KEY("q: detail to list", "back from the detail view"),
    KEY("e: open the edit form", "on city 1"),
    KEY("form: type a letter", "in the English decision of the form"),
    KEY("Ctrl-S: save the edit", "city 1's English decision saved, back to the list"),
    { .name = "peak resident memory", .what = "VmHWM of the desk after all the keys above",
      .judge = J_BELOW, .target = T_RSS_MB, .unit = "MB" },
    { .name = "portfolio report",
      .what = "`irdesk report portfolio` as a child process, fork() to waitpid()",
      .judge = J_MEDIAN, .target = T_REPORT_MS, .unit = "ms" },
    { .name = "import of the CSV",
      .what = "`irdesk import city FILE` of the CSV `make bench` has tests/bench/gen.c write "
              "(--import-csv; 1,000,000 new cities, every column, no ids), each with its history "
              "and search entries, into a copy of the database; fork() to waitpid()",
      .judge = J_BELOW, .target = T_IMPORT_MS, .unit = "ms" },
    { .name = "import: peak memory",
      .what = "the import's peak resident memory (ru_maxrss from wait4)",
      .judge = J_BELOW, .target = T_IMPORT_MB, .unit = "MB" },
    { .name = "export of the same",
      .what = "`irdesk export city --format csv -o FILE` of that database, the imported "
              "cities and the others; fork() to waitpid()",
      .judge = J_BELOW, .target = T_EXPORT_MS, .unit = "ms" },
    { .name = "export: peak memory",
      .what = "the export's peak resident memory (ru_maxrss from wait4): it streams the rows",
      .judge = J_BELOW, .target = T_EXPORT_MB, .unit = "MB" },
    { .name = "Ghent's portfolio as PDF",
      .what = "`irdesk report portfolio -o FILE.pdf` on the seeded database, fork() to waitpid()",
      .judge = J_MEDIAN, .target = T_PDF_GHENT_MS, .unit = "ms" },
    { .name = "portfolio as PDF",
      .what = "the same on the benchmark database (every record of every kind), fork() to "
              "waitpid()",
      .judge = J_BELOW, .target = T_PDF_MS, .unit = "ms" },
    { .name = "portfolio as PDF: memory",
      .what = "its peak resident memory (ru_maxrss from wait4)",
      .judge = J_BELOW, .target = T_PDF_MB, .unit = "MB" },
};

#undef KEY

enum {
    F_FIRST, F_J, F_PGDN, F_END, F_TOP, F_P2, F_P3, F_P4, F_P1, F_SLASH, F_L1, F_L2, F_L3, F_L4,
    F_L5, F_ESC, F_ESC_KEY, F_SORT, F_OPEN, F_HIST, F_HIST_Q, F_DETAIL_Q, F_EDIT, F_FORM_KEY,
    F_SAVE, F_RSS, F_REPORT, F_IMPORT, F_IMPORT_RSS, F_EXPORT, F_EXPORT_RSS, F_PDF_GHENT, F_PDF,
    F_PDF_RSS, F_COUNT
};

static void add(int f, double v, double cpu, double rq)
{
    struct figure *g = &figs[f];

    if (g->n == g->cap) {
        g->cap = g->cap ? g->cap * 2 : 64;
        g->v = xrealloc(g->v, g->cap * sizeof *g->v);
        g->cpu = xrealloc(g->cpu, g->cap * sizeof *g->cpu);
        g->rq = xrealloc(g->rq, g->cap * sizeof *g->rq);
    }
    g->v[g->n] = v;
    g->cpu[g->n] = cpu;
    g->rq[g->n] = rq;
    g->n++;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;

    return x < y ? -1 : x > y;
}

/* The values of v[0..n) that are known (>= 0), sorted, in a new array. */
static double *sorted(const double *v, size_t n, size_t *k)
{
    double *c = xrealloc(NULL, (n ? n : 1) * sizeof *c);
    size_t i;

    *k = 0;
    for (i = 0; i < n; i++)
        if (v[i] >= 0)
            c[(*k)++] = v[i];
    qsort(c, *k, sizeof *c, cmp_double);
    return c;
}

static double median_of(const double *v, size_t n)
{
    size_t k;
    double *c = sorted(v, n, &k), m = -1;

    if (k > 0)
        m = k % 2 ? c[k / 2] : (c[k / 2 - 1] + c[k / 2]) / 2;
    free(c);
    return m;
}

/* Nearest-rank percentile p (0..100). */
static double pct_of(const double *v, size_t n, double p)
{
    size_t k, r;
    double *c = sorted(v, n, &k), x = -1;

    if (k > 0) {
        r = (size_t)(p / 100.0 * (double)k + 0.999999);
        r = r < 1 ? 1 : r > k ? k : r;
        x = c[r - 1];
    }
    free(c);
    return x;
}

struct stats {
    double median, p95, max;
    double cpu, rq; /* medians; -1 unknown */
    int pass;       /* -1 not measured */
};

/* A key's targets and g's own, on a file or on the server. */
static double key_median(void)
{
    return on_server ? T_PG_KEY_MEDIAN_MS : T_KEY_MEDIAN_MS;
}

static double key_p95(void)
{
    return on_server ? T_PG_KEY_P95_MS : T_KEY_P95_MS;
}

static double target_of(const struct figure *g)
{
    if (on_server && g->target == T_FIRST_MS)
        return T_PG_FIRST_MS;
    if (on_server && g->target == T_ESC_MS)
        return T_PG_KEY_MEDIAN_MS; /* Esc is a key there too */
    return g->target;
}

static struct stats stats_of(const struct figure *g)
{
    struct stats s = { -1, -1, -1, -1, -1, -1 };

    if (g->n == 0)
        return s;
    s.median = median_of(g->v, g->n);
    s.p95 = pct_of(g->v, g->n, 95);
    s.max = pct_of(g->v, g->n, 100);
    s.cpu = median_of(g->cpu, g->n);
    s.rq = median_of(g->rq, g->n);
    switch (g->judge) {
    case J_KEY:
        s.pass = s.median <= key_median() && s.p95 <= key_p95();
        break;
    case J_MEDIAN:
        s.pass = s.median <= target_of(g);
        break;
    case J_BELOW:
        s.pass = s.max < target_of(g);
        break;
    }
    return s;
}

static void target_text(const struct figure *g, char *out, size_t size)
{
    if (g->judge == J_KEY)
        snprintf(out, size, "median <= %.0f, p95 <= %.0f ms", key_median(), key_p95());
    else if (g->judge == J_MEDIAN)
        snprintf(out, size, "median <= %.0f %s", target_of(g), g->unit);
    else
        snprintf(out, size, "< %.0f %s", target_of(g), g->unit);
}

/* ---- what /proc says about the desk ------------------------------------- */

/* CPU time used and run-queue wait of pid so far, in ms
 * (/proc/PID/schedstat, nanoseconds); -1 when unknown. */
static void sched_of(pid_t pid, double *cpu, double *rq)
{
    char path[64];
    unsigned long long c, w;
    FILE *f;

    *cpu = *rq = -1;
    snprintf(path, sizeof path, "/proc/%ld/schedstat", (long)pid);
    f = fopen(path, "r");
    if (f == NULL)
        return;
    if (fscanf(f, "%llu %llu", &c, &w) == 2) {
        *cpu = (double)c / 1e6;
        *rq = (double)w / 1e6;
    }
    fclose(f);
}

static double diff(double a, double b)
{
    return a < 0 || b < 0 ? -1 : b - a;
}

/* A "Name: number" line of /proc/PID/status, or -1. */
static long status_field(pid_t pid, const char *name)
{
    char path[64], line[256];
    size_t l = strlen(name);
    long v = -1;
    FILE *f;

    snprintf(path, sizeof path, "/proc/%ld/status", (long)pid);
    f = fopen(path, "r");
    if (f == NULL)
        return -1;
    while (fgets(line, sizeof line, f) != NULL)
        if (strncmp(line, name, l) == 0 && line[l] == ':') {
            v = strtol(line + l + 1, NULL, 10);
            break;
        }
    fclose(f);
    return v;
}

/* 1 when the desk sleeps in poll()/select() (ncurses waiting for a key),
 * 0 when it does anything else, -1 when /proc/PID/syscall is unreadable. */
static int waits_for_input(pid_t pid)
{
    char path[64], buf[64];
    ssize_t n;
    long nr;
    int fd;

    snprintf(path, sizeof path, "/proc/%ld/syscall", (long)pid);
    fd = open(path, O_RDONLY);
    if (fd < 0)
        return -1;
    n = read(fd, buf, sizeof buf - 1);
    close(fd);
    if (n <= 0)
        return -1;
    buf[n] = '\0';
    if (strncmp(buf, "running", 7) == 0)
        return 0;
    nr = strtol(buf, NULL, 10);
    return
#ifdef SYS_poll
        nr == SYS_poll ||
#endif
#ifdef SYS_select
        nr == SYS_select ||
#endif
        nr == SYS_ppoll || nr == SYS_pselect6;
}

/* ---- the desk in a pty ------------------------------------------------- */

struct desk {
    pid_t pid;
    int fd;
    int dead;
    char *out; /* output of the current answer */
    size_t len, cap;
};

/* the longest silence inside one answer, and where */
static double max_gap;
static const char *max_gap_at = "-";

static void child_env(void)
{
    setenv("TERM", "xterm-256color", 1);
    setenv("LC_ALL", "C.UTF-8", 1);
    unsetenv("LANGUAGE");
    unsetenv("LINES");
    unsetenv("COLUMNS");
    unsetenv("ESCDELAY");
    unsetenv("NO_COLOR");
    unsetenv("IRDESK_DB");
    unsetenv("VISUAL");
    unsetenv("EDITOR");
    setenv("XDG_CONFIG_HOME", cfg_dir, 1);
    setenv("XDG_DATA_HOME", cfg_dir, 1);
}

static char *arg(const char *s)
{
    return (char *)(uintptr_t)s; /* execv's argv is not const */
}

static int desk_start(struct desk *d)
{
    struct winsize ws = { (unsigned short)term_rows, (unsigned short)term_cols, 0, 0 };
    char *argv[] = { arg(o.irdesk), arg("--db"), work_db, arg("--lang"), arg("en"), NULL };

    memset(d, 0, sizeof *d);
    d->pid = forkpty(&d->fd, NULL, NULL, &ws);
    if (d->pid < 0) {
        complain("forkpty: %s", strerror(errno));
        return -1;
    }
    if (d->pid == 0) {
        child_env();
        execv(o.irdesk, argv);
        fprintf(stderr, "bench: cannot run %s: %s\n", o.irdesk, strerror(errno));
        _exit(127);
    }
    return 0;
}

/* Read what is there; the number of bytes, 0 at the end (the desk has
 * closed the terminal), -1 when there was nothing after all. */
static ssize_t desk_read(struct desk *d)
{
    char chunk[65536];
    ssize_t n = read(d->fd, chunk, sizeof chunk);

    if (n <= 0) {
        if (n < 0 && (errno == EAGAIN || errno == EINTR))
            return -1;
        d->dead = 1; /* EIO: the slave side is closed */
        return 0;
    }
    if (d->len + (size_t)n + 1 > d->cap) {
        d->cap = (d->len + (size_t)n + 1) * 2;
        d->out = xrealloc(d->out, d->cap);
    }
    memcpy(d->out + d->len, chunk, (size_t)n);
    d->len += (size_t)n;
    d->out[d->len] = '\0';
    return n;
}

/* 1 when out[0..len) holds more than the cursor and keypad switches that
 * curs_set() and keypad() write (and flush) before any drawing. */
static int substantive(const char *out, size_t len)
{
    static const char *const modes[] = { "\033[?12l\033[?25h", "\033[?12;25h", "\033[?25l",
                                         "\033[?25h", "\033[?1h\033=", "\033[?1l\033>" };
    size_t i = 0, k;

    while (i < len) {
        for (k = 0; k < COUNT(modes); k++) {
            size_t m = strlen(modes[k]);
            if (len - i >= m && memcmp(out + i, modes[k], m) == 0)
                break;
        }
        if (k == COUNT(modes))
            return 1;
        i += strlen(modes[k]);
    }
    return 0;
}

/* Does the answer hold need, or one of its lines when it has several? */
static int contains(const struct desk *d, const char *need)
{
    char one[128];
    const char *p, *nl;

    if (need == NULL)
        return 1;
    for (p = need; d->out != NULL && *p != '\0'; p = *nl ? nl + 1 : nl) {
        nl = strchr(p, '\n');
        if (nl == NULL)
            nl = p + strlen(p);
        snprintf(one, sizeof one, "%.*s", (int)(nl - p), p);
        if (strstr(d->out, one) != NULL)
            return 1;
    }
    return 0;
}

/* Is the desk done with what was sent when it had slept vol0 times? */
static int desk_done(struct desk *d, long vol0)
{
    int w = waits_for_input(d->pid);

    if (w < 0) {
        by_idle = 0;
        if (o.quiet <= 0)
            o.quiet = 20;
        return 0;
    }
    return w == 1 && status_field(d->pid, "voluntary_ctxt_switches") > vol0;
}

/* Collect the answer to what was sent at t0 (the desk having slept vol0
 * times then).  real: the answer must hold real output (and 'need', when
 * given), else no output at all is an answer too.  Returns the time from
 * t0 to the last byte (to t0 itself when there was none), or -1 (timeout,
 * or the desk is gone).  label: for the longest-gap record (NULL: none). */
static double desk_answer(struct desk *d, double t0, long vol0, int real, const char *need,
                          double timeout, const char *label)
{
    double last = t0, gap_here = 0;
    int started = !real;

    for (;;) {
        double now = now_ms(), since = now - last, wait;
        struct pollfd p = { d->fd, POLLIN, 0 };
        int r;
        if (started) {
            if (by_idle && since >= GRACE_MS && desk_done(d, vol0))
                break;
            if (!by_idle && since >= o.quiet)
                break;
        }
        if (now - t0 > timeout)
            return -1;
        wait = !started ? timeout - (now - t0) : by_idle ? GRACE_MS - since : o.quiet - since;
        r = poll(&p, 1, wait < 1 ? 1 : (int)wait);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            continue;
        {
            double when = now_ms();
            ssize_t n = desk_read(d);
            if (n == 0)
                return -1;
            if (n < 0)
                continue;
            if (started && last > t0 && when - last > gap_here)
                gap_here = when - last;
            last = when;
            if (!started && substantive(d->out, d->len) && contains(d, need)) {
                started = 1;
                gap_here = 0;
            }
        }
    }
    if (label != NULL && gap_here > max_gap) {
        max_gap = gap_here;
        max_gap_at = label;
    }
    return last - t0;
}

static void desk_clear(struct desk *d)
{
    d->len = 0;
    if (d->out != NULL)
        d->out[0] = '\0';
}

static int desk_send(struct desk *d, const char *keys)
{
    size_t n = strlen(keys);

    desk_clear(d);
    if (write(d->fd, keys, n) != (ssize_t)n) {
        complain("cannot write to the desk: %s", strerror(errno));
        return -1;
    }
    return 0;
}

/* The answer on stderr, escapes visible (-v -v -v). */
static void dump(const char *s, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == 033)
            fputs("\\e", stderr);
        else if (c < 32 || c == 127)
            fprintf(stderr, "\\x%02x", c);
        else
            fputc(c, stderr);
    }
    fputc('\n', stderr);
}

/* Press keys, time the answer into figure f; need: text the answer should
 * hold (a check of the screen, counted when missing).  -1: no answer. */
static int key(struct desk *d, int f, const char *keys, const char *need)
{
    long vol0 = status_field(d->pid, "voluntary_ctxt_switches");
    double t0, ms, cpu0, rq0, cpu1, rq1;

    sched_of(d->pid, &cpu0, &rq0);
    t0 = now_ms();
    if (desk_send(d, keys) < 0)
        return -1;
    ms = desk_answer(d, t0, vol0, 1, NULL, TIMEOUT_MS, figs[f].name);
    sched_of(d->pid, &cpu1, &rq1);
    if (ms < 0) {
        complain("no answer to the key of \"%s\" within %.0f s%s", figs[f].name,
                 TIMEOUT_MS / 1000, d->dead ? " (the desk is gone)" : "");
        return -1;
    }
    if (!contains(d, need)) {
        figs[f].checks_missed++;
        if (o.verbose)
            fprintf(stderr, "bench: %s: \"%s\" not in the answer\n", figs[f].name, need);
    }
    add(f, ms, diff(cpu0, cpu1), diff(rq0, rq1));
    if (o.verbose > 1)
        fprintf(stderr, "%-24s %8.2f ms (cpu %.2f, runq %.2f) %6zu bytes\n", figs[f].name, ms,
                diff(cpu0, cpu1), diff(rq0, rq1), d->len);
    if (o.verbose > 2)
        dump(d->out, d->len);
    return 0;
}

/* Press keys without timing them, and wait until the desk is done (keys
 * that change nothing get no output at all). */
static int press(struct desk *d, const char *keys)
{
    long vol0 = status_field(d->pid, "voluntary_ctxt_switches");

    if (desk_send(d, keys) < 0)
        return -1;
    if (desk_answer(d, now_ms(), vol0, 0, NULL, TIMEOUT_MS, NULL) < 0) {
        complain("no answer to the keys %s%s", keys, d->dead ? " (the desk is gone)" : "");
        return -1;
    }
    return 0;
}

/* Quit (q, as often as it takes) and reap the desk. */
static void desk_stop(struct desk *d)
{
    int i, status = 0;

    for (i = 0; i < 5 && d->pid > 0; i++) {
        double t0 = now_ms();
        if (desk_send(d, "q") < 0)
            break;
        while (d->pid > 0 && now_ms() - t0 < 2000) {
            struct pollfd p = { d->fd, POLLIN, 0 };
            if (!d->dead && poll(&p, 1, 20) > 0)
                desk_read(d);
            else if (d->dead)
                usleep(1000);
            if (waitpid(d->pid, &status, WNOHANG) == d->pid)
                d->pid = 0;
        }
    }
    if (d->pid > 0) {
        complain("the desk did not quit: stopped with SIGTERM");
        kill(d->pid, SIGTERM);
        waitpid(d->pid, &status, 0);
        d->pid = 0;
    } else if (WIFSIGNALED(status) || (WIFEXITED(status) && WEXITSTATUS(status) != 0)) {
        complain("the desk ended with %s %d", WIFSIGNALED(status) ? "signal" : "status",
                 WIFSIGNALED(status) ? WTERMSIG(status) : WEXITSTATUS(status));
    }
    close(d->fd);
    free(d->out);
    d->out = NULL;
}

/* Start the desk and wait for its first screen: its time in ms, or -1. */
static double first_screen(struct desk *d, double *cpu, double *rq)
{
    double t0 = now_ms(), ms;

    if (desk_start(d) < 0)
        return -1;
    /* vol0 0: the desk has to sleep once, whatever it did before exec */
    /* the bottom line's hints, or the start-up reminders when their
     * message is long enough to take the bottom line */
    ms = desk_answer(d, t0, 0, 1, "?:help\n: the calendar.", TIMEOUT_MS, "(first screen)");
    sched_of(d->pid, cpu, rq);
    if (ms < 0)
        complain("no first screen within %.0f s%s", TIMEOUT_MS / 1000,
                 d->dead ? " (the desk is gone)" : "");
    return ms;
}

/* ---- the scenarios ----------------------------------------------------- */

static void run_starts(void)
{
    int i;

    for (i = 0; i < o.starts && wanted("starts"); i++) {
        struct desk d;
        double cpu, rq, ms = first_screen(&d, &cpu, &rq);
        if (ms >= 0)
            add(F_FIRST, ms, cpu, rq);
        desk_stop(&d);
        if (ms < 0)
            return;
    }
}

static int moves(struct desk *d)
{
    int i;

    for (i = 0; i < o.reps; i++)
        if (key(d, F_J, "j", NULL) < 0)
            return -1;
    for (i = 0; i < o.reps; i++)
        if (key(d, F_PGDN, "\033[6~", NULL) < 0)
            return -1;
    for (i = 0; i < o.reps; i++)
        if (key(d, F_END, "G", NULL) < 0 || key(d, F_TOP, "g", NULL) < 0)
            return -1;
    return 0;
}

/* o from the middle of the list: each list column of a city, then the
 * number again. */
static int sorts(struct desk *d)
{
    int i;

    if (press(d, "g") < 0)
        return -1;
    for (i = 0; i < 40; i++)
        if (press(d, "\033[6~") < 0)
            return -1;
    for (i = 0; i < o.reps; i++)
        if (key(d, F_SORT, "o", NULL) < 0)
            return -1;
    return press(d, "g");
}

static int panes(struct desk *d)
{
    int i;

    for (i = 0; i < o.reps; i++)
        if (key(d, F_P2, "2", NULL) < 0 || key(d, F_P3, "3", NULL) < 0 ||
            key(d, F_P4, "4", NULL) < 0 || key(d, F_P1, "1", NULL) < 0)
            return -1;
    return 0;
}

/* "/", the five letters of --search one at a time, Ctrl-U, Enter. */
static int search(struct desk *d)
{
    int i, j;

    for (i = 0; i < o.reps; i++) {
        if (key(d, F_SLASH, "/", NULL) < 0)
            return -1;
        for (j = 0; j < 5; j++) {
            char c[2] = { o.search[j], '\0' };
            if (key(d, F_L1 + j, c, j == 0 ? "filter" : NULL) < 0)
                return -1;
        }
        /* Ctrl-U empties the filter, Enter closes the prompt; or Esc does
         * both (each measured) */
        if (i % 2 == 0 && (key(d, F_ESC, "\025", NULL) < 0 || press(d, "\r") < 0))
            return -1;
        if (i % 2 == 1 && key(d, F_ESC_KEY, "\033", NULL) < 0)
            return -1;
    }
    return 0;
}

/* City 1 has 10,000 history entries: Enter, h, q, q. */
static int open_record(struct desk *d)
{
    int i;

    if (press(d, "1g") < 0)
        return -1;
    for (i = 0; i < o.reps; i++)
        if (key(d, F_OPEN, "\r", "City 1") < 0 || key(d, F_HIST, "h", "History") < 0 ||
            key(d, F_HIST_Q, "q", NULL) < 0 || key(d, F_DETAIL_Q, "q", NULL) < 0)
            return -1;
    return 0;
}

/* e on city 1, Tab to Notes, type (untimed but one letter), Ctrl-S. */
static int edit(struct desk *d)
{
    int i;

    if (press(d, "1g") < 0)
        return -1;
    for (i = 0; i < o.reps; i++) {
        char text[64];
        /* Tab 9 times: the English decision of a city; Ctrl-U empties it */
        snprintf(text, sizeof text, "\t\t\t\t\t\t\t\t\t\025Benchmark edit %d, café 金沢", i);
        if (key(d, F_EDIT, "e", "Edit: City 1") < 0 || press(d, text) < 0 ||
            key(d, F_FORM_KEY, i % 2 ? "x" : "y", NULL) < 0 ||
            key(d, F_SAVE, "\023", "Saved.") < 0)
            return -1;
    }
    return 0;
}

static void run_session(void)
{
    struct desk d;
    double cpu, rq;

    if (!wanted("moves") && !wanted("sorts") && !wanted("panes") && !wanted("search") &&
        !wanted("open") && !wanted("edit"))
        return;
    if (first_screen(&d, &cpu, &rq) >= 0 && (!wanted("moves") || moves(&d) == 0) &&
        (!wanted("sorts") || sorts(&d) == 0) &&
        (!wanted("panes") || panes(&d) == 0) && (!wanted("search") || search(&d) == 0) &&
        (!wanted("open") || open_record(&d) == 0) && (!wanted("edit") || edit(&d) == 0)) {
        long kb = status_field(d.pid, "VmHWM");
        if (kb >= 0)
            add(F_RSS, (double)kb / 1024.0, -1, -1);
        else
            complain("cannot read the desk's VmHWM");
    }
    desk_stop(&d);
}

/* Run irdesk with args (NULL-terminated), stdout to out_path; wall ms or
 * -1.  *maxrss_mb: the child's peak RSS; *cpu its CPU time in ms. */
static double run_cli(char *const args[], const char *out_path, double *maxrss_mb, double *cpu)
{
    double t0 = now_ms(), ms;
    struct rusage ru;
    int status = 0;
    pid_t pid = fork();

    if (pid < 0)
        return -1;
    if (pid == 0) {
        int fd = open(out_path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (fd >= 0) {
            dup2(fd, 1);
            close(fd);
        }
        child_env();
        execv(o.irdesk, args);
        _exit(127);
    }
    if (wait4(pid, &status, 0, &ru) < 0)
        return -1;
    ms = now_ms() - t0;
    if (maxrss_mb != NULL)
        *maxrss_mb = (double)ru.ru_maxrss / 1024.0;
    if (cpu != NULL)
        *cpu = (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1e3 +
               (double)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e3;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        complain("%s %s ... failed (status %d)", o.irdesk, args[5] ? args[5] : args[1], status);
        return -1;
    }
    return ms;
}

static double report_rss_mb;
static long long report_bytes;

static void run_reports(void)
{
    char out[4200];
    char *args[] = { arg(o.irdesk), arg("--db"), work_db, arg("--lang"), arg("en"),
                     arg("report"), arg("portfolio"), NULL };
    struct stat sb;
    int i;

    snprintf(out, sizeof out, "%s/report.txt", cfg_dir);
    for (i = 0; i < o.reports && wanted("report"); i++) {
        double rss = 0, cpu = -1, ms = run_cli(args, out, &rss, &cpu);
        if (ms < 0)
            return;
        add(F_REPORT, ms, cpu, -1);
        if (rss > report_rss_mb)
            report_rss_mb = rss;
    }
    if (stat(out, &sb) == 0)
        report_bytes = (long long)sb.st_size;
    unlink(out);
}

/* The portfolio as PDF: Ghent's (a seeded database of its own), then the
 * benchmark database's. */
static void run_pdf_reports(void)
{
    char out[4200], pdf[4200], ghent[4200];
    char *init[] = { arg(o.irdesk), arg("init"), ghent, NULL };
    char *small[] = { arg(o.irdesk), arg("--db"), ghent, arg("--lang"), arg("en"),
                      arg("report"), arg("portfolio"), arg("-o"), pdf, NULL };
    char *big[] = { arg(o.irdesk), arg("--db"), work_db, arg("--lang"), arg("en"),
                    arg("report"), arg("portfolio"), arg("-o"), pdf, NULL };
    double rss = 0, cpu = -1, ms;
    int i;

    if (!wanted("pdf"))
        return;
    snprintf(out, sizeof out, "%s/pdf.out", cfg_dir);
    snprintf(pdf, sizeof pdf, "%s/portfolio.pdf", cfg_dir);
    snprintf(ghent, sizeof ghent, "%s/ghent.db", cfg_dir);
    if (run_cli(init, out, NULL, NULL) < 0)
        return;
    for (i = 0; i < o.reports && (ms = run_cli(small, out, NULL, &cpu)) >= 0; i++)
        add(F_PDF_GHENT, ms, cpu, -1);
    for (i = 0; i < 3 && (ms = run_cli(big, out, &rss, &cpu)) >= 0; i++) {
        add(F_PDF, ms, cpu, -1);
        add(F_PDF_RSS, rss, -1, -1);
    }
    unlink(pdf);
    unlink(out);
    unlink(ghent);
}

static int copy_file(const char *from, const char *to);
static void remove_db(const char *path);
static void remove_backups(const char *path);
static double export_rss_mb;
static long long export_bytes, import_bytes;

/* The import of --import-csv into a copy of the database, then the export
 * of its cities. */
static void run_import(void)
{
    char db[4200], out[4200], csv[4200];
    char *imp[] = { arg(o.irdesk), arg("--db"), db, arg("--lang"), arg("en"), arg("import"),
                    arg("city"), arg(o.import_csv), NULL };
    char *exp[] = { arg(o.irdesk), arg("--db"), db, arg("--lang"), arg("en"), arg("export"),
                    arg("city"), arg("--format"), arg("csv"), arg("-o"), csv, NULL };
    char *warm[] = { arg(o.irdesk), arg("--db"), db, arg("--lang"), arg("en"),
                     arg("list"), arg("city"), NULL };
    double rss = 0, cpu = -1, ms;
    struct stat sb;

    if (o.import_csv == NULL || !wanted("import"))
        return;
    snprintf(db, sizeof db, "%s/import.db", cfg_dir);
    snprintf(out, sizeof out, "%s/import.txt", cfg_dir);
    snprintf(csv, sizeof csv, "%s/export.csv", cfg_dir);
    if (stat(o.import_csv, &sb) == 0)
        import_bytes = (long long)sb.st_size;
    if (copy_file(o.db, db) < 0) {
        complain("cannot copy %s to %s: %s", o.db, db, strerror(errno));
        return;
    }
    /* as for the desk: the schema upgrade is not the import's */
    ms = run_cli(warm, out, NULL, NULL);
    if (ms >= 0)
        ms = run_cli(imp, out, &rss, &cpu);
    if (ms >= 0) {
        add(F_IMPORT, ms, cpu, -1);
        add(F_IMPORT_RSS, rss, -1, -1);
        ms = run_cli(exp, out, &rss, &cpu);
    }
    if (ms >= 0) {
        add(F_EXPORT, ms, cpu, -1);
        add(F_EXPORT_RSS, rss, -1, -1);
        export_rss_mb = rss;
        if (stat(csv, &sb) == 0)
            export_bytes = (long long)sb.st_size;
    }
    remove_db(db);
    unlink(csv);
    unlink(out);
}

/* ---- setting up --------------------------------------------------------- */

static int copy_file(const char *from, const char *to)
{
    char buf[1 << 16];
    int in = open(from, O_RDONLY), out;
    ssize_t n;

    if (in < 0)
        return -1;
    out = open(to, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (out < 0) {
        close(in);
        return -1;
    }
    while ((n = read(in, buf, sizeof buf)) > 0)
        if (write(out, buf, (size_t)n) != n) {
            n = -1;
            break;
        }
    close(in);
    if (close(out) != 0 || n < 0)
        return -1;
    return 0;
}

/* The backups a schema upgrade of a copy kept beside it (FILE.vN-backup,
 * FILE.vN-backup-2, ...): a copy's are of no use, and at 100,000 records a
 * kind each is 3.4 GB. */
static void remove_backups(const char *path)
{
    char pat[4400];
    glob_t g;
    size_t i;

    snprintf(pat, sizeof pat, "%s.v*-backup*", path);
    if (glob(pat, 0, NULL, &g) == 0) {
        for (i = 0; i < g.gl_pathc; i++)
            unlink(g.gl_pathv[i]);
        globfree(&g);
    }
}

static void remove_db(const char *path)
{
    char side[4400];

    unlink(path);
    snprintf(side, sizeof side, "%s-wal", path);
    unlink(side);
    snprintf(side, sizeof side, "%s-shm", path);
    unlink(side);
    remove_backups(path);
}

static int prepare(void)
{
    char *warm[] = { arg(o.irdesk), arg("--db"), work_db, arg("--lang"), arg("en"),
                     arg("list"), arg("city"), NULL };
    char out[4200];

    if (access(o.irdesk, X_OK) != 0) {
        fprintf(stderr, "bench: %s: %s (make irdesk first)\n", o.irdesk, strerror(errno));
        return -1;
    }
    if (on_server) {
        snprintf(work_db, sizeof work_db, "%s", o.db);
    } else if (access(o.db, R_OK) != 0) {
        fprintf(stderr, "bench: %s: %s (make bench-data first)\n", o.db, strerror(errno));
        return -1;
    }
    snprintf(cfg_dir, sizeof cfg_dir, "/tmp/irdesk-bench-XXXXXX");
    if (mkdtemp(cfg_dir) == NULL) {
        fprintf(stderr, "bench: mkdtemp: %s\n", strerror(errno));
        return -1;
    }
    if (on_server) {
        /* the server's database as it is: tests/bench/run.sh made it for this */
    } else if (o.copy) {
        size_t l = strlen(o.db);
        if (l > 3 && strcmp(o.db + l - 3, ".db") == 0)
            l -= 3;
        snprintf(work_db, sizeof work_db, "%.*s-work.db", (int)l, o.db);
        remove_db(work_db);
        if (copy_file(o.db, work_db) < 0) {
            fprintf(stderr, "bench: cannot copy %s to %s: %s\n", o.db, work_db, strerror(errno));
            return -1;
        }
    } else {
        snprintf(work_db, sizeof work_db, "%s", o.db);
    }
    /* open it once: a schema upgrade (and its backup), if any, is done now
     * and not timed, and the file is in the page cache as on a desk in use */
    snprintf(out, sizeof out, "%s/warm.txt", cfg_dir);
    if (run_cli(warm, out, NULL, NULL) < 0)
        return -1;
    unlink(out);
    if (o.copy && !on_server)
        remove_backups(work_db);
    /* the copy's and the upgrade's writes on disk before any key is timed:
     * the kernel writes dirty pages back from 30 s on, and a save's
     * fdatasync that waited behind 340 MB of them (or 3.4 GB) measured
     * the benchmark's own setting up */
    sync();
    return 0;
}

/* ---- reporting ---------------------------------------------------------- */

struct machine {
    long cpus;
    char model[256];
    double mem_gb;
    char kernel[256];
    char date[64];
    char version[128];
    char sqlite[32];
    char db[512];
    char load0[64], load1[64];
};

static void loadavg(char *out, size_t size)
{
    FILE *f = fopen("/proc/loadavg", "r");
    double a = 0, b = 0, c = 0;

    if (f != NULL && fscanf(f, "%lf %lf %lf", &a, &b, &c) == 3)
        snprintf(out, size, "%.2f %.2f %.2f", a, b, c);
    else
        snprintf(out, size, "unknown");
    if (f != NULL)
        fclose(f);
}

/* The server database's counts, through psql. */
static void server_summary(char *out, size_t size)
{
    char cmd[4400], line[256] = "";
    FILE *p;

    snprintf(cmd, sizeof cmd,
             "psql -X -At -d '%s' -c \"SELECT (SELECT count(*) FROM city) || ' cities, ' ||"
             " (SELECT count(*) FROM agreement) || ' agreements, ' || (SELECT count(*) FROM"
             " network) || ' networks, ' || (SELECT count(*) FROM initiative) || ' initiatives, '"
             " || (SELECT count(*) FROM history) || ' history entries; schema ' || (SELECT"
             " version FROM irdesk_schema) || '; PostgreSQL ' || current_setting('server_version')"
             " || ', ' || pg_size_pretty(pg_database_size(current_database()))\"",
             o.db);
    if ((p = popen(cmd, "r")) != NULL) {
        if (fgets(line, sizeof line, p) != NULL)
            line[strcspn(line, "\n")] = '\0';
        pclose(p);
    }
    snprintf(out, size, "%s", line[0] != '\0' ? line : "PostgreSQL (counts unknown)");
}

static void db_summary(char *out, size_t size)
{
    static const char *const q[] = {
        "SELECT count(*) FROM city",       "SELECT count(*) FROM agreement",
        "SELECT count(*) FROM network",    "SELECT count(*) FROM initiative",
        "SELECT count(*) FROM history",    "PRAGMA user_version",
    };
    sqlite3 *db = NULL;
    struct stat sb;
    long long c[COUNT(q)] = { 0 };
    size_t i;

    if (on_server) {
        server_summary(out, size);
        return;
    }
    /* the copy: a reader of a WAL file leaves -wal and -shm behind it */
    if (sqlite3_open_v2(work_db, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK) {
        for (i = 0; i < COUNT(q); i++) {
            sqlite3_stmt *st = NULL;
            if (sqlite3_prepare_v2(db, q[i], -1, &st, NULL) == SQLITE_OK &&
                sqlite3_step(st) == SQLITE_ROW)
                c[i] = sqlite3_column_int64(st, 0);
            sqlite3_finalize(st);
        }
    }
    sqlite3_close(db);
    snprintf(out, size,
             "%lld cities, %lld agreements, %lld networks, %lld initiatives, %lld history "
             "entries; schema %lld; %.0f MB",
             c[0], c[1], c[2], c[3], c[4], c[5],
             stat(work_db, &sb) == 0 ? (double)sb.st_size / 1048576.0 : 0.0);
}

static void read_machine(struct machine *m)
{
    FILE *f;
    char line[512], out[4200];
    char *args[] = { arg(o.irdesk), arg("--version"), NULL };
    struct utsname u;
    time_t t = time(NULL);
    struct tm tm;

    memset(m, 0, sizeof *m);
    m->cpus = sysconf(_SC_NPROCESSORS_ONLN);
    snprintf(m->model, sizeof m->model, "unknown");
    f = fopen("/proc/cpuinfo", "r");
    while (f != NULL && fgets(line, sizeof line, f) != NULL) {
        char *c = strchr(line, ':');
        if (strncmp(line, "model name", 10) == 0 && c != NULL) {
            c += 2;
            c[strcspn(c, "\n")] = '\0';
            snprintf(m->model, sizeof m->model, "%s", c);
            break;
        }
    }
    if (f != NULL)
        fclose(f);
    f = fopen("/proc/meminfo", "r");
    while (f != NULL && fgets(line, sizeof line, f) != NULL) {
        long kb;
        if (sscanf(line, "MemTotal: %ld kB", &kb) == 1)
            m->mem_gb = (double)kb / 1024.0 / 1024.0;
    }
    if (f != NULL)
        fclose(f);
    if (uname(&u) == 0)
        snprintf(m->kernel, sizeof m->kernel, "%s %s %s", u.sysname, u.release, u.machine);
    gmtime_r(&t, &tm);
    strftime(m->date, sizeof m->date, "%Y-%m-%d %H:%M UTC", &tm);
    snprintf(out, sizeof out, "%s/version.txt", cfg_dir);
    if (run_cli(args, out, NULL, NULL) >= 0 && (f = fopen(out, "r")) != NULL) {
        if (fgets(m->version, sizeof m->version, f) != NULL)
            m->version[strcspn(m->version, "\n")] = '\0';
        fclose(f);
    }
    unlink(out);
    snprintf(m->sqlite, sizeof m->sqlite, "%s", sqlite3_libversion());
    db_summary(m->db, sizeof m->db);
    loadavg(m->load0, sizeof m->load0);
}

static const char *verdict(int pass)
{
    return pass < 0 ? "NOT MEASURED" : pass ? "pass" : "MISS";
}

static void fmt(char *out, size_t size, double v, const char *unit)
{
    if (v < 0)
        snprintf(out, size, "-");
    else
        snprintf(out, size, "%.1f %s", v, unit);
}

/* The results: on the terminal (md 0) or as a Markdown table. */
static void print_table(FILE *f, int md)
{
    size_t i;

    if (md)
        fputs("| figure | n | median | p95 | max | desk CPU | waited for a CPU | target | result |\n"
              "|---|---:|---:|---:|---:|---:|---:|---|---|\n",
              f);
    else
        fprintf(f, "%-23s %3s %9s %9s %9s %9s %8s  %-27s %s\n", "figure", "n", "median", "p95",
                "max", "cpu", "runq", "target", "result");
    for (i = 0; i < F_COUNT; i++) {
        const struct figure *g = &figs[i];
        struct stats s = stats_of(g);
        char tg[64], med[32], p95[32], mx[32], cpu[32], rq[32];
        if (g->n == 0) /* not part of this run (the report, the import) */
            continue;
        target_text(g, tg, sizeof tg);
        fmt(med, sizeof med, s.median, g->unit);
        fmt(p95, sizeof p95, s.p95, g->unit);
        fmt(mx, sizeof mx, s.max, g->unit);
        fmt(cpu, sizeof cpu, s.cpu, "ms");
        fmt(rq, sizeof rq, s.rq, "ms");
        if (md)
            fprintf(f, "| %s | %zu | %s | %s | %s | %s | %s | %s | %s%s%s |\n", g->name, g->n, med,
                    p95, mx, cpu, rq, tg, s.pass == 1 ? "" : "**", verdict(s.pass),
                    s.pass == 1 ? "" : "**");
        else
            fprintf(f, "%-23s %3zu %9s %9s %9s %9s %8s  %-27s %s\n", g->name, g->n, med, p95, mx,
                    cpu, rq, tg, verdict(s.pass));
    }
}

static int misses(void)
{
    size_t i;
    int n = 0;

    for (i = 0; i < F_COUNT; i++)
        n += figs[i].n > 0 && stats_of(&figs[i]).pass != 1;
    return n;
}

static void print_misses(FILE *f, const char *bullet)
{
    size_t i;

    for (i = 0; i < F_COUNT; i++) {
        struct stats s = stats_of(&figs[i]);
        char tg[64];
        if (s.pass == 1 || figs[i].n == 0)
            continue;
        target_text(&figs[i], tg, sizeof tg);
        if (s.pass < 0)
            fprintf(f, "%s%s: not measured\n", bullet, figs[i].name);
        else
            fprintf(f, "%s%s: median %.1f, p95 %.1f %s (target %s)\n", bullet, figs[i].name,
                    s.median, s.p95, figs[i].unit, tg);
    }
}

/* One database at one terminal size: its table, kept for BENCHMARKS.md. */
struct run {
    char title[700];
    char *md; /* the table and its misses (open_memstream) */
    int misses, measured;
    int server, cols, rows; /* on a server's database; its terminal */
    char db[64];            /* the database's name for the side-by-side table */
    char cell[F_COUNT][96]; /* each figure's "median / p95" and verdict, "" when not run */
};

static struct run runs[MAX_RUNS * MAX_RUNS];
static int nruns;

static int measured(void)
{
    size_t i;
    int n = 0;

    for (i = 0; i < F_COUNT; i++)
        n += figs[i].n > 0;
    return n;
}

/* Keep the figures of the run just made, and start the next from none. */
static void end_run(const char *db, const char *summary)
{
    struct run *r = &runs[nruns++];
    size_t len = 0, i;
    FILE *f = open_memstream(&r->md, &len);

    if (on_server)
        snprintf(r->title, sizeof r->title,
                 "PostgreSQL: `%s` at %dx%d (targets of issue 16: first screen %.0f ms, "
                 "keys %.0f ms median and %.0f ms p95): %s",
                 db, term_cols, term_rows, T_PG_FIRST_MS, T_PG_KEY_MEDIAN_MS, T_PG_KEY_P95_MS,
                 summary);
    else
        snprintf(r->title, sizeof r->title, "SQLite: `%s` at %dx%d (targets of issue 14): %s", db,
                 term_cols, term_rows, summary);
    r->misses = misses();
    r->measured = measured();
    r->server = on_server;
    r->cols = term_cols;
    r->rows = term_rows;
    snprintf(r->db, sizeof r->db, "%s", on_server ? "PostgreSQL" : strrchr(db, '/') != NULL
                                                                       ? strrchr(db, '/') + 1
                                                                       : db);
    for (i = 0; i < F_COUNT; i++) {
        struct stats st = stats_of(&figs[i]);
        char med[32], p95[32];
        r->cell[i][0] = '\0';
        if (figs[i].n == 0)
            continue;
        fmt(med, sizeof med, st.median, figs[i].unit);
        fmt(p95, sizeof p95, st.p95, figs[i].unit);
        snprintf(r->cell[i], sizeof r->cell[i], "%s / %s%s", med, p95,
                 st.pass == 1 ? "" : st.pass < 0 ? " **NOT MEASURED**" : " **MISS**");
    }
    if (f != NULL) {
        print_table(f, 1);
        if (r->misses > 0) {
            fprintf(f, "\n%d of %d figures miss their target:\n\n", r->misses, r->measured);
            print_misses(f, "- ");
        } else {
            fputs("\nEvery figure is within its target.\n", f);
        }
        fclose(f);
    }
    for (i = 0; i < F_COUNT; i++)
        figs[i].n = 0;
}

static int quiet_given; /* --quiet */

static void end_method(char *out, size_t size)
{
    if (by_idle)
        snprintf(out, size,
                 "the desk back in poll() for a key (/proc/PID/syscall) and %.0f ms without "
                 "output",
                 GRACE_MS);
    else if (quiet_given)
        snprintf(out, size, "%.0f ms without output (--quiet)", o.quiet);
    else
        snprintf(out, size, "%.0f ms without output (/proc/PID/syscall unreadable)", o.quiet);
}

/* BENCHMARKS.md's closing sections: what each figure is, and how. */
static void write_method(FILE *f)
{
    size_t i;

    fputs("\n## What each figure is\n\n", f);
    for (i = 0; i < F_COUNT; i++)
        fprintf(f, "- **%s**: %s.\n", figs[i].name, figs[i].what);
    fprintf(f,
            "\n\"desk CPU\" is the median CPU time the desk process used for the figure and\n"
            "\"waited for a CPU\" the median time it was runnable but not running\n"
            "(/proc/PID/schedstat): when other work loads the machine, the second grows and\n"
            "the wall times with it.  The report's CPU is its user and system time.\n"
            "\n## Method\n\n"
            "The desk runs in a pseudo-terminal of the benchmark's own (forkpty), no terminal\n"
            "multiplexer.  A key's time runs from just before it is written to the pty to the\n"
            "arrival of the last byte of the desk's answer.  The answer is complete when the\n"
            "desk sleeps again in ncurses' poll() for the next key (read from\n"
            "/proc/PID/syscall, after at least one sleep since the key) and no byte has come\n"
            "for %.0f ms (pty output reaches the reader through a kernel work queue).  Cursor\n"
            "and keypad switches that curs_set() and keypad() flush before any drawing (the\n"
            "filter prompt, the form, a save) do not start an answer.  A fixed quiet period\n"
            "was tried first: on a busy machine the desk is preempted inside one repaint for\n"
            "15 ms and more, so a short period cuts answers and a long one makes the run slow.\n"
            "Ending on the cursor-positioning sequence ncurses writes last does not work\n"
            "either: with the cursor hidden a repaint may end in a move, an SGR reset or text.\n"
            "\n"
            "First screen: from fork() to the last byte of the first answer holding the\n"
            "bottom line's \"?:help\" (or the start-up reminders' message, when it is long\n"
            "enough to take that line), the desk then waiting for a key.  Peak memory: VmHWM of\n"
            "the desk process after all the keys.  Report: `irdesk report portfolio`, fork()\n"
            "to waitpid(), output to a file.  Medians; 95th percentiles by nearest rank.\n"
            "Before timing, the copy of the database is opened once with `irdesk list city`\n"
            "(a schema upgrade is done then, and the file is in the page cache); so is the\n"
            "import's copy before the import.\n"
            "\n"
            "The search is cleared with Ctrl-U, the line editor's key for it, or with Esc,\n"
            "round by round.  Esc is answered after ncurses' ESCDELAY (%d ms, set_escdelay()\n"
            "in tui/screen.c; the ESCDELAY environment variable sets it): a lone Esc byte\n"
            "could start a key's escape sequence, so ncurses waits that long for more; a\n"
            "terminal writes a key's sequence at once, so only a lone Esc waits.\n"
            "\n"
            "Every key's work is bounded by the window, not the table: a sorted list seeks\n"
            "an index on its sort column next to a known row, a pane keeps its window while\n"
            "nothing changed, and places and filtered counts are counted up to 500 rows (the\n"
            "screen shows \"501+\" until the idle tick counts them out).  `make check` guards\n"
            "that by counting the store's work at 1,000 and at 100,000 records\n"
            "(tests/unit/test_cost.c); a search as you type still reads every match of its\n"
            "words in the index, so its work follows the matches.\n"
            "\n"
            "The machine is shared: other work (builds and test suites) ran beside the\n"
            "benchmark, so the wall times may be pessimistic; \"waited for a CPU\" shows how\n"
            "much of each figure was spent waiting for a processor.\n",
            GRACE_MS, ESCDELAY_MS);
}

static const char *dbs[MAX_RUNS];
static int ndbs;

/* BENCHMARKS.md's side-by-side tables: per terminal size, each figure of
 * every run at that size in a column of its own (SQLite's first, then the
 * server's), median / p95. */
static void write_side_by_side(FILE *f)
{
    int a, b, c, shown[MAX_RUNS * MAX_RUNS] = { 0 };
    size_t i;

    for (a = 0; a < nruns; a++) {
        int cols[MAX_RUNS * MAX_RUNS], nc = 0, server = 0;
        if (shown[a])
            continue;
        for (b = a; b < nruns; b++)
            if (!shown[b] && runs[b].cols == runs[a].cols && runs[b].rows == runs[a].rows) {
                cols[nc++] = b;
                shown[b] = 1;
                server |= runs[b].server;
            }
        if (nc < 2 || !server)
            continue;
        fprintf(f, "\n### Side by side at %dx%d: median / p95\n\n| figure |", runs[a].cols,
                runs[a].rows);
        for (c = 0; c < nc; c++)
            fprintf(f, " %s |", runs[cols[c]].db);
        fputs("\n|---|", f);
        for (c = 0; c < nc; c++)
            fputs("---:|", f);
        fputc('\n', f);
        for (i = 0; i < F_COUNT; i++) {
            int any = 0;
            for (c = 0; c < nc; c++)
                any |= runs[cols[c]].cell[i][0] != '\0';
            if (!any)
                continue;
            fprintf(f, "| %s |", figs[i].name);
            for (c = 0; c < nc; c++)
                fprintf(f, " %s |", runs[cols[c]].cell[i][0] != '\0' ? runs[cols[c]].cell[i] : "-");
            fputc('\n', f);
        }
    }
}

/* 1 when one of the databases measured is a server's */
static int any_server(void)
{
    int d;

    for (d = 0; d < ndbs; d++)
        if (strncmp(dbs[d], "postgresql://", 13) == 0)
            return 1;
    return 0;
}

static void write_md(const struct machine *m, const char *cmdline)
{
    FILE *f = fopen(o.out, "w");
    char end[256];
    size_t i;
    int checks = 0;

    if (f == NULL) {
        complain("cannot write %s: %s", o.out, strerror(errno));
        return;
    }
    end_method(end, sizeof end);
    fprintf(f,
            "# irdesk benchmarks\n\n"
            "Written by `make bench` (tests/bench/bench.c) on the databases `make bench-data`\n"
            "and `make bench-data SCALE=10` make (tests/bench/gen.c), each at 80x24 and at\n"
            "120x40.  Targets of issue 14: the first screen within %.0f ms; every key within\n"
            "%.0f ms median and %.0f ms at the 95th percentile; Esc within %.0f ms; peak resident\n"
            "memory under %.0f MB; the portfolio report (10,000 records a kind) within %.0f ms.\n"
            "Targets of issue 9: the import of 1,000,000 new cities within %.0f s and %.0f MB,\n"
            "their export within %.0f s and %.0f MB (both on the smaller database).  `make\n"
            "bench` rewrites this file on every run.\n\n",
            T_FIRST_MS, T_KEY_MEDIAN_MS, T_KEY_P95_MS, T_ESC_MS, T_RSS_MB, T_REPORT_MS,
            T_IMPORT_MS / 1e3, T_IMPORT_MB, T_EXPORT_MS / 1e3, T_EXPORT_MB);
    if (any_server())
        fprintf(f,
                "The PostgreSQL tables are the same keys on a local PostgreSQL server holding\n"
                "a copy of the first database made by `irdesk copy` (tests/bench/run.sh, on a\n"
                "throwaway cluster of its own); targets of issue 16: the first screen within\n"
                "%.0f ms, every key (Esc too) within %.0f ms median and %.0f ms at the 95th\n"
                "percentile.  The side-by-side tables put both engines' figures next to each\n"
                "other, each judged by its own engine's targets.\n\n",
                T_PG_FIRST_MS, T_PG_KEY_MEDIAN_MS, T_PG_KEY_P95_MS);
    fprintf(f,
            "## Run\n\n"
            "- date: %s\n"
            "- machine: %ld CPUs (%s), %.1f GB memory, %s\n"
            "- load average (1, 5, 15 min): %s before, %s after\n"
            "- program: `%s` (%s), SQLite %s\n"
            "- databases: each run on a copy; terminal: a pseudo-terminal of the size each\n"
            "  table names, TERM=xterm-256color, LC_ALL=C.UTF-8, `--lang en`, empty configuration\n"
            "- repetitions: %d per key, %d starts, %d reports\n"
            "- end of an answer: %s; longest silence seen inside one answer: %.2f ms (%s)\n"
            "- commands: `make bench-data` and `make bench-data SCALE=10`, then `make bench`, which"
            " ran `%s`\n\n",
            m->date, m->cpus, m->model, m->mem_gb, m->kernel, m->load0, m->load1, o.irdesk,
            m->version, m->sqlite, o.reps, o.starts, o.reports, end,
            max_gap, max_gap_at, cmdline);
    fputs("## Results\n", f);
    write_side_by_side(f);
    for (i = 0; i < (size_t)nruns; i++)
        fprintf(f, "\n### %s\n\n%s", runs[i].title, runs[i].md != NULL ? runs[i].md : "");
    if (report_bytes > 0)
        fprintf(f, "\nThe portfolio report is %lld bytes; its process peaked at %.1f MB.\n",
                report_bytes, report_rss_mb);
    if (import_bytes > 0)
        fprintf(f, "\nThe imported CSV is %lld bytes (`%s`); the export after it is %lld bytes, "
                   "and its process peaked at %.1f MB.\n",
                import_bytes, o.import_csv, export_bytes, export_rss_mb);
    for (i = 0; i < F_COUNT; i++)
        checks += figs[i].checks_missed;
    if (checks > 0) {
        fputs("\nAnswers without the text expected in them (the screen may not have been the\n"
              "one meant to be measured):\n\n",
              f);
        for (i = 0; i < F_COUNT; i++)
            if (figs[i].checks_missed > 0)
                fprintf(f, "- %s: %d\n", figs[i].name, figs[i].checks_missed);
    }
    if (harness_errors > 0)
        fprintf(f, "\n%d measurement(s) failed; see the output of `make bench`.\n",
                harness_errors);
    write_method(f);
    fclose(f);
}

static void usage(void)
{
    fputs("usage: bench [--irdesk PATH] [--db FILE]... [--size COLSxROWS]... [--out FILE]\n"
          "             [--reps N] [--starts N]\n"
          "             [--reports N] [--quiet MS] [--search WORD] [--only LIST] [--no-copy]\n"
          "             [-v]\n"
          "             [--import-csv FILE]\n"
          "  --only LIST    some of starts,moves,sorts,panes,search,open,edit,report,pdf,import (all)\n"
          "  --db FILE      each database in turn (default bench/bench.db); a\n"
          "                 postgresql://... one is a server's, with its targets\n"
          "  --size CxR     each terminal size in turn (default 80x24)\n"
          "  --db-url URL   then the keys on that PostgreSQL database (issue 16's targets)\n"
          "  --import-csv FILE  time `irdesk import city FILE` and the export after it\n"
          "  --search WORD  at least five letters; the first five are typed (default krako)\n"
          "  --quiet MS     an answer ends after MS ms without output, instead of when\n"
          "                 the desk waits for a key again (/proc/PID/syscall)\n"
          "  -v             checks that fail; -v -v every key; -v -v -v every answer\n",
          stderr);
    exit(2);
}

/* The databases and the terminal sizes to measure (--db, --size). */
static int sizes[MAX_RUNS][2];
static int nsizes;

static void parse_args(int argc, char **argv)
{
    int a;

    for (a = 1; a < argc; a++) {
        const char *v = a + 1 < argc ? argv[a + 1] : NULL;
        if (strcmp(argv[a], "--irdesk") == 0 && v)
            o.irdesk = argv[++a];
        else if (strcmp(argv[a], "--db") == 0 && v && ndbs < MAX_RUNS)
            dbs[ndbs++] = argv[++a];
        else if (strcmp(argv[a], "--size") == 0 && v && nsizes < MAX_RUNS &&
                 sscanf(v, "%dx%d", &sizes[nsizes][0], &sizes[nsizes][1]) == 2 &&
                 sizes[nsizes][0] >= 80 && sizes[nsizes][1] >= 24 && ++a)
            nsizes++;
        else if (strcmp(argv[a], "--out") == 0 && v)
            o.out = argv[++a];
        else if (strcmp(argv[a], "--search") == 0 && v && strlen(v) >= 5)
            o.search = argv[++a];
        else if (strcmp(argv[a], "--reps") == 0 && v && atoi(v) > 0)
            o.reps = atoi(argv[++a]);
        else if (strcmp(argv[a], "--starts") == 0 && v && atoi(v) > 0)
            o.starts = atoi(argv[++a]);
        else if (strcmp(argv[a], "--reports") == 0 && v && atoi(v) > 0)
            o.reports = atoi(argv[++a]);
        else if (strcmp(argv[a], "--quiet") == 0 && v && atof(v) >= 1) {
            o.quiet = atof(argv[++a]);
            by_idle = 0;
            quiet_given = 1;
        }
        else if (strcmp(argv[a], "--import-csv") == 0 && v)
            o.import_csv = argv[++a];
        else if (strcmp(argv[a], "--only") == 0 && v)
            o.only = argv[++a];
        else if (strcmp(argv[a], "--db-url") == 0 && v && strncmp(v, "postgresql://", 13) == 0)
            db_url = argv[++a];
        else if (strcmp(argv[a], "--no-copy") == 0)
            o.copy = 0;
        else if (strcmp(argv[a], "-v") == 0)
            o.verbose++;
        else
            usage();
    }
    if (ndbs == 0)
        dbs[ndbs++] = o.db;
    if (nsizes == 0) {
        sizes[0][0] = 80;
        sizes[0][1] = 24;
        nsizes = 1;
    }
}

/* Each database at each terminal size; the report and the import once, on
 * the first.  -1 when a database could not be set up. */
static int run_all(struct machine *m)
{
    int d, z;

    for (d = 0; d < ndbs; d++) {
        char summary[512];
        o.db = dbs[d];
        on_server = strncmp(o.db, "postgresql://", 13) == 0;
        if (prepare() < 0)
            return -1;
        if (d == 0)
            read_machine(m);
        db_summary(summary, sizeof summary);
        printf("irdesk benchmark: %s (%s) on %s\n", o.irdesk, m->version, summary);
        fflush(stdout);
        for (z = 0; z < nsizes; z++) {
            term_cols = sizes[z][0];
            term_rows = sizes[z][1];
            printf("terminal %dx%d; load %s\n", term_cols, term_rows, m->load0);
            fflush(stdout);
            run_starts();
            run_session();
            if (d == 0 && z == 0 && !on_server) {
                /* the report's target is for 10,000 records a kind; the
                 * import's and export's need no terminal */
                run_reports();
                run_pdf_reports();
                run_import();
            }
            putchar('\n');
            print_table(stdout, 0);
            if (misses() > 0) {
                printf("\n%d figures MISS their target:\n", misses());
                print_misses(stdout, "  MISS  ");
            }
            putchar('\n');
            end_run(o.db, summary);
        }
        if (o.copy && !on_server)
            remove_db(work_db);
        rmdir(cfg_dir);
        if (d == ndbs - 1 && db_url != NULL && ndbs < MAX_RUNS) {
            /* once more on the server: its keys and first screen */
            dbs[ndbs++] = db_url;
            db_url = NULL;
        }
    }
    return 0;
}

int main(int argc, char **argv)
{
    struct machine m;
    char cmdline[2048] = "", end[256];
    size_t i;
    int a;

    for (a = 0; a < argc; a++)
        snprintf(cmdline + strlen(cmdline), sizeof cmdline - strlen(cmdline), "%s%s",
                 a ? " " : "", argv[a]);
    parse_args(argc, argv);
    signal(SIGPIPE, SIG_IGN);
    if (run_all(&m) < 0)
        return 1;
    loadavg(m.load1, sizeof m.load1);
    end_method(end, sizeof end);
    printf("end of an answer: %s\n", end);
    printf("longest silence inside one answer: %.2f ms (%s); load average after: %s\n", max_gap,
           max_gap_at, m.load1);
    for (i = 0; i < F_COUNT; i++)
        if (figs[i].checks_missed > 0)
            printf("check: %d answers of \"%s\" lacked the text expected in them\n",
                   figs[i].checks_missed, figs[i].name);
    write_md(&m, cmdline);
    printf("written: %s\n", o.out);
    for (a = 0; a < nruns; a++)
        free(runs[a].md);
    for (i = 0; i < F_COUNT; i++) {
        free(figs[i].v);
        free(figs[i].cpu);
        free(figs[i].rq);
    }
    return harness_errors > 0 ? 1 : 0;
}
