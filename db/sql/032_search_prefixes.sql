-- irdesk schema 32 (the 28th migration): the search index keeps prefix
-- indexes of 1 to 5 characters (it kept 1 and 2).  A prefix of a word
-- longer than the longest prefix index is looked up by FTS5 by merging the
-- entries of every word that begins with it, all of them, before the first
-- match is handed over: typing "kra" of Kraków on 100,000 records a kind
-- (125,000 entries with a word beginning so) merged them all at every
-- letter from the third on, 3 ms, to count the first 501.  With an index
-- of the prefix the matches are read one at a time, as for the first two
-- letters.  The index grows by its entries of words of 3, 4 and 5
-- characters (88 MB -> 175 MB at 100,000 records a kind); the text is not
-- stored again (external content, schema 4).  Rebuilt from search_doc; the
-- triggers of search_doc (schema 4) write to it by name and stay.
DROP TABLE search;
CREATE VIRTUAL TABLE search USING fts5(body, content = 'search_doc', content_rowid = 'id',
                                       tokenize = 'unicode61 remove_diacritics 2',
                                       prefix = '1 2 3 4 5');
INSERT INTO search (search) VALUES ('rebuild');
