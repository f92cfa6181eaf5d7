from __future__ import annotations

import io

import pytest

from factcheck.model import Claim, Document, Evidence
from factcheck.report import terminal
from report_cases import results

ODD = ["a\tb\t\tc", "中文\t字\tx", "x\ry\x07z\x0b\x0c\x08", "tab at end\t", "line1\nline\t2", "e\u0301\tz", "😀\tok"]


def _rich_without_colour(results) -> str:
    """What the report was before it had a plain path: every line printed by rich, no colour, no wrap."""
    from rich.console import Console
    from rich.text import Text

    out = io.StringIO()
    console = Console(file=out, force_terminal=False, no_color=True, width=100, highlight=False, emoji=False,
                      soft_wrap=True)
    for line in terminal._lines(results):
        console.print(Text.assemble(*line))
    return out.getvalue()


@pytest.mark.parametrize("odd", ["", *ODD])
def test_plain_text_is_what_rich_prints_without_colour(odd):
    cases = results()
    first = cases[0]
    findings = tuple(f._replace(sentence=odd + f.sentence, message=odd + f.message, start=0, end=2)
                     for f in first.findings)
    document = Document(source=first.source, text="The road", title=odd + "Storm", author=odd or None)
    cases[0] = first._replace(document=document, findings=findings,
                              credibility={"score": 50, "signals": [{"name": "byline", "value": None,
                                                                     "weight": 1.0, "why": odd + "none"}]})
    assert terminal.render(cases) == _rich_without_colour(cases)


def test_a_claims_table_is_still_drawn_by_rich():
    claim = Claim("The road was closed on Monday.", "contradicted", (Evidence("open all week", source="wire"),))
    case = results()[0]._replace(claims=(claim,))
    text = terminal.render([case])
    assert "claims against the corpus" in text and "contradicted" in text and "open all week" in text
