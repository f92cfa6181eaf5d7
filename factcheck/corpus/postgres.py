"""The corpus on a PostgreSQL server: one archive shared by every journalist and CI runner at once.

The only module that imports psycopg (3), and it is imported only for a ``postgresql://`` location.
Everything lives in the schema ``factcheck`` of the database the URL names, created and migrated by
``factcheck corpus init`` and versioned in ``factcheck.meta``.

Same verdicts as SQLite, by construction. ``sentences.tsv`` holds exactly the tokens SQLite's FTS5
indexes for the sentence (store.fts5_tokens: no PostgreSQL parser or dictionary is involved) behind a
GIN index, ``repeats`` the count of each token it holds more than once, ``tokens`` how many it holds;
``terms`` counts the sentences holding each token (FTS5's vocabulary) and ``totals`` the sentences and
tokens. ``match`` takes the sentences holding the query's terms from the index and scores them with
FTS5's BM25, operation for operation in double precision, so both backends return the same candidates
in the same order with the same scores, and the shared re-ranking and verdicts (search.py, crossref.py)
cannot tell them apart.

Writing: an add is one transaction, so an error, an interrupt or a lost connection leaves the corpus as
it was. Adds take turns (a transaction-level advisory lock: a second add waits for the first, then finds
its documents already there; the unique text hash is the last guard against a duplicate). Sentences are
streamed in with COPY, documents copied in beside them. Readers never wait for a writer: they see the
last committed add (MVCC).
"""
from __future__ import annotations

import contextlib
import functools
import math
import os
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Iterable, Iterator

import psycopg
from psycopg import errors as pg_errors
from psycopg.conninfo import conninfo_to_dict

from ..model import FactcheckError
from .backend import DocumentMeta, Hit, TermQuery, redact
from .store import ADD_WAIT_SECONDS, fts5_tokens

SCHEMA_VERSION = 1
_LOCK = int.from_bytes(b"factchek", "big")  # the advisory lock adds (and init) take turns on
_MAX_LEXEME_BYTES = 2047  # PostgreSQL's limit for one tsvector lexeme
_TERMS_FLUSH = 500_000  # distinct pending terms merged into factcheck.terms before an add ends
_DOCUMENT_FLUSH = 50_000  # documents kept before they are copied in (and the sentences' COPY closed)

# Migrations: MIGRATIONS[n] takes a corpus from schema n - 1 to n (0: no corpus yet).
MIGRATIONS = {
    1: """
CREATE SCHEMA IF NOT EXISTS factcheck;
CREATE TABLE factcheck.meta(key text PRIMARY KEY, value text NOT NULL);
CREATE TABLE factcheck.documents(
    id bigint PRIMARY KEY, ext_id text, source text, url text, date date, title text, origin text,
    hash text NOT NULL UNIQUE, added text NOT NULL, sentences integer NOT NULL DEFAULT 0);
CREATE TABLE factcheck.sentences(
    id bigint PRIMARY KEY, doc bigint NOT NULL, text text NOT NULL, facts text, tokens integer NOT NULL,
    tsv tsvector NOT NULL, repeats jsonb);
CREATE INDEX sentences_doc ON factcheck.sentences(doc);
CREATE INDEX sentences_tsv ON factcheck.sentences USING gin(tsv);
CREATE TABLE factcheck.terms(term text PRIMARY KEY, n bigint NOT NULL);
CREATE TABLE factcheck.totals(one boolean PRIMARY KEY DEFAULT true CHECK (one),
    sentences bigint NOT NULL, tokens bigint NOT NULL);
INSERT INTO factcheck.totals(sentences, tokens) VALUES (0, 0);
""",
}

# FTS5's bm25(): k1 = 1.2, b = 0.75; each constant as the double the C code computes with.
_K1 = 1.2
_B = 0.75
_K1_PLUS_1 = _K1 + 1.0
_ONE_MINUS_B = 1 - _B


