"""click commands only: parse options, call the pipeline, pick a reporter, set the exit code."""
import importlib
import os
import sys
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple

import click

from .. import __version__

FAIL_LEVELS = ("error", "warning", "info", "never")
EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class LazyGroup(click.Group):
    """A group whose subcommand groups are imported only when used (keeps start-up light)."""

    lazy = {
        "corpus": ("factcheck.cli.corpus", "corpus"),
        "sources": ("factcheck.cli.credibility", "sources"),
        "rules": ("factcheck.cli.rules", "rules"),
    }

    def list_commands(self, ctx):
        return sorted(set(super().list_commands(ctx)) | set(self.lazy))

    def get_command(self, ctx, name):
        if name in self.lazy:
            module, attr = self.lazy[name]
            return getattr(importlib.import_module(module), attr)
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


FORMATS = ("terminal", "json", "line", "sarif", "github", "junit", "html")


def _rule_list(ctx, param, value):
    return tuple(r.strip() for item in value for r in item.split(",") if r.strip())


@main.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="Report format  [default: terminal; html with --open]")
@click.option("--output", "-o", "output", metavar="FILE", help="Write the report to FILE instead of stdout.")
@click.option("--open", "open_report", is_flag=True,
              help="Write the HTML report (to --output, else a temporary file) and open it in the browser.")
@click.option("--fail-on", type=click.Choice(FAIL_LEVELS), default=None,
              help="Exit 1 when a finding is at or above this severity  [default: config, else error]")
@click.option("--select", multiple=True, metavar="RULE", callback=_rule_list,
              help="Run only these rules (repeatable, or comma-separated).")
@click.option("--ignore", multiple=True, metavar="RULE", callback=_rule_list,
              help="Skip these rules (repeatable, or comma-separated).")
@click.option("--enable", multiple=True, metavar="RULE", callback=_rule_list,
              help="Also run these opt-in rules, e.g. unattributed-claim (repeatable, or comma-separated).")
@click.option("--severity", multiple=True, metavar="RULE:LEVEL",
              help="Override a rule's severity (repeatable).")
@click.option("--config", "config_file", metavar="FILE",
              help="Read settings from FILE instead of the nearest setup.cfg / .factcheck.cfg.")
@click.option("--no-config", is_flag=True, help="Ignore setup.cfg / .factcheck.cfg.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Documents checked in parallel  [default: config, else the CPU count]")
@click.option("--corpus", metavar="PATH|URL", help="The corpus to cross-check claims against: a corpus file, a "
              "folder or files of trusted text, or a postgresql://user@host/db URL.")
@click.option("--rules", "rules_dirs", multiple=True, metavar="DIR",
              help="A folder of user rule files (repeatable; replaces the config's).")
@click.option("--exclude", multiple=True, metavar="GLOB", help="Skip paths matching GLOB (repeatable).")
@click.option("--report-unused", is_flag=True,
              help="Report suppression comments that silenced nothing (rule unused-suppression).")
@_common
def check(sources, fmt, output, open_report, fail_on, select, ignore, enable, severity, config_file, no_config, jobs,
          corpus, rules_dirs, exclude, report_unused, dateline, timeout, max_bytes):
    """Check articles: URLs, files, directories, globs, or '-' for stdin."""
    from ..model import FactcheckError

    if open_report and fmt not in (None, "html"):
        raise click.UsageError(f"--open shows the HTML report; drop --format {fmt} (or use --output)")
    fmt = fmt or ("html" if open_report else "terminal")
    try:
        plan = _plan(sources, config_file=config_file, no_config=no_config, fail_on=fail_on, select=select,
                     ignore=ignore, enable=enable, severity=severity, corpus=corpus, rules_dirs=rules_dirs,
                     exclude=exclude,
                     dateline=dateline, timeout=timeout, max_bytes=max_bytes)
    except FactcheckError as exc:
        _error(str(exc))
        sys.exit(EXIT_ERROR)
    _run_check(plan, fmt, jobs, report_unused, output=output, open_report=open_report)


class _Plan(NamedTuple):
    """What `check` will do: the config, the sources with their Options, the arguments that failed."""

    config: Any
    base: Any  # Options before per-path sections
    paths: list
    options: list
    bad_args: list


