-- presscli's database, schema 1 (presscli/database.py writes it; `PRAGMA user_version` holds the version).
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL,
    resolved_path TEXT NOT NULL UNIQUE,
    sha256 TEXT,
    title TEXT, outlet TEXT, date TEXT, language TEXT, encoding TEXT,
    error TEXT  -- why the file could not be analyzed; NULL when it was
);
CREATE TABLE speakers (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    local_id TEXT NOT NULL,  -- S1, S2, ... within the document
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,  -- the name, case and spacing aside (a description with its document): what joins a speaker across documents
    quotes INTEGER NOT NULL, official INTEGER NOT NULL, role TEXT, institution TEXT,
    UNIQUE (document_id, local_id)
);
CREATE TABLE aliases (
    speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
    alias TEXT NOT NULL
);
CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    local_id TEXT NOT NULL,  -- Q1, Q2, ... within the document
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, kind TEXT NOT NULL,
    speaker_id INTEGER REFERENCES speakers(id) ON DELETE SET NULL,
    speaker TEXT, speaker_confidence REAL, official INTEGER NOT NULL, cue TEXT, lang TEXT
);
CREATE TABLE claims (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    rank INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
    claimant TEXT, score REAL, quote_ids TEXT  -- the supporting quotations' local ids, space-separated
);
CREATE TABLE segments (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, lang TEXT, confidence REAL, kind TEXT
);
CREATE TABLE posts (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start INTEGER, "end" INTEGER, text TEXT, author TEXT, handle TEXT, date TEXT, url TEXT, lang TEXT
);
CREATE INDEX documents_date ON documents(date);
CREATE INDEX documents_outlet ON documents(outlet);
CREATE INDEX documents_language ON documents(language);
CREATE INDEX speakers_document ON speakers(document_id);
CREATE INDEX speakers_key ON speakers(name_key);
CREATE INDEX aliases_speaker ON aliases(speaker_id);
CREATE INDEX quotes_document ON quotes(document_id);
CREATE INDEX quotes_speaker ON quotes(speaker_id);
CREATE INDEX quotes_speaker_name ON quotes(speaker);
CREATE INDEX quotes_lang ON quotes(lang);
CREATE INDEX claims_document ON claims(document_id);
CREATE INDEX segments_document ON segments(document_id);
CREATE INDEX posts_document ON posts(document_id);
CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='quotes', content_rowid='id');
CREATE VIRTUAL TABLE claims_fts USING fts5(text, content='claims', content_rowid='id');
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
    INSERT INTO claims_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
    INSERT INTO claims_fts(claims_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
-- One row per speaker across documents, by the same key as `presscli speakers DIR`; a view, so a
-- document written later joins it.
CREATE VIEW speaker_totals AS
SELECT name_key,
       (SELECT s2.name FROM speakers s2 WHERE s2.name_key = s.name_key
        GROUP BY s2.name ORDER BY COUNT(*) DESC, s2.name LIMIT 1) AS name,
       SUM(s.quotes) AS quotes,
       COUNT(DISTINCT s.document_id) AS documents,
       2 * SUM(s.official) > COUNT(*) AS official
FROM speakers s
GROUP BY name_key;