@functools.lru_cache(maxsize=64)
def _match_sql(terms: int) -> str:
    """The search for ``terms`` query terms: FTS5's bm25(), term by term in query order, each one
    ``idf * ((tf * (k1 + 1)) / (tf + k1 * (1 - b + b * D / avgdl)))`` (0 when the sentence lacks it), summed
    left to right and negated, as sqlite's fts5Bm25Function computes it, so the scores agree to the bit."""
    norm = "(%(omb)s::float8 + %(b)s::float8 * c.tokens::float8 / %(avgdl)s::float8)"
    parts = []
    for i in range(terms):
        tf = f"coalesce((c.repeats ->> %(t{i})s)::float8, 1::float8)"
        parts.append(f"CASE WHEN c.tsv @@ %(q{i})s::tsquery THEN %(idf{i})s::float8 * (({tf} * %(k1p1)s::float8) "
                     f"/ ({tf} + %(k1)s::float8 * {norm})) ELSE 0::float8 END")
    return f"""
SELECT m.id, m.text, m.facts, m.doc, d.source, to_char(d.date, 'YYYY-MM-DD'), m.score
FROM (SELECT c.id, c.text, c.facts, c.doc, -({" + ".join(parts)}) AS score
      FROM factcheck.sentences c
      WHERE c.tsv @@ %(tsquery)s::tsquery
      ORDER BY score, c.id
      LIMIT %(limit)s) m
JOIN factcheck.documents d ON d.id = m.doc
ORDER BY m.score, m.id
"""


_DOCUMENT_COLUMNS = "id, ext_id, source, url, date, title, origin, hash, added, sentences"
_SENTENCE_COLUMNS = "id, doc, text, facts, tokens, tsv, repeats"
_STAGING = "CREATE TEMP TABLE IF NOT EXISTS factcheck_new_terms(term text, n bigint) ON COMMIT DELETE ROWS"


def init(url: str) -> str:
    """Create the corpus schema in the database at ``url``, or migrate it to this version."""
    where = redact(url)
    with _connect(url) as conn, _errors(where):
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK,))
            found = _schema_version(conn, where)
            if found is not None and found > SCHEMA_VERSION:
                raise _newer(where, found)
            for version in range((found or 0) + 1, SCHEMA_VERSION + 1):
                conn.execute(MIGRATIONS[version])
            conn.execute("INSERT INTO factcheck.meta VALUES ('schema', %s) ON CONFLICT (key) DO UPDATE "
                         "SET value = EXCLUDED.value", (str(SCHEMA_VERSION),))
    if found is None:
        return f"created the corpus (schema {SCHEMA_VERSION}) in {where}"
    if found < SCHEMA_VERSION:
        return f"migrated the corpus in {where} from schema {found} to {SCHEMA_VERSION}"
    return f"the corpus in {where} is ready (schema {SCHEMA_VERSION})"


@dataclass
class _Add:
    """What the open write transaction has written, or holds to write."""

    next_doc: int  # ids are given here, under the lock that makes adds take turns (as SQLite does)
    next_sentence: int
    hashes: set[str] = field(default_factory=set)  # documents written in this transaction
    documents: list[tuple] = field(default_factory=list)  # rows not yet copied into factcheck.documents
    terms: Counter = field(default_factory=Counter)  # sentences per token, not yet merged into factcheck.terms
    sentences: int = 0  # sentences and tokens not yet counted in factcheck.totals
    tokens: int = 0
    added: int = 0  # sentences in the whole transaction
    copy: Any = None  # the COPY into factcheck.sentences, open across batches
    copy_context: Any = None
    cursor: Any = None


