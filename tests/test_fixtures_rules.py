"""Every annotated case in fixtures/rules/*.md raises exactly the findings its marker expects.

A case is a paragraph after a marker line ``<!-- expect: rule-a:1:5, rule-b:2:1 -->`` or
``<!-- expect: none -->``, as pycodestyle's ``#: E501:3:14``: each entry is one finding, its rule id and
where it points (line:column in the case's document: line 1 is the case's first body line; a headline
finding points at the headline's line and column, 0:0 for a ``# ...`` title). An entry without a
position (``rule-a``) is one finding of that rule anywhere. A rule listed twice must fire twice.
``<!-- dateline: YYYY-MM-DD -->`` sets the dateline for the cases after it; ``<!-- corpus: PATH -->``
(repository-relative) builds a corpus from PATH for the file; ``<!-- url: URL -->`` is the address the
cases after it were published at and ``<!-- published: YYYY-MM-DD -->`` their page's publication date
(``none`` ends either). A first line ``# ...`` is the headline. Only the checks of the file's family
(factcheck.checks.<file stem>, plus every id the file expects) are compared, so a family's file need
not know about other families' rules.
"""
from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from factcheck.model import DateSignal, Document, Options
from factcheck.pipeline import check_document

ROOT = Path(__file__).resolve().parents[1]
RULES = ROOT / "fixtures" / "rules"
TODAY = date(2026, 11, 25)
MARKER = re.compile(r"^\s*<!--\s*(expect|dateline|corpus|url|published)\s*:\s*(.*?)\s*-->\s*$")
ENTRY = re.compile(r"^([a-z][a-z0-9-]*)(?::(\d+):(\d+))?$")


@dataclass(frozen=True)
class Case:
    file: str
    line: int
    findings: tuple[tuple[str, tuple[int, int] | None], ...]  # (rule id, (line, column) or None)
    text: str
    title: str | None
    dateline: date | None
    corpus: str | None
    url: str | None = None
    published: date | None = None

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"

    @property
    def expect(self) -> frozenset[str]:
        return frozenset(rule for rule, _ in self.findings)


def parse_expect(value: str, where: str) -> tuple[tuple[str, tuple[int, int] | None], ...]:
    """``rule-a:1:5, rule-b`` -> (("rule-a", (1, 5)), ("rule-b", None)); ``none`` -> ()."""
    out = []
    for entry in (v.strip() for v in value.split(",")):
        if not entry or entry == "none":
            continue
        m = ENTRY.match(entry)
        if not m:
            raise ValueError(f"{where}: bad expect entry {entry!r} (want rule-id or rule-id:line:column)")
        out.append((m.group(1), (int(m.group(2)), int(m.group(3))) if m.group(2) else None))
    return tuple(out)


def unmatched(expected, actual: list[tuple[str, int, int]]) -> tuple[list, list]:
    """The expected entries no finding matches, and the findings no entry matches (positions first)."""
    left = list(actual)
    missing = []
    for rule, where in sorted(expected, key=lambda e: e[1] is None):
        hit = next((a for a in left if a[0] == rule and (where is None or a[1:] == where)), None)
        if hit is None:
            missing.append((rule, where))
        else:
            left.remove(hit)
    return missing, left


def parse_cases(path: Path) -> list[Case]:
    """The cases of one annotated fixture file."""
    cases, current, dateline, corpus, url, published = [], None, None, None, None, None
    lines = path.read_text(encoding="utf-8").splitlines()

    def close(end: int) -> None:
        if current is None:
            return
        start, expect = current
        body = "\n".join(lines[start:end]).strip("\n")
        title = None
        first, _, rest = body.partition("\n")
        if first.startswith("# "):
            title, body = first[2:].strip(), rest.strip("\n")
        cases.append(Case(path.name, start, expect, body, title, dateline, corpus, url, published))

    for i, line in enumerate(lines):
        m = MARKER.match(line)
        if not m:
            continue
        key, value = m.groups()
        close(i)
        current = None
        if key == "dateline":
            dateline = date.fromisoformat(value) if value.lower() != "none" else None
        elif key == "corpus":
            corpus = value
        elif key == "url":
            url = None if value.lower() == "none" else value
        elif key == "published":
            published = None if value.lower() == "none" else date.fromisoformat(value)
        else:
            current = (i + 1, parse_expect(value, f"{path.name}:{i + 1}"))
    close(len(lines))
    return cases


