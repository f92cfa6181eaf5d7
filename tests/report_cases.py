"""Results shared by the reporter golden-file tests: findings of every severity, odd characters, an error."""
from __future__ import annotations

import os
from pathlib import Path

from factcheck.checks.base import Check
from factcheck.model import Document, Evidence, Finding, Result

GOLDEN = Path(__file__).resolve().parent / "golden"


def _explained(analysis):
    """Why the rule exists.

    A second paragraph with "quotes", <angle brackets> & ampersands.
    """
    return []


CHECKS = {
    "weekday-mismatch": Check("weekday-mismatch", "error", "The weekday does not fall on the date.", _explained),
    "plain-words": Check("plain-words", "info", "A wordy phrase with a plain equivalent.", _explained),
    "vague-sourcing": Check("vague-sourcing", "warning", "A claim credited to an unnamed crowd.", _explained),
}


def results() -> list[Result]:
    doc = Document(source="drafts/news/storm, coast.md", text="t")
    findings = (
        Finding("weekday-mismatch", "error", "January 7, 2025 was a Tuesday, not a Monday",
                "The road was closed on Monday, January 7, 2025.", 9, 32,
                evidence=(Evidence("2025-01-07 is a Tuesday"),)),
        Finding("vague-sourcing", "warning", "'Some experts say': who, and how many? 100% of them?\nSay so.",
                "Some experts say the wall was weak.", 12, 1),
        Finding("plain-words", "info", "use 'before' instead of 'prior to'", "Prior to the storm, it rained.", 14, 1),
        Finding("local-rule", "warning", "a rule the reporter has no description for", "x", 0, 0),
    )
    return [
        Result(source="drafts/news/storm, coast.md", document=doc, findings=findings),
        Result(source="drafts/clean.md", document=Document(source="drafts/clean.md", text="t")),
        Result(source="drafts/missing.md", error="drafts/missing.md: no such file"),
    ]


def check_golden(name: str, text: str) -> None:
    """Compare with tests/golden/<name>; FACTCHECK_UPDATE_GOLDEN=1 rewrites it (a missing file fails)."""
    path = GOLDEN / name
    if os.environ.get("FACTCHECK_UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert path.is_file(), f"{path} is missing: run with FACTCHECK_UPDATE_GOLDEN=1 and review the new file"
    assert text == path.read_text(encoding="utf-8")