class PostgresStore:
    """An open corpus on a PostgreSQL server (backend.CorpusStore).

    An add streams every sentence through one COPY that stays open from batch to batch (a statement
    in between would have to wait for the server to catch up): the documents' rows are kept and copied
    in when that COPY closes (every _DOCUMENT_FLUSH documents, and at the end), and the questions asked
    meanwhile (is this document stored?) go to a second, read-only connection.
    """

    def __init__(self, conn: psycopg.Connection, url: str, writable: bool):
        self._conn = conn
        self._url = url  # as given (it may hold a password: never shown)
        self.path = redact(url)
        self.writable = writable
        self._add: _Add | None = None
        self._reader: psycopg.Connection | None = None
        self._staged = False

    # -- opening ---------------------------------------------------------------------------------
    @classmethod
    def open(cls, url: str, writable: bool = False) -> "PostgresStore":
        """Connect; a refused connection, bad credentials, a missing database, no corpus schema or one
        of another version is a one-line FactcheckError that never shows a password."""
        where = redact(url)
        conn = _connect(url)
        try:
            with _errors(where):
                found = _schema_version(conn, where)
                if found is None:
                    raise FactcheckError(f"{where}: no factcheck corpus in this database yet "
                                         f"(create it with 'factcheck corpus init {where}')")
                if found > SCHEMA_VERSION:
                    raise _newer(where, found)
                if found < SCHEMA_VERSION:
                    raise FactcheckError(f"{where}: corpus schema {found} is older than this factcheck's "
                                         f"{SCHEMA_VERSION} (migrate it with 'factcheck corpus init {where}')")
                if not writable:
                    conn.execute("SET default_transaction_read_only = on")
        except BaseException:
            conn.close()
            raise
        return cls(conn, url, writable)

    def close(self) -> None:
        """Close the connections (an open transaction is rolled back by the server)."""
        if self._reader is not None:
            self._reader.close()
        self._conn.close()

    def __enter__(self) -> "PostgresStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator["PostgresStore"]:
        """All writes inside are kept together or not at all; adds take turns (the second waits)."""
        self._require_writable()
        if self._add is not None:  # already inside one
            yield self
            return
        added = 0
        with _errors(self.path):
            with self._conn.transaction():
                self._conn.execute(f"SET LOCAL lock_timeout = {int(ADD_WAIT_SECONDS * 1000)}")
                try:
                    self._conn.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK,))
                except pg_errors.LockNotAvailable:
                    raise FactcheckError(f"{self.path}: the corpus is busy: another add has been writing for "
                                         f"over {ADD_WAIT_SECONDS:g} s") from None
                self._add = _Add(*self._conn.execute(
                    "SELECT (SELECT coalesce(max(id), 0) + 1 FROM factcheck.documents), "
                    "(SELECT coalesce(max(id), 0) + 1 FROM factcheck.sentences)").fetchone())
                self._staged = False  # a rolled-back transaction takes its temporary table with it
                try:
                    yield self
                    self._merge()
                    added = self._add.added
                except BaseException as exc:
                    self._abort_copy(exc)
                    raise
                finally:
                    self._add = None
            if added:
                self._analyze(added)

    def has_document(self, hash: str) -> bool:
        """Whether a document with this text hash is stored."""
        return bool(self.stored_hashes([hash]))

    def stored_hashes(self, hashes: Iterable[str]) -> set[str]:
        """Which of these text hashes are stored already (those of an add under way included)."""
        hashes = list(hashes)
        if not hashes:
            return set()
        add = self._add
        with _errors(self.path):
            conn = self._conn if add is None else self._read_connection()
            rows = conn.execute("SELECT hash FROM factcheck.documents WHERE hash = ANY(%s)", (hashes,))
            found = {row[0] for row in rows}
        return found | add.hashes.intersection(hashes) if add is not None else found

    def add_batch(self, docs: list[tuple[DocumentMeta, list[tuple[str, str | None]]]]) -> None:
        """Store documents with their (text, facts JSON) sentences, ids in order; the sentences go
        out at once through the add's COPY, the documents when it closes. A document stored already is
        an error (a unique hash) that refuses the whole add: ingest asks stored_hashes first."""
        if self._add is None:
            with self.transaction():
                return self.add_batch(docs)
        add = self._add
        added = datetime.now(timezone.utc).isoformat(timespec="seconds")
        with _errors(self.path):
            copy = self._sentence_copy()
            for meta, sentences in docs:
                doc = add.next_doc
                add.next_doc += 1
                add.hashes.add(meta.hash)
                add.documents.append((doc, _clean(meta.ext_id), _clean(meta.source), _clean(meta.url), meta.date,
                                      _clean(meta.title), _clean(meta.origin), meta.hash, added, len(sentences)))
                for text, facts in sentences:
                    tokens = fts5_tokens(text)
                    vector, lexemes, repeats = _tsvector(tokens, text)
                    copy.write_row((add.next_sentence, doc, _clean(text), _clean(facts), len(tokens), vector,
                                    repeats))
                    add.next_sentence += 1
                    add.terms.update(lexemes)
                    add.sentences += 1
                    add.tokens += len(tokens)
            if len(add.documents) >= _DOCUMENT_FLUSH:
                self._sync()
            if len(add.terms) >= _TERMS_FLUSH:
                self._merge()
        return None

    def remove(self, doc: int) -> int | None:
        """Delete a document and its sentences; returns how many sentences went (None: no such id)."""
        with self.transaction(), _errors(self.path):
            self._sync()
            conn = self._conn
            if conn.execute("SELECT 1 FROM factcheck.documents WHERE id = %s", (doc,)).fetchone() is None:
                return None
            conn.execute("""
                WITH gone AS (SELECT x.lexeme AS term, count(*) AS n FROM factcheck.sentences s,
                              unnest(s.tsv) x WHERE s.doc = %s GROUP BY x.lexeme)
                UPDATE factcheck.terms t SET n = t.n - gone.n FROM gone WHERE t.term = gone.term""", (doc,))
            conn.execute("DELETE FROM factcheck.terms WHERE n <= 0")
            count, tokens = conn.execute("SELECT count(*), coalesce(sum(tokens), 0) FROM factcheck.sentences "
                                         "WHERE doc = %s", (doc,)).fetchone()
            conn.execute("UPDATE factcheck.totals SET sentences = sentences - %s, tokens = tokens - %s",
                         (count, tokens))
            conn.execute("DELETE FROM factcheck.sentences WHERE doc = %s", (doc,))
            conn.execute("DELETE FROM factcheck.documents WHERE id = %s", (doc,))
        return count

    def optimize(self) -> None:
        """Vacuum and analyze the tables (which also merges the GIN index's pending entries)."""
        self._require_writable()
        with _errors(self.path):
            self._conn.execute("VACUUM (ANALYZE) factcheck.documents, factcheck.sentences, factcheck.terms")

    def _sentence_copy(self):
        """The add's COPY into factcheck.sentences, opened on first use."""
        add = self._add
        if add.copy is None:
            add.cursor = self._conn.cursor()
            add.copy_context = add.cursor.copy(f"COPY factcheck.sentences({_SENTENCE_COLUMNS}) FROM STDIN")
            add.copy = add.copy_context.__enter__()
        return add.copy

    def _sync(self) -> None:
        """Close the sentences' COPY (the server catches up) and copy in the documents kept so far."""
        add = self._add
        if add is None:
            return
        if add.copy is not None:
            context, add.copy, add.copy_context = add.copy_context, None, None
            context.__exit__(None, None, None)
            add.cursor.close()
        if add.documents:
            with self._conn.cursor() as cursor, cursor.copy(
                    f"COPY factcheck.documents({_DOCUMENT_COLUMNS}) FROM STDIN") as copy:
                for row in add.documents:
                    copy.write_row(row)
            add.documents.clear()

    def _merge(self) -> None:
        """Write out what is kept, then add this transaction's term counts and totals to the tables."""
        self._sync()
        add, conn = self._add, self._conn
        if add.terms:
            if not self._staged:
                conn.execute(_STAGING)
                self._staged = True
            with conn.cursor() as cursor, cursor.copy("COPY factcheck_new_terms(term, n) FROM STDIN") as copy:
                for row in add.terms.items():
                    copy.write_row(row)
            conn.execute("INSERT INTO factcheck.terms(term, n) SELECT term, n FROM factcheck_new_terms "
                         "ORDER BY term ON CONFLICT (term) DO UPDATE SET n = factcheck.terms.n + EXCLUDED.n")
            conn.execute("TRUNCATE factcheck_new_terms")
            add.terms.clear()
        if add.sentences:
            conn.execute("UPDATE factcheck.totals SET sentences = sentences + %s, tokens = tokens + %s",
                         (add.sentences, add.tokens))
        add.added += add.sentences
        add.sentences = add.tokens = 0

    def _abort_copy(self, exc: BaseException) -> None:
        """End an open COPY with the error, so the transaction can roll back."""
        add = self._add
        if add is not None and add.copy_context is not None:
            context, add.copy, add.copy_context = add.copy_context, None, None
            with contextlib.suppress(Exception):
                context.__exit__(type(exc), exc, exc.__traceback__)

    def _read_connection(self) -> psycopg.Connection:
        """A second connection, read-only, for questions asked while the add's COPY is open."""
        if self._reader is None:
            self._reader = _connect(self._url)
            self._reader.execute("SET default_transaction_read_only = on")
        return self._reader

    def _analyze(self, added: int) -> None:
        """Refresh the planner's statistics after an add that grew the corpus by a tenth or more."""
        try:
            total = self._conn.execute("SELECT sentences FROM factcheck.totals").fetchone()[0]
            if added * 10 >= total:
                self._conn.execute("ANALYZE factcheck.documents, factcheck.sentences, factcheck.terms")
        except psycopg.Error:
            pass  # statistics are an optimisation; autovacuum catches up

    # -- reading ---------------------------------------------------------------------------------
    def match(self, query: TermQuery, limit: int) -> list[Hit]:
        """Sentences holding the query's terms, best BM25 (FTS5's formula) first, then lowest id."""
        if not isinstance(query, TermQuery):
            raise TypeError("a PostgreSQL corpus is searched with a TermQuery, not an FTS5 query string")
        terms = list(query.terms)
        if not terms:
            return []
        with _errors(self.path):
            head = self._conn.execute(
                "SELECT t.sentences, t.tokens, coalesce((SELECT array_agg(ARRAY[w.term, w.n::text]) "
                "FROM factcheck.terms w WHERE w.term = ANY(%s)), '{}') FROM factcheck.totals t",
                (terms,)).fetchone()
            rows, tokens, found = head
            if not rows:
                return []
            counts = {term: int(n) for term, n in found}
            joiner = " & " if query.require_all else " | "
            params = {"k1p1": _K1_PLUS_1, "k1": _K1, "omb": _ONE_MINUS_B, "b": _B, "avgdl": tokens / rows,
                      "tsquery": joiner.join(_quote(t) for t in terms), "limit": limit}
            for i, term in enumerate(terms):
                params.update({f"t{i}": term, f"q{i}": _quote(term), f"idf{i}": _idf(rows, counts.get(term, 0))})
            return [Hit(*row) for row in self._conn.execute(_match_sql(len(terms)), params)]

    def document_counts(self, terms: Iterable[str]) -> dict[str, int]:
        """How many sentences contain each term (exact indexed tokens)."""
        terms = list(dict.fromkeys(terms))
        if not terms:
            return {}
        with _errors(self.path):
            return dict(self._conn.execute("SELECT term, n FROM factcheck.terms WHERE term = ANY(%s)",
                                           (terms,)).fetchall())

    def stats(self) -> dict[str, object]:
        """Counts, date range and size on the server."""
        with _errors(self.path):
            docs, sentences, first, last, sources, undated = self._conn.execute(
                "SELECT count(*), coalesce(sum(sentences), 0), min(date), max(date), count(DISTINCT source), "
                "count(*) FILTER (WHERE date IS NULL) FROM factcheck.documents").fetchone()
            size = self._conn.execute(
                "SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c JOIN pg_namespace n "
                "ON n.oid = c.relnamespace WHERE n.nspname = 'factcheck' AND c.relkind = 'r'").fetchone()[0]
        return {"path": self.path, "documents": docs, "sentences": int(sentences), "sources": sources,
                "undated_documents": undated, "first_date": first.isoformat() if first else None,
                "last_date": last.isoformat() if last else None, "bytes": int(size)}

    def documents(self, limit: int | None = None) -> list[dict[str, object]]:
        """The stored documents, newest id first."""
        with _errors(self.path):
            rows = self._conn.execute(
                "SELECT id, ext_id, source, url, to_char(date, 'YYYY-MM-DD'), title, origin, sentences, added "
                "FROM factcheck.documents ORDER BY id DESC LIMIT %s", (limit,)).fetchall()
        keys = ("id", "ext_id", "source", "url", "date", "title", "origin", "sentences", "added")
        return [dict(zip(keys, row)) for row in rows]

    def _require_writable(self) -> None:
        if not self.writable:
            raise FactcheckError(f"{self.path}: the corpus is open read-only")


