"""GitHub workflow-command reporter: golden file and escaping rules."""
from __future__ import annotations

import pytest

from factcheck.report import render
from factcheck.report.github import escape_data, escape_property
from report_cases import check_golden, results


def test_golden():
    check_golden("report.github.txt", render("github", results()))


def test_one_command_per_finding_and_error():
    lines = render("github", results()).splitlines()
    assert len(lines) == 5
    assert lines[3].startswith("::warning file=drafts/news/storm%2C coast.md,title=local-rule::")
    assert lines[0] == ("::error file=drafts/news/storm%2C coast.md,line=9,col=32,title=weekday-mismatch::"
                        "January 7, 2025 was a Tuesday, not a Monday")
    assert lines[2].startswith("::notice ")  # info -> notice
    assert lines[4] == "::error file=drafts/missing.md,title=read-error::drafts/missing.md: no such file"


@pytest.mark.parametrize("raw, data, prop", [
    ("100% sure", "100%25 sure", "100%25 sure"),
    ("a\r\nb", "a%0D%0Ab", "a%0D%0Ab"),
    ("x: y, z", "x: y, z", "x%3A y%2C z"),
    ("%0A", "%250A", "%250A"),
])
def test_escaping(raw, data, prop):
    assert escape_data(raw) == data and escape_property(raw) == prop
