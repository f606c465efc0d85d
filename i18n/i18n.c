#include "i18n/i18n.h"

#include <langinfo.h>
#include <limits.h>
#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "paths.h" /* LOCALEDIR, from the Makefile */

/* One process-wide setting, as gettext itself is process-wide. */
static enum i18n_lang current = LANG_EN;

const char *i18n_from_locale(const char *value)
{
    if (value == NULL || *value == '\0')
        return NULL;
    if (strncmp(value, "nl", 2) == 0 && (value[2] == '\0' || strchr("_.:@", value[2])))
        return "nl";
    if (strncmp(value, "en", 2) == 0 && (value[2] == '\0' || strchr("_.:@", value[2])))
        return "en";
    return NULL;
}

const char *i18n_from_language(const char *list)
{
    const char *p = list;

    /* gettext's LANGUAGE: a colon list, the first it has a catalog for wins */
    while (p != NULL && *p != '\0') {
        const char *lang = i18n_from_locale(p);
        if (lang != NULL)
            return lang;
        p = strchr(p, ':');
        if (p != NULL)
            p++;
    }
    return NULL;
}

/* The language the environment asks for, in gettext's order of precedence:
 * LANGUAGE (a list) first, then the first of LC_ALL, LC_MESSAGES and LANG
 * that is set.  A LANGUAGE naming neither Dutch nor English gives English,
 * as gettext gives the untranslated messages then. */
static const char *lang_from_env(void)
{
    static const char *const vars[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
    const char *language = getenv("LANGUAGE");
    size_t i;

    if (language != NULL && *language != '\0')
        return i18n_from_language(language);
    for (i = 0; i < sizeof vars / sizeof vars[0]; i++) {
        const char *v = getenv(vars[i]);
        if (v != NULL && *v != '\0')
            return i18n_from_locale(v);
    }
    return NULL;
}

static int has_catalog(const char *dir)
{
    char path[PATH_MAX];

    if ((size_t)snprintf(path, sizeof path, "%s/nl/LC_MESSAGES/" IRD_DOMAIN ".mo", dir) >=
        sizeof path)
        return 0;
    return access(path, R_OK) == 0;
}

/* IRDESK_LOCALEDIR, else the installed catalogs, else locale/ beside the
 * executable (build/irdesk: so that ./irdesk works from the source tree). */
static const char *locale_dir(void)
{
    static char here[PATH_MAX];
    const char *env = getenv("IRDESK_LOCALEDIR");
    ssize_t n;
    char *slash;

    if (env != NULL && *env != '\0')
        return env;
    if (has_catalog(LOCALEDIR))
        return LOCALEDIR;
    n = readlink("/proc/self/exe", here, sizeof here - 32);
    if (n > 0) {
        here[n] = '\0';
        slash = strrchr(here, '/');
        if (slash != NULL) {
            strcpy(slash, "/locale");
            if (has_catalog(here))
                return here;
        }
    }
    return LOCALEDIR;
}

/* i18n_gettext's answers: a slot a message address, the last asked of
 * those that share it kept; emptied when the language changes. */
enum { TR_SLOTS = 1024 };
static struct tr_slot {
    const char *at;   /* the message's address */
    char *id;         /* its text then */
    const char *tr;   /* gettext's answer; NULL when that was the message itself */
} tr_cache[TR_SLOTS];

static void tr_forget(void)
{
    size_t i;

    for (i = 0; i < TR_SLOTS; i++) {
        free(tr_cache[i].id);
        tr_cache[i] = (struct tr_slot){ 0 };
    }
}

const char *i18n_gettext(const char *msgid)
{
    struct tr_slot *t;
    const char *tr;
    char *id;

    if (msgid == NULL || *msgid == '\0')
        return gettext(msgid);
    t = &tr_cache[((uintptr_t)msgid >> 3) % TR_SLOTS];
    if (t->at == msgid && strcmp(t->id, msgid) == 0)
        return t->tr != NULL ? t->tr : msgid;
    tr = gettext(msgid);
    if ((id = strdup(msgid)) == NULL)
        return tr;
    free(t->id);
    *t = (struct tr_slot){ .at = msgid, .id = id, .tr = tr == msgid ? NULL : tr };
    return tr;
}

int i18n_set(const char *lang)
{
    int rc = 0;

    if (lang == NULL || (strcmp(lang, "nl") != 0 && strcmp(lang, "en") != 0)) {
        lang = "en";
        rc = -1;
    }
    current = strcmp(lang, "nl") == 0 ? LANG_NL : LANG_EN;
    tr_forget();
    setenv("LANGUAGE", lang, 1);
    /* glibc caches translations per domain: rebinding makes it look again */
    textdomain(IRD_DOMAIN);
    return rc;
}

int i18n_init(const char *lang)
{
    const char *loc = setlocale(LC_ALL, "");

    if (loc == NULL || strcmp(loc, "C") == 0 || strcmp(loc, "POSIX") == 0)
        setlocale(LC_ALL, "C.UTF-8");
    /* irdesk reads and writes UTF-8 whatever the locale's charset */
    if (strcmp(nl_langinfo(CODESET), "UTF-8") != 0)
        setlocale(LC_CTYPE, "C.UTF-8");
    bindtextdomain(IRD_DOMAIN, locale_dir());
    bind_textdomain_codeset(IRD_DOMAIN, "UTF-8");
    if (lang == NULL)
        lang = lang_from_env();
    return i18n_set(lang != NULL ? lang : "en");
}

enum i18n_lang i18n_lang(void)
{
    return current;
}

const char *i18n_code(void)
{
    return current == LANG_NL ? "nl" : "en";
}

const char *i18n_pgettext(const char *key, const char *msg)
{
    const char *t = i18n_gettext(key);

    return t == key ? msg : t;
}

const char *ird_code_text(enum ird_code c)
{
    return _(ird_code_msgid(c));
}
