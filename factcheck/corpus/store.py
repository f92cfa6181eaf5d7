"""The corpus on disk: SQLite with an FTS5 index over sentences (the only module that imports sqlite3).

The embedded default backend of backend.CorpusStore. Documents keep their metadata (source, url, date);
sentences keep their text and the facts extracted at ingest (numbers, dates, names, as compact JSON) so
cross-referencing never re-parses the corpus. Writes happen in one transaction per ``add``, one add at a
time (a second waits up to ADD_WAIT_SECONDS for the first); WAL lets readers work while a writer adds.

``fts5_tokens`` says which tokens FTS5 indexes for a text, so that another backend can index exactly
the same ones and rank the same sentences the same way.
"""
from __future__ import annotations

import contextlib
import functools
import os
import re
import sqlite3
import threading
from datetime import datetime, timezone
from typing import Iterable, Iterator

from ..model import FactcheckError
from .backend import DocumentMeta, Hit, TermQuery

__all__ = ["ADD_WAIT_SECONDS", "DocumentMeta", "Hit", "SCHEMA_VERSION", "Store", "TermQuery", "fts5_tokens"]

SCHEMA_VERSION = "1"
ADD_WAIT_SECONDS = 600.0  # how long an add waits for another add to finish before giving up
TOKENIZER = "unicode61 remove_diacritics 2"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents(
    id INTEGER PRIMARY KEY, ext_id TEXT, source TEXT, url TEXT, date TEXT, title TEXT, origin TEXT,
    hash TEXT NOT NULL UNIQUE, added TEXT NOT NULL, sentences INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS sentences(id INTEGER PRIMARY KEY, doc INTEGER NOT NULL, text TEXT NOT NULL,
    facts TEXT);
CREATE INDEX IF NOT EXISTS sentences_doc ON sentences(doc);
CREATE VIRTUAL TABLE IF NOT EXISTS sentences_fts USING fts5(text, content='sentences', content_rowid='id',
    tokenize='""" + TOKENIZER + """');
CREATE VIRTUAL TABLE IF NOT EXISTS sentences_vocab USING fts5vocab(sentences_fts, 'row');
"""


def _reported(method):
    """Turn SQLite's errors inside ``method`` into one-line user errors: a corpus file damaged after
    its header (bad pages deep in the file) is only found when a query reaches them."""
    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except sqlite3.DatabaseError as exc:
            raise FactcheckError(f"{self.path}: the corpus database cannot be used ({exc}); "
                                 "rebuild it with 'factcheck corpus add'") from None
    return wrapper


class Store:
    """An open corpus database."""

    def __init__(self, conn: sqlite3.Connection, path: str, writable: bool):
        self._conn = conn
        self.path = path
        self.writable = writable

    # -- opening ---------------------------------------------------------------------------------
    @classmethod
    def open(cls, path: str, create: bool = False) -> "Store":
        """Open ``path`` (read-only unless ``create``); a missing or foreign file is a FactcheckError."""
        exists = os.path.exists(path) and (not create or os.path.getsize(path) > 0)
        if not exists and not create:
            raise FactcheckError(f"corpus not found: {path} (create one with 'factcheck corpus add FILE --db {path}')")
        if os.path.isdir(path):
            raise FactcheckError(f"{path}: is a directory, not a corpus database")
        if create and not exists:
            parent = os.path.dirname(os.path.abspath(path))
            try:
                os.makedirs(parent, exist_ok=True)
            except OSError as exc:
                raise FactcheckError(f"cannot create the corpus folder {parent}: {exc.strerror}") from None
        try:
            if create:
                conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            else:
                conn = _open_read_only(path)
            store = cls(conn, path, create)
            store._prepare(fresh=create and not exists)
        except sqlite3.DatabaseError as exc:
            raise FactcheckError(f"{path}: not a usable factcheck corpus ({exc})") from None
        return store

    def _prepare(self, fresh: bool) -> None:
        conn = self._conn
        conn.execute("PRAGMA busy_timeout = 5000")
        if fresh:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.executescript("BEGIN;" + _SCHEMA + "COMMIT;")
            conn.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
        if not {"meta", "documents", "sentences", "sentences_fts"} <= tables:
            raise FactcheckError(f"{self.path}: not a factcheck corpus (the SQLite database has other tables)")
        row = conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        if row is None or row[0] != SCHEMA_VERSION:
            raise FactcheckError(f"{self.path}: corpus schema {row[0] if row else '?'} is not the supported "
                                 f"{SCHEMA_VERSION}; rebuild it with 'factcheck corpus add'")
        if self.writable:
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA cache_size = -65536")

    def close(self) -> None:
        """Close the connection."""
        self._conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator["Store"]:
        """All writes inside are kept together or not at all (an interrupt rolls them back)."""
        self._require_writable()
        try:
            self._conn.execute(f"PRAGMA busy_timeout = {int(ADD_WAIT_SECONDS * 1000)}")
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise FactcheckError(f"{self.path}: the corpus is busy ({exc}): another add has been writing "
                                 f"for over {ADD_WAIT_SECONDS:g} s") from None
        finally:
            self._conn.execute("PRAGMA busy_timeout = 5000")
        try:
            yield self
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._commit()

    @_reported
    def _commit(self) -> None:
        self._conn.execute("COMMIT")

    @_reported
    def has_document(self, hash: str) -> bool:
        """Whether a document with this text hash is stored."""
        return self._conn.execute("SELECT 1 FROM documents WHERE hash = ?", (hash,)).fetchone() is not None

    @_reported
    def stored_hashes(self, hashes: Iterable[str]) -> set[str]:
        """Which of these text hashes are stored already (one query per 500)."""
        hashes = list(hashes)
        found: set[str] = set()
        for i in range(0, len(hashes), 500):
            part = hashes[i:i + 500]
            marks = ",".join("?" * len(part))
            found.update(r[0] for r in self._conn.execute(f"SELECT hash FROM documents WHERE hash IN ({marks})", part))
        return found

    @_reported
    def add_batch(self, docs: list[tuple[DocumentMeta, list[tuple[str, str | None]]]]) -> None:
        """Store documents with their (text, facts JSON) sentences, ids assigned in order."""
        conn = self._conn
        added = datetime.now(timezone.utc).isoformat(timespec="seconds")
        next_doc = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM documents").fetchone()[0]
        next_sentence = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM sentences").fetchone()[0]
        doc_rows, sentence_rows = [], []
        for meta, sentences in docs:
            doc_rows.append((next_doc, meta.ext_id, meta.source, meta.url, meta.date, meta.title, meta.origin,
                             meta.hash, added, len(sentences)))
            for text, facts in sentences:
                sentence_rows.append((next_sentence, next_doc, text, facts))
                next_sentence += 1
            next_doc += 1
        conn.executemany("INSERT INTO documents(id, ext_id, source, url, date, title, origin, hash, added, "
                         "sentences) VALUES (?,?,?,?,?,?,?,?,?,?)", doc_rows)
        conn.executemany("INSERT INTO sentences(id, doc, text, facts) VALUES (?, ?, ?, ?)", sentence_rows)
        conn.executemany("INSERT INTO sentences_fts(rowid, text) VALUES (?, ?)",
                         [(row[0], row[2]) for row in sentence_rows])

    @_reported
    def remove(self, doc: int) -> int | None:
        """Delete a document and its sentences; returns how many sentences went (None: no such id)."""
        with self.transaction():
            rows = self._conn.execute("SELECT id, text FROM sentences WHERE doc = ?", (doc,)).fetchall()
            found = self._conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc,)).fetchone()
            if not found:
                return None
            self._conn.executemany("INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', ?, ?)",
                                   rows)
            self._conn.execute("DELETE FROM sentences WHERE doc = ?", (doc,))
            self._conn.execute("DELETE FROM documents WHERE id = ?", (doc,))
        return len(rows)

    @_reported
    def optimize(self) -> None:
        """Merge the FTS index segments (after a large add)."""
        self._require_writable()
        self._conn.execute("INSERT INTO sentences_fts(sentences_fts) VALUES ('optimize')")

    @_reported
    def checkpoint(self) -> None:
        """Fold the write-ahead log back into the database file."""
        self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    # -- reading ---------------------------------------------------------------------------------
    def match(self, query: TermQuery | str, limit: int) -> list[Hit]:
        """Sentences matching the terms (or a raw FTS5 query), best BM25 first, then lowest id."""
        if isinstance(query, TermQuery):
            joiner = " AND " if query.require_all else " OR "
            query = joiner.join('"' + term.replace('"', '""') + '"' for term in query.terms)
        sql = ("SELECT s.id, s.text, s.facts, s.doc, d.source, d.date, f.rank FROM "
               "(SELECT rowid, rank FROM sentences_fts WHERE sentences_fts MATCH ? ORDER BY rank, rowid LIMIT ?) f "
               "JOIN sentences s ON s.id = f.rowid JOIN documents d ON d.id = s.doc ORDER BY f.rank, f.rowid")
        try:
            rows = self._conn.execute(sql, (query, limit)).fetchall()
        except sqlite3.DatabaseError as exc:
            raise FactcheckError(f"{self.path}: corpus search failed ({exc})") from None
        return [Hit(*row) for row in rows]

    @_reported
    def document_counts(self, terms: Iterable[str]) -> dict[str, int]:
        """How many sentences contain each term (exact indexed tokens)."""
        terms = list(dict.fromkeys(terms))
        if not terms:
            return {}
        marks = ",".join("?" * len(terms))
        rows = self._conn.execute(f"SELECT term, doc FROM sentences_vocab WHERE term IN ({marks})", terms)
        return dict(rows.fetchall())

    @_reported
    def stats(self) -> dict[str, object]:
        """Counts, date range and size on disk."""
        conn = self._conn
        docs, sentences = conn.execute("SELECT count(*), coalesce(sum(sentences), 0) FROM documents").fetchone()
        first, last = conn.execute("SELECT min(date), max(date) FROM documents").fetchone()
        sources = conn.execute("SELECT count(DISTINCT source) FROM documents").fetchone()[0]
        undated = conn.execute("SELECT count(*) FROM documents WHERE date IS NULL").fetchone()[0]
        size = sum(os.path.getsize(p) for p in (self.path, self.path + "-wal") if os.path.exists(p))
        return {"path": self.path, "documents": docs, "sentences": sentences, "sources": sources,
                "undated_documents": undated, "first_date": first, "last_date": last, "bytes": size}

    @_reported
    def documents(self, limit: int | None = None) -> list[dict[str, object]]:
        """The stored documents, newest id first."""
        sql = "SELECT id, ext_id, source, url, date, title, origin, sentences, added FROM documents ORDER BY id DESC"
        rows = self._conn.execute(sql + (" LIMIT ?" if limit else ""), (limit,) if limit else ()).fetchall()
        keys = ("id", "ext_id", "source", "url", "date", "title", "origin", "sentences", "added")
        return [dict(zip(keys, row)) for row in rows]

    def _require_writable(self) -> None:
        if not self.writable:
            raise FactcheckError(f"{self.path}: the corpus is open read-only")


def _open_read_only(path: str) -> sqlite3.Connection:
    """Open for reading only, also where the reader may not write (a newsroom's read-only share).

    A WAL database wants a ``-shm`` file beside it that such a reader cannot create; there SQLite can
    still read the file as immutable, since no writer can be at work through that share either.
    """
    uri = f"file:{_uri_path(path)}?mode=ro"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        conn.close()
    return sqlite3.connect(uri + "&immutable=1", uri=True, isolation_level=None, check_same_thread=False)


def _uri_path(path: str) -> str:
    from urllib.parse import quote

    return quote(os.path.abspath(path))


# -- the tokens FTS5 indexes -----------------------------------------------------------------------
# unicode61 reads text one code point at a time: a separator, or a token character folded to lower
# case without its diacritics (or dropped, for a combining mark). Its tables are SQLite's own (older
# Unicode than Python's), so rather than imitate them, each non-ASCII character met is looked up once
# by tokenizing it with FTS5 itself; ASCII is letters and digits, lowercased (a test holds SQLite to it).
_FOLD: dict[int, str] = {c: (chr(c).lower() if chr(c).isalnum() else " ") for c in range(128)}
_ASCII_TOKEN = re.compile(r"[a-z0-9]+")
_TOKEN = re.compile(r"[^ ]+")
_fold_lock = threading.Lock()
_fold_db: list[sqlite3.Connection] = []


def fts5_tokens(text: str) -> list[str]:
    """The tokens the corpus's FTS5 index holds for ``text``, in order (repeats included)."""
    if text.isascii():
        return _ASCII_TOKEN.findall(text.lower())
    unknown = {ord(c) for c in text} - _FOLD.keys()
    if unknown:
        _learn(unknown)
    return _TOKEN.findall(text.translate(_FOLD))


def _learn(codes: set[int]) -> None:
    """How FTS5 reads each of these code points: ' ' (separator), '' (dropped) or the folded character."""
    with _fold_lock:
        if not _fold_db:
            conn = sqlite3.connect(":memory:", check_same_thread=False)
            conn.execute(f"CREATE VIRTUAL TABLE t USING fts5(x, tokenize='{TOKENIZER}')")
            conn.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')")
            _fold_db.append(conn)
        conn = _fold_db[0]
        codes = sorted(c for c in codes if c not in _FOLD)
        plain = [c for c in codes if not 0xD800 <= c < 0xE000]  # a lone surrogate cannot reach SQLite
        conn.execute("DELETE FROM t")
        conn.executemany("INSERT INTO t(rowid, x) VALUES (?, ?)", ((c, f"x{chr(c)}y") for c in plain))
        found: dict[int, list[tuple[int, str]]] = {}
        for term, row, offset in conn.execute("SELECT term, doc, offset FROM v"):
            found.setdefault(row, []).append((offset, term))
        for c in codes:
            tokens = [term for _, term in sorted(found.get(c, ()))]
            _FOLD[c] = tokens[0][1:-1] if len(tokens) == 1 else " "
