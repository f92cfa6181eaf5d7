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
from ..lazy_pattern import LazyPattern
from ..model import Evidence, Finding, NumberMention, Sentence
from ..nlp.segment import WORD as _WORD
from .base import check

_NOUN = re.compile(r"[a-z][a-z'’-]{2,}")
_LIST_ITEM = re.compile(r"(?:^|[,;:\[(•·|])\s*[$€£]?\d")


@check("internal-number-mismatch", "warning", "The article gives the same quantity two different values",
       example="About 12,000 North Korean soldiers are fighting in the Kursk region, officials said. "
               "Ukrainian commanders say 20,000 North Korean soldiers are fighting in Kursk.")
def internal_number_mismatch(analysis: Analysis) -> Iterator[Finding]:
    """The same quantity appears twice in the article with values that cannot both be true.

    Both mentions must count the same noun with the same modifiers ("North Korean soldiers"), in sentences
    that name the same people or places (and no different ones) and share an event word, with no word of
    change or comparison ("rose", "from", "another") and no different dates. Left alone: measures ("8 oz.",
    "1 tsp", "a 15 inch screen"), kinds ("a 16-inch laptop", "a 10-game stretch"), parts next to the number
    ("12 of the 40"), stretches ("his first 18 games"), lists and stat lines ("1 sack, 2 TFL"), sentences
    not in English, and sentences that set subjects apart ("the men's team" / "the women's team"). Hedges
    and rounding are respected: "about 12,000" and "11,800" agree, "more than 1,000" and "1,200" agree. The
    earlier sentence is the evidence.
    """
    from ..nlp.numbers import agree, describe, same_quantity

    seen: dict[tuple, dict[tuple, tuple[NumberMention, Sentence]]] = {}
    for b, sb in _candidates(analysis):
        earlier = seen.setdefault(_quantity_key(b), {})
        for a, sa in list(earlier.values()):
            if sa is sb or not same_quantity(a, b) or agree(a, b):
                continue
            if _phrase(analysis, a) != _phrase(analysis, b) or not _same_context(analysis, sa, sb, a, b):
                continue
            message = f"{describe(b)} here, but {describe(a)} earlier (line {sa.line})"
            yield analysis.finding("internal-number-mismatch", message, sb, b.start, b.end,
                                   (Evidence(text=sa.text, source="this article"),))
            break
        # a mention said the same way in the same words as an earlier one adds nothing to compare against, and
        # past MAX_EARLIER distinct mentions of one quantity a page is no article: work stays linear in its size
        if len(earlier) < MAX_EARLIER:
            earlier.setdefault((b.value, b.upper, b.hedge, b.noun, sb.text), (b, sb))


MAX_EARLIER = 64


def _quantity_key(n: NumberMention) -> tuple:
    """Mentions that may count the same thing share this key (unit and noun)."""
    from ..nlp.numbers import noun_key

    return (n.unit, noun_key(n.noun))


def _candidates(analysis: Analysis) -> list[tuple[NumberMention, Sentence]]:
    """Counts of a thing, each in a running English sentence that reports no change."""
    text = analysis.document.text
    prose: dict[int, bool] = {}
    out = []
    for n in analysis.numbers:
        if not _counts_a_thing(text, n):
            continue
        sentence = analysis.sentence_at(n.start)
        if sentence is None:
            continue
        if sentence.start not in prose:
            prose[sentence.start] = _is_prose(sentence.text) and not _has_change(sentence.text)
        if prose[sentence.start]:
            out.append((n, sentence))
    return out


def _counts_a_thing(text: str, n: NumberMention) -> bool:
    """A count of things: not a measure ("8 oz."), a kind ("a 16-inch laptop"), or a stretch ("first 18 games")."""
    from ..nlp.numbers import is_generic

    if n.value is None or n.noun is None or n.unit in ("score", "ordinal") or is_generic(n.noun):
        return False
    if not _NOUN.fullmatch(n.noun) or n.noun.lower() in _lexicon_set("measure_nouns"):
        return False
    if text[n.end:n.end + 1] in ("-", "‑"):
        return False
    before = _WORD.findall(text[max(0, n.start - 24):n.start].lower())
    if before and before[-1] in _lexicon_set("period_words"):
        return False
    return not set(before[-2:] + _words_after(text, n)) & _lexicon_set("part_words")


