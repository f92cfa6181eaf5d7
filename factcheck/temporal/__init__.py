"""The temporal engine: the document's dateline, its date expressions, and the tense of their clauses."""
from __future__ import annotations

from ..model import DateMention
from .dateline import DatelineConflict, dateline_conflict, resolve_dateline
from .dates import find_dates, sentence_spans
from .tense import Tense, tense_of

__all__ = ["resolve_dateline", "dateline_conflict", "DatelineConflict", "find_dates", "tense_of", "tenses",
           "Tense"]


def tenses(text: str, mentions: list[DateMention]) -> list[Tense]:
    """The clause tense of each date mention in ``text`` (for inspect output and checks)."""
    spans = sentence_spans(text)
    cache: dict = {}
    out = []
    for mention in mentions:
        s, e = next(((a, b) for a, b in spans if a <= mention.start < b), (0, len(text)))
        masks = tuple((m.start - s, m.end - s) for m in mentions if s <= m.start and m.end <= e)
        out.append(tense_of(text[s:e], mention.start - s, min(mention.end, e) - s, masks=masks, cache=cache))
    return out
