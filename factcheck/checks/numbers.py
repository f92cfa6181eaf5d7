"""Checks: numbers that disagree with each other inside one article.

A reader who meets "12,000 soldiers" in one paragraph and "15,000 soldiers" in another cannot tell which
is right; copy editors check that repeated figures match (AP Stylebook, "numerals"; the Chicago Manual's
consistency rule). Only clear cases are reported: the same noun with the same modifiers, the same names
and event, no sign of change or time shift, and values that no hedge or rounding reconciles.
"""
from __future__ import annotations

import functools
import re
from typing import Iterator

from ..analysis import Analysis
from ..model import Evidence, Finding, NumberMention, Sentence
from . import check

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@check("internal-number-mismatch", "warning", "The article gives the same quantity two different values")
def internal_number_mismatch(analysis: Analysis) -> Iterator[Finding]:
    """The same quantity appears twice in the article with values that cannot both be true.

    Both mentions must count the same noun with the same modifiers ("North Korean soldiers"), in sentences
    that name the same people or places (and no different ones) and share an event word, with no word of
    change or comparison ("rose", "from", "another", "of") and no different dates. Hedges and rounding are
    respected: "about 12,000" and "11,800" agree, "more than 1,000" and "1,200" agree. The earlier sentence is
    the evidence.
    """
    from ..numbers import agree, describe, same_quantity

    seen: dict[tuple, list[tuple[NumberMention, Sentence]]] = {}
    for b, sb in _candidates(analysis):
        earlier = seen.setdefault(_quantity_key(b), [])
        earlier.append((b, sb))
        for a, sa in earlier[:-1]:
            if sa is sb or not same_quantity(a, b) or agree(a, b):
                continue
            if _phrase(analysis, a) != _phrase(analysis, b) or not _same_context(analysis, sa, sb, a, b):
                continue
            message = f"{describe(b)} here, but {describe(a)} earlier (line {sa.line})"
            yield analysis.finding("internal-number-mismatch", message, sb, b.start, b.end,
                                   (Evidence(text=sa.text, source="this article"),))
            break


def _quantity_key(n: NumberMention) -> tuple:
    """Mentions that may count the same thing share this key (unit and noun)."""
    from ..numbers import noun_key

    return (n.unit, noun_key(n.noun))


def _candidates(analysis: Analysis) -> list[tuple[NumberMention, Sentence]]:
    from ..numbers import is_generic

    out = []
    for n in analysis.numbers:
        if n.value is None or n.noun is None or n.unit in ("score", "ordinal") or is_generic(n.noun):
            continue
        sentence = analysis.sentence_at(n.start)
        if sentence is None or _has_change(sentence.text):
            continue
        out.append((n, sentence))
    return out


def _phrase(analysis: Analysis, n: NumberMention) -> str:
    """The words from the number to its noun: "north korean soldiers"."""
    text = analysis.document.text
    at = text.find(n.noun, n.end)
    if at < 0 or at - n.end > 60:
        return ""
    from ..numbers import singular

    words = _WORD.findall(text[n.end:at + len(n.noun)].lower())
    return " ".join(singular(w) for w in words)


def _same_context(analysis: Analysis, sa: Sentence, sb: Sentence, a: NumberMention, b: NumberMention) -> bool:
    from ..corpus.facts import names

    names_a = {w for n in names(sa.text) for w in n.split()}
    names_b = {w for n in names(sb.text) for w in n.split()}
    if not names_a & names_b or (names_a - names_b and names_b - names_a):
        return False
    if not _dates_compatible(analysis, sa, sb):
        return False
    phrase = set(_phrase(analysis, a).split())
    words_a = _content(sa.text) - names_a - phrase
    words_b = _content(sb.text) - names_b - phrase
    return bool(words_a & words_b)


def _dates_compatible(analysis: Analysis, sa: Sentence, sb: Sentence) -> bool:
    try:
        dates = analysis.dates
    except (ImportError, AttributeError, NotImplementedError):
        return True
    va = {d.value for d in analysis.in_sentence(dates, sa) if d.value}
    vb = {d.value for d in analysis.in_sentence(dates, sb) if d.value}
    return not (va and vb) or bool(va & vb)


def _content(text: str) -> set[str]:
    from ..numbers import singular

    stop = _stop()
    return {singular(w) for w in _WORD.findall(text.lower()) if w not in stop and len(w) > 2}


def _has_change(text: str) -> bool:
    return bool(set(_WORD.findall(text.lower())) & _change_words())


@functools.cache
def _stop() -> frozenset[str]:
    from ..rules import load_lexicon

    units = load_lexicon("number_units")
    words = load_lexicon("corpus_words")
    return frozenset(units["function_words"]) | frozenset(words["reporting_verbs"]) | frozenset(
        w.lower() for w in words["not_names"])


@functools.cache
def _change_words() -> frozenset[str]:
    from ..rules import load_lexicon

    return frozenset(load_lexicon("number_units")["change_words"])


__register__ = [internal_number_mismatch]
