"""The local corpus: trusted text (archive, wire copy, fact sheets) that an article's claims are checked against.

backend (the storage interface) <- store (SQLite + FTS5, the default) | postgres (a shared server);
ingest (files, URLs) -> a store ; search (candidates) -> crossref (claims, verdicts, evidence).
"""
from __future__ import annotations

import os
from pathlib import Path

ENV_VAR = "FACTCHECK_CORPUS"
SERVER_SCHEMES = ("postgresql://", "postgres://")


def open_store(location: str, writable: bool = False):
    """Open the corpus at ``location``, the one place a backend is chosen: a ``postgresql://`` URL is
    a PostgreSQL corpus (its schema created by ``init_store``), anything else a SQLite file (created
    when ``writable``). Any failure is a one-line FactcheckError."""
    if is_server(location):
        return _postgres().PostgresStore.open(location, writable=writable)
    from .store import Store

    return Store.open(location, create=writable)


def init_store(location: str) -> str:
    """Create the corpus at ``location`` or migrate its schema to this version; says what it did."""
    if is_server(location):
        return _postgres().init(location)
    from .store import SCHEMA_VERSION, Store

    with Store.open(location, create=True):
        pass
    return f"corpus ready at {location} (schema {SCHEMA_VERSION})"


def _postgres():
    """postgres.py, imported only for a postgresql:// location; without psycopg, a one-line error."""
    from ..model import FactcheckError
    from .backend import INSTALL_HINT

    try:
        import psycopg  # noqa: F401
    except ImportError:
        raise FactcheckError(f"a postgresql:// corpus needs psycopg 3: {INSTALL_HINT}") from None
    from . import postgres

    return postgres


def is_server(location: str) -> bool:
    """Whether ``location`` names a database server (a ``postgresql://`` URL) rather than a file."""
    return location.lower().startswith(SERVER_SCHEMES)


def open_corpus(path: str):
    """Open the corpus at ``path`` (a file or a URL) read-only; a missing or corrupt one is a FactcheckError."""
    return open_store(path)


def prepare_corpus(path: str | None) -> str | None:
    """The corpus a check reads: ``path`` itself when it is a database or a server URL, else one built
    for this run from a folder or files of trusted text (so ``--corpus fixtures/corpus`` needs no set-up).

    With no path: $FACTCHECK_CORPUS, else the user's corpus when one was created; else None.
    The corpus is opened once here, so a missing or corrupt one is reported before any check runs.
    """
    if not path:
        path = os.environ.get(ENV_VAR) or None
        if path is None:
            default = default_db_path()
            path = default if is_server(default) or os.path.isfile(default) else None
        if path is None:
            return None
    from .ingest import SOURCE_SUFFIXES

    if not is_server(path) and (os.path.isdir(path)
                                or (os.path.isfile(path) and path.lower().endswith(SOURCE_SUFFIXES))):
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
