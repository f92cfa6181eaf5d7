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


def prepare_corpus(path: str | None) -> str | None:
    """The corpus database a check reads: ``path`` itself when it is a database, else one built for
    this run from a folder or files of trusted text (so ``--corpus fixtures/corpus`` needs no set-up).

    With no path: $FACTCHECK_CORPUS, else the user's corpus when one was created; else None.
    The database is opened once here, so a missing or corrupt one is reported before any check runs.
    """
    if not path:
        path = os.environ.get(ENV_VAR) or None
        if path is None:
            default = default_db_path()
            path = default if os.path.isfile(default) else None
        if path is None:
            return None
    from .ingest import SOURCE_SUFFIXES

    if os.path.isdir(path) or (os.path.isfile(path) and path.lower().endswith(SOURCE_SUFFIXES)):
        return _build_for_this_run(path)
    open_corpus(path).close()
    return path


def _build_for_this_run(source: str) -> str:
    import atexit
    import shutil
    import tempfile

    from .ingest import build_corpus

    folder = tempfile.mkdtemp(prefix="factcheck-corpus-")
    atexit.register(shutil.rmtree, folder, True)
    db = os.path.join(folder, "corpus.db")
    build_corpus(db, [source])
    return db


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
    from ..config import load_config

    value = load_config().settings.get("corpus")
    return str(value) if value else None
