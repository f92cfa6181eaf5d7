"""Cross-referencing an article's claims against the corpus: supported, contradicted or unverified.

A claim is a sentence with a checkable quantity (a number with its noun or unit) or a calendar date.
For each, the corpus is searched (search.py), and a candidate counts only when it speaks of the same
thing: it shares the claim's names, counts the same noun in the same unit, or dates the same event
(an event word near the date in both). Hedges and rounding decide agreement (numbers.agree).
A contradiction needs a closer wording than a support: precision over recall.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date

from ..model import Claim, Evidence, NumberMention, Sentence
from ..numbers import agree, describe, is_generic, noun_key, same_quantity, singular
from ..rules import load_lexicon
from ..text import WORD as _WORD
from ..text import stopwords
from . import facts as facts_mod
from .search import Candidate, search

_YEAR = re.compile(r"\b(?:1[89]\d\d|20\d\d)\b")
_DAY_VALUE = re.compile(r"^(?:\d{4}|XXXX)-\d{2}-\d{2}")
CONTRADICTION_SIMILARITY = {"number": 65, "date": 55}


@dataclass(frozen=True, slots=True)
class Mismatch:
    """A value in the article that a corpus sentence about the same thing gives differently."""

    kind: str  # number | date
    start: int
    end: int
    message: str
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class ClaimCheck:
    """One claim sentence, its verdict and the mismatches behind a 'contradicted'."""

    sentence: Sentence
    claim: Claim
    mismatches: tuple[Mismatch, ...] = ()


@dataclass(frozen=True)
class _Side:
    """The comparable content of one side (claim or corpus sentence), offsets relative to ``offset``."""

    text: str
    offset: int
    numbers: tuple[NumberMention, ...]
    dates: tuple[tuple[int, int, str], ...]
    facts: facts_mod.Facts
    when: date | None = None  # the article's dateline, or the corpus document's date

    @functools.cached_property
    def words(self) -> frozenset[str]:
        return frozenset(singular(w) for w in _WORD.findall(self.text.lower()) if len(w) > 2)

    @functools.cached_property
    def years(self) -> frozenset[str]:
        return frozenset(_YEAR.findall(self.text))


def claims(analysis) -> list[Claim]:
    """The article's claims with verdicts and evidence (computed once per analysis)."""
    return [c.claim for c in claim_checks(analysis)]


def claim_checks(analysis) -> list[ClaimCheck]:
    """Claims with their mismatches, shared by the pipeline's claims list and the corpus checks."""
    return analysis.corpus_claims


def check_claim(store, text: str, numbers: list[NumberMention], dates: list[tuple[int, int, str]],
                offset: int = 0, when: date | None = None) -> tuple[str, tuple[Evidence, ...], tuple[Mismatch, ...]]:
    """Verdict, evidence and mismatches for one sentence (mention offsets are ``offset``-based).

    ``when`` is the article's dateline: a running count (killed, wounded, deployed) is compared with a
    corpus figure only from a few days around it, since such figures change from report to report.
    """
    names = facts_mod.Facts(names=tuple(facts_mod.names(text)))
    side = _Side(text, offset, tuple(numbers), tuple(dates), names, when)
    supports: list[Evidence] = []
    contradictions: dict[tuple[int, int], Mismatch] = {}
    supported_spans: set[tuple[int, int]] = set()
    for candidate in search(store, text, limit=10):
        if candidate.similarity < _settings()["min_similarity"]:
            continue
        other = _corpus_side(candidate)
        if not _same_subject(side, other):
            continue
        agreed, disagreed = _compare(side, other, candidate)
        for span in agreed:
            supported_spans.add(span)
        if agreed:
            supports.append(_evidence(candidate))
        for mismatch in disagreed:
            contradictions.setdefault((mismatch.start, mismatch.end), mismatch)
    open_mismatches = tuple(m for span, m in contradictions.items() if span not in supported_spans)
    if open_mismatches:
        evidence = tuple(dict.fromkeys(m.evidence for m in open_mismatches))
        return "contradicted", evidence[:3], open_mismatches
    if supports:
        return "supported", tuple(dict.fromkeys(supports))[:3], ()
    return "unverified", (), ()


def check_claims(analysis) -> list[ClaimCheck]:
    numbers = analysis.numbers
    dates = _article_dates(analysis)
    when = _dateline(analysis)
    out = []
    for sentence in analysis.sentences:
        found = [n for n in analysis.in_sentence(numbers, sentence) if _comparable(n, analysis.document.text)]
        days = [d for d in dates if sentence.start <= d[0] and d[1] <= sentence.end]
        if not found and not days:
            continue
        verdict, evidence, mismatches = check_claim(analysis.corpus, sentence.text, found, days, sentence.start,
                                                    when)
        out.append(ClaimCheck(sentence, Claim(sentence.text, verdict, evidence), mismatches))
    return out