def family_ids(path: Path, cases: list[Case]) -> frozenset[str]:
    """Rule ids of the file's family: its check module's ids plus every id the file expects."""
    ids = set().union(*(c.expect for c in cases)) if cases else set()
    module = importlib.import_module(f"factcheck.checks.{path.stem}")
    ids |= {c.id for c in module.__register__}
    return frozenset(ids)


ALL_CASES = [(path, case) for path in sorted(RULES.glob("*.md")) for case in parse_cases(path)]
_corpora: dict[str, str] = {}


def corpus_for(case: Case, tmp_path_factory) -> str | None:
    if not case.corpus:
        return None
    if case.corpus not in _corpora:
        from factcheck.corpus.ingest import build_corpus

        db = tmp_path_factory.mktemp("corpus") / "corpus.db"
        build_corpus(str(db), [str(ROOT / case.corpus)])
        _corpora[case.corpus] = str(db)
    return _corpora[case.corpus]


@pytest.mark.parametrize("path, case", ALL_CASES, ids=[str(c) for _, c in ALL_CASES])
def test_annotated_case(path, case, tmp_path_factory):
    family = family_ids(path, [c for p, c in ALL_CASES if p == path])
    options = Options(dateline=case.dateline, today=TODAY, select=tuple(sorted(family)),
                      corpus=corpus_for(case, tmp_path_factory))
    result = check_document(document_of(case), options)
    actual = [(f.rule, f.line, f.column) for f in result.findings if f.rule in family]
    missing, extra = unmatched(case.findings, actual)
    detail = "; ".join(f"{f.rule}:{f.line}:{f.column}: {f.message}" for f in result.findings)
    assert (missing, extra) == ([], []), f"{case}: missing {missing}, unexpected {extra} ({detail})"


def document_of(case: Case) -> Document:
    signals = (DateSignal(value=case.published.isoformat(), basis="meta article:published_time"),) \
        if case.published else ()
    return Document(source=str(case), text=case.text, title=case.title, url=case.url, date_signals=signals)


def test_parser_reads_markers(tmp_path):
    sample = tmp_path / "sample.md"
    sample.write_text("<!-- dateline: 2024-12-26 -->\n<!-- expect: weekday-mismatch -->\n"
                      "It happened on Monday, December 26.\n\n<!-- expect: none -->\n# A headline\nBody.\n")
    first, second = parse_cases(sample)
    assert first.findings == (("weekday-mismatch", None),) and first.dateline == date(2024, 12, 26)
    assert first.text == "It happened on Monday, December 26."
    assert second.findings == () and second.title == "A headline" and second.text == "Body."


def test_positions_and_counts_are_read_and_matched():
    assert parse_expect("a-b:2:15, a-b, c", "x") == (("a-b", (2, 15)), ("a-b", None), ("c", None))
    with pytest.raises(ValueError, match="bad expect entry"):
        parse_expect("a-b:2", "x")
    found = [("a-b", 1, 1), ("a-b", 2, 15)]
    assert unmatched((("a-b", (2, 15)), ("a-b", None)), found) == ([], [])
    assert unmatched((("a-b", (2, 16)), ("a-b", None)), found) == ([("a-b", (2, 16))], [("a-b", 2, 15)])
    assert unmatched((("a-b", None),), found) == ([], [("a-b", 2, 15)])  # one expected, two raised