# -- helpers -------------------------------------------------------------------------------------
def _idf(rows: int, n: int) -> float:
    """FTS5's IDF: log((N - n + 0.5) / (n + 0.5)), at least 1e-6."""
    idf = math.log((rows - n + 0.5) / (n + 0.5))
    return idf if idf > 0.0 else 1e-6


def _quote(lexeme: str) -> str:
    """A lexeme as tsvector/tsquery input takes it, whatever its characters."""
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"


def _tsvector(tokens: list[str], text: str) -> tuple[str, set[str], str | None]:
    """A sentence's tokens as tsvector input, its distinct lexemes, and the counts of those it holds more
    than once (JSON, else None). A token PostgreSQL cannot index (over 2047 bytes) is left out."""
    distinct = set(tokens)
    if len(text) * 4 > _MAX_LEXEME_BYTES and any(len(t.encode()) > _MAX_LEXEME_BYTES for t in distinct):
        distinct = {t for t in distinct if len(t.encode()) <= _MAX_LEXEME_BYTES}
        tokens = [t for t in tokens if t in distinct]
    vector = " ".join(distinct) if text.isascii() else " ".join(map(_quote, distinct))  # ASCII: [a-z0-9]+
    if len(distinct) == len(tokens):
        return vector, distinct, None
    # tokens are letters and digits only: nothing in them needs escaping in JSON
    repeated = ",".join(f'"{t}":{n}' for t, n in Counter(tokens).items() if n > 1)
    return vector, distinct, "{" + repeated + "}"