def _dateline(analysis) -> date | None:
    try:
        return analysis.dateline.date
    except (ImportError, AttributeError, NotImplementedError):
        return analysis.options.dateline


def _article_dates(analysis) -> list[tuple[int, int, str]]:
    """Day-precise dates of the article: the date tagger's when it is there, the corpus reader's if not."""
    try:
        mentions = analysis.dates
    except (ImportError, AttributeError, NotImplementedError):
        reference = analysis.options.dateline.isoformat() if analysis.options.dateline else None
        return facts_mod.find_calendar_dates(analysis.document.text, reference)
    text = analysis.document.text
    return [(d.start, d.end, d.value) for d in mentions
            if d.type == "DATE" and d.value and _DAY_VALUE.match(d.value) and _written_out(text[d.start:d.end])]


def _written_out(text: str) -> bool:
    """A calendar date as written ("May 6", "6 May 2025"), not a weekday or "today" the tagger resolved."""
    return bool(facts_mod.find_calendar_dates(text))


def _comparable(n: NumberMention, text: str) -> bool:
    """A total worth comparing: not an ordinal, an aside in brackets ("(37 feet)") or a difference ("5% more")."""
    if n.value is None or n.unit == "ordinal" or text[max(0, n.start - 2):n.start].strip() == "(":
        return False
    after = _WORD.findall(re.split(r"[,;:.!?()]", text[n.end:n.end + 40], maxsplit=1)[0].lower())
    if n.noun and n.noun.lower() in after:
        after = after[after.index(n.noun.lower()) + 1:]
    if after[:1] and after[0] in _difference_words():
        return False
    return n.unit is not None or not is_generic(n.noun)


def _corpus_side(candidate: Candidate) -> _Side:
    facts = facts_mod.decode(candidate.hit.text, candidate.hit.facts)
    return _Side(candidate.hit.text, 0, facts.numbers, facts.dates, facts, _parse_day(candidate.hit.date))


def _parse_day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _same_subject(claim: _Side, other: _Side) -> bool:
    """Both name the same people/places (when both name any) and speak of the same years."""
    if claim.years and other.years and not claim.years & other.years:
        return False
    mine, theirs = claim.facts.name_words, other.facts.name_words
    return not (mine and theirs) or bool(mine & theirs)


def _compare(claim: _Side, other: _Side, candidate: Candidate):
    agreed: list[tuple[int, int]] = []
    disagreed: list[Mismatch] = []
    shared_names = bool(claim.facts.name_words & other.facts.name_words)
    strong = candidate.similarity >= CONTRADICTION_SIMILARITY["number"] and shared_names
    strong_date = candidate.similarity >= CONTRADICTION_SIMILARITY["date"] and shared_names
    for a in claim.numbers:
        matches = [b for b in other.numbers if _same_count(claim, a, other, b)]
        if not matches:
            continue
        if any(agree(a, b) for b in matches):
            agreed.append((a.start, a.end))
        elif (strong and len(matches) == 1 and not _value_present(a, other)
              and _shares_event(claim, other, None, None, ignore=_noun_words(a))
              and (_close_in_time(claim, other) or not _running_count(claim, a, other, matches[0]))):
            disagreed.append(_number_mismatch(a, matches[0], candidate))
    for start, end, value in claim.dates:
        matches = [d for d in other.dates if _same_event(claim, (start, end), other, (d[0], d[1]))]
        if len(matches) != 1:
            continue
        if _same_day(value, matches[0][2]):
            agreed.append((start, end))
        elif strong_date and not any(_same_day(v, matches[0][2]) for _, _, v in claim.dates):
            disagreed.append(_date_mismatch(claim, (start, end, value), matches[0], candidate))
    return agreed, disagreed


def _running_count(claim: _Side, a: NumberMention, other: _Side, b: NumberMention) -> bool:
    """A toll or tally that grows from report to report: killed, wounded, arrested, deployed."""
    running = _running_words()
    if a.noun and noun_key(a.noun) in running:
        return True
    mine = _near_words(claim.text, a.start - claim.offset, a.end - claim.offset, window=40)
    return bool((mine | _near_words(other.text, b.start, b.end, window=40)) & running)


def _close_in_time(claim: _Side, other: _Side) -> bool:
    if claim.when is None or other.when is None:
        return True
    return abs((claim.when - other.when).days) <= int(_settings()["running_count_days"])