def _plan(sources, *, config_file, no_config, fail_on, select, ignore, enable, severity, corpus, rules_dirs, exclude,
          dateline, timeout, max_bytes) -> _Plan:
    """Config + command line -> the sources to check, each with its Options; user errors raised."""
    from ..config import load_config, options_for, parse_severity, validate_rule_ids
    from ..inputs import read_ignore_file
    from ..model import Options

    config = load_config(config_file, disabled=no_config)
    cli: dict = {}
    for key, value in (("select", select), ("ignore", ignore), ("enable", enable), ("fail-on", fail_on),
                       ("corpus", corpus),
                       ("rules", tuple(rules_dirs))):
        if value:
            cli[key] = value
    if severity:
        cli["severity"] = parse_severity(",".join(severity), "--severity")
    base = options_for(config, "-", Options(dateline=dateline, timeout=timeout, max_bytes=max_bytes), cli)
    validate_rule_ids(config, _known_rule_ids(base), cli)
    base = _with_corpus(base)
    root = config.root if config.path else Path.cwd()
    excludes = tuple(config.settings.get("exclude", ())) + tuple(exclude) + read_ignore_file(root)
    paths, bad_args = _expand(sources, excludes, root)
    options = [options_for(config, p, base, cli)._replace(corpus=base.corpus) for p in paths]
    return _Plan(config=config, base=base, paths=paths, options=options, bad_args=bad_args)


def _with_corpus(options):
    """Options whose corpus is a database ready to read (built for this run from a folder of text)."""
    from ..corpus import prepare_corpus

    return options._replace(corpus=prepare_corpus(options.corpus))


def _run_check(plan: _Plan, fmt: str, jobs: int | None, report_unused: bool, *, output: str | None = None,
               open_report: bool = False) -> None:
    """Check every source, report in the chosen format, exit with the code --fail-on gives."""
    from ..batch import check_many, default_jobs

    jobs = jobs or plan.config.settings.get("jobs") or default_jobs()
    results = check_many(plan.paths, plan.options, jobs=jobs, progress=_show_progress())
    if report_unused:
        results = [_with_unused(r) for r in results]
    for _, message in plan.bad_args:
        _error(message)
    for result in results:
        if result.error:
            _error(result.error)
    fail_ons = [o.fail_on for o in plan.options]
    if output or open_report:
        path = _write_report(_render(fmt, plan, results, fail_ons, to_file=True), output)
        click.echo(f"factcheck: report written to {path}", err=True)
        if open_report:
            _open_in_browser(path)
    elif fmt != "terminal" or any(not r.error for r in results):
        click.echo(_render(fmt, plan, results, fail_ons), nl=False)
    sys.exit(exit_code(results, plan.base.fail_on, plan.bad_args, fail_ons))


def _write_report(report: str, output: str | None) -> str:
    """Write the report to ``output`` (else a new temporary .html file); its path. A failure exits 2."""
    import tempfile

    try:
        if output:
            Path(output).write_text(report, encoding="utf-8")
            return output
        fd, path = tempfile.mkstemp(prefix="factcheck-report-", suffix=".html")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(report)
        return path
    except OSError as exc:
        _error(f"cannot write the report to {output or 'a temporary file'}: {exc.strerror or exc}")
        sys.exit(EXIT_ERROR)


def _open_in_browser(path: str) -> None:
    """Open the report in the default browser; where there is none (a server, CI), say where it is."""
    import webbrowser

    graphical = sys.platform in ("darwin", "win32") or os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    if (graphical or os.environ.get("BROWSER")) and webbrowser.open(Path(path).resolve().as_uri()):
        return
    click.echo(f"factcheck: no browser to open; open {path} yourself", err=True)


def _render(fmt: str, plan: _Plan, results: list, fail_ons: list, to_file: bool = False) -> str:
    """The report; machine formats also list arguments that named nothing, as unreadable sources."""
    from ..model import Result
    from ..report import render

    color = fmt == "terminal" and not to_file and _use_color()
    kwargs = {"color": color, "fail_on": plan.base.fail_on, "fail_ons": fail_ons}
    if fmt == "sarif":
        from ..checks import checks_by_id

        kwargs["checks"] = checks_by_id(plan.base)
    if fmt in ("sarif", "github", "junit", "html") and plan.bad_args:
        results = results + [Result(source=arg or "<arguments>", error=message) for arg, message in plan.bad_args]
        kwargs["fail_ons"] = fail_ons + [plan.base.fail_on] * len(plan.bad_args)
    return render(fmt, results, **kwargs)