def _clean(value: str | None) -> str | None:
    """PostgreSQL text holds no NUL character: it becomes U+FFFD (the tokens were taken before)."""
    return value.replace("\x00", "\ufffd") if value and "\x00" in value else value


def _connect(url: str) -> psycopg.Connection:
    where = redact(url)
    try:
        params = conninfo_to_dict(url)
    except psycopg.Error:
        raise FactcheckError(f"{where}: not a valid PostgreSQL URL") from None
    extra = {}
    if "connect_timeout" not in params and not os.environ.get("PGCONNECT_TIMEOUT"):
        extra["connect_timeout"] = 10
    if "application_name" not in params and not os.environ.get("PGAPPNAME"):
        extra["application_name"] = "factcheck"
    try:
        conn = psycopg.connect(url, autocommit=True, **extra)
    except psycopg.Error as exc:
        raise _connect_error(where, exc) from None
    try:
        # one plan per query (its terms' rarity decides it), and no JIT compile time on short queries
        conn.execute("SET plan_cache_mode = force_custom_plan; SET jit = off")
    except psycopg.Error as exc:
        conn.close()
        raise _connect_error(where, exc) from None
    return conn


def _connect_error(where: str, exc: psycopg.Error) -> FactcheckError:
    text = redact(str(exc))
    lowered = text.lower()
    if "password authentication failed" in lowered or "no password supplied" in lowered \
            or "authentication failed" in lowered:
        reason = ("authentication failed (check the user, and its password in PGPASSWORD or ~/.pgpass; "
                  "never in the URL of a shared config)")
    elif "database" in lowered and "does not exist" in lowered:
        reason = "the database does not exist (create it, e.g. with createdb, then run 'factcheck corpus init')"
    elif "role" in lowered and "does not exist" in lowered:
        reason = "that user (role) does not exist on the server"
    elif "connection refused" in lowered:
        reason = "connection refused (is the server running, and listening on that host and port?)"
    elif "could not translate host name" in lowered or "name or service not known" in lowered:
        reason = "unknown host"
    elif "timeout expired" in lowered:
        reason = "the server did not answer (timeout)"
    else:
        reason = _first_line(text)
    return FactcheckError(f"cannot connect to the corpus at {where}: {reason}")


