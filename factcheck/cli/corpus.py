"""`factcheck corpus ...`: init, add, search, stats, list and remove entries of the corpus."""
from __future__ import annotations

import sys

import click

from ..model import FactcheckError
from ..report.escape import one_line

_DB_HELP = ("The corpus: a SQLite file or a postgresql://user@host/db URL (default: $FACTCHECK_CORPUS, the "
            "config's corpus, or the user data folder).")


def _db_option(fn):
    return click.option("--db", "--corpus", "db", metavar="PATH|URL", default=None, help=_DB_HELP)(fn)


def _fail(exc: FactcheckError) -> None:
    click.echo(f"factcheck: error: {one_line(exc)}", err=True)
    sys.exit(2)


@click.group()
def corpus():
    """The corpus of trusted text that claims are cross-referenced against (SQLite file or PostgreSQL)."""


@corpus.command()
@click.argument("location", metavar="[PATH|URL]", required=False)
@_db_option
def init(location, db):
    """Create the corpus, or migrate its schema to this version.

    A PostgreSQL corpus needs this once before its first add (a SQLite file is also created by the first
    add); run it again after upgrading factcheck."""
    from ..corpus import default_db_path, init_store

    try:
        message = init_store(default_db_path(location or db))
    except FactcheckError as exc:
        _fail(exc)
    click.echo(message)


@corpus.command()
@click.argument("inputs", nargs=-1, required=True)
@_db_option
@click.option("--on-error", type=click.Choice(["skip", "refuse"]), default="refuse", show_default=True,
              help="A bad file or JSONL line: skip it (and report it) or refuse the whole add.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes for reading large inputs (default: up to 4 above 4 MB; 1: none).")
def add(inputs, db, on_error, jobs):
    """Add .jsonl, .md, .txt, .html files, folders (recursively) or URLs."""
    from ..corpus import default_db_path, open_store
    from ..corpus.ingest import add_inputs, expand_inputs

    path = default_db_path(db)
    try:
        expanded = expand_inputs(list(inputs))
        with open_store(path, writable=True) as store, _progress(expanded) as advance:
            report = add_inputs(store, expanded, on_error=on_error, progress=advance, jobs=jobs)
    except FactcheckError as exc:
        _fail(exc)
    for problem in report.skipped:
        click.echo(f"factcheck: skipped: {one_line(problem)}", err=True)
    for warning in report.warnings:
        click.echo(f"factcheck: warning: {one_line(warning)}", err=True)
    click.echo(f"added {report.documents} document(s), {report.sentences} sentence(s) to {store.path}"
               + (f"; {report.duplicates} already there" if report.duplicates else "")
               + (f"; {len(report.skipped)} skipped" if report.skipped else ""))


@corpus.command()
@click.argument("query")
@_db_option
@click.option("-n", "limit", type=click.IntRange(min=1), default=10, show_default=True, help="How many results.")
def search(query, db, limit):
    """Show the corpus sentences closest to QUERY, with source and date."""
    from ..corpus import default_db_path, open_corpus
    from ..corpus.search import search as run_search

    try:
        with open_corpus(default_db_path(db)) as store:
            found = run_search(store, query, limit)
    except FactcheckError as exc:
        _fail(exc)
    if not found:
        click.echo("no match")
    for c in found:
        where = f"[{c.hit.doc}] {c.hit.source or '?'}, {c.hit.date or 'undated'}"
        click.echo(f"{c.similarity:5.1f}  {one_line(where)}: {one_line(c.hit.text)}")


@corpus.command()
@_db_option
def stats(db):
    """Documents, sentences, sources, date range and size on disk (or on the server)."""
    from ..corpus import default_db_path, open_corpus

    try:
        with open_corpus(default_db_path(db)) as store:
            figures = store.stats()
    except FactcheckError as exc:
        _fail(exc)
    for key, value in figures.items():
        click.echo(f"{key + ':':<19}{value if value is not None else '-'}")


@corpus.command(name="list")
@_db_option
@click.option("-n", "limit", type=click.IntRange(min=1), default=None, help="Show only the newest N.")
def list_documents(db, limit):
    """The stored documents: id, date, source, sentences, origin."""
    from ..corpus import default_db_path, open_corpus

    try:
        with open_corpus(default_db_path(db)) as store:
            docs = store.documents(limit)
    except FactcheckError as exc:
        _fail(exc)
    for d in docs:
        label = d["title"] or d["ext_id"] or d["origin"]
        click.echo(f"{d['id']:>6}  {d['date'] or 'undated':<10}  {(d['source'] or '?')[:24]:<24}  "
                   f"{d['sentences']:>4}  {label}")


@corpus.command()
@click.argument("doc_id", metavar="ID", type=int)
@_db_option
def remove(doc_id, db):
    """Remove a document (by the id `corpus list` shows) and its sentences."""
    from ..corpus import default_db_path, open_store

    path = default_db_path(db)
    try:
        with open_store(path) as probe:  # a missing SQLite file is an error here, not created
            probe.stats()
        with open_store(path, writable=True) as store:
            removed = store.remove(doc_id)
    except FactcheckError as exc:
        _fail(exc)
    if removed is None:
        _fail(FactcheckError(f"no document with id {doc_id} in {store.path}"))
    click.echo(f"removed document {doc_id} ({removed} sentence(s))")


class _progress:
    """A rich progress bar over the bytes to read, on a terminal and for large inputs only."""

    THRESHOLD = 5 * 1024 * 1024

    def __init__(self, inputs: list[str]):
        import os

        self.total = sum(os.path.getsize(p) for p in inputs if os.path.isfile(p))
        self.bar = None
        if sys.stderr.isatty() and self.total >= self.THRESHOLD:
            from rich.progress import Progress
            from rich.console import Console

            self.bar = Progress(console=Console(stderr=True), transient=True)

    def __enter__(self):
        if self.bar is None:
            return None
        self.bar.start()
        task = self.bar.add_task("adding", total=self.total)
        return lambda done: self.bar.update(task, completed=done)

    def __exit__(self, *exc):
        if self.bar is not None:
            self.bar.stop()
