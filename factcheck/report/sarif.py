"""SARIF 2.1.0: the static-analysis interchange format code hosts read (GitHub code scanning and others).

Rules are described in ``tool.driver.rules`` (summary, explanation, default level); each finding is a
result with a physical location (file, line, column); an unreadable source is a tool execution
notification and makes the invocation unsuccessful.
"""
from __future__ import annotations

import json
from pathlib import PurePath
from typing import Mapping, Sequence
from urllib.parse import quote

from .. import __version__
from ..model import Result

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def render(results: Sequence[Result], *, checks: Mapping | None = None, **_: object) -> str:
    """Results as one SARIF 2.1.0 log with a single run."""
    checks = _known_checks() if checks is None else checks
    rule_ids = _rule_ids(results, checks)
    index = {rule: i for i, rule in enumerate(rule_ids)}
    run = {
        "tool": {"driver": {"name": "factcheck", "version": __version__,
                            "rules": [_rule(rule, checks.get(rule)) for rule in rule_ids]}},
        "invocations": [_invocation(results)],
        "columnKind": "unicodeCodePoints",
        "results": [_result(r, f, index) for r in results for f in r.findings],
    }
    log = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


def artifact_uri(source: str) -> str:
    """A URI reference for a source: the URL itself, a relative path with '/', or file:// if absolute."""
    if "://" in source:
        return source
    if source == "-":
        return "stdin"
    path = PurePath(source)
    if path.is_absolute():
        return "file://" + quote(path.as_posix())
    return quote(path.as_posix())


def _known_checks() -> dict:
    from ..checks import all_checks
    from ..suppress import UNUSED

    return {**all_checks(), UNUSED.id: UNUSED}


def _rule_ids(results: Sequence[Result], checks: Mapping) -> list[str]:
    used = {f.rule for r in results for f in r.findings}
    return [rule for rule in checks if rule in used] + sorted(used - set(checks))


def _rule(rule: str, check) -> dict:
    if check is None:
        return {"id": rule, "shortDescription": {"text": rule}}
    explanation = check.explanation or check.summary
    return {"id": rule, "name": _camel(rule), "shortDescription": {"text": check.summary},
            "fullDescription": {"text": explanation}, "help": {"text": explanation},
            "defaultConfiguration": {"level": LEVELS[check.severity]}}


def _result(result: Result, finding, index: Mapping[str, int]) -> dict:
    region = {"startLine": max(1, finding.line), "startColumn": max(1, finding.column)}
    if finding.sentence:
        region["snippet"] = {"text": finding.sentence}
    return {"ruleId": finding.rule, "ruleIndex": index[finding.rule], "level": LEVELS[finding.severity],
            "message": {"text": finding.message},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": artifact_uri(result.source)},
                                                "region": region}}]}


def _invocation(results: Sequence[Result]) -> dict:
    notes = [{"level": "error", "message": {"text": r.error},
              "locations": [{"physicalLocation": {"artifactLocation": {"uri": artifact_uri(r.source)}}}]}
             for r in results if r.error]
    invocation = {"executionSuccessful": not notes}
    if notes:
        invocation["toolExecutionNotifications"] = notes
    return invocation


def _camel(rule: str) -> str:
    return "".join(part.capitalize() for part in rule.split("-"))
