"""Suppression comments and front matter: which findings they silence, which are left unused."""
from __future__ import annotations

import pytest

from factcheck.model import Document, Finding, Options
from factcheck.suppress import apply_suppressions, find_suppressions, unused_findings

DRAFT = """\
---
title: Bridge reopens
date: 2025-03-14
---

The bridge reopened on Friday. <!-- factcheck: ignore plain-words -->
<!-- factcheck: ignore unclear-whether, vague-sourcing -->
It is unclear whether tolls
will return this year.

Some experts say the repairs were rushed.
<!-- factcheck: off -->
Quoted: "The contractor shall utilize local steel."
<!-- factcheck: on -->
Prior to the closure, 40,000 cars crossed each day.
<!-- factcheck: ignore -->
Critics say the bridge was never safe.
"""


def finding(rule: str, line: int) -> Finding:
    return Finding(rule=rule, severity="warning", message="m", sentence="s", line=line, column=1)


def doc(raw: str = DRAFT, front_matter: dict | None = None) -> Document:
    return Document(source="draft.md", text="body", raw=raw, front_matter=front_matter or {})


@pytest.mark.parametrize("rule, line, kept", [
    ("plain-words", 6, False),        # same line as the comment
    ("unclear-whether", 6, True),     # same line, another rule
    ("unclear-whether", 8, False),    # comment alone on the line before
    ("vague-sourcing", 9, False),     # the paragraph the comment precedes, wrapped line
    ("unclear-whether", 11, True),    # the next paragraph is not covered
    ("plain-words", 13, False),       # inside off ... on
    ("anything", 13, False),          # off without ids silences every rule
    ("plain-words", 15, True),        # after 'on'
    ("vague-sourcing", 17, False),    # bare ignore silences every rule on the next line
])
def test_findings_kept_or_silenced(rule, line, kept):
    kept_findings, _ = apply_suppressions(doc(), [finding(rule, line)], Options())
    assert bool(kept_findings) is kept


def test_unused_suppressions_are_returned_with_their_line():
    used = [finding("plain-words", 6), finding("unclear-whether", 8), finding("anything", 13),
            finding("x", 17)]
    _, unused = apply_suppressions(doc(), used, Options())
    assert [(s.line, s.rules) for s in unused] == []
    _, unused = apply_suppressions(doc(), [finding("plain-words", 6)], Options())
    assert [s.line for s in unused] == [7, 12, 16]


def test_unused_suppressions_of_rules_that_did_not_run_are_not_reported():
    _, unused = apply_suppressions(doc(), [], Options(select=("plain-words",)))
    assert [s.line for s in unused] == [6, 12, 16]


def test_unused_findings_name_the_rules():
    _, unused = apply_suppressions(doc(), [], Options())
    out = unused_findings(unused, DRAFT.split("\n"))
    assert out[1].rule == "unused-suppression" and out[1].severity == "info"
    assert "unclear-whether, vague-sourcing" in out[1].message and out[1].line == 7


@pytest.mark.parametrize("front_matter, rule, kept", [
    ({"factcheck": {"ignore": ["plain-words"]}}, "plain-words", False),
    ({"factcheck": {"ignore": ["plain-words"]}}, "vague-sourcing", True),
    ({"factcheck": {"ignore": "all"}}, "vague-sourcing", False),
    ({"factcheck": {"ignore": "plain-words, vague-sourcing"}}, "vague-sourcing", False),
    ({"factcheck": "off"}, "vague-sourcing", True),
    ({}, "plain-words", True),
])
def test_front_matter_ignore(front_matter, rule, kept):
    kept_findings, _ = apply_suppressions(doc("Text.\n", front_matter), [finding(rule, 3)], Options())
    assert bool(kept_findings) is kept


def test_front_matter_read_from_raw_when_the_extractor_left_it_empty():
    raw = "---\ntitle: T\nfactcheck:\n  ignore: [plain-words]\n---\n\nPrior to it.\n"
    kept, _ = apply_suppressions(doc(raw), [finding("plain-words", 7)], Options())
    assert kept == []


def test_html_comments_work_the_same():
    raw = "<p>One.</p>\n<!-- factcheck: ignore plain-words -->\n<p>Prior to it.</p>\n"
    kept, unused = apply_suppressions(doc(raw), [finding("plain-words", 3)], Options())
    assert kept == [] and unused == []


def test_an_unclosed_off_region_runs_to_the_end():
    raw = "a\n<!-- factcheck: off plain-words -->\nb\nc\n"
    (region,) = find_suppressions(doc(raw))
    assert (region.first, region.rules, region.kind) == (2, ("plain-words",), "block")
    assert region.last >= 4


def test_no_comment_no_work():
    findings = [finding("plain-words", 1)]
    assert apply_suppressions(doc("plain text\n"), findings, Options()) == (findings, [])
