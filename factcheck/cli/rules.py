"""``factcheck rules list|explain|test``: what the rules are, why they exist, and whether user rules work."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from ..model import FactcheckError, Options

def _config_options(fn):
    for option in reversed([
        click.option("--config", "config_file", metavar="FILE", help="Read settings from FILE."),
        click.option("--no-config", is_flag=True, help="Ignore setup.cfg / .factcheck.cfg."),
        click.option("--rules", "rules_dirs", multiple=True, metavar="DIR",
                     help="A folder of user rule files (repeatable; replaces the config's)."),
    ]):
        fn = option(fn)
    return fn


@click.group()
def rules():
    """List, explain and test the rules (built-in and user rules)."""


@rules.command("list")
@_config_options
def list_rules(config_file, no_config, rules_dirs):
    """Each rule: id, default severity, one-line summary."""
    options = _options(config_file, no_config, rules_dirs)
    rows = [(c.id, c.severity, c.summary + (" (opt-in: --enable)" if c.opt_in else ""))
            for c in _all_checks(options).values()]
    rows += [(r.id, "-", f"({r.kind} data) {r.summary}") for r in _user_rules(options)
             if r.kind not in ("existence", "substitution")]
    width = max((len(r[0]) for r in rows), default=10)
    for rule, severity, summary in rows:
        click.echo(f"{rule:<{width}}  {severity:<7}  {summary}")


@rules.command("explain")
@click.argument("rule_id")
@_config_options
def explain(rule_id, config_file, no_config, rules_dirs):
    """Why a rule exists, an example it flags, and how to suppress it."""
    options = _options(config_file, no_config, rules_dirs)
    checks = _all_checks(options)
    user = {r.id: r for r in _user_rules(options)}
    if rule_id not in checks and rule_id not in user:
        from ..config import suggest

        _fail(f"unknown rule id '{rule_id}'{suggest(rule_id, list(checks) + list(user))}")
    check = checks.get(rule_id)
    rule = user.get(rule_id)
    severity = check.severity if check else "-"
    origin = f"user rule, {rule.path}" if rule else "built-in"
    click.echo(f"{rule_id} ({severity}; {origin})\n")
    click.echo((check.explanation if check else rule.explanation) + "\n")
    example = rule.flag[0] if rule and rule.flag else (check.example if check else "")
    if example:
        click.echo("Example that is flagged:\n")
        click.echo("    " + example.replace("\n", "\n    ") + "\n")
    click.echo("To suppress it:\n")
    click.echo(f"    <!-- factcheck: ignore {rule_id} -->     on the line, or alone on the line before")
    click.echo(f"    <!-- factcheck: off {rule_id} --> ... <!-- factcheck: on -->   for a region")
    click.echo(f"    factcheck: {{ignore: [{rule_id}]}}       in the front matter, for the document")
    click.echo(f"    ignore = {rule_id}                       in [factcheck] of setup.cfg / .factcheck.cfg")


@rules.command("test")
@click.argument("paths", nargs=-1, type=click.Path(exists=True))
@_config_options
def test_rules(paths, config_file, no_config, rules_dirs):
    """Run the flag:/pass: examples of user rule files (PATHS: files or folders; default: the config's)."""
    from ..userrules import load_rule_file, load_rules

    options = _options(config_file, no_config, rules_dirs)
    try:
        found = [load_rule_file(Path(p)) for p in paths if Path(p).is_file()]
        folders = tuple(str(Path(p)) for p in paths if Path(p).is_dir())
        if folders:
            found += list(load_rules(folders))
        if not paths:
            found = list(load_rules(options.rules_dirs))
    except FactcheckError as exc:
        _fail(str(exc))
    if not found:
        _fail("no user rules to test (give rule files or folders, or set 'rules =' in the config)")
    failures = sum(_test_rule(rule, options) for rule in found)
    total = sum(len(r.flag) + len(r.passes) for r in found)
    click.echo(f"{len(found)} rule file{'s' if len(found) != 1 else ''}, {total} examples, {failures} failed")
    sys.exit(1 if failures else 0)


def rule_examples_failures(rule, options: Options) -> list[str]:
    """Descriptions of the examples of ``rule`` that do not behave as declared (empty when all pass)."""
    consumer = rule.id if rule.kind in ("existence", "substitution") else rule.consumer
    from ..checks import all_checks

    if consumer is None or (consumer != rule.id and consumer not in all_checks()):
        return []
    opts = Options(select=(consumer,), rules_dirs=(str(Path(rule.path).parent),), today=options.today,
                   dateline=options.dateline)
    bad = []
    for expected, examples in ((True, rule.flag), (False, rule.passes)):
        for text in examples:
            fired = any(f.rule == consumer for f in _findings(text, opts))
            if fired != expected:
                bad.append(f"{'flag' if expected else 'pass'} example {'not flagged' if expected else 'flagged'}: "
                           f"{text!r}")
    return bad


def _test_rule(rule, options: Options) -> int:
    bad = rule_examples_failures(rule, options)
    status = "FAIL" if bad else "ok"
    click.echo(f"{status:<4}  {rule.id}  ({len(rule.flag)} flag, {len(rule.passes)} pass)  {rule.path}")
    for line in bad:
        click.echo(f"      {line}")
    return len(bad)


def _findings(text: str, options: Options):
    from ..extract import extract
    from ..model import Acquired
    from ..pipeline import check_document

    document = extract(Acquired(source="<example>", data=text.encode("utf-8"), content_type="text/plain"))
    return check_document(document, options).findings


def _options(config_file, no_config, rules_dirs) -> Options:
    from ..config import load_config, options_for

    try:
        config = load_config(config_file, disabled=no_config)
        cli = {"rules": tuple(rules_dirs)} if rules_dirs else {}
        return options_for(config, "-", Options(), cli)
    except FactcheckError as exc:
        _fail(str(exc))


def _all_checks(options: Options) -> dict:
    from ..checks import checks_by_id

    try:
        return checks_by_id(options)
    except FactcheckError as exc:
        _fail(str(exc))


def _user_rules(options: Options) -> list:
    from ..userrules import user_rules

    try:
        return user_rules(options)
    except FactcheckError as exc:
        _fail(str(exc))


def _fail(message: str):
    from ..report.escape import one_line

    click.echo(f"factcheck: error: {one_line(message)}", err=True)
    sys.exit(2)
