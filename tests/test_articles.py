"""Whole articles of our own (not the seed), in each input format, with the findings an editor expects.

Each row: an article in fixtures/articles/, the (rule, words of the sentence) findings it must raise, and
what it must not raise: a rule anywhere, or a (rule, words) pair. These are the cases a human second read
catches, written by us to keep checks general beyond the founding example. The expectations live in
fixtures/articles/expected.yaml (bench/articles.py reads them too); what the tool gets wrong today is a
strict xfail row, so a fix flips it.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from factcheck.model import Options
from factcheck.pipeline import check_source

ARTICLES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"
OPTIONS = Options(today=date(2026, 11, 25), enable=("unattributed-claim",))  # the opt-in rule too


def load_expectations(path: Path = ARTICLES / "expected.yaml") -> list[dict]:
    """The articles of expected.yaml with groups expanded: file, must, must_not, known_wrong."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    groups = data.get("groups", {})

    def expand(items):
        out = []
        for item in items or []:
            if isinstance(item, str) and item.startswith("@"):
                out.extend(groups[item[1:]])
            else:
                out.append(tuple(item) if isinstance(item, list) else item)
        return out

    return [{"file": a["file"], "must": [tuple(m) for m in a.get("must") or []],
             "must_not": expand(a.get("must_not")),
             "known_wrong": [{"kind": "must" if "must" in k else "must_not",
                              "item": expand([k.get("must", k.get("must_not"))])[0],
                              "reason": k["reason"]} for k in a.get("known_wrong") or []]}
            for a in data["articles"]]


def build_cases(articles: list[dict]) -> list:
    """One row per article, plus one strict-xfail row per expectation the tool gets wrong today."""
    cases = []
    for a in articles:
        cases.append(pytest.param(a["file"], a["must"], a["must_not"], id=a["file"]))
        for n, k in enumerate(a["known_wrong"], 1):
            must, must_not = ([k["item"]], []) if k["kind"] == "must" else ([], [k["item"]])
            cases.append(pytest.param(a["file"], must, must_not, id=f"{a['file']}-known-wrong-{n}",
                                      marks=pytest.mark.xfail(strict=True, reason=k["reason"])))
    return cases


CASES = build_cases(load_expectations())


def matches(finding: tuple[str, str], expectation) -> bool:
    """Whether a (rule, sentence) finding is what a must_not item forbids: a rule, or (rule, words)."""
    rule, sentence = finding
    if isinstance(expectation, tuple):
        return expectation[0] == rule and expectation[1] in sentence
    return expectation == rule


@pytest.mark.parametrize("name, must, must_not", CASES)
def test_article(name, must, must_not):
    result = check_source(str(ARTICLES / name), OPTIONS)
    assert result.error is None
    found = [(f.rule, f.sentence) for f in result.findings]
    for rule, words in must:
        assert any(r == rule and words in s for r, s in found), f"{name}: no {rule} on '{words}': {found}"
    unexpected = [f for f in found if any(matches(f, x) for x in must_not)]
    assert not unexpected, f"{name}: unexpected {unexpected}"
    for rule, sentence in found:
        if rule == "tense-vs-dateline":
            assert "would launch" not in sentence and "is scheduled to" not in sentence


def test_every_article_has_expectations():
    """Each article in the folder has a row, and each row's file exists."""
    listed = {a["file"] for a in load_expectations()}
    on_disk = {p.name for p in ARTICLES.iterdir() if p.suffix in {".md", ".html", ".txt"}}
    assert listed == on_disk
