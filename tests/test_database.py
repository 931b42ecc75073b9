"""A batch into SQLite: the same quotations as its JSON lines, searchable, one row per document however
often it is resumed, each document whole or absent, and a file of another schema refused."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from presscli.cli import app
from presscli.database import Database
from presscli.errors import PresscliError

ARTICLE = (
    "Harbour works halted\n\n"
    "“We will not pour concrete until the wall is safe,” said chief executive Maria Okafor.\n\n"
    "“The delay will cost the dockers dearly,” said union leader Tom Reyes.\n"
)


def make_folder(root: Path, count: int = 3) -> Path:
    folder = root / "in"
    folder.mkdir()
    for i in range(count):
        (folder / f"a{i}.txt").write_text(ARTICLE.replace("wall", f"wall number {i}"), encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"\x00\xff" * 300)
    return folder


def rows(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as connection:
        return connection.execute(sql).fetchall()


def test_the_database_holds_the_quotations_of_the_json_lines_of_the_same_run(runner, tmp_path):
    folder, db = make_folder(tmp_path), tmp_path / "c.sqlite"
    result = runner.invoke(app, ["batch", str(folder), "--db", str(db), "--format", "jsonl", "-q"])
    assert result.exit_code == 1  # broken.txt failed, and is recorded
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows(db, "SELECT count(*) FROM quotes") == [(sum(len(r.get("quotes") or []) for r in records),)]
    assert rows(db, "SELECT count(*) FROM documents") == [(4,)]
    ((error,),) = rows(db, "SELECT error FROM documents WHERE path LIKE '%broken.txt'")
    assert error
    joined = "SELECT s.name FROM quotes q JOIN speakers s ON s.id = q.speaker_id WHERE q.text LIKE 'The delay%'"
    names = rows(db, joined)
    assert names and all(name.endswith("Tom Reyes") for (name,) in names)


def test_full_text_search_finds_a_quotation_and_the_speaker_view_spans_documents(runner, tmp_path):
    folder, db = make_folder(tmp_path), tmp_path / "c.sqlite"
    runner.invoke(app, ["batch", str(folder), "--db", str(db), "-q"])
    search = "SELECT q.text FROM quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid WHERE quotes_fts MATCH 'dockers'"
    found = rows(db, search)
    assert len(found) == 3 and all("dockers" in text for (text,) in found)
    totals = dict(rows(db, "SELECT name, documents FROM speaker_totals"))
    assert any(name.endswith("Maria Okafor") and documents == 3 for name, documents in totals.items())
    (folder / "later.txt").write_text(ARTICLE, encoding="utf-8")  # written later, it joins the same row
    runner.invoke(app, ["batch", str(folder), "--db", str(db), "--resume", "-q"])
    totals = dict(rows(db, "SELECT name, documents FROM speaker_totals"))
    assert any(name.endswith("Maria Okafor") and documents == 4 for name, documents in totals.items())


def test_resuming_writes_each_document_once_and_replaces_a_changed_one(runner, tmp_path):
    folder, db = make_folder(tmp_path), tmp_path / "c.sqlite"
    runner.invoke(app, ["batch", str(folder), "--db", str(db), "-q"])
    again = runner.invoke(app, ["batch", str(folder.resolve()), "--db", str(db), "--resume"])
    assert "0 analyzed, 4 already done" in again.stderr
    (folder / "a0.txt").write_text(ARTICLE.replace("Maria Okafor", "Ana Lima"), encoding="utf-8")
    runner.invoke(app, ["batch", str(folder), "--db", str(db), "--resume", "-q"])
    assert rows(db, "SELECT count(*), count(DISTINCT resolved_path) FROM documents") == [(4, 4)]
    names = {name for (name,) in rows(db, "SELECT name FROM speakers")}
    assert any(name.endswith("Ana Lima") for name in names)


def test_with_a_database_and_a_file_each_keeps_its_own_record(runner, tmp_path):
    folder, db, out = make_folder(tmp_path), tmp_path / "c.sqlite", tmp_path / "out.jsonl"
    runner.invoke(app, ["batch", str(folder), "--db", str(db), "-q"])
    runner.invoke(app, ["batch", str(folder), "--db", str(db), "--output", str(out), "--resume", "-q"])
    assert len(out.read_text(encoding="utf-8").splitlines()) == 4  # the file lacked them all
    assert rows(db, "SELECT count(*) FROM documents") == [(4,)]  # the database lacked none


def test_a_document_is_written_whole_or_not_at_all(tmp_path):
    database = Database(tmp_path / "c.sqlite")
    good = {"path": "a.txt", "resolved_path": "/x/a.txt", "quotes": [], "speakers": [], "claims": [], "segments": []}
    database.write(good)
    broken = {**good, "path": "b.txt", "resolved_path": "/x/b.txt", "quotes": [{"start": 0}]}  # no text: fails
    with pytest.raises(KeyError):
        database.write(broken)
    database.close()
    assert rows(tmp_path / "c.sqlite", "SELECT path FROM documents") == [("a.txt",)]


def test_a_database_of_another_schema_is_refused_with_a_clear_error(runner, tmp_path):
    db = tmp_path / "old.sqlite"
    with sqlite3.connect(db) as connection:
        connection.execute("CREATE TABLE documents (path TEXT)")
        connection.execute("PRAGMA user_version = 99")
    with pytest.raises(PresscliError, match="schema 99"):
        Database(db)
    result = runner.invoke(app, ["batch", str(make_folder(tmp_path)), "--db", str(db)])
    assert result.exit_code == 1 and "schema 99" in result.stderr and "Traceback" not in result.stderr


def test_query_is_read_only_and_prints_rows_in_every_format(runner, tmp_path):
    folder, db = make_folder(tmp_path), tmp_path / "c.sqlite"
    runner.invoke(app, ["batch", str(folder), "--db", str(db), "-q"])
    deleting = runner.invoke(app, ["query", str(db), "DELETE FROM quotes"])
    assert deleting.exit_code == 1 and "readonly" in deleting.stderr
    assert rows(db, "SELECT count(*) FROM quotes") != [(0,)]
    by_kind = "SELECT kind, count(*) AS n FROM quotes GROUP BY kind"
    payload = runner.invoke(app, ["query", str(db), by_kind, "-f", "json"])
    assert json.loads(payload.stdout) == [{"kind": "statement", "n": 6}]
    csv = runner.invoke(app, ["query", str(db), "SELECT count(*) AS n FROM documents", "-f", "csv"]).stdout
    assert csv.splitlines() == ["n", "4"]
    bad = runner.invoke(app, ["query", str(db), "SELEC 1"])
    assert bad.exit_code == 1 and "syntax error" in bad.stderr
