"""JUnit XML: one test case per document, so CI dashboards list drafts like tests.

A document fails when it has findings at or above ``fail_on`` (the same threshold as the exit code);
every finding, below the threshold too, is listed in the case's system-out. An unreadable source is an
error, not a failure.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Sequence

from ..model import SEVERITY_RANK, Result
from .escape import for_xml


def render(results: Sequence[Result], *, fail_on: str = "error", fail_ons: Sequence[str] | None = None,
           **_: object) -> str:
    """Results as a <testsuites> document with one <testsuite> named factcheck."""
    levels = list(fail_ons) if fail_ons is not None else [fail_on] * len(results)
    cases = [_case(r, level) for r, level in zip(results, levels)]
    failures = sum(1 for c in cases if c.find("failure") is not None)
    errors = sum(1 for c in cases if c.find("error") is not None)
    counts = {"tests": str(len(cases)), "failures": str(failures), "errors": str(errors)}
    suites = ET.Element("testsuites", {"name": "factcheck", **counts})
    suite = ET.SubElement(suites, "testsuite", {"name": "factcheck", **counts, "skipped": "0"})
    suite.extend(cases)
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"


def _case(result: Result, fail_on: str) -> ET.Element:
    case = ET.Element("testcase", {"classname": "factcheck", "name": for_xml(result.source),
                                      "file": for_xml(result.source)})
    if result.error:
        error = for_xml(result.error)
        ET.SubElement(case, "error", {"type": "read-error", "message": error}).text = error
        return case
    failing = [f for f in result.findings
               if fail_on != "never" and SEVERITY_RANK[f.severity] >= SEVERITY_RANK[fail_on]]
    if failing:
        first = failing[0]
        message = f"{len(failing)} finding{'s' if len(failing) != 1 else ''} at or above {fail_on}"
        failure = ET.SubElement(case, "failure", {"type": first.rule, "message": message})
        failure.text = "\n".join(_line(result, f) for f in failing)
    if result.findings:
        ET.SubElement(case, "system-out").text = "\n".join(_line(result, f) for f in result.findings)
    return case


def _line(result: Result, f) -> str:
    return for_xml(f"{result.source}:{f.line}:{f.column}: {f.severity} {f.rule} {f.message}")
