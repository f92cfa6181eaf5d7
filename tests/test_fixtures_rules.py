"""Every annotated case in fixtures/rules/*.md raises exactly the rule ids its marker expects.

A case is a paragraph after a marker line ``<!-- expect: rule-a, rule-b -->`` or ``<!-- expect: none -->``.
``<!-- dateline: YYYY-MM-DD -->`` sets the dateline for the cases after it; ``<!-- corpus: PATH -->``
(repository-relative) builds a corpus from PATH for the file. A first line ``# ...`` is the headline.
Only the checks of the file's family (factcheck.checks.<file stem>, plus every id the file expects)
are compared, so a family's file need not know about other families' rules.
"""
from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from factcheck.model import Document, Options
from factcheck.pipeline import check_document

ROOT = Path(__file__).resolve().parents[1]
RULES = ROOT / "fixtures" / "rules"
TODAY = date(2026, 11, 25)
MARKER = re.compile(r"^\s*<!--\s*(expect|dateline|corpus)\s*:\s*(.*?)\s*-->\s*$")


@dataclass(frozen=True)
class Case:
    file: str
    line: int
    expect: frozenset[str]
    text: str
    title: str | None
    dateline: date | None
    corpus: str | None

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"


def parse_cases(path: Path) -> list[Case]:
    """The cases of one annotated fixture file."""
    cases, current, dateline, corpus = [], None, None, None
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
        cases.append(Case(path.name, start, expect, body, title, dateline, corpus))

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
        else:
            ids = frozenset(v.strip() for v in value.split(",") if v.strip() and v.strip() != "none")
            current = (i + 1, ids)
    close(len(lines))
    return cases


def family_ids(path: Path, cases: list[Case]) -> frozenset[str]:
    """Rule ids of the file's family: its check module's ids plus every id the file expects."""
    ids = set().union(*(c.expect for c in cases)) if cases else set()
    try:
        module = importlib.import_module(f"factcheck.checks.{path.stem}")
        ids |= {c.id for c in getattr(module, "__register__", ())}
    except ImportError:
        pass
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
    document = Document(source=str(case), text=case.text, title=case.title)
    result = check_document(document, options)
    raised = {f.rule for f in result.findings} & family
    detail = "; ".join(f"{f.rule}: {f.message}" for f in result.findings)
    assert raised == set(case.expect), f"{case}: expected {sorted(case.expect)}, got {sorted(raised)} ({detail})"


def test_parser_reads_markers(tmp_path):
    sample = tmp_path / "sample.md"
    sample.write_text("<!-- dateline: 2024-12-26 -->\n<!-- expect: weekday-mismatch -->\n"
                      "It happened on Monday, December 26.\n\n<!-- expect: none -->\n# A headline\nBody.\n")
    first, second = parse_cases(sample)
    assert first.expect == {"weekday-mismatch"} and first.dateline == date(2024, 12, 26)
    assert first.text == "It happened on Monday, December 26."
    assert second.expect == frozenset() and second.title == "A headline" and second.text == "Body."
