"""The document's dateline (being built)."""
from __future__ import annotations

from datetime import date

from ..model import Dateline, Document, Sentence


def resolve_dateline(document: Document, sentences: list[Sentence], *, explicit: date | None,
                     today: date) -> Dateline:
    """The date the document speaks from."""
    if explicit:
        return Dateline(explicit, "--dateline", "high", explicit)
    return Dateline(None, "no date signal", "low")


def dateline_conflict(document, sentences, today):
    return None