def _words_after(text: str, n: NumberMention) -> list[str]:
    """The word right after the number and the word right after its noun ("12 of the", "12 people per day")."""
    after = _WORD.findall(text[n.end:n.end + 60].lower())
    noun = n.noun.lower()
    at = after.index(noun) if noun in after[:5] else -1
    return after[:1] + after[at + 1:at + 2] if at >= 0 else after[:1]


def _is_prose(text: str) -> bool:
    """A running English sentence, not a list of figures ("1 sack, 2 INT, 3 passes"), a label ("Portions:
    1 tsp.") or a sentence in another language ("9 de dezembro")."""
    if len(_LIST_ITEM.findall(text)) >= 3:
        return False
    words = set(_WORD.findall(text.lower()))
    english = len(words & _lexicon_set("english_markers"))
    if words & _lexicon_set("foreign_markers") and english < 2:
        return False
    if english:
        return True
    return text[:1].isupper() and ":" not in text and text.rstrip()[-1:] in (".", "!", "?")


def _phrase(analysis: Analysis, n: NumberMention) -> str:
    """The words from the number to its noun: "north korean soldiers"."""
    text = analysis.document.text
    at = text.find(n.noun, n.end, n.end + 60 + len(n.noun))  # bounded: an unbounded miss reads to the page's end
    if at < 0:
        return ""
    from ..nlp.numbers import singular

    words = _WORD.findall(text[n.end:at + len(n.noun)].lower())
    return " ".join(singular(w) for w in words)


_DATELINE = LazyPattern(r"^[A-Z][A-Z.'’ -]{2,}(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)*)?\s*(?:\([^)]*\)\s*)?[—–-]{1,2}\s*")


def _same_context(analysis: Analysis, sa: Sentence, sb: Sentence, a: NumberMention, b: NumberMention) -> bool:
    from ..corpus.facts import names

    entities_a, entities_b = names(_DATELINE.sub("", sa.text)), names(_DATELINE.sub("", sb.text))
    only_a = [n for n in entities_a if not any(_same_name(n, m) for m in entities_b)]
    only_b = [n for n in entities_b if not any(_same_name(n, m) for m in entities_a)]
    if len(only_a) == len(entities_a) or (only_a and only_b):
        return False
    names_a = {w for n in entities_a for w in n.split()}
    names_b = {w for n in entities_b for w in n.split()}
    if not _dates_compatible(analysis, sa, sb) or _contrasted(sa.text, sb.text):
        return False
    phrase = set(_phrase(analysis, a).split())
    words_a = _content(sa.text) - names_a - phrase
    words_b = _content(sb.text) - names_b - phrase
    return bool(words_a & words_b)


def _same_name(a: str, b: str) -> bool:
    """One name is the other or part of it ("Pelle" and "Sheriff Joe Pelle")."""
    wa, wb = set(a.split()), set(b.split())
    return wa <= wb or wb <= wa


def _contrasted(a: str, b: str) -> bool:
    """The sentences set one of several subjects apart ("the men's team" / "the women's team", "first" / "second")."""
    return _contrast(a) != _contrast(b)


def _contrast(text: str) -> set[str]:
    """The contrast words of ``text`` outside names ("New York" is no "new")."""
    words = _lexicon_set("contrast_words")
    found = set()
    for i, m in enumerate(_WORD.finditer(text)):
        word = m.group(0)
        if (i == 0 or word[0].islower()) and word.lower() in words:
            found.add(word.lower())
    return found


def _dates_compatible(analysis: Analysis, sa: Sentence, sb: Sentence) -> bool:
    try:
        dates = analysis.dates
    except (ImportError, AttributeError, NotImplementedError):
        return True
    va = {d.value for d in analysis.in_sentence(dates, sa) if d.value}
    vb = {d.value for d in analysis.in_sentence(dates, sb) if d.value}
    return not (va and vb) or bool(va & vb)


def _content(text: str) -> set[str]:
    from ..nlp.numbers import singular

    stop = _stop()
    return {singular(w) for w in _WORD.findall(text.lower()) if w not in stop and len(w) > 2}


def _has_change(text: str) -> bool:
    return bool(set(_WORD.findall(text.lower())) & _change_words())


def _stop() -> frozenset[str]:
    from ..nlp.segment import stopwords

    return stopwords("reporting_verbs", "not_names")


@functools.cache
def _change_words() -> frozenset[str]:
    return _lexicon_set("change_words")


@functools.cache
def _lexicon_set(key: str) -> frozenset[str]:
    from ..rules import load_lexicon

    return frozenset(w.lower() for w in load_lexicon("number_units")[key])


__register__ = [internal_number_mismatch]
