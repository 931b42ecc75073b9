"""A batch straight into SQLite: normalized tables, foreign keys and indexes, full-text search over quotations
and claims, one view of speakers across documents, written one document per transaction.

Built on the standard library's sqlite3 (FTS5, WAL and transactions need nothing more). Records are the
JSON contract's (`batch.analyze_path`), so a local run and a Dask run write the same rows. The schema's
version is the file's `user_version`; a file of another version, or a database presscli did not write,
is refused with a clear error rather than mixed into.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any

from presscli.attribution.across import speaker_key
from presscli.batch import Done
from presscli.errors import PresscliError

SCHEMA_VERSION = 1


def _schema() -> str:
    return resources.files("presscli").joinpath("data").joinpath("schema.sql").read_text("utf-8")


class Database:
    """An open presscli database, created with its schema when new."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self.connection = sqlite3.connect(path, isolation_level=None)  # transactions are explicit
            self._prepare()
        except sqlite3.DatabaseError as exc:
            raise PresscliError(f"{path}: not a database presscli can use ({exc})") from None

    def _prepare(self) -> None:
        db = self.connection
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")  # WAL keeps every committed document across a crash
        version = db.execute("PRAGMA user_version").fetchone()[0]
        tables = db.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
        if version == 0 and tables == 0:
            db.executescript(f"BEGIN; {_schema()} PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;")
        elif version != SCHEMA_VERSION:
            found = f"schema {version}" if version else "tables presscli did not write"
            raise PresscliError(
                f"{self.path} holds {found}; this presscli writes schema {SCHEMA_VERSION}: use a new file"
            )

    def stored(self) -> dict[str, Done]:
        """What is already written, by resolved path (as `batch.finished` reads a JSON-lines file)."""
        rows = self.connection.execute("SELECT resolved_path, sha256, error IS NOT NULL FROM documents")
        return {path: Done(digest, bool(failed)) for path, digest, failed in rows}

    def write(self, record: dict[str, Any]) -> None:
        """One document (or its failure), in one transaction: a crash leaves it whole or absent. A document
        written before under the same resolved path is replaced."""
        db = self.connection
        db.execute("BEGIN IMMEDIATE")
        try:
            db.execute("DELETE FROM documents WHERE resolved_path = ?", (_resolved(record),))
            document_id = _insert_document(db, record)
            if "error" not in record:
                _insert_contents(db, document_id, record)
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def close(self) -> None:
        self.connection.close()


def write_all(database: Database, records: Iterable[dict[str, Any]]) -> Iterable[dict[str, Any]]:
    """Write each record as it passes, then pass it on (to a JSON-lines sink or a summary)."""
    for record in records:
        database.write(record)
        yield record


def _resolved(record: dict[str, Any]) -> str:
    return str(record.get("resolved_path") or record["path"])


def _insert_document(db: sqlite3.Connection, record: dict[str, Any]) -> int:
    meta = record.get("meta") or {}
    cursor = db.execute(
        "INSERT INTO documents (path, resolved_path, sha256, title, outlet, date, language, encoding, error)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            str(record["path"]),
            _resolved(record),
            record.get("sha256"),
            meta.get("title"),
            meta.get("outlet"),
            meta.get("date"),
            record.get("language"),
            meta.get("encoding"),
            record.get("error"),
        ),
    )
    return int(cursor.lastrowid or 0)


def _insert_contents(db: sqlite3.Connection, document_id: int, record: dict[str, Any]) -> None:
    speaker_ids: dict[str, int] = {}
    for speaker in record.get("speakers") or []:
        cursor = db.execute(
            "INSERT INTO speakers (document_id, local_id, name, name_key, quotes, official, role, institution)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                document_id,
                speaker["id"],
                speaker["name"],
                speaker_key(speaker["name"], str(document_id)),
                speaker["quotes"],
                int(bool(speaker.get("official"))),
                speaker.get("role"),
                speaker.get("institution"),
            ),
        )
        speaker_ids[speaker["id"]] = int(cursor.lastrowid or 0)
        db.executemany(
            "INSERT INTO aliases (speaker_id, alias) VALUES (?, ?)",
            [(cursor.lastrowid, alias) for alias in speaker.get("aliases") or []],
        )
    db.executemany(
        'INSERT INTO quotes (document_id, local_id, start, "end", text, kind, speaker_id, speaker,'
        " speaker_confidence, official, cue, lang) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                document_id,
                q.get("id"),
                q["start"],
                q["end"],
                q["text"],
                q["kind"],
                speaker_ids.get(q.get("speaker_id") or ""),
                q.get("speaker"),
                q.get("speaker_confidence"),
                int(bool(q.get("official"))),
                q.get("cue"),
                q.get("lang"),
            )
            for q in record.get("quotes") or []
        ],
    )
    db.executemany(
        'INSERT INTO claims (document_id, rank, start, "end", text, claimant, score, quote_ids)'
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                document_id,
                c["rank"],
                c["start"],
                c["end"],
                c["text"],
                c.get("claimant"),
                c.get("score"),
                " ".join(c.get("quotes") or []),
            )
            for c in record.get("claims") or []
        ],
    )
    db.executemany(
        'INSERT INTO segments (document_id, start, "end", lang, confidence, kind) VALUES (?, ?, ?, ?, ?, ?)',
        [
            (document_id, s["start"], s["end"], s.get("lang"), s.get("confidence"), s.get("kind"))
            for s in record.get("segments") or []
        ],
    )
    posts = (record.get("meta") or {}).get("embedded_posts") or []
    db.executemany(
        'INSERT INTO posts (document_id, start, "end", text, author, handle, date, url, lang)'
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                document_id,
                p.get("start"),
                p.get("end"),
                p.get("text"),
                p.get("author"),
                p.get("handle"),
                p.get("date"),
                p.get("url"),
                p.get("lang"),
            )
            for p in posts
        ],
    )


def query(path: Path, sql: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    """The columns and rows of a read-only query: the file is opened so that no statement can change it."""
    if not path.is_file():
        raise PresscliError(f"{path}: no such database")
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            cursor = db.execute(sql)
            columns = [d[0] for d in cursor.description or ()]
            return columns, cursor.fetchall()
        finally:
            db.close()
    except sqlite3.Error as exc:
        raise PresscliError(f"query: {exc}") from None


def as_json(value: Any) -> Any:
    """A cell as JSON holds it (SQLite gives str, int, float, None or bytes)."""
    return value.hex() if isinstance(value, bytes) else value
