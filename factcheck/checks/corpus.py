"""Checks: what the local corpus contradicts (numbers and dates), with the corpus sentence as evidence.

The authority is the newsroom's own trusted corpus (archive, wire copy, fact sheets): a figure or a date
that a trusted source gives differently for the same thing is worth a second look before publication.
"""
from __future__ import annotations

from typing import Iterator

from ..analysis import Analysis
from ..model import Finding
from .base import check


def _mismatches(analysis: Analysis, kind: str) -> Iterator[Finding]:
    if analysis.corpus is None:
        return
    from ..corpus.crossref import claim_checks

    for item in claim_checks(analysis):
        for m in item.mismatches:
            if m.kind == kind:
                yield analysis.finding(RULES[kind], m.message, item.sentence, m.start, m.end, (m.evidence,))


@check("corpus-number-mismatch", "warning", "A number differs from the corpus for the same quantity",
       example="Officials in Kyiv said 30,000 North Korean soldiers are now fighting in the Kursk region.\n"
               "(with --corpus holding: 'About 11,000 North Korean soldiers are fighting in the Kursk region.')")
def corpus_number_mismatch(analysis: Analysis) -> Iterator[Finding]:
    """The article gives a quantity that a trusted corpus sentence about the same thing gives differently.

    The corpus sentence must count the same noun in the same unit, name the same people or places and
    speak of the same event; hedges and rounding are respected ("about 60%" agrees with 59.7%, "more
    than 120,000" with 121,000; 412 seats does not agree with 411). A running count (killed, wounded,
    deployed) is compared only with corpus figures from within a few days of the article's dateline, since
    tolls change from report to report. The corpus sentence, its source and date are attached as evidence.
    Runs only with a corpus (--corpus PATH).
    """
    yield from _mismatches(analysis, "number")


@check("corpus-date-mismatch", "warning", "An event's date differs from the corpus",
       example="Friedrich Merz, who became chancellor on May 6, met Emmanuel Macron in Paris.\n"
               "(with --corpus holding: 'Friedrich Merz was elected chancellor on May 6, 2025.')")
def corpus_date_mismatch(analysis: Analysis) -> Iterator[Finding]:
    """The article dates an event differently from a trusted corpus sentence about the same event.

    Both sentences must name the same people or places and use an event word of the same kind near the
    date ("took office" / "was sworn in"). A resolved article date that lands in the wrong year also
    shows here: the corpus says Merz became chancellor on 2025-05-06, a 2024 article's "who became
    chancellor on May 6" reads as 2024-05-06. Runs only with a corpus (--corpus PATH).
    """
    yield from _mismatches(analysis, "date")


RULES = {"number": corpus_number_mismatch.id, "date": corpus_date_mismatch.id}
__register__ = [corpus_number_mismatch, corpus_date_mismatch]
