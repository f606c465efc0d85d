#ifndef IRDESK_TUI_CMD_H
#define IRDESK_TUI_CMD_H

#include "i18n/i18n.h"

/* Every command once: the enum, its name and its help text come from here;
 * the ? screen and the man page's key list follow this table.  The desk's
 * commands come first, then those of the form, the line editor and menus. */
#define IRD_COMMANDS(X)                                                              \
    X(QUIT, "quit", N_("Back; quit at the top level"))                               \
    X(BACK, "back", N_("Back; dismiss an error, clear a filter; never quits"))       \
    /* L10N: %s is a pane: Cities, Agreements... */                                  \
    X(PANE, "pane", N_("%s pane"))                                                   \
    X(PANE_NEXT, "pane-next", N_("Next pane"))                                       \
    X(PANE_PREV, "pane-prev", N_("Previous pane"))                                   \
    X(DOWN, "down", N_("Move down"))                                                 \
    X(UP, "up", N_("Move up"))                                                       \
    X(PAGE_DOWN, "page-down", N_("Page down"))                                       \
    X(PAGE_UP, "page-up", N_("Page up"))                                             \
    X(TOP, "top", N_("First line"))                                                  \
    X(BOTTOM, "bottom", N_("Last line"))                                             \
    X(OPEN, "open", N_("Open the record; on a linked record, follow the link"))     \
    X(FILTER, "filter", N_("Filter as you type (accents and case ignored)"))         \
    X(NEXT_MATCH, "next-match", N_("Next match"))                                    \
    X(PREV_MATCH, "prev-match", N_("Previous match"))                                \
    X(STATUS_FILTER, "status-filter", N_("Show only one status"))                    \
    X(SORT, "sort", N_("Sort by the next column"))                                   \
    X(SORT_REVERSE, "sort-reverse", N_("Reverse the sort order"))                    \
    X(STATUS, "status", N_("Change the status (with a note)"))                      \
    X(DECIDE, "decide", N_("Record a decision: text, date, deciding body, source"))  \
    X(EDIT, "edit", N_("Edit the record"))                                           \
    X(ADD, "add", N_("Add a record"))                                                \
    X(ARCHIVE, "archive", N_("Archive the record (or restore it)"))                  \
    X(SHOW_ARCHIVED, "show-archived", N_("Show or hide archived records"))           \
    X(HISTORY, "history", N_("Full history of the record"))                          \
    X(PRINT, "print", N_("Print the record's dossier; in a preview, print it"))     \
    X(PRINT_LIST, "print-list", N_("Print the list as it is filtered and sorted"))   \
    X(REPORT, "report", N_("Portfolio report"))                                      \
    X(SAVE, "save", N_("Save the preview to a file"))                                \
    X(LANG, "language", N_("Switch between Dutch and English"))                      \
    X(REDRAW, "redraw", N_("Redraw the screen"))                                     \
    X(HELP, "help", N_("This help"))                                                 \
    X(UNDO, "undo", N_("Undo the last change made at this desk"))                    \
    X(REDO, "redo", N_("Redo the change last undone"))                               \
    X(NOTE, "note", N_("Add a note to the record's journal"))                        \
    X(MARK, "mark", N_("Mark the record, or unmark it"))                             \
    X(MARK_ALL, "mark-all", N_("Mark every record the list shows (again: none)"))    \
    X(BULK, "bulk", N_("Apply the next key (%s, %s, %s, %s, %s) to the marked records"))  \
    X(VIEWS, "views", N_("Saved views: open one"))                                   \
    X(VIEW_SAVE, "view-save", N_("Save the list as it is as a view"))                \
    X(SEARCH_ALL, "search-all", N_("Search everything: every kind, notes, history"))  \
    X(INTERRUPT, "interrupt", N_("Ask whether to quit the desk"))                    \
    X(CALENDAR, "calendar", N_("The calendar: the month, what is coming, reminders"))  \
    X(MONTH_NEXT, "month-next", N_("In the calendar: the next month"))               \
    X(MONTH_PREV, "month-prev", N_("In the calendar: the month before"))             \
    X(LINK, "link", N_("Link the record to another record; on a link, remove it"))  \
    X(ATTACH, "attach", N_("Attach a file to the record; on a file, detach it"))    \
    X(FORM_NEXT, "form-next", N_("Next field"))                                      \
    X(FORM_PREV, "form-prev", N_("Previous field"))                                  \
    X(FORM_SAVE, "form-save", N_("Save the form"))                                   \
    X(FORM_CANCEL, "form-cancel", N_("Leave the form"))                              \
    X(FORM_ENTER, "form-enter", N_("Next field; on a button, press it"))             \
    X(FORM_CHOICE, "form-choice", N_("Next choice; on a button, press it"))          \
    X(FORM_CHOICE_NEXT, "form-choice-next", N_("Next choice"))                       \
    X(FORM_CHOICE_PREV, "form-choice-prev", N_("Previous choice"))                   \
    X(EDIT_BACKSPACE, "edit-backspace", N_("Delete the character before the cursor")) \
    X(EDIT_DELETE, "edit-delete", N_("Delete the character at the cursor"))          \
    X(EDIT_LEFT, "edit-left", N_("Cursor left"))                                     \
    X(EDIT_RIGHT, "edit-right", N_("Cursor right"))                                  \
    X(EDIT_HOME, "edit-home", N_("Cursor to the start"))                             \
    X(EDIT_END, "edit-end", N_("Cursor to the end"))                                 \
    X(EDIT_KILL, "edit-kill", N_("Delete up to the cursor"))                         \
    X(EDIT_KILL_END, "edit-kill-end", N_("Delete from the cursor to the end"))       \
    X(EDIT_KILL_WORD, "edit-kill-word", N_("Delete the word before the cursor"))     \
    X(EDIT_YANK, "edit-yank", N_("Put back what was last deleted"))                  \
    X(EDIT_HIST_PREV, "edit-history-prev", N_("Earlier line typed at this prompt"))  \
    X(EDIT_HIST_NEXT, "edit-history-next", N_("Later line typed at this prompt"))    \
    X(EDIT_DONE, "edit-done", N_("Take the line"))                                   \
    X(EDIT_CANCEL, "edit-cancel", N_("Cancel the line"))                             \
    X(MENU_DOWN, "menu-down", N_("Next item"))                                       \
    X(MENU_UP, "menu-up", N_("Previous item"))                                       \
    X(MENU_TAKE, "menu-take", N_("Take the item"))                                   \
    X(MENU_CANCEL, "menu-cancel", N_("Close the menu"))                              \
    X(MENU_PICK, "menu-pick", N_("Take item number n"))

enum cmd {
    CMD_NONE,
#define X(id, name, help) CMD_##id,
    IRD_COMMANDS(X)
#undef X
    CMD_COUNT
};

#endif