@main.command()
@click.argument("source")
@click.option("--format", "fmt", type=click.Choice(["terminal", "json"]), default="terminal", show_default=True)
@_common
def inspect(source, fmt, dateline, timeout, max_bytes):
    """Show what factcheck saw: metadata, dateline, sentences, dates, numbers."""
    import json

    from ..model import FactcheckError, Options
    from ..pipeline import inspect_document, load_document

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


def exit_code(results, fail_on: str, bad_args=(), fail_ons=None) -> int:
    """2 if a source could not be read, else 1 if a finding reaches its --fail-on, else 0.

    ``fail_ons`` gives each result its own threshold (per-path config); else ``fail_on`` applies to all.
    """
    from ..model import SEVERITY_RANK

    if bad_args or any(r.error for r in results):
        return EXIT_ERROR
    levels = list(fail_ons) if fail_ons is not None else [fail_on] * len(results)
    for result, level in zip(results, levels):
        if level != "never" and any(SEVERITY_RANK[f.severity] >= SEVERITY_RANK[level] for f in result.findings):
            return EXIT_FINDINGS
    return EXIT_OK


def _expand(sources, excludes=(), root=None):
    from ..inputs import expand_inputs

    paths, bad_args = expand_inputs(sources, exclude=excludes, root=root)
    if not paths and not bad_args and not (excludes and expand_inputs(sources)[0]):
        bad_args = [("", "nothing to check")]
    return paths, bad_args


def _known_rule_ids(options) -> list[str]:
    from ..checks import checks_by_id

    return list(checks_by_id(options))


def _with_unused(result):
    from ..suppress import unused_findings

    if not result.unused_suppressions or result.document is None:
        return result
    extra = unused_findings(result.unused_suppressions, result.document.raw.split("\n"))
    findings = sorted(result.findings + tuple(extra), key=lambda f: (f.line, f.column, f.rule))
    return result._replace(findings=tuple(findings))


def _show_progress() -> bool:
    return sys.stderr.isatty() and not os.environ.get("CI")


def _use_color() -> bool:
    return sys.stdout.isatty() and "NO_COLOR" not in os.environ


def _error(message: str) -> None:
    from ..report.escape import one_line

    click.echo(f"factcheck: error: {one_line(message)}", err=True)


def _print_inspection(seen: dict) -> None:
    from ..report.escape import for_terminal as safe

    def echo(line: str) -> None:  # every line shows text from the document
        click.echo(safe(line))

    d = seen["dateline"]
    echo(f"title:    {seen['title']}")
    echo(f"author:   {seen['author']}")
    echo(f"dateline: {d['date']} ({d['confidence']}; {d['basis']})")
    for s in seen["date_signals"]:
        echo(f"  signal: {s['value']} {'(weak) ' if s['weak'] else ''}{s['basis']}")
    echo(f"sentences ({len(seen['sentences'])}):")
    for s in seen["sentences"]:
        echo(f"  {s['line']}:{s['column']}  {s['text']}")
    echo(f"dates ({len(seen['dates'])}):")
    for x in seen["dates"]:
        echo(f"  {x['text']!r} -> {x['type']} {x['value']}")
    echo(f"numbers ({len(seen['numbers'])}):")
    for x in seen["numbers"]:
        echo(f"  {x['text']!r} -> {x['value']} {x['unit'] or ''}".rstrip())


def run() -> None:
    """Entry point: a user-facing error is one line and exit code 2, never a traceback."""
    try:
        code = main(standalone_mode=False)
    except click.ClickException as exc:
        _error(exc.format_message().replace("\n", " "))
        sys.exit(exc.exit_code)
    except click.Abort:
        _error("aborted")
        sys.exit(EXIT_ERROR)
    except Exception as exc:
        from ..model import FactcheckError  # imported here: `factcheck --version` stays light

        if not isinstance(exc, FactcheckError):
            raise
        _error(str(exc))
        sys.exit(EXIT_ERROR)
    sys.exit(code if isinstance(code, int) else EXIT_OK)
