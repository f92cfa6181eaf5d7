"""Shared test helpers: paths to the repository, its fixtures and the optional ../shared data."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"


def need_shared(*parts: str) -> Path:
    """A path in ../shared; missing, the test is skipped (a user's clone lacks it) except in CI, where
    ../shared is laid beside the clone and a missing file is a failure, not a silent skip."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        message = f"{path} is not beside this clone"
        if os.environ.get("CI"):
            pytest.fail(f"{message} (CI must have ../shared)")
        pytest.skip(message)
    return path


@pytest.fixture
def shared_dir() -> Path:
    """../shared beside the clone (see need_shared)."""
    return need_shared()


# -- PostgreSQL: a real server for the corpus backend's tests ----------------------------------------
# .ci/run starts one on 127.0.0.1 (.ci/postgres.sh) and sets FACTCHECK_TEST_POSTGRES to its URL; without
# it the tests that need the server are skipped, except in CI, where they must fail.
PG_ENV = "FACTCHECK_TEST_POSTGRES"


def need_postgres() -> str:
    """The test server's URL (a maintenance database the tests may create databases from)."""
    url = os.environ.get(PG_ENV)
    reason = None
    if not url:
        reason = f"${PG_ENV} is not set (start a server with: eval \"$(bash .ci/postgres.sh start)\")"
    else:
        try:
            import psycopg  # noqa: F401
        except ImportError:
            reason = "psycopg is not installed (pip install -e '.[test]')"
    if reason:
        if os.environ.get("CI"):
            pytest.fail(f"{reason} (CI must test the PostgreSQL backend)")
        pytest.skip(reason)
    return url


@pytest.fixture(scope="session")
def pg_database():
    """A database of its own for this test session on the test server (dropped at the end)."""
    import psycopg

    server = need_postgres()
    name = f"factcheck_test_{os.getpid()}"
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name}")
        conn.execute(f"CREATE DATABASE {name}")
    yield server.rsplit("/", 1)[0] + "/" + name
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def pg_empty(pg_database) -> str:
    """The session's database with no corpus schema in it."""
    import psycopg

    with psycopg.connect(pg_database, autocommit=True) as conn:
        conn.execute("DROP SCHEMA IF EXISTS factcheck CASCADE")
    return pg_database


@pytest.fixture
def pg_url(pg_empty) -> str:
    """A fresh, empty PostgreSQL corpus (schema created with `corpus init`'s code)."""
    from factcheck.corpus import init_store

    init_store(pg_empty)
    return pg_empty


@pytest.fixture(params=["sqlite", "postgresql"])
def corpus_location(request, tmp_path) -> str:
    """An empty corpus on each backend: a SQLite file path, or a PostgreSQL URL."""
    if request.param == "sqlite":
        return str(tmp_path / "corpus.db")
    return request.getfixturevalue("pg_url")