def _noun_words(n: NumberMention) -> frozenset[str]:
    return frozenset({singular(n.noun.lower()), noun_key(n.noun)}) if n.noun else frozenset()


def _value_present(a: NumberMention, other: _Side) -> bool:
    """The claim's figure appears in the corpus sentence under another reading ("the 316 he needed")."""
    return any(b.value == a.value and b.unit == a.unit for b in other.numbers)


def _same_count(claim: _Side, a: NumberMention, other: _Side, b: NumberMention) -> bool:
    if not same_quantity(a, b):
        return False
    if a.noun is None:  # a bare percentage or amount: the words around it must be shared
        return _context_overlap(claim, a, other, b) >= 2
    return True


def _context_overlap(claim: _Side, a: NumberMention, other: _Side, b: NumberMention) -> int:
    mine = _near_words(claim.text, a.start - claim.offset, a.end - claim.offset)
    theirs = _near_words(other.text, b.start, b.end)
    return len(mine & theirs)


def _near_words(text: str, start: int, end: int, window: int = 50, keep_stop: bool = False) -> frozenset[str]:
    stop = frozenset() if keep_stop else _content_stop()
    chunk = text[max(0, start - window):start] + " " + text[end:end + window]
    return frozenset(singular(w) for w in _WORD.findall(chunk.lower()) if w not in stop and (keep_stop or len(w) > 2))


def _shares_event(claim: _Side, other: _Side, claim_span, other_span, ignore: frozenset[str] = frozenset()) -> bool:
    """Both use words of one event group, or share a content word that is not a name or a saying verb."""
    if claim_span is None:
        mine, theirs = claim.words, other.words
    else:
        window = _settings()["event_window"]
        mine = _near_words(claim.text, *claim_span, window=window, keep_stop=True)
        theirs = _near_words(other.text, *other_span, window=window, keep_stop=True)
    for group in _event_groups():
        if _uses(mine, group) and _uses(theirs, group):
            return True
    shared = (mine & theirs) - _content_stop() - claim.facts.name_words - other.facts.name_words - ignore
    return any(len(w) > 3 for w in shared)


def _same_event(claim: _Side, claim_span, other: _Side, other_span) -> bool:
    span = (claim_span[0] - claim.offset, claim_span[1] - claim.offset)
    if not (claim.facts.name_words & other.facts.name_words):
        return False
    return _shares_event(claim, other, span, other_span)


def _uses(words: frozenset[str], group: tuple[frozenset[str], ...]) -> bool:
    return any(phrase <= words for phrase in group)


def _same_day(a: str, b: str) -> bool:
    if _partial(a) or _partial(b):
        return a[-5:] == b[-5:]
    return a[:10] == b[:10]


def _partial(value: str) -> bool:
    return value.startswith("XXXX")


def _number_mismatch(a: NumberMention, b: NumberMention, candidate: Candidate) -> Mismatch:
    evidence = _evidence(candidate)
    message = (f"the article says {describe(a)}, the corpus says {describe(b)} "
               f"({_cite(evidence)})")
    return Mismatch("number", a.start, a.end, message, evidence)


def _date_mismatch(claim: _Side, mine: tuple[int, int, str], theirs: tuple[int, int, str],
                   candidate: Candidate) -> Mismatch:
    evidence = _evidence(candidate)
    written = claim.text[mine[0] - claim.offset:mine[1] - claim.offset]
    message = (f"the article dates it '{written}' ({mine[2]}), the corpus gives {theirs[2]} "
               f"({_cite(evidence)})")
    return Mismatch("date", mine[0], mine[1], message, evidence)


def _evidence(candidate: Candidate) -> Evidence:
    return Evidence(text=candidate.hit.text, source=candidate.hit.source, date=candidate.hit.date)


def _cite(evidence: Evidence) -> str:
    return ", ".join(x for x in (evidence.source, evidence.date) if x) or "undated corpus entry"


@functools.cache
def _settings() -> dict:
    return load_lexicon("corpus_words")


@functools.cache
def _running_words() -> frozenset[str]:
    return frozenset(singular(w) for w in load_lexicon("corpus_words")["running_counts"])


@functools.cache
def _difference_words() -> frozenset[str]:
    return frozenset(load_lexicon("corpus_words")["difference_words"])


def _content_stop() -> frozenset[str]:
    return stopwords("reporting_verbs", "months", "not_names")


@functools.cache
def _event_groups() -> tuple[tuple[frozenset[str], ...], ...]:
    groups = []
    for group in load_lexicon("corpus_words")["events"]:
        groups.append(tuple(frozenset(singular(w) for w in str(p).lower().split()) for p in group))
    return tuple(groups)
