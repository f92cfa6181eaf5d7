"""The corpus storage interface: what every backend stores and answers (``corpus.open_store`` picks one).

Two backends keep the same documents, sentences and stored facts and answer the same questions:
store.py (SQLite + FTS5, one file: the embedded default) and postgres.py (PostgreSQL, for an archive
shared by a newsroom and its CI; imported only for a ``postgresql://`` location, and the only module
that imports psycopg). Retrieval is the same BM25 over the same tokens on both, so search.py and
crossref.py, which re-rank candidates and decide verdicts, never know which one they read.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, ContextManager, Iterable, Protocol

INSTALL_HINT = "pip install 'factcheck[postgres]'"


@dataclass(frozen=True, slots=True)
class DocumentMeta:
    """What is known of a corpus document besides its text."""

    hash: str
    source: str | None = None
    url: str | None = None
    date: str | None = None
    title: str | None = None
    ext_id: str | None = None
    origin: str | None = None  # the file (and line) or URL it came from


@dataclass(frozen=True, slots=True)
class Hit:
    """A corpus sentence found by a search, with its document's metadata and stored facts."""

    id: int
    text: str
    facts: str | None
    doc: int
    source: str | None
    date: str | None
    score: float  # BM25 as SQLite's FTS5 computes it: negative, lower is better


@dataclass(frozen=True, slots=True)
class TermQuery:
    """Sentences holding any of ``terms`` (all of them when ``require_all``), ranked by BM25.

    Terms are indexed tokens (lowercased words, digit groups) in the order they weigh in the score."""

    terms: tuple[str, ...]
    require_all: bool = False


class CorpusStore(Protocol):
    """What search, crossref, ingest and the ``corpus`` commands use of an open corpus."""

    path: str  # where it is, for messages: a file path, or a URL with any password replaced by ***
    writable: bool

    def close(self) -> None: ...
    def __enter__(self) -> "CorpusStore": ...
    def __exit__(self, *exc: Any) -> None: ...

    # writing: one transaction per add; an error or an interrupt inside leaves the corpus as it was
    def transaction(self) -> ContextManager["CorpusStore"]: ...
    def has_document(self, hash: str) -> bool: ...
    def stored_hashes(self, hashes: Iterable[str]) -> set[str]: ...
    def add_batch(self, docs: list[tuple[DocumentMeta, list[tuple[str, str | None]]]]) -> None: ...
    def remove(self, doc: int) -> int | None: ...
    def optimize(self) -> None: ...

    # reading
    def match(self, query: TermQuery, limit: int) -> list[Hit]: ...
    def document_counts(self, terms: Iterable[str]) -> dict[str, int]: ...
    def stats(self) -> dict[str, object]: ...
    def documents(self, limit: int | None = None) -> list[dict[str, object]]: ...


_PASSWORD_IN_URL = re.compile(r"(?i)(\b[a-z][a-z0-9+.-]*://[^:/?#@\s]*:)([^@/?#\s]*)(@)")
_PASSWORD_PARAM = re.compile(r"(?i)(\bpassword\s*=\s*)('(?:[^'\\]|\\.)*'|[^&\s]*)")


def redact(text: str) -> str:
    """``text`` with every password of a URL (``user:secret@``, ``?password=secret``) or a libpq
    key/value string (``password=secret``) replaced by ``***``."""
    text = _PASSWORD_IN_URL.sub(r"\1***\3", text)
    return _PASSWORD_PARAM.sub(r"\1***", text)
