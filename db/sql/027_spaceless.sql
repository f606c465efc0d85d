-- irdesk schema: words of scripts written without spaces.  The search's
-- rule is that each word typed is the start of a word of the text; in
-- Chinese, Japanese, Thai, Lao, Khmer or Burmese a "word" of FTS5's
-- unicode61 tokenizer is a whole run of text up to a space or a mark, so a
-- word typed in such a script is looked for anywhere in the text instead:
-- 沢 finds 金沢市.  search_spaceless holds the entries of search_doc, and
-- history_spaceless the history's lines, whose text has a character of
-- such a script (few: names like 金沢市); a search with such a word tests
-- each of them (db/store_match.c, which has the same list of scripts),
-- and a search of Latin text never reads them.
--
-- The scripts, by their blocks: Thai and Lao U+0E00-0EFF, Myanmar
-- U+1000-109F, Khmer U+1780-17FF, Hiragana and Katakana U+3040-30FF, CJK
-- U+3400-4DBF, U+4E00-9FFF, U+F900-FAFF, U+20000-2FFFF, and half-width
-- Katakana U+FF66-FF9F.  spaceless_pattern is that list as a GLOB.

CREATE VIEW spaceless_pattern AS
SELECT '*[' || char(0x0E00) || '-' || char(0x0EFF) || char(0x1000) || '-' || char(0x109F)
     || char(0x1780) || '-' || char(0x17FF) || char(0x3040) || '-' || char(0x30FF)
     || char(0x3400) || '-' || char(0x4DBF) || char(0x4E00) || '-' || char(0x9FFF)
     || char(0xF900) || '-' || char(0xFAFF) || char(0xFF66) || '-' || char(0xFF9F)
     || char(0x20000) || '-' || char(0x2FFFF) || ']*' AS glob;

CREATE TABLE search_spaceless (
    id      INTEGER PRIMARY KEY,   -- search_doc's id
    body    TEXT NOT NULL
);
CREATE TABLE history_spaceless (
    id      INTEGER PRIMARY KEY,   -- history's id
    body    TEXT NOT NULL
);

INSERT INTO search_spaceless (id, body)
    SELECT id, body FROM search_doc WHERE body GLOB (SELECT glob FROM spaceless_pattern);
INSERT INTO history_spaceless (id, body)
    SELECT id, trim(ifnull(old, '') || ' ' || ifnull(new, '') || ' ' || ifnull(note, ''))
      FROM history
     WHERE action <> 'create' AND (old IS NOT NULL OR new IS NOT NULL OR note IS NOT NULL)
       AND trim(ifnull(old, '') || ' ' || ifnull(new, '') || ' ' || ifnull(note, ''))
           GLOB (SELECT glob FROM spaceless_pattern);

-- a bulk batch (schema 16's bulk_pending) adds its new entries' rows in
-- one statement, testing each text in C (ird_spaceless, db/store_bulk.c)
CREATE TRIGGER search_spaceless_ins AFTER INSERT ON search_doc
    WHEN NOT EXISTS (SELECT 1 FROM bulk_pending WHERE kind = new.kind)
         AND new.body GLOB (SELECT glob FROM spaceless_pattern)
BEGIN
    INSERT INTO search_spaceless (id, body) VALUES (new.id, new.body);
END;
CREATE TRIGGER search_spaceless_upd AFTER UPDATE OF id, body ON search_doc BEGIN
    DELETE FROM search_spaceless WHERE id = old.id;
    INSERT INTO search_spaceless (id, body) SELECT new.id, new.body
     WHERE new.body GLOB (SELECT glob FROM spaceless_pattern);
END;
CREATE TRIGGER search_spaceless_del AFTER DELETE ON search_doc BEGIN
    DELETE FROM search_spaceless WHERE id = old.id;
END;

CREATE TRIGGER history_spaceless_ins AFTER INSERT ON history
    WHEN new.action <> 'create' AND (new.old IS NOT NULL OR new.new IS NOT NULL OR new.note IS NOT NULL)
BEGIN
    INSERT INTO history_spaceless (id, body)
        SELECT new.id, b FROM (SELECT trim(ifnull(new.old, '') || ' ' || ifnull(new.new, '') || ' '
                                           || ifnull(new.note, '')) AS b)
         WHERE b GLOB (SELECT glob FROM spaceless_pattern);
END;
CREATE TRIGGER history_spaceless_upd AFTER UPDATE OF id, action, old, new, note ON history BEGIN
    DELETE FROM history_spaceless WHERE id = old.id;
    INSERT INTO history_spaceless (id, body)
        SELECT new.id, b FROM (SELECT trim(ifnull(new.old, '') || ' ' || ifnull(new.new, '') || ' '
                                           || ifnull(new.note, '')) AS b)
         WHERE new.action <> 'create' AND b GLOB (SELECT glob FROM spaceless_pattern);
END;
CREATE TRIGGER history_spaceless_del AFTER DELETE ON history BEGIN
    DELETE FROM history_spaceless WHERE id = old.id;
END;
