"""`factcheck sources`: import, look up and list domain ratings."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from ..credibility.reputation import (domain_of, load_ratings, lookup, merge_into, parse_import, rating_files,
                                      user_sources_path)
from ..model import FactcheckError


@click.group()
def sources():
    """Domain ratings: the bundled lists in rules/sources/ plus your own file."""


@sources.command("import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--into", "into", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Ratings file to add to (default: the user file, e.g. ~/.config/factcheck/sources.yaml).")
def import_(file: Path, into: Path | None):
    """Import a CSV or JSON list (columns domain, rating, notes, source) into a ratings file."""
    target = into or user_sources_path()
    try:
        entries = parse_import(file)
        if not entries:
            raise FactcheckError(f"{file}: no ratings found")
        added, updated = merge_into(target, entries)
    except FactcheckError as exc:
        _fail(str(exc))
    click.echo(f"{target}: {added} added, {updated} updated")


@sources.command("lookup")
@click.argument("domain_or_url")
@click.option("--sources-file", default=None,
              help="An extra ratings file to consult (default: 'sources' in the nearest config).")
def lookup_(domain_or_url: str, sources_file: str | None):
    """Show the rating of a domain or URL (subdomains take their parent's rating)."""
    domain = domain_of(domain_or_url)
    if not domain:
        _fail(f"'{domain_or_url}' is not a domain or URL")
    try:
        rating = lookup(domain, load_ratings(sources_file or _configured()))
    except FactcheckError as exc:
        _fail(str(exc))
    if rating is None:
        click.echo(f"{domain}: unknown (not rated; unknown is not bad)")
        return
    click.echo(f"{domain}: {rating.rating}" + (f" (as {rating.domain})" if rating.domain != domain else ""))
    for label, value in (("notes", rating.notes), ("source", rating.source), ("file", rating.file)):
        if value:
            click.echo(f"  {label}: {value}")


@sources.command("list")
@click.option("--rating", type=click.Choice(["reliable", "mixed", "unreliable", "satire"]), default=None,
              help="Only domains with this rating.")
@click.option("--sources-file", default=None,
              help="An extra ratings file to include (default: 'sources' in the nearest config).")
def list_(rating: str | None, sources_file: str | None):
    """List every rated domain with its rating and where it comes from."""
    try:
        sources_file = sources_file or _configured()
        ratings = load_ratings(sources_file)
        files = rating_files(sources_file)
    except FactcheckError as exc:
        _fail(str(exc))
    for r in sorted(ratings.values(), key=lambda r: (r.rating, r.domain)):
        if rating is None or r.rating == rating:
            click.echo(f"{r.domain:<28} {r.rating:<11} {r.source}")
    click.echo(f"({len(ratings)} domains from {len(files)} file(s))", err=True)


def _configured() -> str | None:
    """The ratings file named by 'sources' in the nearest setup.cfg / .factcheck.cfg, if any."""
    from ..config import load_config

    return load_config().settings.get("sources")


def _fail(message: str) -> None:
    from ..report.escape import one_line

    click.echo(f"factcheck: error: {one_line(message)}", err=True)
    sys.exit(2)
