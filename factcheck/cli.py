"""click commands only: parse options, call the pipeline, pick a reporter, set the exit code."""
from __future__ import annotations

import importlib
import os
import sys
from datetime import date

import click

from . import __version__

FAIL_LEVELS = ("error", "warning", "info", "never")
EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class LazyGroup(click.Group):
    """A group whose subcommand groups are imported only when used (keeps start-up light)."""

    lazy = {
        "corpus": ("factcheck.corpus.commands", "corpus"),
        "sources": ("factcheck.credibility.commands", "sources"),
        "rules": ("factcheck.rules_commands", "rules"),
    }

    def list_commands(self, ctx):
        return sorted(set(super().list_commands(ctx)) | set(self.lazy))

    def get_command(self, ctx, name):
        if name in self.lazy:
            module, attr = self.lazy[name]
            try:
                return getattr(importlib.import_module(module), attr)
            except (ImportError, AttributeError):
                return None
        return super().get_command(ctx, name)


def _parse_date(ctx, param, value):
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"'{value}' is not a date in YYYY-MM-DD form") from None


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="factcheck")
def main():
    """factcheck: flag what does not hold in a news article: dates, claims, sources."""


def _common(fn):
    options = [
        click.option("--dateline", callback=_parse_date, metavar="YYYY-MM-DD",
                     help="The document's date, overriding every signal in it."),
        click.option("--timeout", type=click.FloatRange(min=0.1), default=20.0, show_default=True,
                     help="Seconds to wait for a web server."),
        click.option("--max-bytes", type=click.IntRange(min=1), default=10 * 1024 * 1024, show_default=True,
                     help="Refuse inputs larger than this."),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


@main.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["terminal", "json", "line"]), default="terminal",
              show_default=True, help="Report format.")
@click.option("--fail-on", type=click.Choice(FAIL_LEVELS), default="error", show_default=True,
              help="Exit 1 when a finding is at or above this severity.")
@click.option("--select", multiple=True, metavar="RULE", help="Run only these rules (repeatable).")
@click.option("--ignore", multiple=True, metavar="RULE", help="Skip these rules (repeatable).")
@_common
def check(sources, fmt, fail_on, select, ignore, dateline, timeout, max_bytes):
    """Check articles: URLs, files, directories, globs, or '-' for stdin."""
    from .model import Options
    from .pipeline import check_source
    from .report import render

    _validate_rule_ids(select + ignore)
    options = Options(dateline=dateline, timeout=timeout, max_bytes=max_bytes, select=tuple(select),
                      ignore=tuple(ignore), fail_on=fail_on)
    paths, bad_args = _expand(sources)
    results = [check_source(source, options) for source in paths]
    for arg, message in bad_args:
        _error(message)
    for result in results:
        if result.error:
            _error(result.error)
    color = fmt == "terminal" and _use_color()
    if fmt != "terminal" or any(not r.error for r in results):
        click.echo(render(fmt, results, color=color), nl=False)
    sys.exit(exit_code(results, fail_on, bad_args))


@main.command()
@click.argument("source")
@click.option("--format", "fmt", type=click.Choice(["terminal", "json"]), default="terminal", show_default=True)
@_common
def inspect(source, fmt, dateline, timeout, max_bytes):
    """Show what factcheck saw: metadata, dateline, sentences, dates, numbers."""
    import json

    from .model import FactcheckError, Options
    from .pipeline import inspect_document, load_document

    options = Options(dateline=dateline, timeout=timeout, max_bytes=max_bytes)
    try:
        seen = inspect_document(load_document(source, options), options)
    except FactcheckError as exc:
        _error(str(exc))
        sys.exit(EXIT_ERROR)
    if fmt == "json":
        click.echo(json.dumps(seen, indent=2, ensure_ascii=False))
        return
    _print_inspection(seen)


def exit_code(results, fail_on: str, bad_args=()) -> int:
    """2 if a source could not be read, else 1 if a finding reaches --fail-on, else 0."""
    from .model import SEVERITY_RANK

    if bad_args or any(r.error for r in results):
        return EXIT_ERROR
    if fail_on == "never":
        return EXIT_OK
    threshold = SEVERITY_RANK[fail_on]
    if any(SEVERITY_RANK[f.severity] >= threshold for r in results for f in r.findings):
        return EXIT_FINDINGS
    return EXIT_OK


def _expand(sources):
    from .inputs import expand_inputs

    paths, bad_args = expand_inputs(sources)
    if not paths and not bad_args:
        bad_args = [("", "nothing to check")]
    return paths, bad_args


def _validate_rule_ids(ids) -> None:
    from .checks import all_checks

    known = all_checks()
    for rule in ids:
        if rule not in known:
            from rapidfuzz import process

            best = process.extractOne(rule, list(known))
            hint = f" (did you mean '{best[0]}'?)" if best and best[1] >= 60 else ""
            raise click.BadParameter(f"unknown rule id '{rule}'{hint}")


def _use_color() -> bool:
    return sys.stdout.isatty() and "NO_COLOR" not in os.environ


def _error(message: str) -> None:
    click.echo(f"factcheck: error: {message}", err=True)


def _print_inspection(seen: dict) -> None:
    d = seen["dateline"]
    click.echo(f"title:    {seen['title']}")
    click.echo(f"author:   {seen['author']}")
    click.echo(f"dateline: {d['date']} ({d['confidence']}; {d['basis']})")
    for s in seen["date_signals"]:
        click.echo(f"  signal: {s['value']} {'(weak) ' if s['weak'] else ''}{s['basis']}")
    click.echo(f"sentences ({len(seen['sentences'])}):")
    for s in seen["sentences"]:
        click.echo(f"  {s['line']}:{s['column']}  {s['text']}")
    click.echo(f"dates ({len(seen['dates'])}):")
    for x in seen["dates"]:
        click.echo(f"  {x['text']!r} -> {x['type']} {x['value']}")
    click.echo(f"numbers ({len(seen['numbers'])}):")
    for x in seen["numbers"]:
        click.echo(f"  {x['text']!r} -> {x['value']} {x['unit'] or ''}".rstrip())


def run() -> None:
    """Entry point: a user-facing error is one line and exit code 2, never a traceback."""
    from .model import FactcheckError

    try:
        main(standalone_mode=True)
    except FactcheckError as exc:
        _error(str(exc))
        sys.exit(EXIT_ERROR)
