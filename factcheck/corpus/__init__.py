"""The local corpus: trusted text (archive, wire copy, fact sheets) that an article's claims are checked against.

store (SQLite + FTS5) <- ingest (files, URLs) ; search (candidates) -> crossref (claims, verdicts, evidence).
"""
from __future__ import annotations

import os
from pathlib import Path

ENV_VAR = "FACTCHECK_CORPUS"


def open_corpus(path: str):
    """Open the corpus at ``path`` read-only; a missing or corrupt database is a FactcheckError."""
    from .store import Store

    return Store.open(path)


def default_db_path(explicit: str | None = None) -> str:
    """--db, else $FACTCHECK_CORPUS, else the config's ``corpus``, else the user's data directory."""
    if explicit:
        return explicit
    if os.environ.get(ENV_VAR):
        return os.environ[ENV_VAR]
    configured = _configured_path()
    if configured:
        return configured
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return str(Path(base) / "factcheck" / "corpus.db")


def _configured_path() -> str | None:
    try:
        from ..config import load_config
    except ImportError:
        return None
    value = load_config().settings.get("corpus")
    return str(value) if value else None