@contextlib.contextmanager
def _errors(where: str) -> Iterator[None]:
    """psycopg's errors inside as one-line FactcheckErrors naming the corpus, passwords redacted."""
    try:
        yield
    except pg_errors.InsufficientPrivilege as exc:
        raise FactcheckError(f"{where}: permission denied ({_first_line(redact(str(exc)))})") from None
    except psycopg.Error as exc:  # a lost connection, a failed statement, a constraint...
        raise FactcheckError(f"{where}: the corpus database failed ({_first_line(redact(str(exc)))})") from None


def _first_line(text: str) -> str:
    for line in text.splitlines():
        line = line.strip()
        if line:
            return line.removeprefix("connection failed: ").removeprefix("FATAL:").strip()
    return "unknown error"


def _schema_version(conn: psycopg.Connection, where: str) -> int | None:
    """The corpus schema version in this database (None: no corpus)."""
    if conn.execute("SELECT to_regclass('factcheck.meta')").fetchone()[0] is None:
        if conn.execute("SELECT to_regclass('factcheck.documents')").fetchone()[0] is not None:
            raise FactcheckError(f"{where}: the schema 'factcheck' holds tables that are not a factcheck corpus")
        return None
    row = conn.execute("SELECT value FROM factcheck.meta WHERE key = 'schema'").fetchone()
    try:
        return int(row[0]) if row else 0
    except ValueError:
        raise FactcheckError(f"{where}: corpus schema '{row[0]}' is not a version this factcheck knows") from None


def _newer(where: str, found: int) -> FactcheckError:
    return FactcheckError(f"{where}: corpus schema {found} is newer than this factcheck's {SCHEMA_VERSION} "
                          "(upgrade factcheck)")

