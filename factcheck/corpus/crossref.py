"""Cross-referencing an article's claims against the corpus: supported, contradicted or unverified.

A claim is a sentence with a checkable quantity (a number with its noun, unit or scale word) or a date.
For each, the corpus is searched (search.py); a candidate counts only when it speaks of the same thing
(the same names, no other year). Verdicts are per quantity: each claim figure is aligned with the
corpus figure playing the same role (noun and unit, the from/to slot, the period, the words of its
clause, the order of paired figures), and agreement is judged pair by pair from the figures as written
(numbers.agree), so one agreeing figure never outvotes a disagreeing one. A contradiction needs a closer
wording than a support: precision over recall.
"""
from __future__ import annotations

import dataclasses
import difflib
import functools
import itertools
import re
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from ..lazy_pattern import LazyPattern
from ..model import AlignedPair, Claim, Evidence, NumberMention, Sentence
from ..nlp import clock
from ..nlp.headline import stem
from ..nlp.numbers import (PARTITIVE_DETERMINERS, agree, american, closes_apposition, describe, find_numbers,
                           group_counted, hedge_kind, in_seconds, interval, is_generic, is_money, is_ratio, is_span,
                           noun_key, same_measure, same_quantity, scale_word, singular, span_units, spelled_values,
                           spelled_words, time_word)
from ..rules import load_lexicon
from ..nlp.segment import WORD as _WORD
from ..nlp.segment import stopwords
from . import facts as facts_mod
from .search import Candidate, search, similarity
from .subjects import (DECADE, REFERRING, YEAR, Side, alias_keys, in_one_name, institution_heads, names_of, own_names,
                       places, role_heads,
                       relative_month_names, same_subject, shared, subject_shared, written_names, year_spans)

_DAY_VALUE = re.compile(r"^(?:\d{4}|XXXX)-\d{2}-\d{2}|^\d{4}-\d{2}$")
# (two weekdays written out tie at 60: at 55, FNC-1 bodies checked against each other gave four false alarms)
CONTRADICTION_SIMILARITY = {"number": 65, "date": 55, "unnamed": 70, "both_unnamed": 70, "one_date": 80, "anchored": 55,
                            "weekdays": 60, "relative": 75, "other_story": 75}
# how alike (0-100) a sentence must be worded for a distinctive figure it agrees on to back a claim naming no one,
# and for agreeing small counts to tell the same doings (at 58 for contradictions too, FNC-1 gave six false alarms)
SUPPORT_SIMILARITY = 58
# how much more alike (0-100) a sentence giving no day must be worded than one whose day differs to show that day
# is another event's
CLOSER_TELLING = 10


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


def claims(analysis) -> list[Claim]:
    """The article's claims with verdicts and evidence (computed once per analysis)."""
    return [c.claim for c in claim_checks(analysis)]


def claim_checks(analysis) -> list[ClaimCheck]:
    """Claims with their mismatches, shared by the pipeline's claims list and the corpus checks."""
    return analysis.corpus_claims


def check_claim(store, text: str, numbers: list[NumberMention], dates: list[tuple[int, int, str]],
                offset: int = 0, when: date | None = None, story: tuple[str, ...] = (), known: tuple[str, ...] = ()):
    """Verdict, evidence, mismatches and the aligned pairs behind the verdict, for one sentence.

    Each figure of the claim is aligned with the corpus figure playing the same role (same noun or unit,
    same slot, the words around it); a verdict is per figure, so one agreeing figure never outvotes a
    disagreeing one. Supported: a corpus sentence that vouches for the claim agrees on every figure it
    aligns, every figure and written date of the claim is shown, and no figure is left disagreeing.
    Contradicted: a firm mismatch that no agreement from a sentence at least as sure of the claim's
    subject cancels. ``when`` is the article's dateline: a running count (killed, wounded, deployed) is
    compared with a corpus figure only from a few days around it, since such figures change. ``story``: the
    names of the sentence before that names anyone, whom a claim that opens with "The Kalamazoo company"
    or "It" is about. ``known``: the names the article writes, which tell two names that open their
    sentences apart ("Flynn was sworn in" / "Tillerson was sworn in").
    """
    own = tuple(facts_mod.names(text))
    story = tuple(n for n in story if n not in own) if REFERRING.match(text) else ()
    names = facts_mod.Facts(names=own, story=story)
    # (``numbers`` come gapped from check_claims, which gives a bare figure closing a coordinated clause its noun
    # before choosing the figures worth comparing)
    numbers = [_counted_span(n, text, offset) for n in numbers]  # "30 minutes" / "more than an hour"
    side = Side(text, offset, tuple(numbers), tuple(dates), names, when, known)
    supports: list[Evidence] = []
    support_pairs: list[AlignedPair] = []
    contradictions: dict[tuple[int, int], tuple[Mismatch, AlignedPair]] = {}
    # how sure the sentence behind a verdict is about the claim's subject: 2 when it names the claim's
    # subject, 1 when it vouches otherwise; an agreement cancels only a contradiction that is no surer
    contradiction_standing: dict[tuple[int, int], int] = {}
    supported_spans: dict[tuple[int, int], int] = {}
    disputed_spans: set[tuple[int, int]] = set()
    years = [((offset + start, offset + end), year) for start, end, year in year_spans(text, when)]
    told = _told(text, when)  # the claim's months, times of day and numbers in names, read once
    weeks = facts_mod.find_relative_weeks(text, when.isoformat()) if when is not None else []  # "last week"
    ordinals, counts = _ordinals(text), _bare_counts(text, side.figures)  # its places in a series and bare counts
    repeated = {(n.start, n.end) for n in numbers if _repetition(n)}
    vague = {(n.start, n.end) for n in numbers  # orders of magnitude: "millions of"
             if n.upper is not None and n.text.lower().endswith(" of")}
    day_spans = {(start, end) for start, end, _ in dates}
    days_told_alike: set[tuple[int, int]] = set()  # days agreed by a sentence worded alike enough to date
    written_elsewhere: set[tuple[int, int]] = set()
    backing = []  # the sentences that back the claim
    # ... and those whose figures all agree but that do not vouch for the claim alone: next to a backing one,
    # they back the rest of the claim (see below)
    told_beside: list[tuple[Candidate, Side, list[_Aligned]]] = []
    # how alike the closest sentence about the claim's subject that gives no day is worded: one worded much more
    # alike than a sentence whose day differs tells the claim's doings, and the other day is another event's
    # ("On November 8, the women's team practised on the court for the first time" / "The women's team practiced
    # on the court for the first time, while ..." and "The women will debut at Broadview on December 2nd")
    undated = 0.0
    for candidate in search(store, text, limit=10, best_by_terms=int(_settings()["best_by_terms"])):
        other = _corpus_side(candidate)
        if candidate.similarity < _settings()["min_similarity"] and not _keyed(side, other):
            continue
        if not same_subject(side, other) or _other_subject(side, other) or _heads_only(side, other) \
                or _named_apart(side, other):
            # the claim's distinctive figure of a named thing, written by a sentence about someone else: the
            # figure is the corpus's, given to another ("The DNC has offered a $25,000 reward" / "D.C. police
            # have announced a $25,000 reward"), so another sentence's figure contradicts nothing
            written_elsewhere.update((a.start, a.end) for a in side.numbers if _distinctive(a) and _named_thing(a)
                                     and any(same_quantity(a, b) and _equal(a, b) for b in other.numbers))
            continue
        standing = 2 if subject_shared(side, other) else 1
        if not other.dates:
            undated = max(undated, candidate.similarity)
        change = None
        if side.years and other.years:
            # another year: another period, or a changed year (or two years that traded places)
            change = _year_change(side, other, candidate)
        changed = (change[0].start, change[0].end) if change is not None else None
        years_backed = 0  # the claim's years this sentence writes of its subject
        # (or, where neither sentence names anyone, worded nearly alike: "A post in November 2023 spoke of the
        # moral necessity of getting out" / "In November 2023, acebush1 made another post describing ...")
        unnamed_alike = not side.facts.name_words and not other.facts.name_words \
            and candidate.similarity >= CONTRADICTION_SIMILARITY["unnamed"]
        for span, year in years:
            # a sentence about the same subject writes the year too (not for another name: "Greece and
            # Turkey in 1952, Germany in 1955" does not back "Germany joined in 1952"; of a claim's years, not
            # for another event: "reserved for Catholic boys until 1993" / "asked for the honor in 1993")
            if year in other.years and span != changed and (standing == 2 or unnamed_alike) \
                    and (len(years) == 1 and _names_own_subject(side, other)
                         or _year_told_alike(side, span, other, year)) \
                    and _year_placed_alike(side, span, other, year) and not _months_apart(text, other.text, year):
                supported_spans[span] = max(supported_spans.get(span, 0), standing)
                years_backed += 1
        if change is not None:
            span = changed
            disputed_spans.add(span)
            contradictions.setdefault(span, change)
            contradiction_standing[span] = max(contradiction_standing.get(span, 0), standing)
            continue
        for span, ordinal_agrees, change in _ordinal_changes(side, other, candidate, ordinals) \
                + _bare_count_changes(side, other, candidate, counts):
            if ordinal_agrees:  # "a third hostage" written by a sentence about the claim's subject too
                supported_spans[span] = max(supported_spans.get(span, 0), standing)
                continue
            disputed_spans.add(span)  # another place or count where the claim's stands: no proof of it
            if change is not None:
                contradictions.setdefault(span, change)
                contradiction_standing[span] = max(contradiction_standing.get(span, 0), standing)
        if side.years and other.years and not _years_meet(side.years, other.years) \
                and not (side.years_told_ago and other.years_told_ago):
            continue  # (two counts of years back, "three years ago" / "2 years ago", are compared as figures)
        their_told = _told(other.text, other.when)
        # a claim naming no one, worded nearly as the corpus sentence ("Since all-female combat units were set up
        # in June, ..." / "... since the establishment of all female combat units in April"; "Physical classes
        # restarted in January" / "... before physical classes restarted in February": a capitalised first word
        # the corpus writes in lower case is no name), is about its subject
        if standing == 2 or not names_of(side, other)[0] \
                and candidate.similarity >= CONTRADICTION_SIMILARITY["unnamed"]:
            their_months = {month for _, _, month in their_told.months}
            for start, end, month in told.months:
                if month in their_months:  # "in May 2013" written by a sentence naming the claim's subject
                    supported_spans[(offset + start, offset + end)] = standing
            written = {m.group() for m in their_told.designations}
            for m in told.designations:
                if m.group() in written:  # "Flight 2261" written by a sentence naming the claim's subject
                    supported_spans[(offset + m.start("num"), offset + m.end("num"))] = standing
            for t in told.times:
                if any(clock.comparable(t, u) and clock.agree(t, u) for u in their_told.times):  # "at 8:30 pm"
                    supported_spans[(offset + t.start, offset + t.end)] = standing
            for change in (_month_change(side, other, candidate, told, their_told),
                           _season_change(side, other, candidate),
                           _week_change(side, other, candidate, weeks),
                           _bare_month_year_change(side, other, candidate, told, their_told),
                           _time_change(side, other, candidate, told, their_told),
                           _designation_change(side, other, candidate, told, their_told)):
                if change is not None:
                    span = (change[0].start, change[0].end)
                    disputed_spans.add(span)
                    contradictions.setdefault(span, change)
                    contradiction_standing[span] = standing
        if _other_months(told, their_told) or _other_parts_of_year(told, text, their_told, other.text):
            # "380 patients ... in December" / "412 patients ... in January", "$7 million in the fourth quarter" /
            # "$5 million in the third quarter": another period's figures
            continue
        aligned = _compare(side, other, candidate)
        agreeing = bool(aligned) and all(item.agree for item in aligned)
        vouches = _vouches(side, other, candidate, aligned)
        # a sentence telling another thing ("shares fell 5%" / "shares rose 5%") vouches for none of its figures, nor
        # backs the rest of a claim beside another (read only where either may follow)
        told_alike = (vouches or agreeing) and _tells_alike(side, other, candidate, aligned) \
            and not _elsewhere(side, other) and not any(differ(text, other.text) for differ in _TOLD_OTHERWISE)
        vouched = vouches and told_alike
        alike = candidate.similarity >= CONTRADICTION_SIMILARITY["date"]
        for item in aligned:
            if item.agree:
                if vouched:  # agreement from a sentence about something else proves nothing
                    supported_spans[item.span] = max(supported_spans.get(item.span, 0), standing)
                    if alike:
                        days_told_alike.add(item.span)
            else:
                disputed_spans.add(item.span)
                if item.mismatch is not None and not (item.span in day_spans and item.mismatch.kind == "date"
                                                      and undated >= candidate.similarity + CLOSER_TELLING):
                    contradictions.setdefault(item.span, (item.mismatch, item.pair))
                    contradiction_standing[item.span] = max(contradiction_standing.get(item.span, 0),
                                                            standing)
        # (not "suspended three times" alone, nor "millions of" alone in a sentence worded otherwise: "Taking it away
        # from millions of Americans will cost money" / "It's about protecting millions of people ..."; with the
        # claim's years written too it may: "rose up in 2003 ... to kill tens of thousands of civilians")
        if agreeing and vouched and any(item.span not in repeated for item in aligned) \
                and (candidate.similarity >= SUPPORT_SIMILARITY or any(item.span not in vague for item in aligned)
                     or years and years_backed == len(years)):
            supports.append(_evidence(candidate))
            support_pairs.extend(item.pair for item in aligned)
            backing.append(candidate.hit)
        elif not aligned and years and years_backed == len(years) and vouched \
                and _dated_retelling(side, other, when):
            supports.append(_evidence(candidate))
            backing.append(candidate.hit)
        elif agreeing and not vouched and told_alike:
            told_beside.append((candidate, other, aligned))
    # a day agreed only by sentences worded unlike the claim may be another event's ("Since the cancellation on
    # Wednesday"): it cancels no contradiction from one telling the claim's event ("received ... on Thursday")
    open_items = [item for span, item in contradictions.items() if span not in written_elsewhere
                  and (supported_spans.get(span, 0) < contradiction_standing[span]
                       or span in day_spans and span not in days_told_alike)]
    if open_items:
        mismatches = tuple(m for m, _ in open_items)
        evidence = tuple(dict.fromkeys(m.evidence for m in mismatches))
        return "contradicted", evidence[:3], mismatches, tuple(pair for _, pair in open_items)
    # every figure of the claim must be shown, and every written date compared or written in the evidence
    # ("due March 1, 2001" beside a confirmed conversion price is not shown true)
    # ... except a span of time ("over nine months") or a count of times, which the evidence may leave unsaid
    # but not give otherwise
    claimed = {(n.start, n.end) for n in numbers if not _span_of_time(n) and not _repetition(n)}
    for candidate, other, aligned in told_beside:
        # the rest of the claim told by the sentence next to one that backs it, in the same source ("At least two
        # people were killed and more than 80 wounded" / "... an attack on Kyiv that killed at least two people,
        # Zelenskyy said" and, next, "At least 83 people were wounded in the attack."): the story's own telling,
        # of the figure's own name where the claim gives it one (not "Perón holds the record with 1,136 godsons" /
        # "The president with most godsons was Juan Perón, who had 1,982" and, next, "Carlos Menem, who had 1,136")
        if any(_next_to(candidate.hit, hit) for hit in backing) \
                and any(item.span not in supported_spans for item in aligned) \
                and not any(item.span in disputed_spans for item in aligned) \
                and all(_owner_named(side, item.span[0], other) for item in aligned):
            for item in aligned:
                supported_spans.setdefault(item.span, 1)
            supports.append(_evidence(candidate))
            support_pairs.extend(item.pair for item in aligned)
    unshown = [d for d in dates if (d[0], d[1]) not in supported_spans
               and not any(_written_in(text[d[0] - offset:d[1] - offset], e.text) or _dated_in(d[2], e)
                           for e in supports)]
    if supports and not (disputed_spans - supported_spans.keys()) and claimed <= supported_spans.keys() \
            and not unshown:
        return "supported", tuple(dict.fromkeys(supports))[:3], (), tuple(dict.fromkeys(support_pairs))
    return "unverified", (), (), ()


def check_statement(store, text: str, offset: int = 0, story: tuple[str, ...] = (),
                    written: frozenset[str] = frozenset(),
                    days: tuple[tuple[str, str], ...] = (), known: tuple[str, ...] = (),
                    when: date | None = None) -> tuple[Evidence, ...]:
    """Evidence for a sentence with no figure or date to compare that a corpus sentence retells closely ("A
    federal appeals court has restored Charles Keating's state convictions" / "... has reinstated his state
    convictions"): worded alike, about the same names (every name of the claim in it or its story), negated
    alike, and writing the sentence's other figures (``written``: "Har-Shefi, 22,") and the months it names
    as it does (not "whose August death" for "The group's July video"). A statement is never contradicted:
    only figures and dates are compared. A question asserts nothing to back. ``days``: the days the sentence
    names, as written and resolved ("next Tuesday", "2015-03-10"); a corpus sentence dating it to another
    day ("will be announced March 9") does not retell it (the same weekday named on both sides does).
    ``when``: the article's date. ``known``: the names the article writes; a sentence naming no one that speaks
    of a "he" or "she", whose story names no one the corpus sentence names, is about whom the article names that
    the corpus sentence names ("He is recovering from cuts and bruises" after a sentence naming the Croatian Times
    / "Vorozhbitsyn suffered cuts and bruises ... and is now recovering")."""
    if _QUESTION.search(text):
        return ()
    # an opening "As of Friday," dates what the sentence tells (its day is checked with ``days``); the rest is
    # what a corpus sentence must retell ("As of Friday, Annan had no trip planned" / "Annan has no trip planned
    # so far", in Friday's wire)
    as_of = _AS_OF_OPENER.match(text)
    core = text[as_of.end():] if as_of else text
    own = tuple(facts_mod.names(core))
    story = tuple(n for n in story if n not in own) if REFERRING.match(core) else ()
    told = Side(core, offset + len(text) - len(core), (), (), facts_mod.Facts(names=own, story=story))
    known_words = tuple((name, facts_mod.Facts(names=(name,)).name_words) for name in known)
    article_words = frozenset().union(*(words for _, words in known_words))
    told_years = _years_told_from(core, when)
    found = []
    for candidate in search(store, text, limit=5):
        if as_of:
            candidate = dataclasses.replace(candidate, similarity=max(candidate.similarity,
                                                                      similarity(core, candidate.hit.text)))
        if candidate.similarity < _settings()["statement_similarity"]:
            continue
        other = _corpus_side(candidate)
        if other.dates and not all(_day_told(written, value, other) for written, value in days):
            continue
        if not told_years <= other.years:
            continue  # "was adopted last year", in a 2014 article, / "This year, ... adopted", in a 2014 wire
        side = _told_of_person(told, other, known_words)
        mine, theirs = names_of(side, other)
        mine = frozenset(w for w in mine if not facts_mod.is_legal_form(w))  # "Inc." names no one
        if not mine:
            # a sentence naming no one is about whom its story names ("The company plans ..."); with no story
            # in common, only a corpus sentence naming no one either, in nearly the same words, retells it
            # ("That same day, his name on the site was crossed out" / "His name on the Web site was crossed
            # out that same day")
            # ... or, less alike, one whose story names whom the article names ("Doctors are looking into whether the
            # anaesthetic was given properly", in an article naming Iga Jasica, / "Doctors are also investigating
            # whether the anaesthetic was properly applied", in a story of Iga Jasica)
            alike = candidate.similarity >= STATEMENT_VERBATIM or candidate.similarity >= STATEMENT_STORY \
                and bool(other.facts.story_words & article_words)
            if alike and not own_names(other, side) \
                    and _covered(side, other, candidate.similarity, own_words=False) \
                    and _retold_alike(side, other, written, when):
                found.append(_evidence(candidate))
            continue
        if mine and _names_written(side, other, mine, theirs, own) and subject_shared(side, other) \
                and not _another_body(text, other.text) and not _named_apart(side, other) \
                and _covered(side, other, candidate.similarity) \
                and _retold_alike(side, other, written, when) \
                and all(_year_placed_alike(side, (offset + m.start(), offset + m.end()), other, m.group())
                        for m in YEAR.finditer(text)):
            found.append(_evidence(candidate))
    return tuple(found[:3])


def _years_told_from(text: str, when: date | None) -> frozenset[str]:
    """The years a statement names from its date ("last year", "this year", "next year"), resolved: a corpus
    sentence retelling it must give the same year, written or named from its own date."""
    if when is None:
        return frozenset()
    return frozenset(y for start, end, y in year_spans(text, when) if text[start:end].lower().endswith(" year"))


def _names_written(side: Side, other: Side, mine: frozenset[str], theirs: frozenset[str],
                   own: tuple[str, ...]) -> bool:
    """Every name of the claim (``mine``, ``theirs``: both sides' names as names_of gives them; ``own``: the
    names the claim writes itself) is in the corpus sentence, as a name or a word ("Northern Ireland" /
    "northern Ireland"); initials and alias keys stand for the words they are made of."""
    own_words = mine & side.facts.name_words  # its story names whom it is about; they need not be written
    # (a word may be written inside a hyphenated one: "Vice-president-elect Mary Munive" / "the
    # vice-president-elect, Mary Munive")
    written_words = other.words | {part for w in other.words if "-" in w for part in w.split("-")}
    # (and a name its relative clause writes is a fact it tells: "which includes the Osney Housing Trust")
    own_words |= side.aside_names - side.facts.story_words
    missing = {w for w in own_words - shared(own_words, theirs)
               if not w.startswith(("^", "@")) and w not in written_words}
    # a name that is only a title ("the House", "the Senate") names a body the corpus sentence must write
    missing.update(n for n in own if n in facts_mod.title_words() and singular(n) not in other.words)
    return not _names_missing(side, other, missing)


_AS_OF_OPENER = re.compile(r"As\s+of\s+[^,\d]{1,30},\s*")


_PERSON_PRONOUN = re.compile(r"\b(?:he|she|him|her|his)\b", re.I)


def _told_of_person(side: Side, other: Side, known: tuple[tuple[str, frozenset[str]], ...]) -> Side:
    """The statement's side, its story the article's names that the corpus sentence names when it names no one,
    speaks of a "he" or "she" ("She will wait", "spare his life") and its own story shares no name with the
    corpus sentence. ``known``: each name the article writes with its name words."""
    if side.facts.names or not _PERSON_PRONOUN.search(side.text) \
            or shared(side.facts.story_words, other.facts.name_words):
        return side
    named = tuple(name for name, words in known if shared(words, other.facts.name_words))
    return Side(side.text, side.offset, (), (), facts_mod.Facts(names=(), story=named)) if named else side


def _retold_alike(side: Side, other: Side, written: frozenset[str], when: date | None = None) -> bool:
    """A corpus sentence worded alike tells what the statement tells: denied alike, nothing told otherwise
    (_STATEMENT_OTHERWISE), the statement's other figures written and told as the same quantities, no other
    amount in words, and its months named (``when``: the article's date, which a month named from it needs)."""
    text = side.text
    return _negated_alike(text, other.text) and not any(differ(text, other.text) for differ in _STATEMENT_OTHERWISE) \
        and all(_figure_written(figure, other.text.lower()) or figure in other.years for figure in written) \
        and _figures_told_alike(side, other) and not _quantity_reworded(text, other) and _months_told(text, other, when)


def _day_told(written: str, value: str, other: Side) -> bool:
    """The corpus sentence dates something to the day the claim names: the same day, or the same weekday
    named on both sides ("set for Thursday afternoon" / "an announcement Thursday afternoon")."""
    weekday = _named_weekday(written)
    return any(_same_day(value, theirs) or _same_weekday(written, value, theirs)
               or weekday is not None and weekday == _named_weekday(other.text[start:end])
               for start, end, theirs in other.dates)


_QUESTION = re.compile(r"\?[\"'”’)\]]*\s*$")  # "What are 'tempting' eyes?", "... to this story?”"


def _qualified_otherwise(text: str, other: str) -> bool:
    """The claim writes a word of a pair of opposed qualifiers where the corpus sentence writes the other
    ("Under the state complaint, Kopp also faces a fine of up to $250,000" / "The federal charge also carries a
    fine of up to $250,000"; rules/lexicons/corpus_words.yaml opposed_qualifiers): another thing."""
    return _qualifiers_opposed(set(_HYPHENATED.findall(text.lower())), set(_HYPHENATED.findall(other.lower())))


def _qualifiers_opposed(mine: set[str] | frozenset[str], theirs: set[str] | frozenset[str]) -> bool:
    """One set of words holds a word of a pair of opposed qualifiers and the other its opposite, and neither
    holds both."""
    return any(x in mine and y in theirs and x not in theirs and y not in mine
               for first, second in _opposed_qualifiers() for x, y in ((first, second), (second, first)))


_HYPHENATED = re.compile(r"[a-z']+(?:-[a-z]+)*")  # "pre-tax" as one word, as the lexicon writes it


@functools.cache
def _opposed_qualifiers() -> tuple[tuple[str, str], ...]:
    return tuple((str(a).lower(), str(b).lower()) for a, b in load_lexicon("corpus_words")["opposed_qualifiers"])


def _another_body(text: str, other: str) -> bool:
    """Each sentence has a body speak or act before its verb of saying, and the claim's is one the corpus
    sentence never writes ("The Gauteng police said" / "The Gauteng education department said";
    rules/lexicons/attribution_institutions.yaml heads), or the corpus sentence's teller is a lay source of
    rules/lexicons/corpus_words.yaml ("One relative said", "a neighbour told reporters")."""
    their_teller = _words_before_saying(other)
    mine, theirs = _bodies_among(_words_before_saying(text)), _bodies_among(their_teller)
    if not mine or _ANY_BODY & (mine | theirs):
        return False  # "the authorities" may be any of them ("Prosecutors ... say" / "the authorities ... say")
    if not theirs and not (their_teller and singular(their_teller[-1]) in _lay_sources()):
        return False  # ... and one telling with no body may be telling the body's account ("he said")
    # (a body against a lay source: "Police said he had a gunshot wound" / "One relative said ... a gunshot wound")
    written = {_synonym(w) for w in _WORD.findall(other.lower())}
    return not {_synonym(w) for w in mine} & written  # "the Japanese company says" / "the Japanese firm says"


_ANY_BODY = frozenset(("authority", "authorities"))


@functools.cache
def _lay_sources() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_lexicon("corpus_words")["lay_sources"])


def _words_before_saying(text: str) -> list[str]:
    """The words, lower-cased, before a sentence's first verb of saying (none when it has no such verb)."""
    words = [w.lower() for w in _WORD.findall(text)]
    saying = _saying_words()
    cut = next((k for k, w in enumerate(words) if w in saying), 0)
    return words[:cut]


def _bodies_among(words: list[str]) -> frozenset[str]:
    """The institution heads ("police", "department") among the words (those before a verb of saying)."""
    return frozenset(singular(w) for w in words if not facts_mod.is_legal_form(w)) & institution_heads()


def _names_missing(claim: Side, other: Side, missing: set[str]) -> bool:
    """Name words of the claim that the corpus sentence does not write, beyond a person's given name beside a
    surname it writes ("Louis Freeh" / "Louie Freeh", "Daniel Simone" / "Simone"), another form of one word
    ("Argentine" / "Argentinian") and a capitalised first word ("Rather than resign, Sununu ...")."""
    theirs = other.words | other.facts.name_words
    opener = claim.text.split(None, 1)[0].strip(",.;:").lower() if claim.text.strip() else ""
    their_aliases = set().union(*map(_aliases, other.facts.name_words | other.facts.story_words))
    # a whole name of one alias group ("the United States" / "the U.S.") writes each of its words
    aliased = {singular(w) for name in claim.facts.names if _aliases(name) & their_aliases for w in name.split()}
    for word in missing - aliased:
        if word == opener or len(word) >= 6 and any(w[:6] == word[:6] for w in theirs if len(w) >= 6):
            continue
        if word.rstrip(".") + "." in theirs or word.rstrip(".") in theirs or _abbreviated(word, theirs, other.text):
            continue  # an initial or abbreviation written with its period or without ("James C Kopp of St Albans"),
            # or the word abbreviated ("Police Department" / "Police Dept.")
        if any(word in name.split()[:-1] and singular(name.split()[-1]) in theirs
               and (word in _given_names() or _surname_alone(name.split()[-1], other))
               for name in claim.facts.names):
            continue
        if _aliases(word) & their_aliases:
            continue  # "the U.S. State Department" / "the US State Department": one alias group
        if word in places() and _country_of_office(claim.text, word, theirs) \
                and not (theirs & places()) - claim.words - claim.facts.name_words:
            continue  # (not where the corpus sentence gives the office to another country: "Russian President")
        return True
    return False


def _country_of_office(text: str, word: str, theirs: set[str] | frozenset[str]) -> bool:
    """The country or people ``word`` is written before a title and a person's name the corpus sentence writes
    ("Russian President Boris Yeltsin" / "President Boris Yeltsin"): it tells whose office it is, which the person's
    name already ties to one person; a country the corpus sentence does not write otherwise is no other subject."""
    for m in _COUNTRY_TITLE.finditer(text):
        if singular(m.group("country").lower()) != word:
            continue
        words = m.group("rest").split()
        titles = list(itertools.takewhile(lambda w: w.lower().rstrip(",") in facts_mod.title_words(), words))
        person = [w.strip(",").lower() for w in words[len(titles):]]
        if titles and person and any(singular(w) in theirs for w in person):
            return True
    return False


# a capitalised word, a possessive aside, before a run of capitalised words ("Russian President Boris Yeltsin")
_COUNTRY_TITLE = re.compile(r"\b(?P<country>[A-Z][\w.]*?)(?:'s|’s)?\s+(?P<rest>(?:[A-Z][\w.'’-]*\s+)*[A-Z][\w.'’-]*)")


def _abbreviated(word: str, theirs: set[str] | frozenset[str], text: str) -> bool:
    """The other side (its name words ``theirs``, its ``text``) writes ``word`` abbreviated with a period: two
    letters or more of it, in order, from its first ("Dept." for "department", "Calif." for "california")."""
    for abbreviation in theirs:
        letters = abbreviation.rstrip(".")
        if len(letters) >= 2 and letters.isalpha() and letters[0] == word[:1] and len(letters) < len(word) \
                and re.search(rf"\b{re.escape(letters)}\.", text, re.I):
            rest = iter(word)
            if all(letter in rest for letter in letters):
                return True
    return False


def _surname_alone(surname: str, other: Side) -> bool:
    """The corpus sentence writes the surname with no given name before it ("Berger" for "Sandy Berger"; not
    "Feng Lung" for "Fan Lung")."""
    return not any(len(name.split()) > 1 and name.split()[-1] == surname for name in other.facts.names)


@functools.cache
def _aliases(word: str) -> frozenset[str]:
    """The alias groups (rules/lexicons/aliases.yaml) one name word belongs to on its own ("u.s", "us": @0)."""
    return alias_keys(word.rstrip("."))


@functools.cache
def _given_names() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_lexicon("names")["given_names"])


def _quantity_reworded(text: str, other: Side) -> bool:
    """The claim puts a word of quantity or time where the corpus sentence has a figure it does not write ("a
    fortnight before the shooting" / "ten days before the shooting"): another amount, not a retelling; or the
    two write other count words ("he will lose both of his eyes" / "he will lose one of his eyes"), other
    ordinals ("the third time" / "the second time") or other words of quantity ("hundreds" / "thousands")."""
    if _multiplied_otherwise(text, other.text) or _writes_other(text, other.text, _count_words()) \
            or _writes_other(text, other.text, _ordinal_words()):
        return True  # "tripled" / "doubled", "both" / "one", "the third time" / "the second time"
    mine = {w.lower() for w in _WORD.findall(text)}
    theirs = {w.lower() for w in _WORD.findall(other.text)}
    if not (mine - theirs) & _quantity_words():
        return False
    mine_q = {singular(w) for w in mine & _quantity_words()}
    theirs_q = {singular(w) for w in theirs & _quantity_words()}
    if mine_q - theirs_q and theirs_q - mine_q and mine & _VAGUE_COUNTS and theirs & _VAGUE_COUNTS:
        return True  # "hundreds of years old" / "thousands of years old", "a couple of weeks" / "a couple days"
    lowered = text.lower()
    return any(n.value is not None and n.text.lower() not in lowered for n in other.numbers)


_VAGUE_COUNTS = frozenset(("couple", "several", "few", "many", "handful", "dozens", "scores", "hundreds", "thousands",
                           "millions", "billions"))  # counts that a figure does not write


@functools.cache
def _count_words() -> frozenset[str]:
    """Numbers written as words ("one", "twelve") and the words that count like them ("both", "single")."""
    return spelled_words() | frozenset(load_lexicon("corpus_words")["count_words"])


def _writes_other(text: str, other: str, words: frozenset[str], key=lambda w: w) -> bool:
    """Each sentence writes some of ``words`` (lowercased), and not the same ones (by ``key``): "both" /
    "one", "the third time" / "the second time"."""
    mine, theirs = _written_among(text, words, key), _written_among(other, words, key)
    return bool(mine) and bool(theirs) and mine != theirs


def _written_among(text: str, words: frozenset[str], key=lambda w: w) -> set[str]:
    """The words of ``words`` the text writes, lowercased (by ``key``)."""
    return {key(w.lower()) for w in _WORD.findall(text) if w.lower() in words}


def _multiplied_otherwise(text: str, other: str) -> bool:
    """The two sentences write other multiplying words ("tripled" / "doubled"; by stem: "tripled" is
    "triples")."""
    return _writes_other(text, other, _multiplier_words(), stem)


@functools.cache
def _multiplier_words() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_lexicon("corpus_words")["multiplier_words"])


@functools.cache
def _ordinal_words() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_lexicon("corpus_words")["ordinal_words"])


@functools.cache
def _quantity_words() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_lexicon("corpus_words")["quantity_words"])


STATEMENT_WORDS = 5  # content words a statement needs to say something
STATEMENT_FEW = 3  # ... or these, every one held by a corpus sentence at least STATEMENT_CLOSE alike
STATEMENT_VERBATIM = 80  # how alike (0-100) a sentence naming no one must be to the corpus sentence retelling it
STATEMENT_STORY = 65  # ... or to one from a story naming whom its article names
STATEMENT_COVER = 0.7  # the share of them the corpus sentence must hold
STATEMENT_NEAR = 75  # ... or, from a corpus sentence at least this alike (0-100),
STATEMENT_COVER_NEAR = 0.66  # this share ("Castro has argued that a person can be a Communist and a Christian")
STATEMENT_CLOSE = 85  # ... or, from one at least this alike,
STATEMENT_COVER_CLOSE = 0.6  # this share
STATEMENT_COVER_LOOSE = 0.6  # ... or, at any likeness, this share of all its words and of what it tells (_covered)


def _covered(claim: Side, other: Side, similarity: float = 0.0, own_words: bool = True,
             share: float | None = None) -> bool:
    """The claim says something (STATEMENT_WORDS content words at least, not "Joan Rivers." or "Post by MORE
    FM") and most of its words are the corpus sentence's (a close retelling, not a sentence about more); a
    retelling worded very closely overall may put more of its own words ("was put off when Manson fell ill" /
    "was postponed when Manson became ill"), unless ``own_words`` is False (a sentence naming no one, tied to
    the corpus sentence by its wording alone)."""
    words = claim.words - _retelling_stop()
    # a light verb or particle ("had gone to" / "travelled to") counts towards saying something, but a retelling
    # need not hold it (rules/lexicons/corpus_words.yaml: retelling_light_words)
    light = stopwords("retelling_light_words")
    # (or a share of its own: a claim tied by the years it agrees on)
    cover = share if share is not None else STATEMENT_COVER if not own_words \
        else STATEMENT_COVER_CLOSE if similarity >= STATEMENT_CLOSE \
        else STATEMENT_COVER_NEAR if similarity >= STATEMENT_NEAR else STATEMENT_COVER
    # "financed" / "funded", "postponed" / "put off"; "came back from hospital" / "returned from hospital"
    theirs = {_synonym(w) for w in other.words} | {_synonym(w) for w in _phrasal_meanings(other.text).values()}
    mine = _phrasal_meanings(claim.text)
    # ... and a word of the same family ("education" / "educational", "schedule" / "scheduled"), not a name's
    families = {_family(w) for w in other.words}
    # ... and the parts of a word written with hyphens ("ear, nose and throat doctor" / "ear-nose-throat doctor")
    parts = {p for w in other.words if "-" in w for p in w.split("-")}
    # ... and another form of an irregular verb ("had written to Fernandez" / "wrote Fernandez a letter")
    bases = _irregular_bases()
    their_bases = {bases.get(w, w) for w in other.words}
    # ... and the words an acronym stands for, either way round ("initial public offering" / "IPO")
    spelled = _acronym_words(claim.text, other.text)
    held = {w for w in words if w in other.words or _synonym(w) in theirs or w in mine and _synonym(mine[w]) in theirs
            or w not in claim.facts.name_words and _family(w) in families or w in parts
            or bases.get(w, w) in their_bases or w in spelled}
    # a light word held counts, one changed does not, unless it is part of a phrasal verb ("came back": "return")
    weighed = {w for w in words if w in held or w not in light or w in mine}
    if len(words) < STATEMENT_WORDS:
        # a short statement ("Lin has denied any infidelity") says something when a close retelling about as
        # short holds every one of its words, at least STATEMENT_FEW of them (not a long sentence it is a part of)
        theirs_count = len(other.words - _retelling_stop())
        return len(words) >= STATEMENT_FEW and held == weighed and similarity >= STATEMENT_CLOSE \
            and theirs_count <= 2 * len(words)
    if len(held) >= cover * len(weighed):
        return True
    # a looser retelling (STATEMENT_COVER_LOOSE of the words, a changed light word counting against it: "have since
    # gone into hiding near Enugu" / "have now returned safely to Enugu") holds something besides names ("Harlan
    # Pipe Inc. is selling bonds" / "Harlan Pipe Inc. said it will close two plants"), gives the act to someone of
    # the same role ("Indonesia's transport minister ordered an immediate review" / "Indonesian President Joko
    # Widodo ordered an immediate review"), and holds as much of what the claim tells, not counting how it
    # describes whom it names ("Kelli Conlin, who runs Naral's New York State affiliate, said the group had already
    # bought more air time" / "The advertisement, said Kelli Conlin, the executive director of the New York State
    # affiliate of Naral, is intended to ...")
    if share is not None or not own_words or len(held) < STATEMENT_COVER_LOOSE * len(words) \
            or _roles_differ(claim.text, other.text) \
            or all(w in claim.facts.name_words or facts_mod.is_legal_form(w) for w in held):
        return False
    # ... and holds the head of a subject the claim opens with ("The raid is believed to have injured the leader of
    # ISIS Abu Bakr al-Baghdadi" is not retold by "New photo of ISIS leader Abu Bakr Al-Baghdadi")
    # (not a body or role that stands for a name the corpus sentence may write instead: "The company has announced"
    # / "This week SDK announced")
    subject = _SUBJECT_HEAD.match(claim.text)
    head = singular(subject.group(1).lower()) if subject is not None else None
    if head is not None and head not in held and head not in institution_heads() and head not in role_heads():
        return False
    told = _told_words(claim.text)
    return told is None or len(held & told) >= STATEMENT_COVER_LOOSE * len(words & told)


# a subject of up to three lower-case words after a determiner, its head right before a verb ("The raid is", "The
# first image was")
_SUBJECT_HEAD = re.compile(r"(?:The|A|An|This|That|These|Those|Its|His|Her|Their)\s+(?:[a-z][a-z-]*\s+){0,2}?"
                           r"([a-z]{3,})\s+(?:is|was|were|are|has|had|have|will|would|could|can|may|might|did|does)\b")


# a description set off by commas: a relative clause ("Kelli Conlin, who runs Naral's New York State affiliate,
# said") or an apposition after a name ("Prince Bandar bin Sultan, the Saudi ambassador in Washington, warned")
_DESCRIPTION = re.compile(r"(?<=\w),\s+(?P<relative>(?:who|whom|whose|which)\b[^,;]*)(?:,|$)"
                          r"|\b[A-Z][\w'’.-]*,\s+(?P<apposed>(?:the|a|an)\s[^,;]{1,60}?)(?:,|$)")


def _told_words(text: str) -> frozenset[str] | None:
    """The words of what a sentence tells, without the descriptions of whom it names (``_DESCRIPTION``): a
    retelling must hold what they did, not only who they are ("Prince Bandar bin Sultan, the Saudi ambassador in
    Washington, warned that an embargo could push America into a depression" is not retold by "..., Prince Bandar
    bin Sultan, the Saudi ambassador to Washington, said over the weekend"). None when it describes no one."""
    spans = [m.span("relative") if m.group("relative") else m.span("apposed") for m in _DESCRIPTION.finditer(text)]
    if not spans:
        return None
    rest, last = [], 0
    for start, end in spans:
        rest.append(text[last:start])
        last = end
    rest.append(text[last:])
    return frozenset(singular(w) for w in _WORD.findall(" ".join(rest).lower()) if len(w) > 2)


_ACRONYM = re.compile(r"\b[A-Z]{2,5}\b")
_RUN_SKIP = frozenset(("of", "and", "for", "the", "&"))


def _acronym_words(text: str, other: str) -> frozenset[str]:
    """The words of ``text`` that an acronym ``other`` writes stands for ("initial public offering" for
    "IPO"), and the acronyms of ``text`` whose words ``other`` writes out, in lower case."""
    out: set[str] = set()
    for acronyms, words_text, own in ((set(_ACRONYM.findall(other)), text, True),
                                      (set(_ACRONYM.findall(text)), other, False)):
        if not acronyms:
            continue
        words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", words_text) if w.lower() not in _RUN_SKIP]
        for acronym in acronyms:
            n = len(acronym)
            for i in range(len(words) - n + 1):
                run = words[i:i + n]
                if "".join(w[0] for w in run).upper() != acronym:
                    continue
                if own:
                    out.update(singular(w.lower()) for w in run)
                else:
                    out.add(singular(acronym.lower()))
    return frozenset(out)


@functools.cache
def _irregular_bases() -> dict[str, str]:
    """Each form of an irregular verb (rules/lexicons/irregular_verbs.yaml) to its base: "wrote", "written":
    "write"."""
    out = {}
    for base, forms in load_lexicon("irregular_verbs")["verbs"].items():
        for form in [base] + [f.strip() for f in str(forms).split(",")]:
            out.setdefault(form.lower(), str(base).lower())
    return out


_FAMILY = 6  # letters two words of one family share at the start, each at least one letter longer


def _family(word: str) -> str:
    """The opening letters that a long word shares with the words of its family ("educat" of "education" and
    "educational"); a short word stands for itself."""
    return word[:_FAMILY] if len(word) > _FAMILY else word


def _phrasal_meanings(text: str) -> dict[str, str]:
    """Each word of a phrasal verb of rules/lexicons/corpus_words.yaml (phrasal_verbs) in the sentence, with the
    one word the phrase stands for ("came" and "back" of "came back": "return")."""
    pattern, meaning = _phrasal_verbs()
    return {singular(w): meaning[" ".join(phrase.split())]
            for phrase in pattern.findall(text.lower()) for w in phrase.split()}


@functools.cache
def _phrasal_verbs() -> tuple[re.Pattern, dict[str, str]]:
    meaning = {str(form).lower(): str(word).lower()
               for word, forms in load_lexicon("corpus_words")["phrasal_verbs"].items() for form in forms}
    forms = sorted(meaning, key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(re.escape, form.split())) for form in forms)
    return re.compile(rf"\b(?:{alternatives})\b"), meaning


@functools.cache
def _retelling_stop() -> frozenset[str]:
    """Words a retelling need not hold: function words, verbs of saying, months and the retelling_stopwords
    of rules/lexicons/corpus_words.yaml (pronouns, "once", "soon")."""
    return _content_stop() | stopwords("retelling_stopwords")


def _synonym(word: str) -> str:
    """The word's group in rules/lexicons/corpus_words.yaml's synonyms, by its stem; else its stem."""
    key = stem(american(word[:-2] if word.endswith("ly") and len(word) > 5 else word))  # "criminally" / "criminal"
    return _synonym_groups().get(key, key)


@functools.cache
def _synonym_groups() -> dict[str, str]:
    groups = {}
    for group in load_lexicon("corpus_words")["synonyms"]:
        words = [stem(str(w).lower()) for w in group]
        groups.update((w, words[0]) for w in words)
    return groups


def _opposed(text: str, other: str, moves_only: bool = False) -> bool:
    """One sentence says what the other says the opposite of ("accepted" / "rejected", "rose" / "fell"):
    the opposing predicates of rules/lexicons/predicates_opposing.yaml and the opposed words of
    corpus_words.yaml (``moves_only``: only the predicates judged on the subject alone, "rose" / "fell", which
    hold whatever figures follow)."""
    mine, theirs = _words_of(text), _words_of(other)
    pairs = tuple((positive, negative) for positive, negative, objects in _opposing_pairs(moves_only)
                  if objects is None or objects & mine and objects & theirs)
    return _opposite_written(mine, theirs, pairs)


def _opposite_written(mine: frozenset[str], theirs: frozenset[str],
                      pairs: tuple[tuple[frozenset[str], frozenset[str]], ...]) -> bool:
    """One sentence's words hold one side of a pair and the other's the opposite side, which does not also
    write the first."""
    return any((positive & mine and negative & theirs and not positive & theirs) or
               (negative & mine and positive & theirs and not negative & theirs)
               for positive, negative in pairs)


def _opposed_acts(text: str, other: str) -> bool:
    """One sentence does to a thing what the other says the opposite of, the thing written right after
    each verb ("Radnor won the final 52-48" / "Radnor lost the final 52-48", "held rates at 3%" / "raised
    rates to 3%"; not "lost $92.2 million" against a "won" elsewhere): the opposing predicates of
    rules/lexicons/predicates_opposing.yaml that name their objects, which a figure's verb may carry."""
    mine, theirs = _WORD.findall(text.lower()), _WORD.findall(other.lower())
    for positive, negative in _opposing_acts():
        if (_acts(mine, positive) and _acts(theirs, negative) and not _acts(theirs, positive)) or \
                (_acts(mine, negative) and _acts(theirs, positive) and not _acts(theirs, negative)):
            return True
    return False


def _acts(words: list[str], act: tuple[frozenset[str], frozenset[str]]) -> bool:
    """A form of the verb followed within four words by one of its objects ("won the final")."""
    forms, objects = act
    firsts = {form.split()[0] for form in forms}
    return any(" ".join(words[k:k + n]) in forms and objects.intersection(words[k + n:k + n + 4])
               for k, word in enumerate(words) if word in firsts for n in (1, 2, 3))


@functools.cache
def _opposing_acts() -> tuple[tuple[tuple[frozenset[str], frozenset[str]], ...], ...]:
    """The opposing pairs with objects, each side as (forms, objects); a side with no objects of its own
    takes the other's ("won" the "final" that can be "lost")."""
    acts = []
    for pair in load_lexicon("predicates_opposing")["pairs"]:
        mine, theirs = _forms(pair.get("positive_objects")), _forms(pair.get("negative_objects"))
        if pair.get("intransitive") or not (mine or theirs):
            continue
        acts.append(((_forms(pair["positive"]), mine or theirs), (_forms(pair["negative"]), theirs or mine)))
    return tuple(acts)


def _forms(words) -> frozenset[str]:
    """A lexicon list of word forms, lowercased (none for a list left out)."""
    return frozenset(str(w).lower() for w in words or ())


def _officers_differ(text: str, other: str) -> bool:
    """Each sentence gives what it tells to another officer of one body ("Arden Telecom's chief executive
    earned $4.2 million" / "Arden Telecom's chairman earned $4.2 million"), and neither names the other's:
    two people."""
    mine, theirs = _officers(text), _officers(other)
    return bool(mine) and bool(theirs) and not mine & theirs \
        and not mine & _words_of(other) and not theirs & _words_of(text)


def _officers(text: str) -> frozenset[str]:
    """The role heads written right after a possessive ("the company's chief executive": chief, executive)."""
    found = set()
    for m in _POSSESSED.finditer(text):
        for word in m.group(1).lower().split():
            if word not in role_heads():
                break
            found.add(word)
    return frozenset(found)


def _roles_differ(text: str, other: str) -> bool:
    """Each sentence gives what it tells to someone by a role the other never writes ("Indonesia's transport
    minister ordered an immediate review" / "Indonesian President Joko Widodo ordered an immediate review"): two
    people, however alike the rest (rules/lexicons/role_titles.yaml role_heads)."""
    mine, theirs = role_heads() & _words_of(text), role_heads() & _words_of(other)
    return bool(mine) and bool(theirs) and not mine & theirs


_POSSESSED = re.compile(r"['’]s\s+((?:[A-Za-z]+\s+){0,2}[A-Za-z]+)")


def _words_of(text: str) -> frozenset[str]:
    words = _WORD.findall(text.lower())
    return frozenset(words) | frozenset(" ".join(words[k:k + 2]) for k in range(len(words) - 1)) \
        | frozenset(" ".join(words[k:k + 3]) for k in range(len(words) - 2))


# a pair of opposing predicates: its positive forms, its negative forms, and the objects it needs (or None)
_Opposing = tuple[frozenset[str], frozenset[str], "frozenset[str] | None"]


@functools.cache
def _opposing_pairs(moves_only: bool = False) -> tuple[_Opposing, ...]:
    """Each pair of opposing predicates as (positive forms, negative forms, the objects one of which both sentences
    must write for it to count: predicates_opposing.yaml's "objects_written", else None), then, unless
    ``moves_only``, corpus_words.yaml's opposed words."""
    pairs = tuple((_forms(pair["positive"]), _forms(pair["negative"]),
                   _forms(pair.get("objects")) | _forms(pair.get("positive_objects"))
                   | _forms(pair.get("negative_objects")) if pair.get("objects_written") else None)
                  for pair in load_lexicon("predicates_opposing")["pairs"]
                  if pair.get("intransitive") or not moves_only)
    if moves_only:
        return pairs
    return pairs + tuple((positive, negative, None) for positive, negative in _opposed_word_pairs())


@functools.cache
def _opposed_word_pairs() -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """rules/lexicons/corpus_words.yaml's opposed_words, each side as a set of word forms."""
    return tuple((_forms(pair["positive"]), _forms(pair["negative"]))
                 for pair in load_lexicon("corpus_words")["opposed_words"])


def _opposed_words(text: str, other: str) -> bool:
    """One sentence writes a word of rules/lexicons/corpus_words.yaml's opposed_words where the other writes
    its opposite, and neither writes both ("The Eyam vaccine was 90% effective" / "90% ineffective",
    "Goring Rovers were promoted" / "relegated")."""
    return _opposite_written(_words_of(text), _words_of(other), _opposed_word_pairs())


# "unless it backs down": if not; "was unable to confirm" / "could not confirm"; "cancelled an order for 20
# jets" undoes the order; "declined to comment", not "declined to 6.2 percent"
_NEGATION = re.compile(r"\b(?:not|cannot|no|never|neither|nor|without|none|nothing|denied|denies|deny|incorrectly|"
                       r"falsely|wrongly|erroneously|mistakenly|unless|unable|declin(?:ed|es|ing)(?=\s+to\s+[a-z])|"
                       r"refused|refuses|refusing|cancell?(?:ed|ing)|scrapped|called\s+off|avoid(?:ed|s|ing)?|"
                       r"skip(?:ped|s|ping)?|forgo(?:es|ing|ne)?|forwent|fail(?:ed|s|ing)(?=\s+to\b)|"
                       r"rul(?:ed|es|ing)\s+out)\b|n['’]t\b", re.I)
_DENIAL_END = re.compile(r"[,;:.!?()\"“”]|\bbut\b")  # "we couldn't understand why but we took the remains"
_NO_DENIAL = LazyPattern(r"\s*(?:a\s+|any\s+)?doubt\b|\s+only\b"  # "without a doubt", "not only"
                         r"|\s+(?:more|less|fewer|later|earlier|longer|greater|higher|lower)\s+than\b",
                         re.I)  # "no more than 60 days" bounds a figure


def _negated_alike(text: str, other: str) -> bool:
    """Both sentences deny the same things: a denial in the claim is met by one in the corpus sentence over
    a word in common (or over nothing to tell), and so is a denial in the corpus sentence over words the
    claim retells; a denial in a clause the claim leaves out does not count ("Trump said he acted on the
    recommendations of Sessions and Rosenstein, who found that Comey ... decided not to prosecute Clinton")."""
    mine, theirs = _denials(text) + _prefixed_denials(text, other), _denials(other) + _prefixed_denials(other, text)
    if not mine and not theirs:
        return True
    told = {_synonym(w) for w in _WORD.findall(text.lower())}
    # (or, each sentence denying as many things, by a denial of the other sentence led by a word in common, over
    # words that sentence does not assert: "her health was never at risk" / "her health was not in jeopardy",
    # "Spano, who did not run again" / "Spano did not seek reelection"; not "did not attend the meeting" / "did
    # not comment, but attended the meeting", nor "he would no longer obfuscate anything" / "Morin's 'no
    # comment'")
    reworded = len(mine) == len(theirs)
    my_leads, their_leads = _denial_leads(text), _denial_leads(other)
    my_asserted = told - frozenset().union(*mine)
    their_asserted = {_synonym(w) for w in _WORD.findall(other.lower())} - frozenset().union(*theirs)

    def met(scope: frozenset[str], others: list[frozenset[str]], lead: frozenset[str], leads: list[frozenset[str]],
            asserted: set[str]) -> bool:
        return any(not scope or not o or scope & o for o in others) \
            or reworded and any(lead & o for o in leads) and not scope & asserted

    return all(met(scope, theirs, lead, their_leads, their_asserted)
               for scope, lead in itertools.zip_longest(mine, my_leads, fillvalue=frozenset())) \
        and all(met(scope, mine, lead, my_leads, my_asserted)
                # (a corpus denial over nothing to tell, "cannot do this", counts only against a claim that denies)
                for scope, lead in itertools.zip_longest(theirs, their_leads, fillvalue=frozenset())
                if scope & told or not scope and mine)


def _denial_leads(text: str) -> list[frozenset[str]]:
    """The content words among the three before each denial of _denied_clauses, in the same order ("her health
    was never": health), by synonym."""
    stop = facts_mod.function_words() | _content_stop()
    return [frozenset(_synonym(w) for w in _WORD.findall(text[max(0, m.start() - 40):m.start()].lower())[-3:]
                      if w not in stop and len(w) > 2)
            for m in _denial_matches(text)]


def _denied_otherwise(text: str, other: str) -> bool:
    """One sentence denies a figure the other tells, and the other denies nothing ("Wexley Steel said it did
    not pay the $5 million fine" / "Wexley Steel paid the $5 million fine"): its figures are not vouched for.
    Only a denial whose clause holds a figure counts ("Apple has not yet revealed how much the Watch Edition
    will cost, but analysts expect as much as $5,000" denies no figure), or the claim's "not" right before a word
    the corpus sentence asserts ("Four soldiers were not wounded" / "Four soldiers were wounded"); two sentences
    that both deny something are left to the figures (a denial reworded is still a denial)."""
    mine, theirs = _denied_clauses(text), _denied_clauses(other)
    if bool(mine) == bool(theirs):
        return False
    if any(_holds_figure(clause) for clause in mine or theirs):
        return True
    denied = _words_denied(text)
    return bool(denied) and bool({_synonym(w) for w in denied} & {_synonym(w) for w in _WORD.findall(other.lower())})


def _words_denied(text: str) -> list[str]:
    """The content words right after "not" or "never" (_NOT_BEFORE): "were not wounded" denies "wounded"; "not yet
    done so", "whether or not the US will stay" deny no word of their own."""
    stop = facts_mod.function_words() | _content_stop() | {"yet", "only", "even", "just", "always", "ever"}
    return [w for w in (m.group(1).lower() for m in _NOT_BEFORE.finditer(text)) if w not in stop]


# "not", "never", "n't" or "refused to" right before the word it denies, past a form of "be" or "have" ("were not
# wounded", "has never been charged", "didn't pay", "refused to resign")
_NOT_BEFORE = re.compile(r"(?:\bnot|\bnever|n['’]t|\b(?:refus|fail|declin)(?:ed|es|ing|s)?\s+to)\s+"
                         r"(?:(?:be|been|being|have|had)\s+)?([a-z]{3,})\b", re.I)


def _denied_clauses(text: str) -> list[str]:
    """The clause after each denial of the sentence, up to its end ("did not pay the $5 million fine")."""
    return [_DENIAL_END.split(text[m.end():m.end() + 80], maxsplit=1)[0] for m in _denial_matches(text)]


def _denial_matches(text: str) -> list[re.Match]:
    """Each word of denial the sentence writes (_NEGATION), but those that deny nothing ("without a doubt", "not
    only", "no more than 60 days")."""
    return [m for m in _NEGATION.finditer(text) if not _NO_DENIAL.match(text, m.end())]


def _holds_figure(clause: str) -> bool:
    """The clause writes a number, in digits or words, or, before a clause of its own, a day or month the denial is
    of, told as when ("refused to resign as chief executive on Monday", "released without charge after questioning on
    Saturday"; not "may not meet the new capital criteria effective Dec. 7", "has not been seen since attending a
    concert on September 3"), which a claim's dates are compared by."""
    spelled = spelled_values()
    own = _CLAUSE_OPENER.split(clause, maxsplit=1)[0]
    return any(ch.isdigit() for ch in clause) or any(w in spelled for w in _WORD.findall(clause.lower())) \
        or any(_WEEKDAY_NAME.match(m.group(1)) or _month_names_in(m.group(1)) for m in _DAY_TOLD.finditer(own))


_CLAUSE_OPENER = re.compile(r"\b(?:that|which|who|whom|whose|since|because|when|where|while)\b", re.I)
# a day or month told as when the deed was ("on Tuesday", "in March"; not "the criteria effective Dec. 7")
_DAY_TOLD = re.compile(r"\b(?:on|in|last|this|next)\s+([A-Z][a-z]+)")


def _prefixed_denials(text: str, other: str) -> list[frozenset[str]]:
    """Words that deny a word the other sentence writes by the prefix "un" ("Apple is unhappy with" / "Apple
    isn't happy about"): each a denial of that word."""
    theirs = set(_WORD.findall(other.lower()))
    return [frozenset({_synonym(w[2:])}) for w in _WORD.findall(text.lower())
            if w.startswith("un") and len(w) > 5 and w[2:] in theirs]


def _denials(text: str) -> list[frozenset[str]]:
    """Each denial of the sentence with what it denies: the first four content words after it, up to the
    end of its clause, by stem and synonym ("has not yet been located": locat; "never been criminally
    charged" / "never faced criminal charges"). A statement's contrast denies too ("spent on legal fees rather
    than food parcels" denies the parcels); a figure's does not ("a week, instead of the four days he first
    considered" / "three days longer than he had first considered")."""
    stop = facts_mod.function_words()  # "has not been confirmed": what is denied may be a reporting verb
    contrasts = [_DENIAL_END.split(text[m.end():m.end() + 80], maxsplit=1)[0] for m in _CONTRAST.finditer(text)]

    def denied(clause: str, words: int) -> frozenset[str]:
        return frozenset([_synonym(w) for w in _WORD.findall(clause.lower()) if w not in stop and len(w) > 2][:words])

    # a contrast denies its first content word: "Instead of calling the wedding off, she chose a guest" is
    # retold by "She picked a guest at the wedding", not denied by it
    return [denied(clause, 4) for clause in _denied_clauses(text)] + [denied(clause, 1) for clause in contrasts]


_CONTRAST = re.compile(r"\b(?:rather\s+than|instead\s+of)\b", re.I)


def _figures_told_alike(side: Side, other: Side) -> bool:
    """Each figure the statement writes that the corpus sentence writes too is told there as the same
    quantity ("grew by 52,000" is a change, "grew by 4% to 52,000" a level; "$15 an hour" is no daily
    wage, "visitors over 12" none "under 12"): the figures a statement does not compare must still mean what
    they mean in the corpus; "for three days" is no "three Norwegians")."""
    for a in side.figures:
        a = a._replace(start=a.start + side.offset, end=a.end + side.offset)
        for b in other.figures:
            if a.text.lower() != b.text.lower():
                continue
            if not agree(a, b) or _span_against_count(a, b) or not _of_one_kind(side, a, other, b) \
                    or _change_and_level(
                    _difference(side.text, a.start - side.offset, a.end - side.offset, a.noun, a.hedge),
                    _difference(other.text, b.start, b.end, b.noun, b.hedge)):
                return False
    return True


def _span_against_count(a: NumberMention, b: NumberMention) -> bool:
    """One figure a span of time, the other a count of a thing ("for three days" / "the three Norwegians"); a noun
    joined on by a hyphen is read by its first word ("a 40-minute-interview" is a span), and a possessive as its noun
    ("six months' supply")."""
    def thing(n: NumberMention) -> bool:
        return n.noun is not None and not _span_of_time(n._replace(noun=n.noun.split("-")[0].rstrip("'’")))
    return a.unit is None and b.unit is None and (_span_of_time(a) and thing(b) or _span_of_time(b) and thing(a))


def _dated_retelling(side: Side, other: Side, when: date | None) -> bool:
    """A corpus sentence writing every year of a claim that has no other figure to compare retells it: it holds
    half of the claim's words at least (the years it agrees on tie them), writes every name of the claim and
    retells it alike, the claim's other figures written ("The MacBook Air range was last refreshed in April
    2014" / "The last time the MacBook Air line was upgraded was April 2014"; not "Kim has rapidly gained weight
    since ... his father died ... in 2011" / "It's the first time he's missed such an important event since
    2011, when his father died"; not "the Sola-Busca deck, which dates from around 1590" / "around 1490").
    ``when``: the article's date."""
    if not _covered(side, other, share=DATED_COVER):
        return False
    mine, theirs = names_of(side, other)
    mine = frozenset(w for w in mine if not facts_mod.is_legal_form(w))
    return _names_written(side, other, mine, theirs, side.facts.names) \
        and _retold_alike(side, other, _written_figures(side.text), when)


DATED_COVER = 0.5  # the share of a year-dated claim's words a corpus sentence writing its years must hold


def _written_figures(text: str) -> frozenset[str]:
    """The figures a sentence writes that are not spans of time ("23", "eight", "1590"), as written: what a
    corpus sentence retelling it must write too ("when she would have been about eight" / "about 6"). The
    spans of time ("two decades ago") are each side's own."""
    spans = [(n.start, n.end) for n in find_numbers(text) if _span_of_time(_counted_span(n, text))]
    figures = {m.group() for m in _FIGURE.finditer(text) if not any(s <= m.start() < e for s, e in spans)}
    figures.update(m.group().lower() for m in _WORD.finditer(text) if m.group().lower() in spelled_words()
                   and not any(s <= m.start() < e for s, e in spans))
    return frozenset(figures)


def _figure_written(figure: str, evidence: str) -> bool:
    """The figure stands in the evidence as a figure of its own: "4" is not in "Jan. 14" or "4.5", but
    "13" is in "his 13th birthday" and "two" in "two officials"."""
    return re.search(rf"(?<![\d.,]){re.escape(figure)}(?!\d|[.,]\d)" if figure[:1].isdigit()
                     else rf"\b{re.escape(figure)}\b", evidence) is not None


def _dated_in(value: str, evidence: Evidence) -> bool:
    """The evidence writes the day the claim names, in any form ("on October 13" / "the Oct. 13 attack"), or the
    month with its year ("Last month" in a November 2023 article / "October 2023 was the warmest October")."""
    if len(value) == 7 and value[4] == "-" and value[5:].isdigit():
        names = [name for name, number in facts_mod.month_numbers().items() if number == int(value[5:])]
        if re.search(rf"\b(?:{'|'.join(names)})\.?,?\s+(?:of\s+)?{value[:4]}\b", evidence.text, re.I):
            return True
        # ... or the month alone, the latest such month up to the evidence's date ("Two months ago", in a November
        # 2011 article / "In September, ...", in a November 2011 wire)
        when = _parse_day(evidence.date)
        return when is not None and any(
            month[5:7] == value[5:7] and lead == "at"
            and (when.year if int(month[5:7]) <= when.month else when.year - 1) == int(value[:4])
            for _, _, month, lead in _bare_months(evidence.text))
    return len(value) >= 10 and any(theirs[:10] == value[:10] for _, _, theirs in
                                    facts_mod.find_calendar_dates(evidence.text, evidence.date))


def _written_in(written: str, evidence: str) -> bool:
    """The date as written ("Jan. 31", "March 1, 2001") appears in the evidence, whitespace aside."""
    words = re.findall(r"\w+", written)
    return bool(words) and re.search(r"\b" + r"\W+".join(map(re.escape, words)) + r"\b", evidence) is not None


_PRONOUN_OPENER = re.compile(r"\s*(?:He|She)\b")


def check_claims(analysis) -> list[ClaimCheck]:
    numbers = analysis.numbers
    dates = _article_dates(analysis)
    when = _dateline(analysis)
    out = []
    named = [(s.text, facts_mod.Facts(names=tuple(facts_mod.names(s.text)))) for s in analysis.sentences]
    elsewhere = facts_mod.mid_sentence_names(named)  # "HP kept its forecast": HP is a name the article writes
    # (and its title's: "Joan Rivers's throat doctor denies ..." over a body that writes only "Rivers")
    title = analysis.document.title or ""
    known = tuple(dict.fromkeys([*(name for _, facts in named for name in facts.names), *facts_mod.names(title)]))
    story: tuple[str, ...] = ()  # the names of the latest sentence that names anyone: whom "it" is
    for sentence, pair in zip(analysis.sentences, named):
        # ... and after a sentence opening with "He" or "She", whom the story named stays with its names: "Daniel
        # Johnson pleaded not guilty ... He had served a year in a Cambodian prison ... He could face up to 20
        # years" is Johnson's, not only a Cambodian's
        before = story
        names = facts_mod.story_names([pair], elsewhere)
        if names and _PRONOUN_OPENER.match(sentence.text):
            names = tuple(dict.fromkeys(names + story))[:facts_mod.STORY_NAMES]
        story = names or story
        # (a bare figure closing a coordinated clause counts what the one before counts, and is compared as it is:
        # "A Piper PA28 carries three passengers, the Saab S340 takes 34, and the Airbus A321 holds 220")
        found = [n for n in _gapped(analysis.document.text, tuple(analysis.in_sentence(numbers, sentence)))
                 if _comparable(n, analysis.document.text)]
        days = [d for d in dates if sentence.start <= d[0] and d[1] <= sentence.end]
        if not found and not days and not YEAR.search(sentence.text) and not DECADE.search(sentence.text) \
                and not _bare_months(sentence.text, when) \
                and not clock.find_times(sentence.text) and not _designations(sentence.text):
            # figures it does not compare ("up 72.24 points", "Har-Shefi, 22,") must be written alike
            written = _as_written(n for n in analysis.in_sentence(numbers, sentence)
                                  if n.text.lower() != "both")  # "Paul Eaton and Jim Dubik, both generals, said"
            written.update(_FIGURE.findall(sentence.text))
            if _ordinals(sentence.text) or _bare_counts(sentence.text, ()) \
                    or when is not None and facts_mod.find_relative_weeks(sentence.text, when.isoformat()):
                # "a third hostage" / "a second hostage": a place in a series, changed in a close retelling;
                # "Nine of those are in custody" / "Eight of those": a count, changed in the same place; "last
                # week" / "the week before last": a week, each side's own
                verdict, evidence, mismatches, pairs = check_claim(analysis.corpus, sentence.text, [], [],
                                                                   sentence.start, when, before, known)
                if verdict == "contradicted":
                    out.append(ClaimCheck(sentence, Claim(sentence.text, verdict, evidence, pairs), mismatches))
                    continue
            evidence = check_statement(analysis.corpus, sentence.text, sentence.start, before, frozenset(written),
                                       known=known, when=when)
            # ... and a week it names must be the evidence's ("At a staff meeting earlier this week" / "In a
            # staff meeting earlier this week" in the previous week's wire)
            if evidence and not _unbacked_figure(analysis, sentence, [], evidence):
                out.append(ClaimCheck(sentence, Claim(sentence.text, "supported", evidence, ()), ()))
            continue
        verdict, evidence, mismatches, pairs = check_claim(analysis.corpus, sentence.text, found, days,
                                                           sentence.start, when, before, known)
        timeless = all(_repetition(n) or _span_of_time(n) for n in found)
        if verdict == "unverified" and (timeless or _one_small_count(found, sentence.text)):
            # a statement dated only by a year ("by the end of fiscal 2015"), counted only in times ("stabbed
            # twice") or by one small count ("the three men" / "the three Afghans"): a close retelling writing it
            evidence = check_statement(analysis.corpus, sentence.text, sentence.start, before,
                                       frozenset(_FIGURE.findall(sentence.text)) | _as_written(found),
                                       tuple((analysis.document.text[start:end], value)
                                             for start, end, value in days), when=when)
            # (not a sentence giving its figures or dates to its names "respectively", which the claim may give
            # otherwise: "set for August and October of 2015 (for Arduino SRL and Arduino LLC, respectively)" / "due
            # in August for Arduino LLC and in October for Arduino SRL")
            evidence = tuple(e for e in evidence if _spans_told_alike(found, analysis.document.text, e.text)
                             and not (_RESPECTIVELY.search(e.text) and not _RESPECTIVELY.search(sentence.text)))
            # ... and a count is not backed by a sentence its figure could not be backed by ("won three seats in the
            # first round" / "in the runoff")
            evidence = evidence if timeless else tuple(
                e for e in evidence if not any(differ(sentence.text, e.text) for differ in _TOLD_OTHERWISE))
            verdict = "supported" if evidence else verdict
        if verdict == "supported" and _unbacked_figure(analysis, sentence, found, evidence):
            verdict, evidence, pairs = "unverified", (), ()
        out.append(ClaimCheck(sentence, Claim(sentence.text, verdict, evidence, pairs), mismatches))
    return out


def _one_small_count(found: list[NumberMention], text: str) -> bool:
    """The claim's one figure, and the only number its sentence writes, is a small count of people or things ("the
    three men"), which a retelling may give another noun ("the three Afghans"): a close retelling that writes it, as
    the same kind of figure, backs it as a statement (not a sentence with two numbers, which a retelling writing
    both may have swapped: "Three gunmen died ..., and two may have escaped" / "Two gunmen died ..., and three others
    may have escaped"; not a larger figure or an amount, which a sentence may give to another thing: "31 officers
    were injured" / "31 arrested", "54% of the vote in the first round" / "in the runoff")."""
    if len(found) != 1 or found[0].unit is not None or found[0].upper is not None or found[0].value is None \
            or found[0].value != int(found[0].value) or not 1 <= found[0].value <= SMALL_COUNT:
        return False
    spelled = {*spelled_values(), "one"}
    return len([w for w in _WORD.findall(text.lower()) if w in spelled or any(ch.isdigit() for ch in w)]) == 1


SMALL_COUNT = 12  # the largest count a retelling is read as a statement for, when no figure of the corpus aligns


def _as_written(numbers) -> set[str]:
    """The figures a retelling must write, lower case, as written; not "a" or "an", which a retelling may write
    as "the" ("A day after the attack" / "The day after the attack")."""
    return {n.text.lower() for n in numbers if n.text.lower() not in ("a", "an")}


_FIGURE = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")  # "1,200", "3.5"; not the comma after "in January 1998,"


def _spans_told_alike(found: list[NumberMention], text: str, evidence: str) -> bool:
    """No span of time of the claim is told in the evidence from the other point only ("held two days before
    the holiday" is not "held two days after the holiday"; "on life support for a week until her death"
    may be "until she died a week later": a fixed span is told from no point)."""
    theirs: dict[float | None, set[str | None]] = {}
    for span in (_counted_span(n, evidence) for n in find_numbers(evidence)):
        theirs.setdefault(span.value, set()).add(span.unit)
    for span in (_counted_span(n, text) for n in found if _span_of_time(n)):
        units = theirs.get(span.value)
        if span.unit != "s" and units and "s" not in units and span.unit not in units:
            return False
    return True


def _months_told(text: str, evidence: Side, when: date | None = None) -> bool:
    """Every month the sentence names by name ("in July", "Aug.") the evidence names too, in any form or
    from its date ("last month" in an October story: September)."""
    mine = _month_names_in(text)
    if not mine:
        return True
    # a month told from the article's date that may fall in either year ("next April" in February: this April,
    # or next year's?) is told only by evidence naming it so too, not by "this April" two days before
    theirs_told = {(step, month) for step, month, _ in relative_month_names(evidence.text)}
    if any(year is None and (step, month) not in theirs_told for step, month, year in relative_month_names(text, when)):
        return False
    theirs = _month_names_in(evidence.text)
    if evidence.when is not None:
        theirs |= {int(month[5:7]) for _, _, month in
                   facts_mod.find_relative_months(evidence.text, evidence.when.isoformat())}
    # a part of a month ("peaks in mid-October") is told by the same part or a day of that month, not by the
    # month alone ("runs from August through October, with its peak coming in mid-September")
    parts = _month_parts(evidence.text, evidence.when)
    return mine <= theirs and all((part, month) in parts or ("day", month) in parts
                                  for part, month in _month_parts(text) if part != "day")


def _month_parts(text: str, when: date | None = None) -> set[tuple[str, int]]:
    """(part, month) for each month written with a part ("mid-October": ("mid", 10), "at the end of August":
    ("late", 8), with its date ``when`` "late last month" too) and ("day", month) for each written with a day
    ("Oct. 28")."""
    months = facts_mod.month_numbers()
    found = {(_part_of(m.group(1)), months[m.group(2).lower()]) for m in _PART_MONTH.finditer(text)
             if m.group(2).lower() in months}
    if when is not None:
        for start, _, month in facts_mod.find_relative_months(text, when.isoformat()):
            part = _PART_BEFORE.search(text, max(0, start - 25), start)
            if part:
                found.add((_part_of(part.group(1)), int(month[5:7])))
    return found | {("day", months[m.group(1).lower()]) for m in _MONTH_DAY.finditer(text)
                    if m.group(1).lower() in months}


def _part_of(phrase: str) -> str:
    """"early", "mid" or "late" for a part of a month as written ("late", "the end of", "the beginning of")."""
    words = phrase.lower().split()
    return _PART_WORDS[words[-2] if len(words) > 1 else words[0]]


_PART_WORDS = {"early": "early", "mid": "mid", "late": "late", "end": "late", "beginning": "early", "start": "early",
               "middle": "mid"}
_PART = r"(early|mid|late|(?:the\s+)?(?:end|beginning|start|middle)\s+of)"
_PART_MONTH = re.compile(_PART + r"[\s-]+([A-Z][a-z]{2,8})\b", re.I)
_PART_BEFORE = re.compile(_PART + r"[\s-]+(?:the\s+)?$", re.I)
_MONTH_DAY = re.compile(r"\b([A-Z][a-z]{2,8})\.?\s+\d{1,2}\b")


def _month_names_in(text: str) -> set[int]:
    months = facts_mod.month_numbers()
    return {months[w.lower()] for w in _WORD.findall(text) if w[0].isupper() and w.lower() in months}


_AS_OF = re.compile(r"\bas\s+of\s+$", re.I)
_WEEK_VALUE = LazyPattern(r"\d{4}-W\d{2}$")


def _iso_week(day: str) -> str:
    parsed = _parse_day(day)
    if parsed is None:
        return ""
    year, week, _ = parsed.isocalendar()
    return f"{year}-W{week:02d}"


_WORD_OF_SAYING = re.compile(r"\b(?:said|says|told|announced|reported|stated)\b", re.I)


def _unbacked_figure(analysis, sentence: Sentence, compared, evidence) -> bool:
    """A figure or a day of the sentence that was not compared ("a 43% profit gain" beside "$106 million",
    "134 were found" beside "427 fugitives", "on Thursday") and that no evidence sentence writes: the claim
    is not shown true, whatever its compared figures say (a wrong figure called supported is the worst
    thing to print)."""
    text = analysis.document.text
    compared_spans = {(n.start, n.end) for n in compared}
    dates = analysis.in_sentence(analysis.dates, sentence)
    dated = [(d.start, d.end) for d in dates if d.type != "DURATION"]
    spans = [(d.start, d.end) for d in dates if d.type == "DURATION"]
    written = " ".join(e.text for e in evidence)
    # the days the evidence names relative to its own date ("yesterday" in a Thursday's wire: Wednesday)
    named_days = [(e, facts_mod.find_relative_days(e.text, e.date)) for e in evidence]
    relative = {value for _, days in named_days for _, _, value in days}
    # ... or writes as a calendar date ("On Wednesday" in a Sunday's article / "On 30 September" in Friday's)
    relative |= {value[:10] for e in evidence for _, _, value in facts_mod.find_calendar_dates(e.text, e.date)}
    # "As of Tuesday, his mother wanted ..." from a Tuesday's "Blassie's mother now wants ...": true as of its date
    as_of = {e.date for e in evidence if e.date}
    # "Rally's Inc. said on Wednesday that it had adopted ..." from a Wednesday's "Rally's Inc. said it adopted
    # ...": a telling the wire dates no otherwise is of its own day
    told = {e.date for e, days in named_days if e.date and not days and _WORD_OF_SAYING.search(e.text)}
    for d in dates:
        day = re.sub(r"^(?:on|in|at)\s+", "", d.text.strip(), flags=re.I).lower()
        if _BARE_WEEKDAY.fullmatch(day) and day not in written.lower() and d.value not in relative \
                and not (d.value in as_of and _AS_OF.search(text, max(0, d.start - 8), d.start)) \
                and not (d.value in told and _reported(sentence.text, d.start - sentence.start,
                                                       d.end - sentence.start)):
            return True  # "on Thursday": which week is unsure, so a day the evidence does not name confirms nothing
    # "earlier this week": a week the evidence names otherwise ("DPC last week launched ..." in a Tuesday's wire)
    # or, naming no week or day ("On Friday, Obama authorized ..."), is not dated in
    # (a month it names, "last month", dates it too: its own week is then no longer assumed)
    their_weeks = set()
    for e, days in named_days:
        its_days = facts_mod.find_calendar_dates(e.text, e.date) + days \
            + facts_mod.find_relative_months(e.text, e.date)
        # (a week it names is the week it dates the deed to, not that of the day it was said: "will close next
        # week, Velmar said on Monday" backs no "closed last week")
        named = {week for _, _, week in facts_mod.find_relative_weeks(e.text, e.date)} \
            or {_iso_week(day) for _, _, day in its_days if _DAY_VALUE.match(day)}
        their_weeks |= named or ({_iso_week(e.date)} if e.date else set())
    if any(d.value and _WEEK_VALUE.match(d.value) and d.value not in their_weeks for d in dates):
        return True
    # "would not make it to school today" in a Thursday's article, from a Wednesday's "didn't make it to school
    # today": each side's today is its own date (not "today's", nor a today the evidence does not write, perhaps
    # "nowadays")
    when = _dateline(analysis)
    if when is not None and _TODAY.search(sentence.text) and evidence \
            and all(_TODAY.search(e.text) and e.date and e.date != when.isoformat() for e in evidence):
        return True
    # "stopped paying dividends in the third quarter of 1985": a year the evidence neither writes nor speaks
    # in (a wire story's own year and the one before: "a year earlier")
    # "expected in January": a month the evidence neither writes ("expected in December") nor is dated in
    # (a story of that month, or its "today")
    months = facts_mod.month_numbers()
    told_months = {months[w] for w in _WORD.findall(written.lower()) if w in months}
    told_months.update(int(day[5:7]) for day in relative if day[5:7].isdigit())
    told_months.update(int(month[5:7]) for e in evidence  # "last month"
                       for _, _, month in facts_mod.find_relative_months(e.text, e.date))
    if _YEAR_START.search(written):
        told_months.add(1)  # "Since January" / "Since the beginning of the year"
    their_months = told_months | {int(e.date[5:7]) for e in evidence if e.date and e.date[5:7].isdigit()}
    written_months = _bare_months(sentence.text) + _month_years(sentence.text)
    if any(int(month[2][-2:]) not in their_months for month in written_months):
        return True  # "in late October", "a November meeting": a month the tagger may leave undated
    for d in dates:
        if d.type == "DATE" and d.value and _MONTH_VALUE.match(d.value):
            named = [months[w] for w in _WORD.findall(d.text.lower()) if w in months]
            if any(month not in their_months for month in named):
                return True
            if not named and _RELATIVE_MONTH.search(d.text) and int(d.value[5:7]) not in told_months:
                return True  # "sworn in earlier this month" (May) / "sworn into office in late April"
    spoken = {str(int(e.date[:4]) - back) for e in evidence if e.date and e.date[:4].isdigit() for back in (0, 1)}
    spoken |= {year for e in evidence for _, _, year in year_spans(e.text)}  # "in nineteen ninety-one"
    if any(year not in written and year not in spoken for year in YEAR.findall(sentence.text)):
        return True
    if DECADE.search(written) and any(decade not in written for decade in DECADE.findall(sentence.text)):
        return True  # "a law passed in the 1930s" / "a law passed in the 1920s": another decade
    if evidence and all(_ordinal_swapped(sentence.text, e.text) for e in evidence):
        return True  # "his third to Reno in two weeks" / "Gonzalez's second letter to Reno in two weeks"
    backed = {m.group().replace(",", "") for m in _FIGURE.finditer(written)}
    theirs = [m for e in evidence for m in facts_mod.find_numbers(e.text)]
    evidence_spans = [in_seconds(m) for m in theirs if is_span(in_seconds(m))]
    for n in analysis.in_sentence(analysis.numbers, sentence):
        if n.value is None or any(s <= n.start < e for s, e in dated):
            continue
        if any(s <= n.start < e for s, e in spans):
            # a duration ("the first nine months") is a period the evidence may leave unsaid, but not one it
            # gives otherwise ("the first three years" / "the first two years"), in any unit of time, compared
            # or not ("more than a month after the killing" / "within two weeks of the slaying")
            if any(same_quantity(n, m) and not agree(n, m) for m in theirs) and (n.start, n.end) not in compared_spans:
                return True
            # (in another unit, when it is each side's only span: "more than a month" / "two weeks")
            mine = in_seconds(n)
            if is_span(mine) and len(spans) == 1 and len(evidence_spans) == 1 \
                    and not agree(mine, evidence_spans[0]) and not _weaker_bound(mine, evidence_spans[0]):
                return True
            # a span told from an event no evidence writes, in a sentence that dates nothing else (where it
            # does, "Twelve days after the shooting, on July 22", the date is what is checked); not a length
            # ("jailed for 18 years after a retrial")
            span_start, span_end = next((s, e) for s, e in spans if s <= n.start < e)
            if not dated and not _FOR_BEFORE.search(text, max(0, span_start - 4), span_start) \
                    and _event_unwritten(text, span_end, written):
                return True
            continue
        if (n.start, n.end) in compared_spans:
            continue
        digits = _FIGURE.search(text[n.start:n.end])
        if digits and digits.group().replace(",", "") not in backed:
            return True
    return False


_TODAY = re.compile(r"\btoday\b(?![’']s)", re.I)
_YEAR_START = re.compile(r"\b(?:beginning|start)\s+of\s+(?:the|this)\s+year\b", re.I)


def _event_unwritten(text: str, end: int, written: str) -> bool:
    """A span told from an event ("died more than two weeks after entering the clinic") whose event no evidence
    sentence writes (one telling "died ... on Sept. 4 at age 81"): the span is not shown, so neither is the
    claim. The event is its first three content words, matched on their first five letters ("entered")."""
    m = _REFERENCE_EVENT.match(text, end)
    if not m:
        return False
    content = _content_words(m.group(1))
    event = [w for w in _WORD.findall(m.group(1).lower()) if singular(w) in content][:3]
    told = {w[:5] for w in _WORD.findall(written.lower())}
    return bool(event) and not any(w[:5] in told for w in event)


def _ordinal_swapped(text: str, evidence: str) -> bool:
    """The sentence writes an ordinal word the evidence does not, and the evidence one the sentence does not
    ("his third to Reno" / "his second letter to Reno"; not "the first three months ... the fourth quarter" /
    "the first three months ... Q4"), or ranks the same superlative in another place ("the largest steelmaker" /
    "the third-largest steelmaker")."""
    words = _ordinal_words()
    mine_ranks, their_ranks = _ranks(text), _ranks(evidence)
    if any(mine_ranks[top] != their_ranks[top] for top in mine_ranks.keys() & their_ranks.keys()):
        return True
    mine = {w for w in re.findall(r"[a-z]+", text.lower()) if w in words}  # "second-largest": second
    theirs = {w for w in re.findall(r"[a-z]+", evidence.lower()) if w in words}
    places = {w for m in _PLACES.finditer(text.lower()) for w in m.groups() if w in words} - {"first"}
    if not theirs and places:
        # ... or places in a series the evidence counts in numbers ("on the third and fourth days" / "On days
        # four and five"): the evidence's numbers of the places the sentence gives (not "rose by a fifth", "its
        # third-largest creditor")
        values = spelled_values()
        theirs = {w for w in re.findall(r"[a-z]+", evidence.lower()) if w in values and values[w] <= 20}
        mine = {_cardinal(w) for w in places}
    return bool(mine - theirs) and bool(theirs - mine)


_PLACES = re.compile(r"\bthe\s+([a-z]+)(?:\s+and\s+([a-z]+))?\s+(?=[a-z])")


def _ranks(text: str) -> dict[str, frozenset[str]]:
    """Each superlative the sentence writes with the places it ranks in: the ordinal before it, or "first" when none
    is ("the third-largest": largest: third; "the largest": largest: first)."""
    words, tops = _ordinal_words(), _superlatives()
    ranks: dict[str, set[str]] = {}
    lower = text.lower()
    for m in _WORD.finditer(lower):  # "third-largest" is one word, "third largest" two
        *parts, top = m.group().split("-")
        if top in tops:
            before = parts[-1] if parts else next(iter(_WORD_BEFORE.findall(lower, 0, m.start())), "")
            if before not in words and _RANKED_AFTER.match(lower, m.end()):
                continue  # "America's largest foreign creditor, after China and Japan": a place left untold
            ranks.setdefault(top, set()).add(before if before in words else "first")
    return {top: frozenset(places) for top, places in ranks.items()}


_RANKED_AFTER = re.compile(r"[^.;:]{0,40}?\b(?:after|behind|outside|apart\s+from|except|besides|other\s+than|"
                           r"but\s+one|bar\s+one)\b")


@functools.cache
def _superlatives() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_lexicon("corpus_words")["superlatives"])


_IRREGULAR_ORDINALS = {"second": "two", "third": "three", "fifth": "five", "eighth": "eight", "ninth": "nine",
                       "twelfth": "twelve", "twentieth": "twenty"}


def _cardinal(ordinal: str) -> str:
    """The number word of an ordinal word ("fourth": "four", "third": "three")."""
    return _IRREGULAR_ORDINALS.get(ordinal, ordinal[:-2] if ordinal.endswith("th") else ordinal)


def _dateline(analysis) -> date | None:
    return analysis.dateline.date


def _article_dates(analysis) -> list[tuple[int, int, str]]:
    """Day-precise dates of the article as the date tagger read them."""
    mentions = analysis.dates
    text = analysis.document.text
    # (a weekday set after a calendar date names that date: "on Dec. 18, a Tuesday")
    return [(d.start, d.end, d.value) for d in mentions
            if d.type == "DATE" and d.value and _DAY_VALUE.match(d.value) and _written_out(text[d.start:d.end])
            and not (_AHEAD.fullmatch(text, d.start, d.end) and _quoted(text, d.start))
            and not any(facts_mod.WEEKDAY_AFTER_DATE.fullmatch(text, e.end, d.start) for e in mentions)]


_AHEAD = re.compile(r"(?:tonight|tomorrow)", re.I)  # a day named from the speaker's, inside a quotation


def _quoted(text: str, start: int) -> bool:
    """``start`` lies inside a quotation opened in its paragraph ("'... joining the governor tomorrow,' she said
    on Wednesday": the speaker's tomorrow, not the article's)."""
    paragraph = text[text.rfind("\n", 0, start) + 1:start]
    return paragraph.count("\u201c") > paragraph.count("\u201d") or paragraph.count('"') % 2 == 1


def _written_out(text: str) -> bool:
    """A calendar date as written ("May 6", "6 May 2025") or a day named relative to the dateline
    ("yesterday", "tomorrow", "last Thursday", "two days ago"; not "today", often "nowadays") or a month so named
    ("earlier this month"), which the tagger resolved against the article's own date."""
    text = text.strip()
    return (bool(facts_mod.find_calendar_dates(text)) or _RELATIVE_DAY.match(text) is not None
            or _RELATIVE_MONTH.fullmatch(text) is not None)


# "Saturday": which week is unsure
_RELATIVE_MONTH = re.compile(r"(?:(?:earlier|later|early|late)\s+)?(?:this|last)\s+month"
                             r"|(?:a|one|two|three|four|five|six|\d)\s+months?\s+ago|the\s+month\s+before\s+last", re.I)
_PART_OF_DAY = r"(?:\s+(?:night|morning|afternoon|evening))?"  # "Sunday night"
_BARE_WEEKDAY = re.compile(rf"(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day{_PART_OF_DAY}$", re.I)
_RELATIVE_DAY = re.compile(rf"(?:yesterday|last\s+night|tonight|tomorrow"
                           rf"|(?:a|one|two|three|four|five|six|\d)\s+days?\s+ago"
                           rf"|(?:(?:last|this|next|on)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day{_PART_OF_DAY})$",
                           re.I)


def _comparable(n: NumberMention, text: str) -> bool:
    """A figure worth comparing: not an ordinal, an aside in brackets ("(37 feet)") or part of a name
    ("Sparcstation 1", "the Salyut 6 station", "Flight 103")."""
    if n.value is None or text[max(0, n.start - 2):n.start].strip() == "(":
        return False
    if n.text.lower() == "both":
        return False  # "for both sides": two of what the text named before, no figure the claim tells itself
    if n.unit == "ordinal":  # "his 13th birthday", "the 21st century"; not "the 3rd quarter", "4th straight"
        return n.noun is not None and n.noun.lower() in _ORDINAL_NOUNS
    designation = n.unit is None and scale_word(n) is None and _DESIGNATION.search(text, 0, n.start)
    common = facts_mod.sentence_openers() | facts_mod.function_words()
    if designation and designation.group().strip().lower() not in common \
            and not designation.group().strip().endswith("ly"):
        return False  # not "About 2,000 soldiers", "Some 450 miles", "Exactly three weeks later"
    return n.unit is not None or not is_generic(n.noun) or scale_word(n) is not None or _fixed_duration(n, text) \
        or _running_span(n, text) \
        or _repetition(n) or _span_relation(n, text) in _TOLD_FROM_A_POINT \
        or n.noun is None and _slot(text, n.start) == "from"  # "has risen to 20.4 ... from 14.8": where it started


def _running_span(n: NumberMention, text: str, offset: int = 0) -> bool:
    """A span of time running up to the side's own date ("For the past three months", "over the last two
    years"): compared only with one of the same unit from a date less than that unit away (_span_run_on)."""
    return _span_of_time(n) and n.value is not None and n.noun is not None \
        and _RUNNING_SPAN_BEFORE.search(text, max(0, n.start - offset - 20), n.start - offset) is not None


_RUNNING_SPAN_BEFORE = re.compile(r"\b(?:the|its|their|his|her)\s+(?:past|last|previous)\s+$", re.I)
_UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14, "month": 30, "year": 365, "decade": 3650}


def _span_run_on(claim: Side, a: NumberMention, other: Side, b: NumberMention) -> bool:
    """Either figure is a span running up to its side's date (_running_span) that may have run on since the other
    was told: an older report's "past two years" may well be "past three years" now, so only an agreement is read
    from it. Not for two running spans of the same unit whose sides' dates lie less than that unit apart ("For the
    past three months", in a March 2 article / "For the past two months", in a February 28 wire)."""
    mine, theirs = _running_span(a, claim.text, claim.offset), _running_span(b, other.text, other.offset)
    if not (mine or theirs):
        return False
    unit = singular(a.noun.lower()) if a.noun else None
    if not (mine and theirs) or unit is None or unit != singular((b.noun or "").lower()) or unit not in _UNIT_DAYS \
            or claim.when is None or other.when is None:
        return True
    return abs((claim.when - other.when).days) >= _UNIT_DAYS[unit]


def _repetition(n: NumberMention) -> bool:
    """A count of times ("stabbed twice", "shared 400 times", "five times the size of Gaza"): compared with
    the corpus's own count of times, but a retelling need not write it ("nearly three times as many")."""
    return n.unit is None and (n.noun or "").lower() == "times"


_ORDINAL_NOUNS = frozenset(("birthday", "century", "anniversary"))
_RELATIVE_SPAN_BEFORE = re.compile(r"\b(?:past|last|next|coming|previous|recent|first|final|other|more(?!\s+than)|"
                                   r"later|earlier|within|in)\s+(?:\w+\s+)?$", re.I)  # not "more than an hour"
_RELATIVE_SPAN_AFTER = re.compile(r"[\s-]*(?:ago|old|later|earlier|before|after|from\s+now)\b", re.I)


def _span_of_time(n: NumberMention) -> bool:
    return is_span(n) or n.noun is not None and singular(n.noun.lower()) in span_units()


def _span_relation(n: NumberMention, text: str, offset: int = 0) -> str | None:
    """How a span of time is told from a point: "ago" ("more than a year ago", "two years since he was taken":
    from its side's date), "in" ("recovered in six months", "within a year", "three months from now"), "after"
    ("24 hours later", "two days after it had been buried") or "before" ("a week earlier"); None for a fixed span
    or another relation ("the past four years", "the first nine months": periods, not spans; "for two days before
    he was plucked": a fixed span)."""
    if not _span_of_time(n) or n.noun is None:
        return None
    end = _after_noun(n, text, offset)
    after = _RELATION_AFTER.match(text, end) if end >= 0 else None
    before = text[max(0, n.start - offset - 30):n.start - offset]
    if n.hedge and n.hedge.lower() != "within" and before.rstrip().lower().endswith(n.hedge.lower()):
        before = before.rstrip()[:-len(n.hedge)]  # ("within a year" is both a bound and told from a point)
    if _FOR_BEFORE.search(before):
        return None  # "clung to an inner tube for two days before he was plucked": a fixed span
    if after:
        word = after.group(1).lower()
        return "in" if word.startswith("from") else "after" if word in ("later", "after", "on") \
            else "before" if word in ("earlier", "before") else "ago"
    # "will be fully recovered in six months"; not "responded in less than one hour", "executed in two weeks"
    future = _FUTURE.search(text, max(0, n.start - offset - 120), n.start - offset)
    return "in" if future and _RELATION_BEFORE.search(before) else None


# ("in the two years since her son was taken" is told from its side's date, as "taken two years ago" is)
_RELATION_AFTER = re.compile(r"[\s-]*(ago|since(?=\s+[a-z])|later|earlier|after|before|from\s+now|on(?=\s*[,;]))\b",
                             re.I)  # ("Nearly nine years on, ...": later)
_RELATION_BEFORE = re.compile(r"\b(?:in|within)\s+(?:an?\s+|the\s+next\s+)?$", re.I)
_TOLD_FROM_A_POINT = frozenset(("ago", "in", "after", "before"))
_FOR_BEFORE = re.compile(r"\bfor\s+$", re.I)
_FUTURE = re.compile(r"\b(?:will|would|shall|expects?|expected|forecasts?|forecast\s+to|projected|"
                     r"on\s+(?:track|course|pace)\s+to|set\s+to)\b|['’]ll\b", re.I)


def _named_apart(claim: Side, other: Side) -> bool:
    """The two sentences name different doers, companies or institutions, though their names share words."""
    return _subjects_apart(claim, other) or _companies_apart(claim, other) or _institutions_apart(claim, other)


def _subjects_apart(claim: Side, other: Side) -> bool:
    """Each main clause opens with a doer's name of two words or more that the other sentence never writes a
    word of, nor an alias ("Citing witnesses, the Los Angeles Times named the surfer as ..." / "The San Luis
    Obispo Tribune, citing witnesses, identified the surfer as ..."): two doers, whatever else they share."""
    if claim.doer is None or other.doer is None:  # (most claims have none: the candidate's is then never read)
        return False
    mine, theirs = claim.doer, other.doer
    mine_words, their_words = facts_mod.Facts(names=(mine,)).name_words, facts_mod.Facts(names=(theirs,)).name_words
    return not mine_words & (other.words | other.facts.name_words) \
        and not their_words & (claim.words | claim.facts.name_words)


def _companies_apart(claim: Side, other: Side) -> bool:
    """Each sentence names a company by its legal name, the two beginning alike and differing otherwise, and
    neither writes the other's ("Transocean Ltd." / "Transocean Partners LLC", "Ogden Corp." / "Ogden Projects
    Inc."): a parent and its offshoot are two companies."""
    mine, theirs = _legal_names(claim.facts.names), _legal_names(other.facts.names)
    return any(a[0] == b[0] and a != b and a not in theirs and b not in mine for a in mine for b in theirs)


def _institutions_apart(claim: Side, other: Side) -> bool:
    """Each sentence names a school, hospital or the like of the same kind (rules/lexicons/corpus_words.yaml
    institution_kinds), the names sharing another word and each holding a word of four letters or more that
    the other sentence never writes, nor a spelling of ("Florida State University" / "the University of South
    Florida"; not "Mt. Sinai Hospital" / "Mount Sinai hospital"): two institutions."""
    kinds, function = _institution_kinds(), facts_mod.function_words()
    mine = [words - function for words in (set(name.split()) for name in claim.facts.names) if kinds & words]
    theirs = [words - function for words in (set(name.split()) for name in other.facts.names) if kinds & words]
    if not mine or not theirs:
        return False
    my_words, their_words = set(_WORD.findall(claim.text.lower())), set(_WORD.findall(other.text.lower()))
    return any(a & b & kinds and (a & b) - kinds and _unwritten_word(a, their_words)
               and _unwritten_word(b, my_words) for a in mine for b in theirs)


def _unwritten_word(name: set[str], words: set[str]) -> bool:
    """A word of the name, four letters or more, that ``words`` hold in no spelling (first five letters)."""
    starts = {w[:5] for w in words}
    return any(len(w) >= 4 and w[:5] not in starts for w in name)


@functools.cache
def _institution_kinds() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_lexicon("corpus_words")["institution_kinds"])


def _legal_names(names: tuple[str, ...]) -> set[tuple[str, ...]]:
    """The names ending in a legal form ("transocean partners llc"), without it: ("transocean", "partners")."""
    return {tuple(w for w in name.split() if not facts_mod.is_legal_form(w)) for name in names
            if len(name.split()) > 1 and facts_mod.is_legal_form(name.split()[-1])}


def _heads_only(claim: Side, other: Side) -> bool:
    """Each sentence names a company or body by a name ending in a common word that the other shares, and the
    words before it differ ("Kelmar Airlines carried 3 million passengers through Lorenz airport" / "Vostra
    Airlines carried 4 million ..."): two names, whatever place they share (not "The Post reported" / "the
    New York Post", where one side writes the short form)."""
    heads = _name_heads()
    mine, theirs = _headed_names(claim.facts.names, heads), _headed_names(other.facts.names, heads)
    if not mine or not theirs or not {singular(w[-1]) for w in mine} & {singular(w[-1]) for w in theirs}:
        return False
    my_own = {singular(w) for words in mine for w in words[:-1]}  # as the sentence's words are ("Leeds": "leed")
    their_own = {singular(w) for words in theirs for w in words[:-1]}
    # (name words count too: the "us" of "US Airways" is too short a word to be kept)
    return not my_own & (other.words | other.facts.name_words) \
        and not their_own & (claim.words | claim.facts.name_words)


def _headed_names(names: tuple[str, ...], heads: frozenset[str]) -> list[list[str]]:
    """The names of two words or more whose last word is a common head ("vostra airlines"), as words."""
    return [name.split() for name in names if len(name.split()) > 1 and singular(name.split()[-1]) in heads]


@functools.cache
def _name_heads() -> frozenset[str]:
    return frozenset(singular(str(w).lower()) for w in load_lexicon("corpus_words")["name_heads"])


def _other_subject(claim: Side, other: Side) -> bool:
    """Each sentence opens with its own name, which the other never writes ("Ruritel shares fell ..." /
    "Zendabank shares climbed ..."): two subjects, whatever place they share."""
    mine, theirs = claim.opener, other.opener
    return bool(mine and theirs and mine != theirs and mine in claim.facts.name_words
                and theirs in other.facts.name_words and mine not in other.words and theirs not in claim.words
                and not in_one_name(mine, theirs, claim.known + claim.facts.story + other.facts.story))


def _named_thing(n: NumberMention) -> bool:
    """A figure of a thing it names ("a $25,000 reward"), not a rate, a price ("86 cents a share"), an age, a
    span of time or a count of times."""
    return n.noun is not None and not n.noun.startswith("per ") and n.noun != "age" and not is_span(n) \
        and not _repetition(n) and n.noun.lower() not in _settings()["currency_words"]


def _of_the_event_before(claim: Side, other: Side) -> bool:
    """The corpus sentence tells its event by a span from another ("On July 22, just 12 days after Rich was
    killed, WikiLeaks published ...") and the claim tells that other event ("Rich was killed on July 10"),
    in its words and none of the main clause's (not "reopened on December 9, after the fire" / "reopened on
    December 7, five years after the fire")."""
    reference: set[str] = set()
    for n in other.numbers:
        if n.unit in ("s after", "s before"):
            told = _REFERENCE_EVENT.match(other.text, _after_noun(n, other.text))
            if told:
                reference.update(singular(w) for w in _WORD.findall(told.group(1).lower()))
    if not reference:
        return False
    skip = _content_stop() | facts_mod.function_words() | claim.facts.name_words | other.facts.name_words
    mine = claim.words - skip
    rest = other.words - skip - reference
    return bool(mine & reference) and not mine & rest


# the other event, to the end of its clause or of the brackets it is told in ("on Sept. 4 (exactly one week after
# being admitted to the hospital) after being taken off life support": being admitted to the hospital)
_REFERENCE_EVENT = re.compile(r"[\s-]*(?:after|before|later|earlier)\b([^,.;:()]*)", re.I)


def _told_from_days_apart(claim: Side, a: NumberMention, other: Side, b: NumberMention) -> bool:
    """Two spans told from each side's own date ("more than a year ago" / "only six months ago", "in six
    months" / "in three months") differ by no more than those dates may explain: the days between them must
    be small beside the spans (a quarter of the shorter), and both dates known."""
    if a.unit not in ("s ago", "s in"):
        return False
    if claim.when is None or other.when is None:
        return True
    gap = abs((claim.when - other.when).days) * 86400
    return gap > 0.25 * min(a.value, b.value)


def _counted_span(n: NumberMention, text: str, offset: int = 0) -> NumberMention:
    """A span of time counted in seconds, its unit saying how it is told: "s" for a fixed span, "s ago",
    "s in", "s after", "s before" for one told from a point, so that only spans told alike pair up."""
    span = in_seconds(n)
    if span.unit != "s":
        return span
    relation = _span_relation(n, text, offset)
    return span._replace(unit=f"s {relation}") if relation in _TOLD_FROM_A_POINT else span


def _after_noun(n: NumberMention, text: str, offset: int = 0) -> int:
    """Where the figure's noun ends in ``text`` ("three days| longer", "a minute and a half| later"), or -1."""
    if n.noun is not None and n.noun.lower() in n.text.lower():
        return n.end - offset
    at = text.find(n.noun, n.end - offset, n.end - offset + 3 + len(n.noun)) if n.noun else -1
    return at + len(n.noun) if at >= 0 else -1


def _fixed_duration(n: NumberMention, text: str) -> bool:
    """A span of time that is not counted from either side's date ("over a period of four years", "saved
    for three years", "60 days to wed", "within 28 days of receiving them": from the event it names; not "two
    years ago", "the past four years", "a 21-year-old", "within a year")."""
    if not _span_of_time(n) or n.value is None:
        return False
    end = _after_noun(n, text)
    after = text[end:end + 12] if end >= 0 else ""
    relative = _RELATIVE_SPAN_BEFORE.search(text, max(0, n.start - 30), n.start)
    if relative and relative.group().lower().startswith("within") and _OF_EVENT.match(after):
        relative = None
    if relative and relative.group().lower().startswith("in") and _record_before(text, relative.start()):
        relative = None  # "for the first time in three days", "the lowest level in 20 years": the span since the last
    if relative and relative.group().lower().startswith("in ") and n.hedge in _UPPER_BOUND_AFTER:
        relative = None  # "pizza in five minutes or less": how long it takes, not when
    return not (relative or _RELATIVE_SPAN_AFTER.match(after))


_UPPER_BOUND_AFTER = frozenset(("or less", "or fewer", "or under"))
_OF_EVENT = re.compile(r"\s+of\s+(?!(?:now|today)\b)", re.I)


def _record_before(text: str, at: int) -> bool:
    """A first or a record among the few words of its clause before ``at`` (rules/lexicons/corpus_words.yaml
    baseline_superlatives): "for the first time in", "the lowest level in", "its worst week in"."""
    lead = re.split(r"[,;:]", text[max(0, at - 40):at])[-1]
    return any(w in _baseline_words() for w in _WORD.findall(lead.lower())[-4:])


# a capitalised word (not a month) right before the figure: a model or a flight ("Sparcstation 1 accounted")
_DESIGNATION = re.compile(r"(?:(?<=[a-z,;:.!?]\s)|(?<=\n)|^)"
                          r"(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s\Z)"
                          r"[A-Z][A-Za-z]+\s\Z")


def _difference(text: str, start: int, end: int, noun: str | None, hedge: str | None = None) -> str | None:
    """Whether a figure measures a change or a gap, not a total: "written" when the words after it say so
    ("5% more", "a 34% profit gain", "a 9% drop"), "by" or "to" after a verb of change ("grew by 52,000": a
    change; "grew to 52,000": a level), "verb" when only a verb before it does ("dropped 11%", "up $1.875";
    another verb may say the same), "gap" for a gap to a level ("1.7C above"), which is neither, else None."""
    if noun and singular(noun.lower()) in _change_words():
        return "written"  # "a 9% drop"
    after = _WORD.findall(re.split(r"[,;:.!?()]", text[end:end + 40], maxsplit=1)[0].lower())
    if after[:1] and after[0] in _gap_words():
        # "1.7C above the averages of the 1800s", "4.6 percent below the peak": a gap, which is told as a change
        # ("a 1.7C increase from the 1800s averages") or as a level ("... and Arizona 4.1 percent") alike
        return "gap"
    if noun and noun.lower() in after:
        after = after[after.index(noun.lower()) + 1:]
    if after[:1] and after[0] in _difference_words():
        return "written"
    before = text[max(0, start - 40):start].lower().rstrip(" $£€¥")
    if hedge and before.endswith(hedge):
        before = before[:-len(hedge)]  # "rose about 5%"
    words = _WORD.findall(before)
    if len(words) > 1 and (words[-1] == "by" and words[-2] in _change_words()
                           or words[-1] == "to" and _change_words().intersection(words[-4:-1])):
        return words[-1]  # "grew by 52,000": a change; "grew to 52,000", "grew by 4% to 52,000": a level
    if len(words) > 1 and words[-1] in ("was", "is", "were", "been") and _change_words().intersection(words[-4:-1]):
        return "written"  # "the decline had been 0.03%", "the increase was 5%"
    if len(words) > 1 and words[-1] == "of" and singular(words[-2]) in _change_words() \
            and words[-2] not in ("up", "down"):
        return "written"  # "an increase of $320 million", "a drop of 5%"; not "made up of around 4,400 panels"
    if not words or words[-1] not in _change_words():
        return None
    if words[-1] in ("up", "down"):  # "$6.6 billion, up 13%", "traded up 0.87%", not "make up 90 percent"
        return "verb" if before.rstrip()[:-len(words[-1])].rstrip()[-1:] in ("", ",", "(", ";") \
            or len(words) > 1 and words[-2] in _MOVE_VERBS else None
    return "verb"


def _direction(text: str, start: int, end: int, noun: str | None) -> str | None:
    """"rise" or "fall" when a figure is a move one way: the word it counts ("a 15% increase"), the word right
    before it ("fell 5%", "down 15%", "declined by 15%") or right after it ("5% higher"); else None."""
    rises, falls = _rise_fall()
    words = [noun.lower()] if noun else []
    before = _WORD.findall(text[max(0, start - 20):start].lower())
    if before[-1:] == ["by"]:
        before = before[:-1]  # "grew by 16.1%", "declined by 21.9%"
    words += before[-1:] + _WORD.findall(text[end:end + 15].lower())[:1]
    up, down = any(w in rises for w in words), any(w in falls for w in words)
    return "rise" if up and not down else "fall" if down and not up else None


def _directions_opposed(a: str | None, b: str | None) -> bool:
    return bool(a) and bool(b) and a != b


@functools.cache
def _rise_fall() -> tuple[frozenset[str], frozenset[str]]:
    """The one-word forms of rules/lexicons/predicates_opposing.yaml's rise-fall pair, with "up"/"higher" and
    "down"/"lower"."""
    pair = next(p for p in load_lexicon("predicates_opposing")["pairs"] if p["name"] == "rise-fall")
    rises = {w for w in _forms(pair["positive"]) if " " not in w} | {"up", "higher"}
    falls = {w for w in _forms(pair["negative"]) if " " not in w} | {"down", "lower"}
    return frozenset(rises), frozenset(falls)


_MOVE_VERBS = frozenset(("traded", "trading", "closed", "ended", "finished", "edged", "moved", "was", "were", "is",
                         "are"))  # "traded up 0.87%", "was down 3%"


def _change_and_level(a: str | None, b: str | None) -> bool:
    """One figure is written as a change and the other as a level: not the same quantity (a verb alone may
    be a synonym the lexicon lacks: "plunged $8.625" / "nose-dived $8.625"; "rose by up to a staggering
    11C" reads as neither, so "by" is a change only against "to", a level)."""
    return {a, b} == {"written", None} or {a, b} == {"by", "to"}


def _corpus_side(candidate: Candidate) -> Side:
    facts = facts_mod.decode(candidate.hit.text, candidate.hit.facts)
    text = candidate.hit.text
    numbers = tuple(_counted_span(n, text) for n in facts.numbers)
    return Side(text, 0, _gapped(text, numbers), facts.dates, facts, _parse_day(candidate.hit.date))


# (a model's name may hold digits: "Airbus' A380 carries 22", "the Antonov An-225 needs 22")
_GAP = re.compile(r"(?:[^\d.;:]|(?<=[A-Za-z])-?\d+)*?(?:,\s*and|\band|\bwhile|\bbut|,)\s+"
                  r"(?:[^\d.;:,]|(?<=[A-Za-z])-?\d+){0,40}$", re.I)
_CLAUSE_CLOSE = re.compile(r"\s*(?:[.;:,)]|$|(?:if|when|because|unless|once|after|before)\b)")


def _gapped(text: str, numbers: tuple[NumberMention, ...], offset: int = 0) -> tuple[NumberMention, ...]:
    """A bare figure that closes a coordinated clause counts what the figure before it counts ("Iraq has
    17 million residents, and Kuwait about 1.9 million": 1.9 million residents)."""
    out = list(numbers)
    for k in range(1, len(out)):
        n, prev = out[k], out[k - 1]
        if n.noun is not None or n.unit is not None or prev.noun is None or prev.unit is not None:
            continue
        between = text[prev.end - offset:n.start - offset]
        if _GAP.fullmatch(between) and _CLAUSE_CLOSE.match(text, n.end - offset) \
                and (scale_word(n) is not None) == (scale_word(prev) is not None):
            out[k] = n._replace(noun=prev.noun)
    return tuple(out)


def _parse_day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _keyed(claim: Side, other: Side) -> bool:
    """A corpus sentence worded too differently to count by its wording is still about the claim's figure
    when it names the claim's subject and writes one of its figures with the same digits under another
    scale ("Ukraine owes Gazprom $1.2 million" / "... Gazprom ... Ukraine's $1.2 billion debt"), or gives
    the age of a person the claim gives an age to ("Xue, 27, had been left in charge" / "Xue Paan, 37,
    attacked her nephew")."""
    return subject_shared(claim, other) and any(_scale_twin(a, b) and a.unit == b.unit
                                                 or _one_persons_age(claim, a, other, b)
                                                 for a in claim.numbers for b in other.numbers)


def _vouches(claim: Side, other: Side, candidate: Candidate, aligned: list[_Aligned]) -> bool:
    """Agreeing figures show the claim true only from a sentence known to be about the same thing: one
    naming whom the claim is about, or worded closely when the claim names no one, or where two
    distinctive figures agree ("about 10%" in a sentence about another company is no support for a
    market share; "closed Friday at $46.50" on the Big Board is no support for another stock's close), but
    not from a sentence that names no one itself in a story that names others than the claim's subject."""
    # (not where the claim names only who tells it and the corpus sentence does not: "..., reports the Independent"
    # is no subject in the story of a corpus sentence that names the Independent before)
    if subject_shared(claim, other) and (shared(claim.facts.name_words, other.facts.name_words)
                                         or not _only_tellers(claim)):
        return True
    mine, _ = names_of(claim, other)
    if not mine and (candidate.similarity >= CONTRADICTION_SIMILARITY["number"]
                     or candidate.similarity >= SUPPORT_SIMILARITY
                     and any(item.agree and item.distinctive for item in aligned)):
        # a claim that names no one, worded closely, or less closely with a distinctive figure agreeing ("Some
        # 132.8 million shares changed hands on Friday" / "Volume totaled 132.8 million shares")
        return True
    if mine and mine <= other.facts.name_words and candidate.similarity >= CONTRADICTION_SIMILARITY["number"] \
            and _names_after_figures(claim):
        # every name of the claim, all told after its figures, written by a sentence worded closely, if only in
        # an aside ("Some of them earn $10.50 an hour now, the Chicago minimum" / "Some currently make $10.50 an
        # hour, which is the minimum wage in Chicago"; not "Brixton Holdings itself had a net loss of $18.3
        # million" / "the company, which is 55%-owned by Brixton Holdings, had a net loss of $18.3 million")
        return True
    if mine and other.facts.story and not own_names(other, claim):
        return False  # "Revenue rose 12% to $1.37 billion" in a story about others is not the claim's revenue
    written = frozenset(w for w in written_names(other, claim) if not facts_mod.is_legal_form(w))
    if mine and written and not shared(claim.facts.name_words | claim.facts.story_words, written):
        return False  # "Provigo ... closed at C$9.75, up 75 Canadian cents" is no support for Steinberg's close
    return sum(item.agree and item.distinctive for item in aligned) >= 2


def _only_tellers(side: Side) -> bool:
    """Every name the sentence writes names who tells it (_tellers: ", reports the Independent")."""
    words = side.facts.name_words
    return bool(words) and words <= _tellers(side.text)


def _names_after_figures(side: Side) -> bool:
    """Every name the sentence writes comes after its first figure: the sentence's subject is unnamed, and
    the names tell where or whose the figure is."""
    spans = facts_mod.name_spans(side.text)
    return bool(spans) and bool(side.numbers) and spans[0][0] > side.numbers[0].start - side.offset


def _tells_alike(claim: Side, other: Side, candidate: Candidate, aligned: list[_Aligned]) -> bool:
    """Agreeing figures that are all small counts ("his two grandmothers") show the claim true only from a
    sentence telling the same doings: worded closely, or sharing a content word beyond names, figures and what
    they count ("The march was led by Elian's young stepmother, flanked by his two grandmothers" is not told
    by "Reno has met ... Elian's two grandmothers from Cuba")."""
    agreeing = [item for item in aligned if item.agree]
    if not agreeing or any(item.distinctive for item in agreeing) or candidate.similarity >= SUPPORT_SIMILARITY:
        return True
    counted = frozenset(w for item in agreeing for w in _WORD.findall(item.pair.claim.lower())) | spelled_words()
    return _shares_event(claim, other, None, None, ignore=frozenset(singular(w) for w in counted) | counted)


def _year_change(claim: Side, other: Side, candidate: Candidate) -> tuple[Mismatch, AlignedPair] | None:
    """The claim retells the corpus sentence with another year ("since 1910" / "since 1901"): one year on
    each side, the same names (or none in the claim), and every figure the same, with one distinctive
    figure, a date on the same day of the month, the same month or a near-identical wording to tie them.
    Otherwise the other year is another period ("last year's $3.27 a share"), no contradiction."""
    changed = _changed_year(claim, other)
    if changed is None or candidate.similarity < CONTRADICTION_SIMILARITY["date"]:
        return None
    (m, m_end, written), (n, _, theirs_year) = changed
    if (_name_year(claim.text, m) or _name_year(other.text, n)) and not _one_name_years(claim.text, m, other.text, n):
        return None  # "Exercise Regional Cooperation 2014" names an event; "since 2004" dates another thing
    if written[-4:] in _years_away(other.text) or theirs_year[-4:] in _years_away(claim.text):
        return None  # "in 1987 and a nude magazine photo shoot she did a year later" tells 1988 too
    if _baseline_year(claim.text, m) and not _since_year(other.text, n) \
            or _baseline_year(other.text, n) and not _since_year(claim.text, m):
        return None  # "the largest increase since 1991" / "would rise by 7.3 percent this year": no event's year
    if set(_ANOTHER_TIME.findall(claim.text.lower())) - set(_ANOTHER_TIME.findall(other.text.lower())):
        return None  # "adopted a new charter in 2012" / "adopted the charter in 2009": another event
    mine, theirs = names_of(claim, other)
    # (an opening word the corpus sentence writes in lower case is no name: "Women held 27 percent ...")
    unnamed = not mine and candidate.similarity >= CONTRADICTION_SIMILARITY["number"]
    if not (shared(mine, theirs) or unnamed):
        return None  # the same names, or a claim that names no one ("In fiscal 1987, the truck maker ...")
    pairs = _align_numbers(claim, other)
    if not all(_equal(a, b) for a, b in pairs):
        return None  # "about 41 million in 2015" / "44.3 million in 2013": another year's figure
    relative = not (claim.text[m:m_end].isdigit() and other.text[n:changed[1][1]].isdigit())
    if relative and any(same_quantity(x, y) and not _equal(x, y) for x in claim.numbers for y in other.numbers
                        if not any(same_quantity(x, z) and _equal(x, z) for z in other.numbers)):
        # "Last year's marathon drew 10,500 runners" / "drew 12,000 runners this year": two years' counts (not
        # "shipping 20TB drives next year" / "Later this year Seagate will start shipping 20TB drives ... up to
        # 80TB drives": the claim's figure is written, another beside it)
        return None
    same_day = any(day[4:10] == their[4:10] for _, _, day in claim.dates for _, _, their in other.dates)
    # ... "in February 1949" / "1947", "since July 2012" / "since July of last year"
    same_month = _month_before(claim.text, m) in facts_mod.month_numbers() and \
        _month_before(claim.text, m) == _month_before(other.text, n)
    # ... or the same two words leading to the year ("joined Provigo in 1983" / "joined Provigo in 1985"; not
    # "in Syria in August 2013" / "in Syria in November, 2012", nor "fiscal 2014" / "fiscal 2015")
    led = len(_meanings(_year_lead(claim.text, m)) & _meanings(_year_lead(other.text, n))) >= 2
    # ... or the same event told around it ("invaded Afghanistan in 1989" / "in nineteen seventy-nine when
    # the Soviet Union invaded Afghanistan"; "has ruled the country since independence" / "who has led Zimbabwe
    # since independence")
    # (two beside names, for a year both sides bound a state by, "since" or "until": "presidents have been
    # adopting seventh children, symbolically at least, since 1917" / "presidents, who since 1907 have been
    # adopting - symbolically, anyway - seventh children")
    around = _meanings(_year_context(claim.text, m, m_end, 5)) \
        & _meanings(_year_context(other.text, n, changed[1][1], 5))
    bound = _word_before(claim.text, m) in _BOUND_WORDS and _word_before(claim.text, m) == _word_before(other.text, n)
    led = led or len(around) >= 3 or bound and len(around - mine - theirs) >= 2
    # ... or another year of the same span, the same ("from 2011 to 2014" / "from 2011 to 2013")
    spanned = bool(claim.years & other.years) and len(claim.years) == len(other.years) >= 2
    # ... or, in a claim giving no figure beside its year, the year's own words retold, as a changed figure's clause
    # is (_clause_retold: "The ceremony was opened to non-Catholics in 1989" / "because in 1999 the adoption ceremony
    # was extended to non-Catholics"; not "its guidance for fiscal 2014 adjusted earnings between $3.70 and $3.74" /
    # "expects per-share earnings of $3.83 to $4.03 for fiscal 2015", another year's guidance)
    # (neither side's year a bound the other's is not: "admitted its first black student in 1964" / "has admitted
    # women since 1971")
    retold = not claim.numbers and not _ordinals_apart(claim.text, other.text) \
        and (_word_before(claim.text, m) in _BOUND_WORDS) == (_word_before(other.text, n) in _BOUND_WORDS) \
        and _half_retold(_meanings(_year_context(claim.text, m, m_end) - mine),
                         _meanings(_year_context(other.text, n, changed[1][1]) - theirs))
    tied = any(_distinctive(a) for a, _ in pairs) or same_day or same_month or led or spanned or retold
    if not tied and candidate.similarity < CONTRADICTION_SIMILARITY["unnamed"]:
        return None
    evidence = _evidence(candidate)
    start = claim.offset + m
    message = f"the article gives the year {written}, the corpus {theirs_year} ({_cite(evidence)})"
    return (Mismatch("date", start, claim.offset + m_end, message, evidence),
            AlignedPair(written, theirs_year, False))


def _ordinal_changes(claim: Side, other: Side, candidate: Candidate, mine: list):
    """Each place in a series the claim writes ("a third hostage", "the world's third-largest PC vendor", "the
    13th son") against the one the corpus sentence gives the same thing (a word among the three after each), as
    (span, agrees, contradiction or None). A place that differs contradicts only in a sentence alike enough
    about the same subject, with the same facts otherwise (_same_facts) and no other place changed, or two
    places that traded ("the 13th son ... after his seventh birthday" / "the seventh son ... after the boy's 13th
    birthday"); else it tells another occasion ("the second round ... opened on March 10" / "the first round
    ... on March 3"), no proof of the claim's place either. Never a place among days, nights or hours, which
    grows between two reports, nor a quarter or a half, another period."""
    if not mine:
        return []
    theirs = _ordinals(other.text)
    close = _close_retelling(claim, other, candidate)
    agreed, changed = [], []
    for start, end, place, counted in mine:
        partners = {their_place for _, _, their_place, their_counted in theirs if counted & their_counted}
        span = (claim.offset + start, claim.offset + end)
        if {_place_key(p) for p in partners} == {_place_key(place)}:
            agreed.append((span, True, None))
        elif len(partners) == 1 and close and not counted & _GROWING_PLACES:
            changed.append((span, place, partners.pop()))
    traded = len(changed) == 2 and _place_key(changed[0][1]) == _place_key(changed[1][2]) \
        and _place_key(changed[1][1]) == _place_key(changed[0][2])
    if not (len(changed) == 1 and _same_facts(claim, other) or traded):
        return agreed + [(span, False, None) for span, _, _ in changed]
    span, place, their_place = changed[0]
    return agreed + [(span, False, _word_changed(span, place, their_place, candidate))] \
        + [(span, False, None) for span, _, _ in changed[1:]]


def _close_retelling(claim: Side, other: Side, candidate: Candidate) -> bool:
    """Alike enough for a place or count written otherwise to contradict: near-identical wording, or close
    wording about the claim's subject."""
    if candidate.similarity >= CONTRADICTION_SIMILARITY["unnamed"]:
        return True
    # (or close wording where neither names anyone: "Two of the three bombs exploded, though nobody was hurt" /
    # "Only one of the three bombs had detonated and no one was injured")
    return candidate.similarity >= CONTRADICTION_SIMILARITY["number"] and (
        subject_shared(claim, other) or not any(names_of(claim, other)))


def _place_key(place: str) -> str:
    """A place in a series as its number where it has one ("seventh" and "7th": 7), else as written."""
    digits = _DIGIT_ORDINAL.fullmatch(place)
    if digits:
        return digits.group(1)
    return str(_ORDINAL_VALUES[place]) if place in _ORDINAL_VALUES else place


_DIGIT_ORDINAL = re.compile(r"(\d+)(?:st|nd|rd|th)", re.I)
_ORDINAL_VALUES = {w: k + 1 for k, w in enumerate(("first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                                                   "eighth", "ninth", "tenth", "eleventh", "twelfth"))}


def _word_changed(span: tuple[int, int], written: str, theirs: str,
                  candidate: Candidate) -> tuple[Mismatch, AlignedPair]:
    """The mismatch and pair of a place or count the claim writes otherwise than the corpus sentence."""
    evidence = _evidence(candidate)
    message = f"the article says '{written}', the corpus '{theirs}' ({_cite(evidence)})"
    return Mismatch("number", span[0], span[1], message, evidence), AlignedPair(written, theirs, False)


def _same_facts(claim: Side, other: Side) -> bool:
    """The two sentences write the same years (or each a count of years back: "three years ago" / "2 years
    ago", the count compared), one day the same when both write days, every figure they align
    equal, and nothing told otherwise (an opposite word, another alternative: "The couple's first child, a
    daughter" / "second child, a son")."""
    if claim.years != other.years and not (claim.years_told_ago and other.years_told_ago):
        return False  # "won her first title at the Sopot Open in 2014" / "won her second title at the Sopot Open"
    if claim.dates and other.dates and not any(_same_day(v, w) for _, _, v in claim.dates for _, _, w in other.dates):
        return False
    if any(differ(claim.text, other.text) for differ in _TOLD_OTHERWISE if differ is not _another_round):
        return False
    # (a place in digits, "the 12th birthday", is the place compared, not one of the other facts)
    return all(_equal(a, b) for a, b in _align_numbers(claim, other) if a.unit != "ordinal")


def _ordinals(text: str) -> list[tuple[int, int, str, frozenset[str]]]:
    """The places in a series a sentence writes, in words or digits ("13th"), as (start, end, place, what it
    counts): the content words among the three after it, in its phrase ("a third American carrier": american,
    carrier)."""
    places = _ordinal_words()
    stop = facts_mod.function_words()
    found = []
    for m in _ORDINAL.finditer(text):
        if m.group(1).lower() not in places and not _DIGIT_ORDINAL.fullmatch(m.group(1)):
            continue
        before = max(0, m.start() - 12)
        if (_FRACTION_BEFORE.search(text, before, m.start()) and _OF_AFTER.match(text, m.end())) \
                or (m.group(1).lower() == "first" and _ADVERB_BEFORE.search(text, before, m.start())):
            continue  # "Nearly a third — 31% — of new investors": a share; "who first bought": when, no place
        after = _PHRASE_WORDS.match(text, m.end())
        words = _WORD.findall(after.group().lower()) if after else []
        counted = frozenset(singular(w) for w in words[:3] if w not in stop)
        if counted:
            found.append((m.start(1), m.end(1), m.group(1).lower(), counted))
    return found


def _bare_count_changes(claim: Side, other: Side, candidate: Candidate, mine: list):
    """Each count the claim writes without a noun to compare ("Nine of those are in custody", "at least three
    of them in the back", "a police force of 35,000 rivals") against the one count the corpus sentence writes
    in the same place (the same two words before it or after it), as (span, agrees, contradiction or None),
    like _ordinal_changes: a count that differs contradicts only in a sentence alike enough about the same
    subject, with the same facts otherwise and no other count changed; one given otherwise that does not
    contradict (of another thing, or too unsure) comes with neither, since it is no proof of the claim's."""
    if not mine:
        return []
    theirs = _bare_counts(other.text, other.figures)
    close = _close_retelling(claim, other, candidate)
    agreed, changed, disputed = [], [], []
    for start, end, value, before, after, kind in mine:
        # (two figures of known kinds are the figure path's to align: "Foley, 45" / "Foley two weeks ago")
        placed = [(their_value, s, e) for s, e, their_value, their_before, their_after, their_kind in theirs
                  if (before and before == their_before or after and after == their_after)
                  and (kind is None or their_kind is None)]
        partners = {(their_value, other.text[s:e]) for their_value, s, e in placed
                    if not _substituted_beside(claim, start, end, other, s, e)}
        span = (claim.offset + start, claim.offset + end)
        if {v for v, _ in partners} == {value}:
            agreed.append((span, True, None))
        elif len(partners) == 1 and close:
            changed.append((span, claim.text[start:end], next(iter(partners))[1]))
        elif any(their_value != value for their_value, _, _ in placed):
            # another count in the same place, of another thing or too unsure to contradict: no proof either
            # ("Of the 40 passengers, five were Germans" / "Of the 40 passengers, two were Canadians")
            disputed.append((span, False, None))
    if len(changed) != 1 or not _same_facts(claim, other):
        return agreed + disputed + [(span, False, None) for span, _, _ in changed]
    span, written, their_written = changed[0]
    return agreed + disputed + [(span, False, _word_changed(span, written, their_written, candidate))]


def _substituted_beside(claim: Side, start: int, end: int, other: Side, their_start: int, their_end: int) -> bool:
    """The content word nearest a count, before or after it, is another on each side, and neither sentence writes
    the other's ("five were Germans" / "two were Canadians", "lost one of" / "won two of"): the counts count
    other things, not one thing told otherwise. A word only one side adds is a detail ("Nine of those indicted
    are in custody" / "Eight of those are in custody")."""
    stop = _content_stop() | facts_mod.function_words()

    def nearest(text: str, at: int, back: bool) -> str | None:
        chunk = text[max(0, at - 40):at] if back else text[at:at + 40]
        chunk = re.split(r"[,;:()]", chunk)[-1 if back else 0]
        words = [singular(w) for w in _WORD.findall(chunk.lower()) if w not in stop and len(w) > 2
                 and not w.isdigit() and w not in spelled_values()]
        return (words[-1] if back else words[0]) if words else None

    for back in (True, False):
        mine = nearest(claim.text, start if back else end, back)
        theirs = nearest(other.text, their_start if back else their_end, back)
        if mine and theirs and _synonym(mine) != _synonym(theirs) \
                and mine not in other.words and theirs not in claim.words:
            return True
    return False


def _bare_counts(text: str, figures) -> list[tuple[int, int, float, tuple[str, ...], tuple[str, ...], tuple | None]]:
    """The counts a sentence writes as bare numbers (spelled or in digits; not a year, a day of a date, a time,
    an amount of money or a decimal), as (start, end, value, the two words before, the two words after, lower
    case, and the unit and noun of the figure it is part of, if of a known kind: "45" an age, "two weeks").
    ``figures``: every figure the sentence writes (a Side reads them once)."""
    spelled = _bare_count_values()
    kinds = [(n.start, n.end, (n.unit, singular(n.noun.lower()) if n.noun else None)) for n in figures
             if _comparable(n, text) or n.unit or not is_generic(n.noun) or _span_of_time(n)]
    dated = [(start, end) for start, end, _ in facts_mod.find_calendar_dates(text)]
    found = []
    for m in _COUNT_WORD.finditer(text):
        word = m.group().lower()
        value = spelled.get(word)
        if value is None and word[0].isdigit() and not YEAR.fullmatch(word):
            value = float(word.replace(",", ""))
        if value is None or any(start <= m.start() < end for start, end in dated):
            continue
        before, after = _words_around(text, m.start(), m.end())
        # a figure right beside it stands between it and the words around ("fired two 120 mm rounds": "two" is
        # not placed before "mm rounds" as "120" is)
        before = () if text[:m.start()].rstrip()[-1:].isdigit() else before
        after = () if text[m.end():].lstrip()[:1].isdigit() else after
        found.append((m.start(), m.end(), float(value), before if len(before) == 2 else (),
                      after if len(after) == 2 else (),
                      next((kind for start, end, kind in kinds if start <= m.start() < end), None)))
    return found


@functools.cache
def _bare_count_values() -> dict[str, float]:
    """Each word that writes a bare count, with its value: the spelled numbers, "one", "both" ("both of the two
    bridges" / "one of the two bridges") and the plurals of a scale ("hundreds of years old" / "thousands")."""
    return {**spelled_values(), "one": 1, "both": 2, **_VAGUE_SCALES}


def _words_around(text: str, start: int, end: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The place a figure stands in: the (up to) two words before it and the two after it, lower case and
    singular ("one clinic employee" / "three clinic employees")."""
    before = tuple(singular(w.lower()) for w in _WORD.findall(text[max(0, start - 40):start])[-2:])
    after = tuple(singular(w.lower()) for w in _WORD.findall(text[end:end + 40])[:2])
    return before, after


_VAGUE_SCALES = {"dozens": 12, "hundreds": 100, "thousands": 1e3, "millions": 1e6, "billions": 1e9}
_COUNT_WORD = re.compile(r"(?<![\w.,:$£€-])(?:\d{1,3}(?:,\d{3})+|\d+|[A-Za-z]+)(?![\w%-]|[.,:]\d)")
_ORDINAL = re.compile(r"\b([A-Za-z]+|\d+(?:st|nd|rd|th))\b(?=[\s-])")
_FRACTION_BEFORE = re.compile(r"\b(?:a|an|one|two)[ \t]+$", re.I)
_OF_AFTER = re.compile(r"(?:[ \t]*[—–-][^—–]{1,30}[—–])?[ \t]+of\b")  # "a third of", "a third — 31% — of"
_ADVERB_BEFORE = re.compile(r"\b(?:who|he|she|they|we|i|it|had|has|have|was|were|is|are|been)[ \t]+$", re.I)
_PHRASE_WORDS = re.compile(r"[^,;:.!?()\"“”]*")
_GROWING_PLACES = frozenset(("day", "night", "hour", "minute", "quarter", "half",
                             "straight", "consecutive", "successive", "running"))  # a streak grows too


class _Told(NamedTuple):
    """What a side tells of time and names beyond its figures, read once per side: its months with a year
    ("in Aug. 2013"), its months without one as written ("since November") and with those it names from its
    date ("next month"), its times of day, its numbers in names ("Flight 1140") and its quarters and halves."""

    months: list[tuple[int, int, str]]
    bare_months: list[tuple[int, int, str, str]]
    dated_months: list[tuple[int, int, str, str]]
    times: list[clock.ClockTime]
    designations: list[re.Match]
    parts_of_year: set[str]


def _told(text: str, when: date | None) -> _Told:
    bare = _bare_months(text)
    dated = _bare_months(text, when) if when is not None else bare
    return _Told(_month_years(text), bare, dated, clock.find_times(text), _designations(text), _parts_of_year(text))


def _months_apart(text: str, other: str, year: str) -> bool:
    """Both sentences write a month with the year, never the same one ("In March 2021, acebush1 asked ..." /
    "In November 2021, acebush1 made multiple posts ..."): the year is another event's, no proof of the claim's."""
    def months(of: str) -> set[str]:
        written = {value for _, _, value in _month_years(of)}
        written |= {value[:7] for _, _, value in facts_mod.find_calendar_dates(of) if _DAY_VALUE.match(value)}
        return {value for value in written if value[:4] == year}
    mine, theirs = months(text), months(other)
    return bool(mine) and bool(theirs) and not mine & theirs


def _month_years(text: str) -> list[tuple[int, int, str]]:
    """The months a sentence writes with their year and no day ("in Aug. 2013", "in May, 2013"), as
    (start, end, "2013-08")."""
    months = facts_mod.month_numbers()
    return [(m.start(1), m.end(), f"{m.group(2)}-{months[m.group(1).lower()]:02d}") for m in _MONTH_YEAR.finditer(text)
            if m.group(1).lower() in months]


def _time_change(claim: Side, other: Side, candidate: Candidate, told: _Told,
                 their_told: _Told) -> tuple[Mismatch, AlignedPair] | None:
    """The claim retells the corpus sentence with another time of day ("It was 8.50 in the evening, he
    recalls, when ..." / "it was 8:30 pm and ..."): one time on each side, neither a bound ("by 5 p.m."), or
    as many times on each side taken in order, all but one the same ("first at around 4pm and again at 7pm" /
    "first ... at around 4pm and the second time was at 9pm"), in a sentence alike enough for a figure, every
    figure the same."""
    mine, theirs = told.times, their_told.times
    if not mine or len(mine) != len(theirs) or candidate.similarity < CONTRADICTION_SIMILARITY["number"]:
        return None
    if not all(clock.comparable(a, b) or _bound_alike(claim.text, a, other.text, b) for a, b in zip(mine, theirs)):
        return None
    changed = [(a, b) for a, b in zip(mine, theirs) if not clock.agree(a, b)]
    if len(changed) != 1:
        return None
    a, b = changed[0]
    if not all(_equal(x, y) for x, y in _align_numbers(claim, other)):
        return None
    evidence = _evidence(candidate)
    message = f"the article gives the time {a.text}, the corpus {b.text} ({_cite(evidence)})"
    return (Mismatch("date", claim.offset + a.start, claim.offset + a.end, message, evidence),
            AlignedPair(a.text, b.text, False))


def _bound_alike(text: str, a: clock.ClockTime, other: str, b: clock.ClockTime) -> bool:
    """Two times bounding the same way, by the same word ("stayed up until 2am" / "stayed up until 4 a.m."): the
    end the two tell is one, and compared as a time."""
    word = _word_before(text, a.start)
    return a.hedge == b.hedge == "bound" and bool(word) and word == _word_before(other, b.start)


def _roles_reversed(text: str, other: str) -> bool:
    """The two sentences give the same names the other roles around a verb of one direction ("Zenda Oil
    bought Ruritel" / "Ruritel bought Zenda Oil", "Adeyemi beat Okafor" / "Okafor beat Adeyemi"; a passive
    "was bought by" turns the roles)."""
    mine, theirs = _roles(text), _roles(other)
    if mine is None or theirs is None or mine[0] != theirs[0]:
        return False
    (_, doer, done), (_, their_doer, their_done) = mine, theirs
    # ... or, with no other name around the verbs, one name doing on one side what it undergoes on the other
    # ("Hatfield Bank paid $25 million" / "Hatfield Bank received $25 million": a converse verb turns it)
    if not done and not their_doer or not doer and not their_done:
        return bool(shared(doer, their_done)) or bool(shared(done, their_doer))
    return bool(shared(doer, their_done)) and bool(shared(done, their_doer))


def _roles(text: str) -> tuple[str, frozenset[str], frozenset[str]] | None:
    """The verb of one direction ("bought", "beat"), by its stem, with the name words of who does it and who
    undergoes it; None without one such verb."""
    verbs = list(_DIRECTED.finditer(text))
    if len(verbs) != 1:
        return None
    verb = verbs[0]
    before = frozenset(facts_mod.Facts(names=tuple(facts_mod.names(text[:verb.start()]))).name_words)
    after = frozenset(facts_mod.Facts(names=tuple(facts_mod.names(text[verb.end():]))).name_words)
    if verb.group("passive"):
        before, after = after, before
    word = verb.group("verb").lower()
    word = _SAME_VERB.get(word, word)
    if word in _CONVERSE:  # "Orrin sold a stake to Quarry": the names after it bought from Orrin
        word, before, after = _CONVERSE[word], after, before
    return stem(word), before, after


_DIRECTED = re.compile(r"\b(?P<passive>(?:was|were|has been|have been|had been|is|are|being)\s+)?(?<!-)(?P<verb>bought|"
                       r"buys?|acquired|purchased|beat|defeated|sued|overtook|absorbed|sold|sells?|paid|pays|received|"
                       r"receives|endorsed|endorses|hired|replaced|replaces|succeeded|succeeds|accused|accuses|"
                       r"critici[sz]ed|praised|appointed|nominated|stabbed|blamed|thanked|fined|fines|loaned|lent|"
                       r"offered|lost(?=(?:\s+[^\s,;.]+){0,3}\s+to\b))\b"
                       r"(?(passive)(?:\s+(?:[$£€]?\d[\d,.]*|[^\s,;]+)){0,4}?\s+by\b|)", re.I)
# verbs told from the other side of the same deed, and the forms of one verb ("lost the election to Ordway":
# Ordway beat whom it is lost by)
_CONVERSE = {"sold": "bought", "sells": "bought", "sell": "bought", "received": "paid", "receives": "paid",
             "lost": "beat"}
_SAME_VERB = {"buy": "bought", "buys": "bought", "pays": "paid", "lent": "loaned", "fines": "fined"}


def _elsewhere(claim: Side, other: Side) -> bool:
    """The two sentences place what they tell in different places ("employs 4,500 people in Strelsau" /
    "... in Zenda"): each names a place after "in" that the other does not write at all."""
    mine, theirs = _places_in(claim.text), _places_in(other.text)
    if not mine or not theirs:
        return False
    their_words = other.words | other.facts.name_words | other.facts.story_words
    my_words = claim.words | claim.facts.name_words | claim.facts.story_words
    return not shared(mine, theirs) and not mine & their_words and not theirs & my_words


def _places_in(text: str) -> frozenset[str]:
    """The name words written after "in" ("in Strelsau", "in New Delhi"; not "in January", "in The Times")."""
    months = facts_mod.month_numbers()
    found = set()
    for m in _IN_PLACE.finditer(text):
        words = [singular(w.lower()) for w in m.group(1).split()]
        if words[0] not in months and words[0] not in facts_mod.function_words():
            found.update(w for w in words if w not in facts_mod.title_words())
    return frozenset(found)


_IN_PLACE = re.compile(r"\b[Ii]n\s+(?:(?:neighbou?ring|nearby|(?:north|south)?(?:east|west)(?:ern)?|northern|"
                       r"southern|central)\s+)?((?:[A-Z][a-z]+)(?:\s+[A-Z][a-z]+)*)\b")  # "in western Farah province"


def _designation_change(claim: Side, other: Side, candidate: Candidate, told: _Told,
                        their_told: _Told) -> tuple[Mismatch, AlignedPair] | None:
    """The claim retells the corpus sentence with another number in a name ("American Airlines Flight 1150"
    / "Flight 1140", "the Salyut 7 station" / "the Salyut 6 station"): the same capitalised word before a
    number, once on each side, in a sentence alike enough for a figure."""
    if candidate.similarity < CONTRADICTION_SIMILARITY["number"]:
        return None
    theirs = {}
    for m in their_told.designations:
        theirs.setdefault(m.group("word"), []).append(m)
    for m in told.designations:
        same = theirs.get(m.group("word"), [])
        if len(same) != 1 or sum(d.group("word") == m.group("word") for d in told.designations) != 1:
            continue
        if same[0].group("num") != m.group("num"):
            evidence = _evidence(candidate)
            message = f"the article says {m.group()}, the corpus {same[0].group()} ({_cite(evidence)})"
            return (Mismatch("number", claim.offset + m.start("num"), claim.offset + m.end("num"), message, evidence),
                    AlignedPair(m.group(), same[0].group(), False))
    return None


def _designations(text: str) -> list[re.Match]:
    """Numbers that are part of a name, after a capitalised word that is no month and no sentence opener
    ("Flight 1140", "Salyut 6", "Model 3"; not "May 6", "In 1998", "About 2,000"), or ordinals before one
    ("the 17th Division", "93rd Brigade"), in the order written."""
    common = facts_mod.sentence_openers() | facts_mod.function_words()
    months = facts_mod.month_numbers()
    found = [m for m in _DESIGNATED.finditer(text) if m.group("word").lower() not in common
             and m.group("word").lower() not in months and not YEAR.fullmatch(m.group("num"))]
    found += [m for m in _ORDINAL_DESIGNATED.finditer(text) if m.group("word").lower() not in common]
    return sorted(found, key=lambda m: m.start())


_DESIGNATED = re.compile(r"\b(?P<word>[A-Z][A-Za-z]+)[ \t]+(?P<num>\d{1,5})\b(?![,.]?\d|[-/:%])")
_ORDINAL_DESIGNATED = LazyPattern(r"\b(?P<num>\d{1,4})(?:st|nd|rd|th)[ \t]+(?P<word>[A-Z][A-Za-z]+)\b")


def _other_months(told: _Told, their_told: _Told) -> bool:
    """Both sentences date what they tell by a month they write, and no month is the same."""
    mine = {month[-2:] for _, _, month in told.months} | {m[2][-2:] for m in told.bare_months}
    theirs = {month[-2:] for _, _, month in their_told.months} | {m[2][-2:] for m in their_told.bare_months}
    return bool(mine) and bool(theirs) and not mine & theirs


def _other_parts_of_year(told: _Told, text: str, their_told: _Told, other: str) -> bool:
    """Both sentences date what they tell by a quarter or a half of the year, and none is the same ("the
    fourth quarter" / "the third quarter", "the second half" / "the first half", "Q3"), or one by a part of
    the year and the other by a whole year ("in the fourth quarter" / "last year")."""
    mine, theirs = told.parts_of_year, their_told.parts_of_year
    if bool(mine) != bool(theirs):  # "in the fourth quarter" / "last year": a part of a year and a whole one
        return _WHOLE_YEAR.search(other if mine else text) is not None
    return bool(mine) and bool(theirs) and not mine & theirs


def _parts_of_year(text: str) -> set[str]:
    found = {f"season {season}" for _, _, season in _seasons(text)}
    for m in _PART_OF_YEAR.finditer(text):
        if m.group("q"):
            found.add(f"quarter {m.group('q')}")
        elif m.group("months"):
            found.add(f"months {_MONTHS_COUNT[m.group('months').lower()]}")
        else:
            found.add(f"{m.group('part').lower().rstrip('-')} {_place_key(m.group('nth').lower())}")
    return found


def _seasons(text: str) -> list[tuple[int, int, str]]:
    """The seasons a sentence dates what it tells by ("in the spring of 2017", "last autumn", "this fall"; not "the
    fall of Saigon" or "shares fall"), as (start, end, season), "fall" read as "autumn"."""
    return [(m.start("season"), m.end("season"), _SEASON_NAMES.get(season, season))
            for m in _SEASON.finditer(text) if (season := m.group("season").lower())]


_SEASON = LazyPattern(r"\b(?:in|during|by|until|since|through|throughout|this|last|next|early|late|mid)[\s-]+"
                      r"(?:the\s+)?(?:early\s+|late\s+)?(?P<season>spring|summer|autumn|fall|winter)\b(?!\s+of\s+(?!(?:19|20)\d\d\b))",
                      re.I)
_SEASON_NAMES = {"fall": "autumn"}


def _season_change(claim: Side, other: Side, candidate: Candidate) -> tuple[Mismatch, AlignedPair] | None:
    """The claim retells the corpus sentence with another season of the same year ("In the spring of 2017,
    Rothman ... was getting ready for a symposium" / "In the fall of 2017, ... Rothman ... was preparing for an
    upcoming symposium"): one season on each side, the same years, told among the same words, and every figure
    the same."""
    mine, theirs = _seasons(claim.text), _seasons(other.text)
    if len(mine) != 1 or len(theirs) != 1 or mine[0][2] == theirs[0][2] or claim.years != other.years \
            or candidate.similarity < CONTRADICTION_SIMILARITY["date"]:
        return None
    (start, end, _), (at, their_end, _) = mine[0], theirs[0]
    if not all(_equal(a, b) for a, b in _align_numbers(claim, other)):
        return None  # "sold 2 million in the spring" / "sold 3 million in the autumn": each season's figure
    context = _year_context(claim.text, start, end) & _year_context(other.text, at, their_end)
    if len(context) < 3 and candidate.similarity < CONTRADICTION_SIMILARITY["unnamed"]:
        return None
    evidence = _evidence(candidate)
    written, theirs_written = claim.text[start:end], other.text[at:their_end]
    message = f"the article gives the {written}, the corpus the {theirs_written} ({_cite(evidence)})"
    return (Mismatch("date", claim.offset + start, claim.offset + end, message, evidence),
            AlignedPair(written, theirs_written, False))


_WHOLE_YEAR = re.compile(r"\b(?:last|this|previous|full|whole|fiscal)\s+year\b|\bannual(?:ly)?\b|\bfor\s+the\s+year\b",
                         re.I)
_PART_OF_YEAR = re.compile(r"\b(?P<nth>first|1st|second|2nd|third|3rd|fourth|4th)[\s-]+(?P<part>quarter|half)\b"
                           r"|\bQ(?P<q>[1-4])\b|\b(?P<months>six|nine|6|9)[\s-]+months?\b", re.I)
_MONTHS_COUNT = {"six": 6, "6": 6, "nine": 9, "9": 9}  # "nine-month profit", "the first six months"


def _bare_months(text: str, when: date | None = None) -> list[tuple[int, int, str, str]]:
    """The months a sentence writes with no day and no year ("since November", "in late October", "a
    December meeting"), and with its date ``when`` the months it names from it ("last month", "next
    month"), as (start, end, "XXXX-11", how the month is led: "at", "since" or "until")."""
    months = facts_mod.month_numbers()
    found = [(m.start(2), m.end(), f"XXXX-{months[m.group(2).lower()]:02d}", _month_lead(text, m))
             for m in _BARE_MONTH.finditer(text) if m.group(2).lower() in months]
    if when is not None:  # (led as a month by name is: "adjourned until next month" / "until July")
        found += [(start, end, f"XXXX-{month[5:7]}", _relative_month_lead(text, start))
                  for start, end, month in facts_mod.find_relative_months(text, when.isoformat())]
    return sorted(found)


def _relative_month_lead(text: str, start: int) -> str:
    """How a month named from the date ("next month") is led, by the word before it: "at", "since" or "until"."""
    lead = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return _MONTH_LEADS.get(lead.group(1).lower(), "at") if lead else "at"


_WORD_BEFORE = re.compile(r"\b(\w+)[ \t]+$")


def _month_lead(text: str, m: re.Match) -> str:
    """How a month of _BARE_MONTH is led (_MONTH_LEADS); "until" after a negation in its clause, or after "wait",
    tells when it happens ("did not disclose the meeting until February" / "disclosed the meeting only in March",
    "will not see it until June" / "must wait until July to see it")."""
    lead = _MONTH_LEADS[m.group(1).lower()]
    if lead == "until" and m.group(1).lower() in ("until", "till") \
            and _NEGATED_UNTIL.search(text, max(0, m.start() - 80), m.start()):
        return "at"
    return lead


# "did not ... until", "wasn't ... until", "must wait until"
_NEGATED_UNTIL = re.compile(r"(?:\b(?:not|never)|n't)\b[^,;:.]*$|\bwait(?:s|ed|ing)?[ \t]+$", re.I)


# what a month is led by: a time at which ("in late November", "a December meeting"), one since which, one until
# which; two months are compared only when led alike ("since November" / "until December" tell other things)
_MONTH_LEADS = {**dict.fromkeys(("in", "during", "a", "an", "the", "last", "this", "next"), "at"),
                **dict.fromkeys(("since", "from", "after"), "since"),
                **dict.fromkeys(("until", "till", "by", "before", "through"), "until")}
_BARE_MONTH = re.compile(r"\b((?i:" + "|".join(_MONTH_LEADS) + r"))[ \t]+(?:(?:early|mid|late)[ \t-]+)?"
                         r"([A-Z][a-z]{2,8})\b(?!\.?,?[ \t]+\d)")
# a month led by a preposition ("in Aug. 2013", "since May, 2013"; not "[Collected via Twitter, October 2014]")
_MONTH_YEAR = re.compile(r"\b(?i:in|since|until|till|by|from|during|before|after|through|to|of)[ \t]+"
                         r"(?:(?i:early|mid|late)[ \t-]+)?"  # "in late December 2013"
                         r"([A-Z][a-z]{2,8})\.?,?[ \t]+((?:1[89]|20)\d\d)\b(?![-\u2013/]\d)")


def _month_change(claim: Side, other: Side, candidate: Candidate, told: _Told,
                  their_told: _Told) -> tuple[Mismatch, AlignedPair] | None:
    """The claim retells the corpus sentence with another month of the same year ("disappeared in Syria in
    May 2013" / "disappeared in Syria in Aug. 2013", "since November" / "since December"): one month on each
    side, told among the same words, and every figure the same (else it is another month's figure)."""
    mine, theirs = told.months, their_told.months
    # (a month named from one side's date against a month with its year on the other: "Last month Arduino LLC hit
    # back", in March 2015, / "in January 2015, the company filed")
    if not mine and len(theirs) == 1 and claim.when is not None:
        mine = facts_mod.find_relative_months(claim.text, claim.when.isoformat())
    elif not theirs and len(mine) == 1 and other.when is not None:
        theirs = facts_mod.find_relative_months(other.text, other.when.isoformat())
    if not mine and not theirs:  # "since November" / "since December": the same word leading to each
        mine, theirs = told.dated_months, their_told.dated_months
        if len(mine) == 1 and len(theirs) == 1 and mine[0][3] != theirs[0][3]:
            return None
        mine, theirs = [m[:3] for m in mine], [m[:3] for m in theirs]
    if len(mine) != 1 or len(theirs) != 1 or candidate.similarity < CONTRADICTION_SIMILARITY["date"]:
        return None
    (start, end, month), (at, their_end, their_month) = mine[0], theirs[0]
    if month == their_month or month[:4] != their_month[:4]:
        return None
    pairs = _align_numbers(claim, other)
    if not all(_equal(a, b) for a, b in pairs):
        return None  # "1,100 people were killed in December" / "790 people were killed in January": its figure
    context = _year_context(claim.text, start, end) & _year_context(other.text, at, their_end)
    # ... told among the same words, or worded alike, or tied by a distinctive figure both give, as a changed year
    # is ("the 9% increase Ford first put on the table in July" / "the 9% increase that Ford ... initially
    # proposed in August")
    if len(context) < 3 and candidate.similarity < CONTRADICTION_SIMILARITY["unnamed"] \
            and not any(_distinctive(a) for a, _ in pairs):
        return None
    return _month_mismatch(claim, candidate, start, end, _month_told(claim.text[start:end], month),
                           _month_told(other.text[at:their_end], their_month))


def _month_mismatch(claim: Side, candidate: Candidate, start: int, end: int, written: str,
                    theirs_written: str) -> tuple[Mismatch, AlignedPair]:
    """The mismatch at the claim's month (``start``, ``end`` in its text) and the pair behind it, as each side
    writes its month."""
    evidence = _evidence(candidate)
    message = f"the article gives {written}, the corpus {theirs_written} ({_cite(evidence)})"
    return (Mismatch("date", claim.offset + start, claim.offset + end, message, evidence),
            AlignedPair(written, theirs_written, False))


_LAST_BEFORE = re.compile(r"\blast[ \t]+$", re.I)
_YEAR_NAMED = re.compile(r"\b(?:last|this|next|previous|past|that|the\s+same)\s+year\b"
                         r"|\byears?\s+(?:ago|earlier|before)\b", re.I)


def _bare_month_year_change(claim: Side, other: Side, candidate: Candidate, told: _Told,
                            their_told: _Told) -> tuple[Mismatch, AlignedPair] | None:
    """The claim writes a month with its year, and the corpus sentence the same month alone, in the past, which is
    its latest such month by its date ("In late December 2013, the coalition dropped aid" / "In late December, the
    US-led coalition dropped aids", in a line of February 2015: December 2014): a changed year, told among the same
    words, or worded alike, with every figure the same."""
    if len(told.months) != 1 or their_told.months or other.when is None or _FUTURE.search(other.text) \
            or _YEAR_NAMED.search(other.text):
        return None  # (nor a month whose year the corpus names otherwise: "in July last year")
    start, end, month = told.months[0]
    theirs = [m for m in their_told.bare_months if m[3] == "at"]
    if len(theirs) != 1 or theirs[0][2][5:7] != month[5:7] or not month[:4].isdigit():
        return None
    at, their_end = theirs[0][:2]
    year = other.when.year if int(month[5:7]) <= other.when.month else other.when.year - 1
    # ("last October", written in November, may be either October)
    years = {year, year - 1} if _LAST_BEFORE.search(other.text, max(0, at - 8), at) else {year}
    if month[:4] in {str(y) for y in years} or candidate.similarity < CONTRADICTION_SIMILARITY["date"]:
        return None
    if not all(_equal(a, b) for a, b in _align_numbers(claim, other)):
        return None
    context = _year_context(claim.text, start, end) & _year_context(other.text, at, their_end)
    if len(context) < 3 and candidate.similarity < CONTRADICTION_SIMILARITY["unnamed"]:
        return None
    return _month_mismatch(claim, candidate, start, end, claim.text[start:end],
                           other.text[at:their_end] + (f" ({year})" if len(years) == 1 else ""))


def _week_change(claim: Side, other: Side, candidate: Candidate,
                 mine: list[tuple[int, int, str]]) -> tuple[Mismatch, AlignedPair] | None:
    """The claim dates its event to another week than the corpus sentence, each resolved against its own side's
    date ("Two weeks ago, Sotloff's mother ... made a videotaped plea" in Thursday's article / "Last week
    Sotloff's mother ... issued a videotaped plea" in Tuesday's wire): one week on each side and no other day,
    in sentences alike enough for a relative day (or alike enough for a date and told among the same words), told
    alike (both or neither a report of saying), every figure the same. ``mine``: the claim's weeks, read once."""
    if claim.when is None or other.when is None or claim.dates or other.dates \
            or candidate.similarity < CONTRADICTION_SIMILARITY["date"]:
        return None
    theirs = facts_mod.find_relative_weeks(other.text, other.when.isoformat())
    if len(mine) != 1 or len(theirs) != 1 or mine[0][2] == theirs[0][2]:
        return None
    (start, end, week), (at, their_end, their_week) = mine[0], theirs[0]
    if _reported(claim.text, start, end) != _reported(other.text, at, their_end):
        return None  # "tweeted on Saturday that he would decide next week": the week is the telling's
    pairs = _align_numbers(claim, other)
    if not all(_equal(a, b) for a, b in pairs):
        return None
    # ... worded alike enough for a relative day, or told among the same words, as a changed month is ("She received
    # Yair Tawil and his family earlier this week for the ceremony" / "the President last week met Yair Tawil and
    # his family for the unusual ceremony")
    if candidate.similarity < CONTRADICTION_SIMILARITY["relative"] \
            and len(_year_context(claim.text, start, end) & _year_context(other.text, at, their_end)) < 3:
        return None
    evidence = _evidence(candidate)
    written, theirs_written = claim.text[start:end], other.text[at:their_end]
    message = (f"the article dates it '{written}' (the week of {_monday(week)}), the corpus '{theirs_written}' "
               f"(the week of {_monday(their_week)}) ({_cite(evidence)})")
    return (Mismatch("date", claim.offset + start, claim.offset + end, message, evidence),
            AlignedPair(written, theirs_written, False))


def _monday(week: str) -> str:
    return date.fromisocalendar(int(week[:4]), int(week[6:8]), 1).isoformat()


def _month_told(written: str, month: str) -> str:
    """A month as written, with its name when written relative to a date ("next month (April)")."""
    if "month" not in written.lower():
        return written
    return f"{written} ({facts_mod.month_names()[int(month[5:7]) - 1]})"


_ANOTHER_TIME = re.compile(r"\b(?:new|again|anew)\b")
_BOUND_WORDS = frozenset(("since", "until", "till"))


def _another_occasion(text: str, other: str) -> bool:
    """The claim tells another occasion than the corpus sentence by another ordinal ("the second round" /
    "the first round"). ("again" alone is not enough: "has again extended its offer ... until Nov. 19" retells
    "extended its offer ... until Nov. 9".)"""
    return _writes_other(text, other, _ordinal_words())


def _intended_otherwise(text: str, other: str) -> bool:
    """One sentence tells as done what the other only plans, proposes or seeks ("Velmar cut 300 jobs" / "Velmar
    plans to cut 300 jobs", "has closed the plant" / "intends to close the plant"): the verb of the plan
    (_PLANNED) in a past or perfect form on the other side, over a word of what the plan is of ("300 jobs"; not "won
    13 percent of the vote" / "took 13 percent ... and hopes to win its first seats"). A plan retold as a plan is
    alike ("will cut" / "plans to cut"); a will, a forecast or an agreement is left to the figures, as retellings
    trade them freely ("will receive $18 billion" / "gives NASA $18 billion")."""
    return _done_of_planned(text, other) or _done_of_planned(other, text)


def _done_of_planned(text: str, planned: str) -> bool:
    plans = [(_verb_base(m.group(1)), _object_words(planned, m.end())) for m in _PLANNED.finditer(planned)]
    if not plans:
        return False
    lower = text.lower()
    for m in _WORD.finditer(lower):
        base = _verb_base(m.group())
        if any(base == verb and words & _object_words(lower, m.end()) for verb, words in plans) \
                and _told_done(lower, m):
            return True
    return False


def _told_done(lower: str, verb: re.Match) -> bool:
    """The verb is told as done: "has cut", "had closed", "closed", "Velmar cut" (a past that equals its present,
    after no will or "to"); not "will cut", "to close", "plans to cut"."""
    if _INTENT_BEFORE.search(lower, 0, verb.start()):
        return False
    word = verb.group()
    if _PERFECT_BEFORE.search(lower, 0, verb.start()) or word.endswith("ed"):
        return True
    base = _irregular_bases().get(word)
    return base is not None and (word != base or base in _BARE_PASTS)


def _object_words(text: str, end: int) -> frozenset[str]:
    """The first three content words or figures after a verb, in its clause, by synonym ("cut 300 jobs at its plant":
    300, job, plant)."""
    stop = facts_mod.function_words()
    clause = _DENIAL_END.split(text[end:end + 80], maxsplit=1)[0].lower()
    return frozenset([_synonym(w) for w in _OBJECT_WORD.findall(clause) if w not in stop][:3])


_OBJECT_WORD = re.compile(r"\d[\d,.]*\d|\d|[a-z]{3,}")


def _verb_base(word: str) -> str:
    word = word.lower()
    return _irregular_bases().get(word) or stem(word)


# a plan, a proposal, a bid, a pledge or an intention told ("said it would"), and the verb it is of ("plans to
# cut", "proposed to close"); not a bare "will", "expects to" or "agreed to", which retellings trade for a deed
# ("will receive" / "gives")
_PLANNED = re.compile(r"\b(?:(?:(?:plan|intend|propose|seek|threaten|pledge|promise|vow)(?:s|d|ed|ing)?|"
                      r"plann(?:ed|ing)|sought)\s+to|said\s+(?:that\s+)?(?:it|he|she|they|we)\s+would)\s+([a-z]{3,})\b",
                      re.I)
# ... and what makes a verb no deed done: a will, a "to" or a modal among the two words before it
_INTENT_BEFORE = re.compile(r"\b(?:will|would|shall|could|may|might|should|must|can|to|going|['’]ll)\s+"
                            r"(?:[a-z]+\s+)?$")
_PERFECT_BEFORE = re.compile(r"\b(?:has|have|had)\s+(?:[a-z]+ly\s+|already\s+|now\s+)?$")
# pasts that equal their present ("Velmar cut 300 jobs"), read as done after no will or "to"
_BARE_PASTS = frozenset(("cut", "cost", "hit", "put", "set", "shut", "spread", "quit", "split", "bid"))


def _year_bound_otherwise(text: str, other: str) -> bool:
    """One sentence bounds a year from one end and the other from the other end ("has run the mine since 2010" /
    "ran the mine until 2010", "passed before 1990" / "passed after 1990"): another span, though the year agrees."""
    mine, theirs = _year_bounds(text), _year_bounds(other)
    return any(mine[year] != theirs[year] for year in mine.keys() & theirs.keys())


def _year_bounds(text: str) -> dict[str, str]:
    """Each year written after a word bounding it, with the end it bounds, as months are led (_MONTH_LEADS): "since
    2010": 2010: since; "until 2010", "before 1990": 1990: until."""
    return {m.group(2): _MONTH_LEADS[m.group(1).lower()] for m in _YEAR_BOUND.finditer(text)}


_YEAR_BOUND = re.compile(r"\b(since|from|after|until|till|through|before)\s+(?:early\s+|late\s+|mid-?)?(\d{4})\b",
                         re.I)


def _each_otherwise(text: str, other: str) -> bool:
    """One sentence gives its figures to each one ("Each of the 12 victims will receive $50,000", "$50,000 apiece")
    and the other shares them out or totals them ("The 12 victims will share $50,000", "$50,000 between them"): a
    share is not a total."""
    return bool(_EACH.search(text)) and bool(_SHARED_OUT.search(other)) \
        or bool(_EACH.search(other)) and bool(_SHARED_OUT.search(text))


# "each" of the ones counted, not "each year" (a rate) nor "each other"; an amount shared out ("share $50,000", not
# "a share", "shares outstanding") or totalled
_EACH = re.compile(r"\b(?:each(?!\s+(?:other|day|night|week|month|year|hour|minute|time|season|quarter|side)\b)|"
                   r"apiece|per\s+(?:person|head))\b", re.I)
_SHARED_OUT = re.compile(r"\b(?:(?:share|shared|sharing|split|splitting|divide|divided|dividing)\s+"
                         r"(?:a\s+total\s+of\s+)?(?=[$£€\d])|between\s+them\b|in\s+total\b|altogether\b)", re.I)


def _another_round(text: str, other: str) -> bool:
    """Both sentences tell one kind of occasion by its place in a series, and not the same ("the return leg"
    / "the first leg", "the second round" / "the first round"; not "the second largest steelmaker" / "the third
    quarter", of other things)."""
    mine, theirs = _rounds(text), _rounds(other)
    # (each of the claim's against the other's of its kind: "in the first year ... and 1.3% in the second" is told
    # by "in the budget's first year and 1.3% in the second year")
    return any(places and place not in places
               for place, noun in mine for places in [{p for p, n in theirs if n == noun}])


def _rounds(text: str) -> list[tuple[str, str]]:
    places = _ordinal_words() | _ROUND_PLACES
    found = [(m.group(1).lower(), singular(m.group(2).lower())) for m in _ROUND.finditer(text)
             if m.group(1).lower() in places]
    return found + [("runoff", "round") for _ in _RUNOFF.finditer(text)]  # "the runoff": a round of its own


_RUNOFF = re.compile(r"\brun-?offs?\b", re.I)


_ROUND = re.compile(r"\b([A-Za-z]+)[ \t-]+(?=([a-z]+)\b)")
_ROUND_PLACES = frozenset(("return", "opening", "final"))


def _year_placed_alike(claim: Side, span: tuple[int, int], other: Side, year: str) -> bool:
    """Of a corpus sentence writing several years, the claim's year is the one told among the claim's words
    (names aside): "became chief executive of Ruritel in 2001" is not "joined Ruritel in 2001 and became
    chief executive in 2009"."""
    theirs = year_spans(other.text, other.when)
    if len({written for _, _, written in theirs}) < 2:
        return True
    names = claim.facts.name_words | other.facts.name_words
    mine = _year_context(claim.text, span[0] - claim.offset, span[1] - claim.offset) - names
    same = other_years = frozenset()
    for start, end, written in theirs:
        context = _year_context(other.text, start, end) - names
        if written == year:
            same |= context
        else:
            other_years |= context
    return len(mine & same) >= len(mine & other_years)


def _names_own_subject(claim: Side, other: Side) -> bool:
    """The corpus sentence writes a name of the claim itself, not only through its story ("The advertisement
    ... is intended to spotlight D'Amato's vote against the 1994 Freedom of Access to Clinic Entrances Act", in
    a story about Spitzer and Vacco, writes 1994 of another thing)."""
    mine, _ = names_of(claim, other)
    return bool(shared(mine, other.facts.name_words))


def _year_told_alike(claim: Side, span: tuple[int, int], other: Side, year: str) -> bool:
    """The corpus sentence writes the year among a word the claim writes around it."""
    mine = _year_context(claim.text, span[0] - claim.offset, span[1] - claim.offset)
    return any(mine & _year_context(other.text, start, end)
               for start, end, written in year_spans(other.text, other.when) if written == year)


def _name_year(text: str, at: int) -> bool:
    """A year written as part of a name, right after a capitalised word that is no month and no function
    word ("Cooperation 2014", "Windows 2000"; not "In 1990", "February 1949", "Later this year")."""
    if not text[at:at + 1].isdigit():
        return False  # a year told in words ("this year", "last year") is no part of a name
    m = _NAME_BEFORE.search(text, max(0, at - 30), at)
    return bool(m) and m.group(1).lower() not in facts_mod.month_numbers() \
        and m.group(1).lower() not in facts_mod.function_words()


_NAME_BEFORE = re.compile(r"\b([A-Z][a-z]+)[ \t]+$")  # "Cooperation 2014" (not "Dec. 2013", "U.S. 2010")


def _one_name_years(text: str, at: int, other: str, other_at: int) -> bool:
    """Both years close the same name of three words at least ("the Anti-Social Behaviour, Crime and Policing Act
    2012" / "... Policing Act 2014"): one law or event given two years, not a name's year against a date."""
    if not (_name_year(text, at) and _name_year(other, other_at)):
        return False
    mine, theirs = _NAME_RUN_BEFORE.search(text, 0, at), _NAME_RUN_BEFORE.search(other, 0, other_at)
    if not (mine and theirs):
        return False
    words, their_words = mine.group().split(), theirs.group().split()
    return len(words) >= 3 and words[-3:] == their_words[-3:]


# the capitalised words before a year, joined by "and", "of" or commas ("Crime and Policing Act 2012")
_NAME_RUN_BEFORE = re.compile(r"(?:[A-Z][\w'’-]*,?[ \t]+(?:(?:and|of|&)[ \t]+)?)+$")


_YEARS_AWAY = LazyPattern(r"\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years?\s+"
                         r"(later|afterwards|earlier)\b|\bthe\s+(following|next|previous|preceding)\s+"
                         r"year\b", re.I)
_SMALL_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10}


def _years_away(text: str) -> set[str]:
    """The years a sentence tells by a count of years from one it writes ("in 1987 and a photo shoot she did
    a year later": 1988; "founded in 1950; the following year": 1951)."""
    found = set()
    for m in _YEARS_AWAY.finditer(text):
        years = YEAR.findall(text, 0, m.start())
        if not years:
            continue
        count = m.group(1).lower() if m.group(1) else "one"
        step = _SMALL_COUNTS.get(count) or int(count)
        back = (m.group(2) or m.group(3)).lower() in ("earlier", "previous", "preceding")
        found.add(str(int(years[-1]) + (-step if back else step)))
    return found


def _years_meet(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """The two sides share a year, or one's decade holds a year of the other's ("through the 1990s" /
    "this year" in a 1998 story)."""
    def decades(years: frozenset[str]) -> set[str]:
        return {year[:3] + "0s" for year in years}
    return bool(mine & theirs or decades(mine) & theirs or mine & decades(theirs))


def _changed_year(claim: Side, other: Side):
    """The year the claim changed, as (start, end, year) on each side: one year each, or the same number of
    years in the same order with one of them changed ("from 1980 to 1996" / "from 1980 to 1995"). A year
    against a year, a decade against a decade ("in the 1990s" / "in the 1980s"); a year is no other decade
    ("in 1995" / "through the 1990s")."""
    changed = _changed_year_or_decade(claim, other)
    return changed if changed is None or len(changed[0][2]) == len(changed[1][2]) else None


def _changed_year_or_decade(claim: Side, other: Side):
    mine, theirs = year_spans(claim.text, claim.when), year_spans(other.text, other.when)
    if len(claim.years) == 1 and len(other.years) == 1:
        return (mine[0], theirs[0]) if mine[0][2] != theirs[0][2] else None
    if len(other.years) == 1 and len(theirs) == 1:  # "target last year; the goal had been set in 2012" / "in 2010"
        lead = _year_lead(other.text, theirs[0][0])
        if any(y[2] == theirs[0][2] and lead & _year_lead(claim.text, y[0]) for y in mine):
            return None  # "Waite died in 1942, and Smith died in 1958" / "When Waite died in 1942": told alike
        led = [y for y in mine if y[2] not in other.years and lead & _year_lead(claim.text, y[0])]
        return (led[0], theirs[0]) if len(led) == 1 else None
    if len(mine) == 1 and len(theirs) > 1 and mine[0][2] not in other.years:
        return _year_told_among(claim.text, mine[0], other.text, theirs)
    owned = _owned_year_change(claim, other, mine, theirs) or _traded_years(claim.text, mine, other.text, theirs)
    if owned is not None:
        return owned
    if len(mine) != len(theirs) or len(mine) < 2:
        return None
    joined = (_joined_years(claim.text, mine), _joined_years(other.text, theirs)) if len(mine) == 2 else ()
    if joined and all(joined) and joined[0][2] != joined[1][2]:
        return joined  # "in the 2023/2024 financial year" / "the financial year of 2024/2025": one period each
    differ = [k for k in range(len(mine)) if mine[k][2] != theirs[k][2]]
    if len(differ) != 1 or mine[differ[0]][2] in other.years:
        return None
    return mine[differ[0]], theirs[differ[0]]


def _joined_years(text: str, spans: list) -> tuple[int, int, str] | None:
    """Two years in a row joined as one period ("2023/2024", "2013-2014": a financial year, a season), as one
    span; None for two years told apart."""
    (start, end, first), (start2, end2, second) = spans
    if text[end:start2] in ("/", "-", "–") and int(second) == int(first) + 1:
        return start, end2, text[start:end2]
    return None


def _year_told_among(text: str, mine: tuple[int, int, str], other_text: str, theirs: list):
    """The claim's one year against the one corpus year told among the same words ("helped to negotiate
    the agreement in 2014" / "helped negotiate the historic Paris Agreement in 2015, and it was ratified
    ... last year"): the corpus year sharing at least three context words, and more than any other (not
    "first met in 2010" / "amended by the regional assembly last year")."""
    context = _year_context(text, mine[0], mine[1], 5)
    scored = sorted(((len(context & _year_context(other_text, start, end, 5)), (start, end, year))
                     for start, end, year in theirs), reverse=True)
    (best, span), runner_up = scored[0], scored[1][0]
    return (mine, span) if best >= 3 and best > runner_up else None


def _traded_years(text: str, mine: list, other_text: str, theirs: list):
    """Two years that traded places, each led by the words that lead the other's counterpart ("has made $125
    million from ransoms since 2013, with $66 million raised in 2008" / "... since 2008, with $66 million
    raised in 2013"): the claim's first such year against the corpus year led alike."""
    def led_alike(span, spans, in_text, of_text):
        lead = _year_lead(in_text, span[0])
        scored = sorted(((len(lead & _year_lead(of_text, t[0])), t) for t in spans), reverse=True)
        if not scored or not scored[0][0] or len(scored) > 1 and scored[1][0] == scored[0][0]:
            return None
        return scored[0][1]

    for span in mine:
        counterpart = led_alike(span, theirs, text, other_text)
        if counterpart is None or counterpart[2] == span[2]:
            continue
        back = [m for m in mine if m[2] == counterpart[2]]
        if len(back) == 1:
            returned = led_alike(back[0], theirs, text, other_text)
            if returned is not None and returned[2] == span[2]:
                return span, counterpart
    return None


def _owned_year_change(claim: Side, other: Side, mine: list, theirs: list):
    """Years that belong to the names before them, given to other names ("Germany joined in 1952, and Greece
    and Turkey followed in 1955" / "Greece and Turkey in 1952, Germany in 1955"): the claim's year for a
    name against the one year the corpus gives that same name."""
    if len(mine) < 2 or len(theirs) < 2:
        return None
    owners = [(span, _owner_before(other.text, span[0], claim.text)) for span in theirs]
    for span in mine:
        owner = _owner_before(claim.text, span[0], other.text)
        if not owner:
            continue
        same = [theirs_span for theirs_span, names in owners if names and shared(owner, names)]
        if len(same) == 1 and same[0][2] != span[2]:
            return span, same[0]
    return None


def _clause_tied(claim: Side, start: int, other: Side) -> bool:
    """A date in a clause of its own with figures ("... stood at $108.3 million at the end of June; by
    Sept. 30 they had reached $300 million") is paired only in a corpus sentence holding one of them."""
    at = start - claim.offset
    lo = claim.text.rfind(";", 0, at) + 1
    hi = claim.text.find(";", at)
    if lo == 0 and hi < 0:
        return True
    hi = len(claim.text) if hi < 0 else hi
    figures = [n for n in claim.numbers if lo <= n.start - claim.offset < hi]
    return not figures or any(a.value == b.value for a in figures for b in other.numbers)


def _figures_before(side: Side, at: int) -> int:
    return sum(n.start < at for n in side.numbers)


def _pair_dates(claim: Side, other: Side, candidates: dict[int, list]) -> dict[int, tuple]:
    """Each claim date's counterpart among the corpus dates of the same event: the only one, else the one
    led by the same words ("of record Dec. 15" / "of record Dec. 15"), else the only one of the same day ("next,
    on June 9" / "next opponents on June 9"), else the one the others left ("paid Jan. 12" / "payable Jan. 2";
    "set for June 13" / "slated for June 12"); each corpus date used once."""
    chosen: dict[int, tuple] = {}
    values = {start: value for start, _, value in claim.dates}
    for start, matches in candidates.items():
        if len(matches) == 1:
            chosen[start] = matches[0]
            continue
        lead = _lead_words(claim.text, start - claim.offset)
        led = [d for d in matches if lead & _lead_words(other.text, d[0])]
        same = [d for d in matches if d[2] == values.get(start)]
        if len(led) == 1:
            chosen[start] = led[0]
        elif not led and len(same) == 1:
            chosen[start] = same[0]
    for start, matches in candidates.items():
        left = [d for d in matches if d not in chosen.values()]
        if start not in chosen and len(matches) > 1 and len(left) == 1:
            chosen[start] = left[0]
    return chosen


def _lead_words(text: str, at: int) -> frozenset[str]:
    """The content words just before a date ("of record", "redeem on", "payable")."""
    stop = _content_stop() | {"on", "by", "to", "of", "the", "its", "is", "will", "be"}
    return frozenset(singular(w) for w in _WORD.findall(text[max(0, at - 30):at].lower())[-3:]
                     if w not in stop and len(w) > 2)


def _year_lead(text: str, at: int, count: int = 3) -> frozenset[str]:
    """The last ``count`` content words before a year ("the goal had been set in": goal, set)."""
    stop = _content_stop() | facts_mod.function_words()
    before = text[max(0, at - 15 * count):at]
    years = list(YEAR.finditer(before))
    if years:  # not past another year: "4.1 billion crowns in 2014, its best year since 2008"
        before = before[years[-1].end():]
    words = [singular(w) for w in _WORD.findall(before.lower()) if w not in stop and len(w) > 2]
    return frozenset(words[-count:])


def _year_context(text: str, at: int, end: int, lead: int = 7) -> frozenset[str]:
    """The ``lead`` content words before a year or date and those after it up to the clause's end ("presidents
    have taken such boys as godsons since 1917" / "the president of Argentina began in 1907 to adopt one of the
    boys as godson"). Seven, to tie a date to a corpus date ("Hackaday covered the dispute in a two-part series
    that ran in January and February" / "Hackaday has run a two-part series (in February and March)"); five
    where the words choose among a sentence's years, which more words make tie, and for a changed year told
    among the same words (at seven, "guidance for fiscal 2014" met "for fiscal 2015")."""
    stop = _content_stop() | facts_mod.function_words()
    after = text[end:end + 80]
    if after.startswith(",") and (not _year_lead(text, at, 5) or _WHEN_CLAUSE.match(after)
                                  or _PHRASE_OPENING.search(text, 0, at)):
        # "In 2012, CNN interviewed a doctor", "Interestingly, as recently as 2014, Donald Trump appeared very
        # interested": an opening phrase dates the clause after it; "took place on January 6, 2015, when two
        # gunmen burst in": the clause after "when" tells what happened then
        after = after[1:]
    after = re.split(r"[,;:.()]", after, maxsplit=1)[0]
    following = YEAR.search(after)
    if following:  # not into another year's words: "joined Ruritel in 2001 and became chief executive in 2009"
        after = after[:following.start()]
        joined = after.lower().find(" and ")
        after = after[:joined] if joined >= 0 else after
    trail = [singular(w) for w in _WORD.findall(after.lower()) if w not in stop and len(w) > 2][:5]
    return _year_lead(text, at, lead) | frozenset(trail)


_WHEN_CLAUSE = re.compile(r",\s*when\b", re.I)
# a phrase that opens its sentence (or follows an opening word) with a preposition, up to the year
_PHRASE_OPENING = re.compile(r"(?:^|^\W*\w+,)\s*(?:as\s+\w+\s+as|in|by|since|until|during|before|after|back\s+in)\s"
                             r"[^,;:.]*$", re.I)


def _baseline_year(text: str, at: int) -> bool:
    """A year a superlative is measured from ("the highest increase in consumer prices since 1991", "its
    busiest November since 2004"): a starting point, not when anything happened."""
    before = text[_clause_start(text, at):at]
    since = _SINCE_BEFORE.search(before)
    return since is not None and any(w in _baseline_words() for w in _WORD.findall(before[:since.start()].lower()))


def _since_year(text: str, at: int) -> bool:
    """The year is written after "since" ("since 1991", "since October 2008", "since July of last year")."""
    return _SINCE_BEFORE.search(text, 0, at) is not None


_SINCE_BEFORE = re.compile(r"\bsince\s+(?:[A-Z][a-z]+\.?\s+(?:of\s+)?)?$", re.I)


@functools.cache
def _baseline_words() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_lexicon("corpus_words")["baseline_superlatives"])


def _meanings(words: frozenset[str]) -> frozenset[str]:
    """Each word as its synonym group (rules/lexicons/corpus_words.yaml), so "ruled" meets "led"."""
    return frozenset(_synonym(w) for w in words)


def _month_before(text: str, at: int) -> str:
    """The word before a year, read past "of" ("July of last year")."""
    word = _word_before(text, at)
    return _word_before(text, text.rfind("of", 0, at)) if word == "of" else word


def _word_before(text: str, at: int) -> str:
    words = _WORD.findall(text[max(0, at - 20):at].lower())
    return words[-1] if words else ""


_MONTH_VALUE = re.compile(r"(?:\d{4}|XXXX)-\d{2}$")  # a month, with no day ("in January": 1990-01)


@dataclass(frozen=True)
class _Aligned:
    """One claim figure (or date) and its counterpart in a corpus sentence."""

    span: tuple[int, int]
    agree: bool
    pair: AlignedPair
    mismatch: Mismatch | None = None  # set when the disagreement is firm enough to report
    distinctive: bool = False  # a figure unlikely to agree by chance ("$27.1 million", not "two")


def _compare(claim: Side, other: Side, candidate: Candidate) -> list[_Aligned]:
    out: list[_Aligned] = []
    mine, theirs = names_of(claim, other)
    # whom both sentences name, beside who tells them ("..., Reuters reported", "a Courier inquiry found"):
    # one outlet telling of two companies ties neither's figures to the other's
    told_of, their_told_of = mine - _tellers(claim.text), theirs - _tellers(other.text)
    shared_names = bool(shared(told_of, their_told_of))
    close = candidate.similarity >= CONTRADICTION_SIMILARITY["number"]
    # (a claim naming no one but who tells it, worded nearly as the corpus sentence: "The unemployment rate
    # remained at 4.6 percent last month, the Labor Department said")
    # (or both naming no one, worded closely: "In the 18th century, parents were reportedly so frightened of the
    # legend" / "In the 19th century, parents were reportedly so spooked by 'el lobizon'")
    # (nearer still when the corpus sentence does not name whom its story names: "It also lifted its quarterly
    # dividend 20% to three cents", after a sentence on Unifirst, / "GOODY PRODUCTS Inc. cut its quarterly dividend
    # to five cents")
    others = bool(claim.facts.story) and not shared(claim.facts.story_words, their_told_of)
    unnamed = not told_of and candidate.similarity >= CONTRADICTION_SIMILARITY[
        "other_story" if others else "unnamed" if their_told_of or claim.facts.story else "both_unnamed"]
    strong = close and (shared_names or unnamed)
    # an unnamed claim of a date alone ("Management acted ... rules that take effect on Nov. 7") is tied to a
    # corpus date by near-identical wording; with figures, which date goes with which is too unsure
    pairs = _align_numbers(claim, other)
    # a distinctive figure that agrees ("100,000 shillings") ties the sentences to one event, so a figure
    # beside it that differs ("the first 23 death claims" / "32") is a firm contradiction
    # (or the same calendar day, written out on both sides, in a sentence naming the same people: "Joan Rivers,
    # who was in her late seventies, had gone to Yorkville Endoscopy on Aug. 28" / "The 81-year-old comedienne
    # ... at Yorkville Endoscopy Aug. 28")
    anchored = candidate.similarity >= CONTRADICTION_SIMILARITY["anchored"] and (
        any(agree(a, b) and _distinctive(a) for a, b in pairs)
        or shared_names and _same_calendar_day(claim, other))
    # ... and so is a date beside it in near-identical wording ("which expire Nov. 21, can be exercised for
    # $100 each"); without such a figure, which date goes with which is too unsure (but not where the corpus
    # sentence gives no figure for the claim's to be told with: "the three were reported missing late on Sunday,
    # after an outing to a shopping mall" / "The troops were reported missing after a trip to a shopping mall
    # late Saturday")
    unnamed_close = not mine and (not claim.numbers or anchored or not other.numbers) \
        and candidate.similarity >= CONTRADICTION_SIMILARITY["unnamed"]
    strong_date = candidate.similarity >= CONTRADICTION_SIMILARITY["date"] and shared_names or unnamed_close
    # two figures traded places ("Five Taliban were reported killed and 25 wounded" / "Twenty-five ...
    # killed - with five more wounded"): a slip in retelling, not a tally that grew between two reports
    # (or one of the two left unpaired, its counterpart taken: "EUR 12.99 a month, or EUR 9.99 if they sign up on
    # their phones" / "EUR 9.99 ($10.50), or EUR 12.99 if they sign up on their phones"; so long as each twin is a
    # figure of the same kind as its counterpart: "for $12 a share" given to another is no twin)
    traded = {id(a) for a, b in pairs for a2, b2 in pairs
              if a is not a2 and not _equal(a, b) and _equal(a, b2) and _equal(a2, b)}
    traded |= {id(a) for a, b in pairs
               if not _equal(a, b)
               and any(a2 is not a and _equal(a2, b) and _of_one_kind(claim, a2, other, b) for a2 in claim.numbers)
               and any(b2 is not b and _equal(a, b2) and _of_one_kind(claim, a, other, b2) for b2 in other.numbers)}
    # both tell of days, none the same (nor written alike: "the year ended March 31" on both sides may be read in
    # two years), and a figure differs too ("shares rose 3% on Tuesday" / "rose 5% on Monday"): another day's
    # figures and another day's event, no contradiction of either
    # (a figure that counts back to a date is that date's, not another day's figure: "three months ago" / "two
    # months ago")
    another_day = bool(claim.dates) and bool(other.dates) \
        and not any(_same_day(v, w) or v[5:10] == w[5:10] for _, _, v in claim.dates for _, _, w in other.dates) \
        and any(not agree(a, b) for a, b in pairs
                if not any(start <= a.start and a.end <= end for start, end, _ in claim.dates))
    # "the second round ... opened on March 10" / "the first round ... opened on March 3": another occasion of
    # the same doings, no changed date; "won the return leg 3-1" / "won the first leg 2-1": no changed figure
    occasion = _another_occasion(claim.text, other.text)
    other_round = _another_round(claim.text, other.text)
    for a, b in pairs:
        if _negated_bound(claim.text, a.start - claim.offset, a.hedge) != _negated_bound(other.text, b.start, b.hedge):
            continue  # "must not play recorded music above 85 decibels" bounds it from the other side
        if _span_run_on(claim, a, other, b) and not agree(a, b):
            continue  # "over the past two years" in an older report: the span may have run on since
        pair = AlignedPair(describe(a), describe(b), agree(a, b) or _weaker_bound(a, b) and not _twin(a, b))
        if pair.agree and _two_peaks(a, b):
            # "can grow up to 3.1m" / "up to 3.7m": two highest figures, compared as figures (as written: "for two
            # months at most" / "for no more than sixty days")
            pair = pair._replace(agree=agree(a._replace(hedge=None), b._replace(hedge=None)))
        span = (a.start, a.end)
        if pair.agree and (_far_within_bound(a, b) or _vaguer(b, a) or _weaker_bound(b, a) or _bound_only(b, a)
                           or _counts_apart(claim, a, other, b)):
            # "about 200,000" is "more than 800", "a woman in her fifties" a 52-year-old, and "at least 12 people
            # were killed" "at least 15": no proof
            continue
        if pair.agree and (_under_peak(a, b) or _dated_apart(claim, a, other, b) or _still_to_come(claim, a, other, b)):
            # "faced up to 25 years in prison" / "sentenced to 15 years": the most possible and what happened,
            # neither shown nor contradicted (a span of time the claim writes must not be given otherwise); so is
            # an equal figure of another year ("8.2 million passengers in 1998" / "in 2015, its best since 1998")
            out.append(_Aligned(span, False, AlignedPair(pair.claim, pair.evidence, False)))
            continue
        if pair.agree:
            out.append(_Aligned(span, True, pair, distinctive=_distinctive(a)))
            continue
        if _summed(a, b, other) or _written_unread(claim, b):
            continue
        one_persons_age = _one_persons_age(claim, a, other, b)
        # two figures that traded places in a sentence alike enough to anchor ("nine IS leaders killed ... and 16
        # injured" / "16 IS leaders ... killed ..., and nine injured"): a swap, whoever the sentences name
        swapped = id(a) in traded and candidate.similarity >= CONTRADICTION_SIMILARITY["anchored"]
        firm = ((strong or anchored or _named_figure(claim, a, other, b, candidate) or one_persons_age or swapped
                 or _counted_alike(claim, a, other, b, candidate) or _phrased_alike(claim, a, other, b, candidate)
                 or _compared_alike(claim, a, other, b, candidate) or _placed_alike(claim, a, other, b, candidate)
                 or _lone_counts(claim, a, other, b, candidate) or _clause_retold(claim, a, other, b, candidate)
                 or _twin(a, b) and (candidate.similarity >= CONTRADICTION_SIMILARITY["number"]
                                     or subject_shared(claim, other)
                                     or candidate.similarity >= CONTRADICTION_SIMILARITY["anchored"]
                                     and (shared_names or _same_role(claim, a, other, b))))
                and not _unsure(claim, a, other, b, pairs)
                # "Last year, the average American consumed 247 eggs -- over 40 percent more" told as "eats 247
                # eggs a year, over 4.0 percent more": the agreeing 247 shows both give the same year's figures
                # (a claim that dates its own figure earlier keeps its period)
                and (anchored and _claim_period(claim, a) != "previous" or not _earlier_period(claim, a, other, b))
                and (_shares_event(claim, other, None, None, ignore=_noun_words(a))
                     or _twin(a, b) and _named_figure(claim, a, other, b, candidate)  # "0.28 share" / "0.82 share"
                     # ... or digits traded in a count of one thing, hedged alike ("an estimated 158,000 Hispanic
                     # people" / "an estimated 185,000 Hispanic people")
                     or _twin(a, b) and a.noun is not None and b.noun is not None and a.hedge == b.hedge
                     and noun_key(a.noun) == noun_key(b.noun)
                     # ... or a sum under another scale ("a further $631 million in revenue" / "an additional
                     # $631 billion"): the digits and the currency tie it to one sum
                     or _money_scale_twin(a, b)
                     or one_persons_age)  # a person's age, whatever the sentence tells of them
                and (_close_in_time(claim, other) or _settled(claim, other) or _fell_since(claim, a, other, b)
                     or id(a) in traded or not _running_count(claim, a, other, b))
                and not _grew_by_then(claim, a, other, b) and not _ages_of_others(claim, a, other, b)
                and not _dated_another_year(claim, a, other) and not _dated_another_year(other, b, claim)
                # each figure as another body gives it ("Hospital officials said 15 people were killed" /
                # "Police said 12 people were killed"): two counts, neither contradicts the other
                and not _another_body(claim.text, other.text)
                and not _told_from_days_apart(claim, a, other, b) and not another_day
                and not other_round and not _complement(a, b))
        out.append(_Aligned(span, False, pair, _number_mismatch(a, b, candidate) if firm else None))
    candidates = {}
    dated_alike: set[int] = set()  # claim dates tied to a corpus date by the words around both
    their_bare_months = {month[5:7] for _, _, month, lead in _bare_months(other.text) if lead == "at"} \
        if claim.dates and other.dates else set()
    for start, end, value in claim.dates:
        alike = [d for d in other.dates if _dated_alike(claim, (start, end, value), other, d, candidate)]
        if alike:
            dated_alike.add(start)
        # (or the same calendar day written out on both sides, "on Monday, October 2" / "On Monday 2 October":
        # paired, it can only agree)
        written_day = len(value) == 10 and any(c.isdigit() for c in claim.text[start - claim.offset:end - claim.offset])
        matches = [d for d in other.dates if _same_event(claim, (start, end), other, (d[0], d[1]))
                   or unnamed_close and _shares_event(claim, other, (start - claim.offset, end - claim.offset),
                                                      (d[0], d[1]))
                   or d in alike
                   or written_day and d[2] == value and any(c.isdigit() for c in other.text[d[0]:d[1]])]
        # a day is paired with a day, not with a month or week told beside it ("On Tuesday ... for early
        # January" / "On Monday ... for the beginning of next month")
        matches = [d for d in matches if len(d[2]) == len(value)] or matches
        # ... and not with a day of another month where the corpus sentence dates the event by the claim's month
        # ("fired at the reporters on October 13" / "killed a Reuters reporter in Lebanon in October ..., according
        # to a report ... published on Thursday": Thursday is the report's day)
        if value[5:7].isdigit() and value[5:7] in their_bare_months:
            matches = [d for d in matches if d[2][5:7] == value[5:7]]
        if not matches and len(claim.dates) == len(other.dates) == 1 and (shared_names or unnamed) \
                and candidate.similarity >= CONTRADICTION_SIMILARITY["one_date"] \
                and _figures_before(claim, start) == _figures_before(other, other.dates[0][0] + other.offset):
            # one date each in near-identical sentences ("WASHINGTON, March 12 --"), in the same place among
            # the figures ("On June 30, reserves stood at $108.3 million" is not "... $108.3 million; by
            # Sept. 30 they had reached $300 million")
            matches = list(other.dates)
        candidates[start] = matches
    candidates = {start: matches if _clause_tied(claim, start, other) else [] for start, matches in candidates.items()}
    if _of_the_event_before(claim, other):
        # "On July 22, just 12 days after Rich was killed, WikiLeaks published ...": the date is the other
        # event's, and "Rich was killed on July 10" is no contradiction of it
        candidates = {}
    chosen = _pair_dates(claim, other, candidates)
    for start, end, value in claim.dates:
        matches = [chosen[start]] if start in chosen else []
        if len(matches) != 1:
            continue
        written = claim.text[start - claim.offset:end - claim.offset]
        # the same day written as a calendar date shows better than "Friday" beside it
        same = [d for d in other.dates if d[2] == matches[0][2]]
        shown = max(same, key=lambda d: any(c.isdigit() for c in other.text[d[0]:d[1]]))
        theirs = other.text[shown[0]:shown[1]]
        their_weekday = _weekday_beside(other.text, shown[0], shown[1])
        beside = _weekday_beside(claim.text, start - claim.offset, end - claim.offset)
        my_weekday = _named_weekday(written) or (beside[0] if beside else None)
        if their_weekday is not None and my_weekday not in (None, their_weekday[0]) \
                and (_same_day(value, matches[0][2]) or _same_unyeared(written, value, theirs, matches[0][2])):
            # one calendar day given two weekdays ("on Sunday, Dec. 14" / "on Monday, Dec. 14", "on Dec. 18, a
            # Tuesday" / "on Dec. 18, a Wednesday"): the weekday was changed, whichever year each side's day falls in
            firm = (strong_date or start in dated_alike) and not another_day and not occasion
            theirs = other.text[their_weekday[1]:their_weekday[2]]
            mismatch = _date_mismatch(claim, (start, end, value), matches[0], candidate, theirs) if firm else None
            out.append(_Aligned((start, end), False, AlignedPair(written, theirs, False), mismatch))
        elif (_same_day(value, matches[0][2]) or _same_weekday(written, value, matches[0][2])
                or _same_unyeared(written, value, theirs, matches[0][2])):
            out.append(_Aligned((start, end), True, AlignedPair(written, theirs, True)))
        else:
            # "on Thursday" may be any recent week's, but never a day that is not a Thursday; a day named
            # relative to either side's date ("Sunday", "earlier this month") is only as sure as that date,
            # so it needs an agreeing figure or a near-identical wording to tie the two to one event
            their_written = other.text[matches[0][0]:matches[0][1]]
            relative = _relative(written) or _relative(their_written)
            # ... but two weekdays written out ("died early on Saturday" / "died ... on Sunday morning") differ
            # whatever week each side means
            weekdays = _named_weekday(written) is not None and _named_weekday(their_written) is not None \
                and _named_weekday(written) != _named_weekday(their_written) \
                and candidate.similarity >= CONTRADICTION_SIMILARITY["weekdays"]
            # "told The Associated Press on Sunday that" dates the telling, "a meeting Saturday" the event
            told, their_told = _reported(claim.text, start - claim.offset, end - claim.offset), \
                _reported(other.text, matches[0][0], matches[0][1])
            same_role = told == their_told
            # two days of telling a tally that differs are two reports ("has risen to 22, officials said on
            # Thursday" / "at least 14 were killed, officials said on Monday"), not one event dated twice
            grown = told and their_told and bool(_TALLY.search(claim.text)) \
                and not any(_equal(a, b) for a, b in pairs)
            firm = ((strong_date or start in dated_alike) and not another_day and not occasion and not grown
                    and not any(_same_day(v, matches[0][2]) for _, _, v in claim.dates)
                    and (not _BARE_WEEKDAY.match(written.strip()) or _other_weekday(value, matches[0][2]))
                    # ... and so may the corpus's ("after 4am on Saturday, 3 October" / "after 4am on Saturday")
                    and (not _BARE_WEEKDAY.match(their_written.strip()) or len(value) < 10
                         or _other_weekday(matches[0][2], value))
                    # (or the words around both dates tell one event: "The last formality was completed yesterday,
                    # when the Hungarian parliament ratified the accession treaty" / "... after the Hungarian
                    # parliament ratified the accession treaty on Tuesday")
                    and (not relative or same_role and (
                        anchored or weekdays or start in dated_alike
                        or candidate.similarity >= CONTRADICTION_SIMILARITY["relative"]))
                    # ... and neither side counts another day from its date ("broke out on May 3 and was put out
                    # two days later" / "was put out on May 5"): which deed each date is of is unsure
                    and not _DAY_COUNTED_FROM.match(claim.text, end - claim.offset)
                    and not _DAY_COUNTED_FROM.match(other.text, matches[0][1]))
            mismatch = _date_mismatch(claim, (start, end, value), matches[0], candidate) if firm else None
            out.append(_Aligned((start, end), False, AlignedPair(written, theirs, False), mismatch))
    return out


_TALLY = re.compile(r"\b(?:toll|tally|has|have)\s+(?:now\s+)?(?:risen|grown|climbed|reached|increased)\b", re.I)


def _tellers(text: str) -> frozenset[str]:
    """The name words of who tells the sentence: an outlet or body after "according to", before or after a closing
    verb of saying (", Reuters reported.", ", reports the Independent."), or before "inquiry", "report", "survey" and
    the like ("a Courier inquiry found")."""
    names = [m.group("name") or m.group("name2") or m.group("name3") or m.group("name4")
             for m in _TELLER.finditer(text)]
    return facts_mod.Facts(names=tuple(n.lower().rstrip(".") for n in names)).name_words if names else frozenset()


_TELLER = LazyPattern(r"\b[Aa]ccording\s+to\s+(?:the\s+)?(?P<name>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*)"
                      r"|,\s*(?:the\s+)?(?P<name2>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*)\s+(?:reported|said|says|"
                      r"reports|found|wrote|added)\W*$"
                      r"|,\s*(?:reported|reports|said|says|wrote|writes)\s+(?:the\s+)?"  # ", reports the Independent."
                      r"(?P<name4>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*)\W*$"
                      r"|\b(?:[Aa]n?|[Tt]he)\s+(?P<name3>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*)\s+(?:inquiry|report|"
                      r"investigation|survey|study|poll|analysis|review)\b")


def _align_numbers(claim: Side, other: Side) -> list[tuple[NumberMention, NumberMention]]:
    """Pairs (claim figure, corpus figure) playing the same role, each figure used once.

    Candidates count the same thing (noun and unit); among them the pair sharing the most words of its
    own clause ("of its exports" / "of its oil") and the same slot ("from X to Y": the "to" figure with
    the "to" figure) wins, then the pair in the same order among figures of that kind.
    """
    scored = []
    respectively = all(_RESPECTIVELY.search(side.text) for side in (claim, other))
    # the names both sides share say whom the sentence is about, not which figure is which
    mine, theirs = names_of(claim, other)
    named = mine if mine == theirs else frozenset()
    if _other_part(claim, other) or _part_against_whole(claim, other) or _part_against_whole(other, claim):
        return []
    owns_b: dict[int, frozenset[str]] = {}  # each corpus figure's own words and way, read once it is tried
    ways_b: dict[int, str] = {}
    for i, a in enumerate(claim.numbers):
        kin_a = [x for x in claim.numbers if x is a or same_quantity(x, a)]
        own_a, way_a = None, None  # the words of its own phrase and which way it moves, read once it has a candidate
        for j, b in enumerate(other.numbers):
            counted = _same_count(claim, a, other, b)
            if not (counted or _same_figure(a, b) or _same_bare_figure(claim, a, other, b)
                    or _bare_baselines(claim, a, other, b)):
                continue
            slot_a, slot_b = _slot(claim.text, a.start - claim.offset), _slot(other.text, b.start)
            if slot_a is None and slot_b == "to" and _claim_period(claim, a) == "previous":
                continue  # "A year earlier, it earned $58 million" is where a change started, not where it ended
            role_a = _role_words(claim.text, a.start - claim.offset, a.end - claim.offset, before=True)
            role_b = _role_words(other.text, b.start, b.end, before=True)
            if slot_a and slot_b and slot_a != slot_b and not (_equal(a, b) and len(role_a & role_b) >= 2):
                continue  # a range told the other way round keeps its words: "from $27 for computer versions"
            period_a, period_b = _period(role_a), _period(role_b)
            if period_a and period_b and period_a != period_b:
                continue
            if not _of_one_kind(claim, a, other, b):
                continue
            if _change_and_level(_difference(claim.text, a.start - claim.offset, a.end - claim.offset, a.noun, a.hedge),
                                 _difference(other.text, b.start, b.end, b.noun, b.hedge)):
                continue
            if way_a is None:
                way_a = _direction(claim.text, a.start - claim.offset, a.end - claim.offset, a.noun) or ""
            if j not in ways_b:
                ways_b[j] = _direction(other.text, b.start, b.end, b.noun) or ""
            if _directions_opposed(way_a, ways_b[j]):
                continue  # "down 15% over the year" / "A 15% increase": a fall and a rise are two quantities
            kin_b = [y for y in other.numbers if y is b or same_quantity(y, b)]
            words = len((role_a & role_b) - named)
            # the words of each figure's own phrase weigh twice ("about half of the country's unauthorized
            # population but two-thirds of those who qualify" / "two-thirds of those ... even as ... about half of
            # the nation's unauthorized population": each fraction with its own noun, not the subject's words)
            if own_a is None:  # (with its noun, written after it or not: "Airbus' A380 carries 22", 22 tires)
                own_a = _role_words(claim.text, a.start - claim.offset, a.end - claim.offset) | _noun_words(a)
            if j not in owns_b:
                owns_b[j] = _role_words(other.text, b.start, b.end) | _noun_words(b)
            words += len((own_a & owns_b[j]) - named)
            if not counted and not words and not _distinctive(a):
                continue  # the same "$1.875" or "7%" in both is a counterpart even with no word in common
            order = -abs(kin_a.index(a) - kin_b.index(b))
            # paired figures with "respectively" correspond by order; otherwise an equal figure is the likelier
            # counterpart of a reordered sentence ("$3.27 a share" beside "more than $4 a share ... $3.27")
            ties = (order, _equal(a, b)) if respectively else (_equal(a, b), order)
            scored.append((words + 2 * bool(slot_a and slot_a == slot_b), *ties, -i, -j, a, b))
    scored.sort(key=lambda t: t[:5], reverse=True)
    used_a: set[int] = set()
    used_b: set[int] = set()
    pairs = []
    for *_, a, b in scored:
        if id(a) in used_a or id(b) in used_b:
            continue
        used_a.add(id(a))
        used_b.add(id(b))
        pairs.append((a, b))
    pairs = _follow_anchors(claim, other, pairs)
    pairs = _uncross(claim, other, pairs)
    pairs.sort(key=lambda p: p[0].start)
    return pairs


def _of_one_kind(claim: Side, a: NumberMention, other: Side, b: NumberMention) -> bool:
    """No check tells the two figures apart as two quantities (another part, another harm, given to another,
    ...): the aligner may pair them."""
    return not any(differ(claim, a, other, b) for differ in _OTHER_QUANTITY)


def _uncross(claim: Side, other: Side, pairs: list[tuple[NumberMention, NumberMention]]):
    """Two equal figures of one unit that trade places, each led by the words that lead the other's
    counterpart, are a swap: "$3 a share in cash ... stock it valued at $7" against "$7 a share and ...
    stock it values at $3" pairs the claim's $7 with the $3 "values at" leads, not with the other $7."""
    out = list(pairs)
    for i, (a1, b1) in enumerate(out):
        for k, (a2, b2) in enumerate(out):
            if not (a1.start < a2.start and b1.start > b2.start and a1.unit == a2.unit == b1.unit == b2.unit
                    and _equal(a1, b1) and _equal(a2, b2) and not _equal(a1, a2)) \
                    or any(_slot(claim.text, n.start - claim.offset) for n in (a1, a2)) \
                    or any(_slot(other.text, n.start) for n in (b1, b2)):
                continue
            lead_a1, lead_a2 = (_leading_stems(claim.text, n.start - claim.offset) for n in (a1, a2))
            lead_b1, lead_b2 = (_leading_stems(other.text, n.start) for n in (b1, b2))
            common = lead_b1 & lead_b2
            crossed = len((lead_a2 & lead_b1) - common) >= 2 and not (lead_a2 & lead_b2) - common
            if crossed or len((lead_a1 & lead_b2) - common) >= 2 and not (lead_a1 & lead_b1) - common \
                    or _places_traded(claim, (a1, a2), other, (b1, b2)):
                out[i], out[k] = (a1, b2), (a2, b1)
    return out


def _places_traded(claim: Side, mine: tuple[NumberMention, NumberMention], other: Side,
                   theirs: tuple[NumberMention, NumberMention]) -> bool:
    """Each of the claim's two figures is told of the place the other's counterpart is told of, in names right
    after it ("1.5 floors at 300 Slater Street and 10.5 floors at 180 Kent Street" / "10.5 floors at 300 Slater
    Street and 1.5 floors at 180 Kent Street"): a swap."""
    a1, a2 = (_trailing_names(claim.text, n.end - claim.offset) for n in mine)
    b1, b2 = (_trailing_names(other.text, n.end) for n in theirs)
    common = b1 & b2  # ("Street" after both)
    return bool((a1 & b2) - common) and not (a1 & b1) - common \
        and bool((a2 & b1) - common) and not (a2 & b2) - common


def _trailing_names(text: str, at: int) -> frozenset[str]:
    """The capitalised words after a figure, to the end of its clause or the next "and" ("floors at 300 Slater
    Street": slater, street)."""
    clause = _TRAILING_CLAUSE.split(text[at:at + 60], 1)[0]
    return frozenset(w.lower() for w in _WORD.findall(clause) if w[0].isupper())


_TRAILING_CLAUSE = re.compile(r"[,;.:]|\s(?:and|while|but|whereas)\s")


def _leading_stems(text: str, at: int, words: int = 5) -> frozenset[str]:
    """Stems of the lower-case content words among the few words before a figure, back to the figure
    before it ("preferred stock it valued at"); names are whom the sentence is about, not the figure's role."""
    stop = _content_stop()
    ahead = text[max(0, at - 60):at]
    digits = [i for i, c in enumerate(ahead) if c.isdigit()]
    lead = _WORD.findall(ahead[digits[-1] + 1 if digits else 0:])[-words:]
    return frozenset(stem(w) for w in lead if w.islower() and w not in stop and len(w) > 2)


_APPOSITION = re.compile(r"\s*,\s*or\s+(?:about\s+|nearly\s+|some\s+)?")


def _follow_anchors(claim: Side, other: Side, pairs: list[tuple[NumberMention, NumberMention]]):
    """A figure in apposition ("$7.4 million, or 22 cents a share") goes with its anchor's counterpart:
    "$7.4 million, or 86 cents ..., from $32.3 million, or 22 cents" against "$7.4 million, or 22 cents ...,
    from $32.3 million, or 86 cents" pairs 86 with 22, whatever equal figures elsewhere suggest."""
    anchor_of = _anchors(claim)
    follower_of = {id(anchor): n for n, anchor in _anchors(other).values()}
    partner = {id(a): b for a, b in pairs}
    out = dict((id(a), (a, b)) for a, b in pairs)
    for a, _ in pairs:
        if id(a) not in anchor_of:
            continue
        anchor_b = partner.get(id(anchor_of[id(a)][1]))
        follower = follower_of.get(id(anchor_b)) if anchor_b is not None else None
        if follower is None or follower is out[id(a)][1] or not same_quantity(a, follower):
            continue
        mine = out[id(a)][1]
        for key, (a2, b2) in out.items():
            if b2 is follower:
                out[key] = (a2, mine)  # the figure that held the follower takes this one's old counterpart
        out[id(a)] = (a, follower)
    return list(out.values())


def _anchors(side: Side) -> dict[int, tuple[NumberMention, NumberMention]]:
    """{id(figure): (figure, the figure it is in apposition to)} for "$7.4 million, or 22 cents"."""
    out = {}
    for before, n in zip(side.numbers, side.numbers[1:]):
        if _APPOSITION.fullmatch(side.text, before.end - side.offset, n.start - side.offset):
            out[id(n)] = (n, before)
    return out


_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)


def _unsure(claim: Side, a: NumberMention, other: Side, b: NumberMention,
            pairs: list[tuple[NumberMention, NumberMention]]) -> bool:
    """The claim's figure is in the evidence too, as the same kind of quantity, but left unaligned: the
    pairing is unsure ("received 2.5 million newly issued shares" / "issued 2.5 million shares") unless
    the two figures traded places ("$5.8 billion, up 13% from $6.6 billion" / "$6.6 billion, up 13% from
    $5.8 billion"): the claim's figure in that slot is the one the evidence gives here."""
    aligned = {id(y) for _, y in pairs}
    for c in other.numbers:
        if id(c) in aligned or not _equal(a, c) or not (same_quantity(a, c) or a.unit == c.unit) \
                or _harmed_otherwise(claim, a, other, c) or (a.noun == "age") != (c.noun == "age"):
            continue  # (not "injured 11" for "killed 11 people": another harm's count; nor an age for a count)
        slot_c = _slot(other.text, c.start)
        slot_a = _slot(claim.text, a.start - claim.offset)
        swapped = any(x is not a and _equal(x, b) and _slot(claim.text, x.start - claim.offset) == slot_c
                      for x in claim.numbers) and (slot_c is not None or slot_a is not None
                                                    and slot_a == _slot(other.text, b.start))
        # ... or the other one is the bound, or counts the same thing, on both sides ("5,500 Iraqi prisoners ...
        # may have climbed above 8,000" / "8,000 ... above 5,500"; "Over the past three days ... the six other
        # nations" / "Over the past six days ... the three other")
        # ("killed about 40 commanders and wounded 10 more" / "killed around 10 commanders and wounded 40 more")
        # (or two shares or amounts traded places with their unlike hedges: "just over 40 percent ... in the United
        # Kingdom and closer to 30 percent in Spain" / "in Spain is just over 40 percent, while in the United
        # Kingdom it is closer to 30 percent"; not counts, which their nouns may have paired wrongly: "some 3.2
        # million customers and Fios Internet 3.8 million" / "3.8 million customers ... and about 3.2 million"; two
        # prices, of which one says what it is a price of, each of the kind of its twin: "EUR 12.99 a month, or EUR
        # 9.99 if ..." / "EUR 9.99 ($10.50), or EUR 12.99 if ...", not "for $12 a share" given to another)
        swapped = swapped or any(
            x.start != a.start - claim.offset and _equal(x, b) and x.unit == c.unit
            and (hedge_kind(a.hedge) == hedge_kind(b.hedge) and hedge_kind(x.hedge) == hedge_kind(c.hedge)
                 and (c.hedge is not None or x.noun == c.noun
                      or a.unit is not None and _counts_alike(x, c) and _of_one_kind(claim, a, other, c))
                 or a.unit is not None and hedge_kind(a.hedge) != hedge_kind(b.hedge)
                 and hedge_kind(a.hedge) == hedge_kind(c.hedge) and hedge_kind(x.hedge) == hedge_kind(b.hedge)
                 and _counts_alike(x, c))
            for x in claim.figures)  # every figure written, compared or not
        # (or two figures that traded owners: "PACT aims to convert 110,000 apartments and the Preservation Trust
        # 62,000" / "the Preservation Trust aims to convert 110,000 apartments, while PACT aims to convert 62,000")
        swapped = swapped or any(x.start != a.start - claim.offset and _equal(x, b)
                                 and _owners_traded(claim, a, x, other, b, c) for x in claim.figures)
        if not swapped:
            return True
    return False


def _owners_traded(claim: Side, a: NumberMention, x: NumberMention, other: Side, b: NumberMention,
                   c: NumberMention) -> bool:
    """The claim gives ``a`` and ``x`` (one of its written figures) to two owners, and the corpus gives ``b``
    (equal to ``x``) to the owner of ``a`` and ``c`` (equal to ``a``) to the owner of ``x``: each figure went to
    the other's owner."""
    mine_a = _owner_before(claim.text, a.start - claim.offset, other.text)
    mine_x = _owner_before(claim.text, x.start, other.text)
    theirs_b, theirs_c = (_owner_before(other.text, n.start, claim.text) for n in (b, c))
    return all((mine_a, mine_x, theirs_b, theirs_c)) and not shared(mine_a, mine_x) \
        and bool(shared(mine_a, theirs_b)) and bool(shared(mine_x, theirs_c))


def _counts_alike(x: NumberMention, c: NumberMention) -> bool:
    """Two figures that count the same thing, or of which one leaves unsaid what it counts."""
    return x.noun is None or c.noun is None or noun_key(x.noun) == noun_key(c.noun)


def _named_figure(claim: Side, a: NumberMention, other: Side, b: NumberMention, candidate: Candidate) -> bool:
    """A figure whose own clause names the same owner on both sides, counted in the same words: "Ford holds a
    12.54% stake in Jaguar" / "Ford, which holds an unwelcome 12.45% stake in Jaguar" (not "Serbs make up
    10 percent" / "Ethnic Albanians comprise 90 percent ..., but Serbs maintain control")."""
    if candidate.similarity < CONTRADICTION_SIMILARITY["anchored"]:
        return False
    mine, theirs = names_of(claim, other)
    own_a = _clause_words(claim.text, a.start - claim.offset, a.end - claim.offset) & mine
    if not own_a and claim.facts.story and not _OWNER_BREAK.search(claim.text, 0, a.start - claim.offset):
        own_a = claim.facts.story_words  # "The workstation maker shipped 38,000 systems": whom the story names
    relative = None if own_a else _RELATIVE_CLAUSE.search(claim.text, 0, a.start - claim.offset)
    if relative:  # "Cambrex Corp., which has about 5.6 million shares": the name before "which"
        own_a = _clause_words(claim.text, 0, relative.start()) & mine
    own_b = _clause_words(other.text, b.start, b.end) & theirs
    if not shared(own_a, own_b):
        # a corpus sentence that names no one, about the claim's subject ("The maker of specialty chemicals
        # has about 5.9 million shares outstanding", in a story about Cambrex)
        if not own_a or other.facts.name_words or not subject_shared(claim, other):
            return False
    return _context_overlap(claim, a, other, b) >= 2


def _counted_alike(claim: Side, a: NumberMention, other: Side, b: NumberMention, candidate: Candidate) -> bool:
    """A count of the same thing, by name, in a sentence about the claim's subject that words the count's
    surroundings alike ("An FBI official said investigators were following up fewer than 300 tips" / "an
    FBI official said authorities are pursuing more than 400 tips")."""
    if candidate.similarity < CONTRADICTION_SIMILARITY["anchored"] or a.unit is not None or b.unit is not None \
            or not a.noun or not b.noun or singular(a.noun.lower()) != singular(b.noun.lower()) \
            or not subject_shared(claim, other):
        return False
    noun = _noun_words(a)
    mine = (_near_words(claim.text, a.start - claim.offset, a.end - claim.offset)
            | _clause_words(claim.text, a.start - claim.offset, a.end - claim.offset))
    theirs = _near_words(other.text, b.start, b.end) | _clause_words(other.text, b.start, b.end)
    common = (mine & theirs) - noun - _content_stop() - facts_mod.function_words() - _saying_words() \
        - claim.facts.name_words - other.facts.name_words - _hedge_words(a) - _hedge_words(b)
    return any(len(w) > 2 for w in common)


def _phrased_alike(claim: Side, a: NumberMention, other: Side, b: NumberMention, candidate: Candidate) -> bool:
    """A share or amount of the same thing, told in the same words after it ("roughly 60% of the company's
    sales" / "43% of the company's sales"), in a sentence about whom the claim or its story names."""
    if candidate.similarity < CONTRADICTION_SIMILARITY["anchored"] or a.unit is None or a.unit != b.unit:
        return False
    _, theirs = names_of(claim, other)
    # a claim naming no one ("International sales made up ...": a first word the corpus writes in lower case)
    unnamed = all(_written_lower(name, other.text) for name in claim.facts.names)
    if not (subject_shared(claim, other) or unnamed and shared(claim.context_words, theirs)):
        return False
    stop = _content_stop() | facts_mod.function_words()
    common = (_phrase_after(claim.text, _past_apposition(claim.text, a.start - claim.offset, a.end - claim.offset))
              & _phrase_after(other.text, _past_apposition(other.text, b.start, b.end))) - stop
    return len([w for w in common if len(w) > 2]) >= 2


def _past_apposition(text: str, start: int, end: int) -> int:
    """Where what a figure is told of starts: past the comma closing it when it stands in apposition ("fewer than
    three-quarters of Republicans, 74 percent, think Pence will win")."""
    if text[end:end + 1] == "," and text[:start].rstrip().endswith(","):
        return end + 1
    return end


def _lone_counts(claim: Side, a: NumberMention, other: Side, b: NumberMention, candidate: Candidate) -> bool:
    """Each sentence's only figure, a count of the same thing, in sentences about the claim's subject worded a little
    alike ("She said she had approached about 30 doctors" / "Tridevil told the station that she contacted more than
    50 doctors"): there is no other figure for either to be. (Not a share or a sum, which a sentence may give to
    another it names: "GM holds a 10% stake in Jaguar" / "... by Ford, which holds a 12.45% stake in Jaguar".)"""
    if candidate.similarity < LONE_COUNT_SIMILARITY or len(claim.numbers) != 1 or len(other.numbers) != 1 \
            or a.unit is not None or b.unit is not None or a.noun is None or b.noun is None \
            or a.upper is not None or b.upper is not None:
        return False
    return singular(a.noun.lower()) == singular(b.noun.lower()) and not is_generic(a.noun) \
        and subject_shared(claim, other)


LONE_COUNT_SIMILARITY = 50  # how alike two sentences whose one figure each counts the same thing must be worded


def _placed_alike(claim: Side, a: NumberMention, other: Side, b: NumberMention, candidate: Candidate) -> bool:
    """A count of the same noun in the same place: the same two words before it or after it on both sides ("to
    be cut into more than 20 pieces for novices" / "are supposed to be cut into 16 pieces for novices"), in
    sentences alike enough to anchor, about the claim's subject when it names one."""
    if candidate.similarity < CONTRADICTION_SIMILARITY["anchored"] or not a.noun or not b.noun \
            or singular(a.noun.lower()) != singular(b.noun.lower()) or a.upper is not None or b.upper is not None:
        return False  # (a range is vague: "laid off thousands of employees" / "tens of thousands")
    if (names_of(claim, other)[0] or claim.facts.story) and not subject_shared(claim, other):
        # "Tessier Ltd. ... closed at C$14.25, up 75 Canadian cents" / "Marlow Foods ... up 50 ..."; "The company
        # said it would buy back up to 10 million of its shares", in a story of Du Pont, / "Nashua ... will buy
        # back up to one million of its shares"
        return False
    before, after = _place(claim.text, a, claim.offset)
    their_before, their_after = _place(other.text, b)
    # ... a slot holding a word of its own, not only the noun and function words ("at the age of 4" / "at the age
    # of nine" is any age; "$112 billion in revenue" / "$55.9 billion in revenue" any revenue)
    plain = facts_mod.function_words() | _noun_words(a) | _noun_words(b) | _content_stop()
    if after and after[0] in ("a", "an", "per", "each", "every"):
        after = ()  # a rate ("$12 a share", "40 million rand a day"), not a place
    return any(len(slot) == 2 and slot == theirs and any(singular(w) not in plain and len(w) > 2 for w in slot)
               for slot, theirs in ((before, their_before), (after, their_after)))


def _clause_retold(claim: Side, a: NumberMention, other: Side, b: NumberMention, candidate: Candidate) -> bool:
    """A count or amount of the same thing whose own clause is retold in the same content words, in a sentence about
    the claim's subject ("A set of the rings will cost $29.99" / "(a set costs $24.99 and will be out in the
    spring)"): the same clause, its figure changed."""
    if candidate.similarity < CONTRADICTION_SIMILARITY["anchored"] or a.upper is not None or b.upper is not None \
            or a.unit != b.unit:
        return False
    if a.unit is None and (is_generic(a.noun) or is_generic(b.noun) or noun_key(a.noun) != noun_key(b.noun)):
        return False
    if (is_span(a) or is_span(b)) and time_word(a) != time_word(b) and "a" in (a.text.lower(), b.text.lower()):
        # a span of one unit, of another unit ("climbing for a decade" / "after they wore it for a year"), is another
        # span (not "for at least half a minute" / "for at least three seconds")
        return False
    # the claim's subject, named by the corpus sentence too (not a place alone: "Cadbury Schweppes holds about 9% of
    # the U.S. candy market" / "Nestle's 7% share of the U.S. candy market to about 12%"); for a claim naming no one,
    # a corpus sentence naming no one before its figure, or whom the claim's story names (not "Volume in Zulily was
    # ... of around 1.4 million shares" / "Volume was ... of around 1.9 million shares", another stock's; nor "it
    # would buy back up to 10 million of its shares", of Du Pont, / "Nashua ... will buy back up to one million")
    named = _named_before(other, b, claim.text)
    if not (subject_shared(claim, other) if names_of(claim, other)[0]
            else not named or shared(claim.facts.story_words, named)):
        return False
    mine_text = _clause_text(claim.text, a.start - claim.offset, a.end - claim.offset)
    their_text = _clause_text(other.text, b.start, b.end)
    # ... nor a usual figure against one occasion's ("The festival generally nets around $3 million each spring" /
    # "Last spring's festival cleared about $5 million"), nor another place in a series ("a second mill")
    if bool(_HABITUAL.search(mine_text)) != bool(_HABITUAL.search(their_text)) \
            or _ordinals_apart(mine_text, their_text):
        return False
    skip = _noun_words(a) | _noun_words(b) | _hedge_words(a) | _hedge_words(b) | spelled_words()
    mine = {_synonym(w) for w in _content_words(mine_text) - skip}
    common = mine & {_synonym(w) for w in _content_words(their_text) - skip}
    # (of the claim's own clause: not "Five officers on a routine patrol near the docks arrested two other men the
    # following night" / "after two police officers stopped Brantley during a routine patrol near the docks", where
    # half the corpus clause's words are the claim's; at four in ten of the claim's clause, that one is contradicted)
    return len(common) >= 2 and len(common) >= CLAUSE_RETOLD * len(mine)


_HABITUAL = re.compile(r"\b(?:usually|generally|typically|normally|ordinarily|regularly|annually|each|every)\b", re.I)


def _ordinals_apart(text: str, other: str) -> bool:
    """One side writes a place in a series ("first", "second") the other does not: "The Velmar prize was first won by
    a writer from outside Europe in 2004" is another deed than "In 1999, the Velmar prize was extended to writers from
    outside Europe", and "sent Halvorsen a second letter" than "sent Halvorsen a letter"."""
    return _written_among(text, _ordinal_words()) != _written_among(other, _ordinal_words())


def _named_before(side: Side, n: NumberMention, other_text: str) -> frozenset[str]:
    """The name words ``side`` writes before its figure ``n``, with its first word unless a word any sentence may
    open with or one the other sentence writes ("Nashua immediately responded by ... saying it will buy back up to
    one million of its shares": a first word is left out of the names it finds)."""
    first = _WORD.search(side.text)
    opener = first is not None and first.group()[0].isupper() and first.end() <= n.start \
        and first.group().lower() not in facts_mod.sentence_openers() | facts_mod.function_words() \
        and first.group().lower() not in other_text.lower()
    return frozenset(w for w in side.facts.name_words if w in side.text[:n.start]) \
        | frozenset([first.group()] if opener else [])


def _half_retold(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """The words around a year or a day on either side (in their meanings) share at least two and CLAUSE_RETOLD of the
    fewer side's."""
    common = mine & theirs
    return len(common) >= 2 and len(common) >= CLAUSE_RETOLD * min(len(mine), len(theirs))


# the share of the words around a figure (of the claim's clause), a year or a day (of the fewer side's) that the other
# side must write to tie the two (at 0.6, eight fewer contradictions on the sets)
CLAUSE_RETOLD = 0.5


def _place(text: str, n: NumberMention, offset: int = 0) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The place a figure stands in (_words_around), read past its hedge and its noun: "cut into more than 20
    pieces for novices" stands in "cut into" and "for novices", as "cut into 16 pieces for novices" does."""
    start, end = n.start - offset, n.end - offset
    hedge = _hedge_words(n)
    words = list(_WORD.finditer(text, max(0, start - 60), start))
    while words and words[-1].group().lower() in hedge:
        start = words.pop().start()
    nouns = _noun_words(n)
    for word in _WORD.finditer(text, end, min(len(text), end + 60)):
        if not nouns or text[end:word.start()].strip() or singular(word.group().lower()) not in nouns:
            break
        end = word.end()
    return _words_around(text, start, end)


def _complement(a: NumberMention, b: NumberMention) -> bool:
    """The claim's share is what a part of a whole in the corpus leaves of it ("Fewer than half of the women ...
    have been spared" / "7 out of 10 women ... are sexually assaulted"): the other part, told of the other side,
    which a comparison of the two words cannot tell from a changed figure. (Not for a share written as a
    percentage: "roughly 60% of the company's sales" / "40%" is a changed figure.)"""
    if a.unit != "%" or b.unit != "%" or b.value is None or b.upper is not None or not 0 < b.value < 100 \
            or not (is_ratio(a) or is_ratio(b)):
        return False
    return agree(a, b._replace(value=100 - b.value, hedge=b.hedge and "about"))


def _hedge_words(n: NumberMention) -> frozenset[str]:
    return frozenset(_WORD.findall(n.hedge.lower())) if n.hedge else frozenset()


def _compared_alike(claim: Side, a: NumberMention, other: Side, b: NumberMention, candidate: Candidate) -> bool:
    """The figure each sentence about the same subject compares against, in the same words ("against a
    7.1% drop in H-P's overall revenue" / "compared with a 6.7% decline in overall revenue")."""
    slot = _slot(claim.text, a.start - claim.offset)
    return (slot == "from" and _slot(other.text, b.start) == slot and subject_shared(claim, other)
            and candidate.similarity >= CONTRADICTION_SIMILARITY["anchored"]
            and len(_role_words(claim.text, a.start - claim.offset, a.end - claim.offset)
                    & _role_words(other.text, b.start, b.end)) >= 1)


def _earlier_period(claim: Side, a: NumberMention, other: Side, b: NumberMention) -> bool:
    """One side dates its figure to an earlier period, in its own clause or in the phrase that opens the
    sentence ("In the year-earlier quarter, the thrift earned $10.2 million"), and the other names no period
    at all: it gives the current period's figure, no contradiction."""
    if is_span(a) and a.unit != "s":
        return False  # "moved here more than a year ago": the span itself is the figure, not a period's
    mine, theirs = _claim_period(claim, a), _claim_period(other, b)
    return mine == "previous" and not (_dated(other.text) or _month_named(claim, other)) \
        or theirs == "previous" and not (_dated(claim.text) or _month_named(other, claim))


def _month_named(side: Side, other: Side) -> bool:
    """The other sentence names the month the side's earlier period is ("last month", told on February 23 /
    "this past January"): the same period, named."""
    months = facts_mod.month_names()
    return any(len(value) == 7 and months[int(value[5:7]) - 1] in other.text for _, _, value in side.dates)


def _dated(text: str) -> bool:
    lowered = text.lower()
    return any(re.search(rf"\b{re.escape(p)}\b", lowered) for phrases in _period_words().values() for p in phrases)


def _claim_period(claim: Side, a: NumberMention) -> str | None:
    """The period a claim figure is dated to, by its own clause or by the phrase opening its sentence; where
    a change ends ("fell 17.8 percent from a year earlier to 21.4 million units") is no earlier period."""
    if _slot(claim.text, a.start - claim.offset) == "to":
        return None
    opening = claim.text.split(",", 1)[0] if "," in claim.text[:a.start - claim.offset] else ""
    return _period(_role_words(claim.text, a.start - claim.offset, a.end - claim.offset, before=True)
                   | _role_words(opening, len(opening), len(opening), before=True))


def _dated_another_year(side: Side, n: NumberMention, other: Side) -> bool:
    """A figure dated by a year in its clause or its sentence's opening phrase, two years or more before the
    other sentence's date ("In 2009, the company employed 4,100 people") or after it ("will process 250,000
    barrels a day when it opens in 2018"), where the other writes no year ("The company now employs 5,200
    people", "The refinery processes 180,000 barrels a day" in 2015): the figure of another time. A year the
    other writes only as a starting point ("the lowest since 2008") dates none of its figures."""
    if other.when is None or other.years and (_DATING_YEAR.search(other.text) or not _SINCE_YEAR.search(other.text)):
        return False
    at = n.start - side.offset
    hi = min([k for k in (side.text.find(mark, n.end - side.offset) for mark in ",;:") if k >= 0]
             + [len(side.text)])
    opening = side.text.split(",", 1)[0] if "," in side.text[:at] else ""
    for text in (side.text[_clause_start(side.text, at):hi], opening):
        for m in _DATING_YEAR.finditer(text):
            if not other.when.year - 2 < int(m.group(1)) <= other.when.year:
                return True
    return False


def _dated_apart(claim: Side, a: NumberMention, other: Side, b: NumberMention) -> bool:
    """Each figure's clause dates it by a year ("carried 8.2 million passengers in 2015") and no year is
    shared: figures of two years."""
    mine, theirs = _clause_years(claim, a, claim.offset), _clause_years(other, b)
    return bool(mine) and bool(theirs) and not mine & theirs


def _still_to_come(claim: Side, a: NumberMention, other: Side, b: NumberMention) -> bool:
    """The corpus figure is dated by a year after the corpus sentence's own ("will have 300 beds when it
    opens in 2019") and the claim tells it as what is, with no year and no word of the future ("has 300
    beds"): a plan is no proof of what is."""
    if other.when is None or _clause_years(claim, a, claim.offset) or _FUTURE.search(claim.text):
        return False
    return any(int(year) > other.when.year for year in _clause_years(other, b))


def _clause_years(side: Side, n: NumberMention, offset: int = 0) -> set[str]:
    text = side.text
    start, end = _clause_start(text, n.start - offset), _clause_end(text, n.end - offset)
    return {m.group(1) for m in _DATING_YEAR.finditer(text, start, end)}


_SINCE_YEAR = re.compile(r"\bsince\s+(?:1[89]|20)\d\d\b", re.I)
_DATING_YEAR = re.compile(r"\b(?:[Ii]n|[Dd]uring|[Bb]y|[Aa]s\s+of|[Aa]t\s+the\s+end\s+of)\s+((?:1[89]|20)\d\d)\b")


def _negated_bound(text: str, at: int, hedge: str | None) -> bool:
    """A bound ("above", "more than", "under") denied in its own clause ("venues must not play music above 85
    decibels"): the figure is a limit from the other side."""
    if hedge_kind(hedge) not in ("minimum", "maximum", "below"):
        return False
    start = _clause_start(text, at)
    written = text.lower().rfind(hedge.lower(), start, at)  # not the hedge's own "no" ("no more than 85")
    # (nor an aside: "Jasmine Tridevil (not her birth name) says she spoke with over 50 cosmetic surgeons"), in
    # the verb phrase the bound ends: the five words before it ("for people with no next-of-kin or whose families
    # cannot pay for a funeral for more than a century" denies the paying, not the century)
    before = _ASIDE_IN.sub(" ", text[start:written if written >= 0 else at])
    words = re.findall(r"[\w’']+", before)[-5:]
    return _NEGATION.search(" ".join(words)) is not None


_ASIDE_IN = re.compile(r"\([^()]*\)")


def _twin(a: NumberMention, b: NumberMention) -> bool:
    """One figure written two ways: the same digits under another scale or in another unit of one measure
    ("39 kilobytes" / "39 megabytes"), or the same digits in another order ("0.28" / "0.82", "150" / "105"): a
    slip in retelling that ties the two sentences to one figure."""
    mine, theirs = _FIGURE.search(a.text), _FIGURE.search(b.text)
    if a.unit != b.unit:
        # the same digits in another unit of the same measure ("39 megabytes" / "39 kilobytes", "20 metres" /
        # "20cm")
        return bool(mine and theirs) and mine.group() == theirs.group() and same_measure(a, b) \
            and a.upper is None and b.upper is None  # not "between 10 and 1,000 metres deep" / "10 inches wide"
    if _scale_twin(a, b):  # "some 500 people" / "about a half million people"
        return True
    if not (mine and theirs):
        return False
    x, y = mine.group().replace(",", ""), theirs.group().replace(",", "")
    reordered = x != y and sorted(x) == sorted(y) and len(set(x) - {"."}) >= 2
    # ... or its point moved ("0.4 kg" / "4 kg", "$3.25 billion" / "$32.5 billion") or a zero added to a
    # large figure ("10,000 women" / "100,000 women")
    moved = x != y and x.replace(".", "").strip("0") == y.replace(".", "").strip("0") != "" \
        and ("." in x + y or min(a.value or 0, b.value or 0) >= 1000)
    return (reordered or moved) and scale_word(a) == scale_word(b)


def _same_role(claim: Side, a: NumberMention, other: Side, b: NumberMention) -> bool:
    """Two figures hedged alike (or both hedged) that count the same named thing ("more than $50 million in
    annual revenue" / "annual revenue of more than $50 billion", "secrets for some two hundred years" /
    "secrets for more than two thousand years")."""
    role_a = _role_words(claim.text, a.start - claim.offset, a.end - claim.offset, before=True)
    return (a.hedge == b.hedge or bool(a.hedge and b.hedge)) \
        and bool(role_a & _role_words(other.text, b.start, b.end, before=True))


def _money_scale_twin(a: NumberMention, b: NumberMention) -> bool:
    """A sum in one currency written with the same digits under another scale word ("$631 million" / "$631
    billion", "$20 million" / "$20,000")."""
    return is_money(a) and _scale_twin(a, b)


def _scale_twin(a: NumberMention, b: NumberMention) -> bool:
    """The same digits under another scale word ("about 10.2 billion" / "about 10.2 million", "$20 million" /
    "$20,000"): one figure written two ways, so a near-identical sentence is tied to it whoever it names."""
    mine, theirs = _FIGURE.search(a.text), _FIGURE.search(b.text)
    if a.unit != b.unit or scale_word(a) == scale_word(b):
        return False
    if mine and theirs and mine.group() == theirs.group():
        return True
    lead_a, _, last_a = a.text.lower().rpartition(" ")
    lead_b, _, last_b = b.text.lower().rpartition(" ")
    if lead_a and lead_a == lead_b and last_a != last_b and {last_a, last_b} <= _SCALE_WORDS:
        return True  # "two hundred years" / "two thousand years"
    if not (a.value and b.value):
        return False
    ratio = max(a.value, b.value) / min(a.value, b.value)
    return any(abs(ratio - step) < 1e-6 * step for step in (1e3, 1e6, 1e9))


_SCALE_WORDS = frozenset(("hundred", "thousand", "million", "billion", "trillion"))


def _settled(claim: Side, other: Side) -> bool:
    """The claim dates its figure to a year before the corpus document's ("73 soldiers died ... in
    February 1997"): a toll of an event long past no longer grows."""
    return bool(claim.years) and other.when is not None and all(int(y[:4]) < other.when.year for y in claim.years)


def _weaker_bound(a: NumberMention, b: NumberMention) -> bool:
    """The claim's bound follows from the corpus's, in the same direction ("more than three hours" from "more
    than four hours", "under 60%" from "under 50%"): shown true, unless a digit slip ties them ("more than
    12,000" / "more than 21,000", "over 3.0 percent" / "over 30 percent")."""
    kind = hedge_kind(a.hedge)
    if kind not in ("minimum", "maximum") or kind != hedge_kind(b.hedge) or a.value is None or b.value is None:
        return False
    if {(a.hedge or "").lower(), (b.hedge or "").lower()} & _peak_hedges():
        return False  # "up to 17C" / "up to 11C": two highest figures, not two bounds
    digits = [re.sub(r"[^1-9]", "", m.text) for m in (a, b)]
    if digits[0] and digits[0] == digits[1]:
        return False  # "over 3.0 percent" / "over 30 percent": the point slipped
    return a.value < b.value if kind == "minimum" else a.value > b.value


@functools.cache
def _close_bounds() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_lexicon("number_hedges")["close_bounds"])


@functools.cache
def _peak_hedges() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_lexicon("number_hedges")["peaks"])


def _under_peak(a: NumberMention, b: NumberMention) -> bool:
    """One side gives the highest figure reached ("up to 25 years", "as many as 40"), the other an exact
    figure under it: the two tell different things (the most possible, what happened); an estimate under
    it ("some 4,500 police officers" / "up to 5,000") estimates the same thing."""
    peaks = _peak_hedges()
    return not _equal(a, b) and ((a.hedge or "").lower() in peaks and b.hedge is None
                                 or (b.hedge or "").lower() in peaks and a.hedge is None)


def _two_peaks(a: NumberMention, b: NumberMention) -> bool:
    """Both figures are the highest reached ("can grow up to 3.7m across"): compared as figures, not as
    bounds that any lower figure meets."""
    return bool(a.hedge) and bool(b.hedge) and {a.hedge.lower(), b.hedge.lower()} <= _peak_hedges()


def _counts_apart(claim: Side, a: NumberMention, other: Side, b: NumberMention) -> bool:
    """The same figure counts another thing on each side, and the thing the corpus counts with it is the one the
    claim gives another of its figures ("paid $39.7 billion in fines ..., against net income of $14 billion" /
    "earned $39.7 billion in net income"): the roles are traded, and the figure is not shown."""
    if a.noun is None or b.noun is None or noun_key(a.noun) == noun_key(b.noun):
        return False
    counted = singular(b.noun.lower())
    if counted in _role_words(claim.text, a.start - claim.offset, a.end - claim.offset, before=True):
        return False
    return any(counted in _role_words(claim.text, x.start - claim.offset, x.end - claim.offset, before=True)
               for x in claim.numbers if x is not a and x.value != a.value)


def _bound_only(evidence: NumberMention, claim: NumberMention) -> bool:
    """The corpus gives only a bound ("expire within 48 hours", "more than 200,000 signatures", "20 or more
    minutes") that the claim's exact figure or range ("24 hours", "260,000", "30 to 60 minutes") meets from
    afar: the figure is not shown. A figure within a tenth of the bound ("killed 241 people" / "at least 240")
    and a close bound ("just over a week") show it."""
    if hedge_kind(evidence.hedge) not in ("minimum", "maximum") or claim.hedge \
            or evidence.hedge.lower() in _close_bounds():
        return False
    if claim.upper is not None:
        return True
    tolerance = float(load_lexicon("number_hedges")["approximate_tolerance"]) * evidence.value
    return abs(claim.value - evidence.value) > tolerance


def _far_within_bound(a: NumberMention, b: NumberMention) -> bool:
    """One side is an open bound ("more than 800", "up to 5,000") that the other meets only from far away."""
    if not ({hedge_kind(a.hedge), hedge_kind(b.hedge)} & {"minimum", "maximum"}) or not a.value or not b.value:
        return False
    return max(a.value, b.value) / min(a.value, b.value) > 2


def _ages_of_others(claim: Side, a: NumberMention, other: Side, b: NumberMention) -> bool:
    """Two ages, one of them given to a person by name ("40-year-old Foley", "Iair, 21,") whom the other
    does not name as its own ("the 31-year-old journalist"): two people's ages."""
    if a.noun != "age" or b.noun != "age":
        return False
    mine, theirs = _age_owner(claim.text, a.start - claim.offset, a.end - claim.offset), \
        _age_owner(other.text, b.start, b.end)
    kin = _aged_noun(claim.text, a.end - claim.offset)
    if kin and kin == _aged_noun(other.text, b.end):
        return False  # "her 27-year-old boyfriend, Humphrey Khoza" / "her 25-year-old boyfriend": one person
    subject = _AGED_SUBJECT.match(claim.text)
    if not mine and subject and subject.start(1) == a.start - claim.offset \
            and any(_one_person(name, theirs.lower()) for name in claim.facts.story):
        return False  # "The 47-year-old was on his way" after a sentence naming Vorozhbitsyn / "Vorozhbitsyn, 42,"
    return bool(mine or theirs) and not _one_person(mine, theirs)


_AGED_SUBJECT = re.compile(r"\s*The\s+(\S+?)[\s-]+years?[\s-]+old\b(?![\s-]+[a-z]+\s+[A-Z])")


_AGED_NOUN = LazyPattern(r"[\s-]+years?[\s-]+old\s+([a-z]+)")


def _aged_noun(text: str, end: int) -> str:
    """The word an age in "-year-old" describes ("boyfriend" of "her 25-year-old boyfriend"), else ""."""
    m = _AGED_NOUN.match(text, end)
    return m.group(1) if m else ""


def _one_persons_age(claim: Side, a: NumberMention, other: Side, b: NumberMention) -> bool:
    """Two ages each given to a person by name, one person's ("Xue, 27," / "Xue Paan, 37,"), told within a
    year of each other: whatever else the two sentences tell, they give that person two ages."""
    if a.noun != "age" or b.noun != "age" or claim.when is None or other.when is None \
            or abs((claim.when - other.when).days) > 300:
        return False
    return _one_person(_age_owner(claim.text, a.start - claim.offset, a.end - claim.offset),
                       _age_owner(other.text, b.start, b.end))


def _age_then(claim: Side, a: NumberMention, other: Side, b: NumberMention) -> bool:
    """One age is told at a moment of the past ("Burton was 19 when she first wrote to him", "at 19, she
    left home") and the other is not ("Burton, 26,"): ages at two times, no contradiction. An equal age is
    the same ("Leelah, who was 17 when she died" / "Leelah Alcorn, 17,")."""
    if a.noun != "age" or b.noun != "age" or _equal(a, b):
        return False
    return _at_a_moment(claim.text, a.start - claim.offset, a.end - claim.offset) \
        != _at_a_moment(other.text, b.start, b.end)


def _at_a_moment(text: str, start: int, end: int) -> bool:
    return _AGE_WHEN.match(text, end) is not None or _AGE_AT.search(text[:start]) is not None


_AGE_WHEN = re.compile(r"(?:[\s-]+years?[\s-]+old)?\s+(?:when|at\s+the\s+time|back\s+then)\b", re.I)
_AGE_AT = re.compile(r"(?:^|[.;]\s+)At\s+(?:the\s+age\s+of\s+|age\s+)?$")  # "At 19, she left home"; not "died at 81"


def _ages_traded(claim: Side, a: NumberMention, other: Side, b: NumberMention) -> bool:
    """Two equal ages given to two people who traded them: the word that describes the claim's age ("his
    32-year-old lover", "The husband, 21,") describes another age in the corpus sentence and not this one
    ("Fan Lung, 32, ... lover Zhang Hung, 21")."""
    if a.noun != "age" or b.noun != "age" or not _equal(a, b):
        return False
    mine = _age_words(claim.text, a.start - claim.offset, a.end - claim.offset)
    theirs = _age_words(other.text, b.start, b.end)
    return any(y is not b and y.noun == "age" and not _equal(a, y)
               and mine & _age_words(other.text, y.start, y.end) - theirs for y in other.numbers)


def _age_words(text: str, start: int, end: int) -> frozenset[str]:
    """The words that describe an age: the noun after "-year-old" ("32-year-old lover") or, for an age in
    apposition ("lover Zhang Hung, 21,"), the three words before it."""
    after = _AGED_NOUN.match(text, end)
    if after:
        return frozenset({singular(after.group(1))})
    if not closes_apposition(text, end):
        return frozenset()
    stop = facts_mod.function_words()
    return frozenset(singular(w) for w in _WORD.findall(text[max(0, start - 40):start].lower())[-3:] if w not in stop)


def _another_persons_age(claim: Side, a: NumberMention, other: Side, b: NumberMention) -> bool:
    """Two ages that are not one person's: each given to another name ("Feng Lung, 32," / "Fan Lung, 32,"),
    or one given to a name whose age the other sentence gives elsewhere ("her 30-year-old husband" beside
    "Feng Lung, 32," / "Feng Lung, 30,")."""
    if a.noun != "age" or b.noun != "age":
        return False
    mine = _age_owner(claim.text, a.start - claim.offset, a.end - claim.offset)
    theirs = _age_owner(other.text, b.start, b.end)
    if mine and theirs:
        return not _one_person(mine, theirs)
    if theirs:
        return any(_one_person(_age_owner(claim.text, x.start - claim.offset, x.end - claim.offset), theirs)
                   for x in claim.numbers if x is not a and x.noun == "age")
    if mine:
        return any(_one_person(mine, _age_owner(other.text, y.start, y.end))
                   for y in other.numbers if y is not b and y.noun == "age")
    return False


def _one_person(name: str, other: str) -> bool:
    """Two names of one person: a word in common, and not two given names before one surname ("Feng Lung"
    / "Fan Lung"); a word before the whole of the other name is no given name ("Evil Xue Paan, 37," /
    "Xue Paan, 27,")."""
    if not name or not other:
        return False
    words, others = name.split(), other.split()
    shorter, longer = sorted((words, others), key=len)
    if len(words) > 1 and len(others) > 1 and words[0] != others[0] and longer[-len(shorter):] != shorter:
        return False
    return bool(shared(facts_mod.Facts(names=(name,)).name_words, facts_mod.Facts(names=(other,)).name_words))


# "40-year-old Foley", "her 7-year-old son Dennis", "9-year-old son, Dennis,"
_AGED_NAME = re.compile(r"[\s-]+years?[\s-]+old\s+(?:(?!(?:and|or|of|in|at|on|for|from|with|to|by)\b)[a-z]+,?\s+)?"
                        r"((?:[A-Z][\w'’-]+\s+)*[A-Z][\w'’-]+)")
# "Iair, 21,", "Dan (not his real name), a 19-year-old"
_NAME_AGED = re.compile(r"((?:[A-Z][\w'’-]+\s+)*[A-Z][\w'’-]+)(?:\s+\([^()]{1,40}\))?,\s+(?:then\s+)?"
                        r"((?:a|an|the)\s+)?$")


def _age_owner(text: str, start: int, end: int) -> str:
    """The name an age is given to: "40-year-old Foley", "Iair, 21,", "Khalfan Khamis Mohamed, a
    24-year-old Tanzanian" (not "Tanzanian": a people), "Foley, a journalist aged 54"; else ""."""
    apposed = closes_apposition(text, end)  # "Iair, 21,", "Cai Tuan, 37."
    before = _NAME_AGED.search(text, max(0, start - 45), start) if apposed or _YEAR_OLD.match(text, end) else None
    after = _AGED_NAME.match(text, end)
    # a name after the age is its owner ("40-year-old Foley"), unless the age describes a name before it ("Seth
    # Rich, a 27-year-old Democratic National Committee staffer") or the name is a people ("Tanzanian")
    # ... or describes the person a noun after it names ("the 24-year-old Tampa woman")
    if after and not (before and before.group(2)) and not all(_people_word(w) for w in after.group(1).split()) \
            and not _describes_person(text, after.end()):
        return after.group(1).strip(_QUOTES)
    if not (before and (apposed or before.group(2))):
        before = _NAME_WAS.search(text, max(0, start - 45), start)  # "Qiang Qiang was three at the time"
    if not before:
        before = _NAME_DESCRIBED_AGED.search(text, max(0, start - 80), start)  # "Foley, a journalist aged 54"
    if before:
        words = before.group(1).split()
        common = facts_mod.function_words() | facts_mod.sentence_openers()
        while words and words[0].lower() in common:
            words = words[1:]  # "When Feng Lung, 30,"
        return " ".join(words).strip(_QUOTES)  # "'Dan', an 18-year-old": Dan
    return ""


_QUOTES = "'’‘\""


# "James Foley, a fellow American journalist aged 54", "Foley, aged 54"
_NAME_DESCRIBED_AGED = LazyPattern(r"((?:[A-Z][\w'’-]+\s+)*[A-Z][\w'’-]+),\s+(?:(?:a|an|the)\s+(?:[\w'’-]+\s+){0,5}?)?"
                                   r"aged\s+$")
# (or "was a 62-year-old": "The victim, Dr. Barnett Slepian, was a 62-year-old obstetrician-gynecologist")
_NAME_WAS = LazyPattern(r"((?:[A-Z][\w'’-]+\s+)*[A-Z][\w'’-]+)(?:,\s+who|,)?\s+(?:was|is)\s+(?:an?\s+)?$")


_YEAR_OLD = re.compile(r"-year-old\b")


def _people_word(word: str) -> bool:
    """A country's people by its name ("Tanzanian", "Kenyan", "Brazilian"), not a person's ("Brian")."""
    lower = word.lower()
    # the place and what its people's name adds to it ("Kenya|n", "Iraq|i", "Israel|is", "Brazil|ian", "Japan|ese";
    # not "France|sca": Francesca is a person)
    forms = ((singular(lower), ""), (lower[:-1], lower[-1:]), (lower[:-2], lower[-2:]), (lower[:-3], lower[-3:]))
    return any(form in places() for form, added in forms if len(form) > 3 and added in _DEMONYM_ENDINGS)


_DEMONYM_ENDINGS = frozenset(("", "n", "i", "an", "ns", "is", "ian", "ese", "ans"))


def _same_calendar_day(claim: Side, other: Side) -> bool:
    """Both sides write one calendar day ("Aug. 28"), not one named relative to their dates."""
    return bool(claim.calendar_days & other.calendar_days)


def _vaguer(evidence: NumberMention, claim: NumberMention) -> bool:
    """The evidence gives a range ("in her fifties", "dozens of", "between 10 and 20") wider than the claim's
    figure allows ("52"; "about 12,000" allows "11,000 to 12,000"): it does not contradict the figure, nor
    show it."""
    if evidence.upper is None or claim.upper is not None or evidence.unit == "score":
        return False
    low, high = interval(claim)
    return not (low <= evidence.value and evidence.upper <= high)


def _equal(a: NumberMention, b: NumberMention) -> bool:
    return (a.value, a.upper) == (b.value, b.upper)


def _owners_differ(claim: Side, a: NumberMention, other: Side, b: NumberMention) -> bool:
    """Each figure's clause names its own owner and the two sentences name both ("Kuwait has about 17
    million residents and Iraq about 1.9 million" / "Iraq has 17 million residents, and Kuwait ..."):
    figures of different owners are not the same quantity."""
    if a.noun == b.noun == "age" and _one_person(_age_owner(claim.text, a.start - claim.offset, a.end - claim.offset),
                                                 _age_owner(other.text, b.start, b.end)):
        return False  # "Leah Bailey's 9-year-old son, Dennis" / "said Leah Bailey, as her 7-year-old son Dennis"
    mine, theirs = names_of(claim, other)
    own_a = _clause_words(claim.text, a.start - claim.offset, a.end - claim.offset) & mine
    own_b = _clause_words(other.text, b.start, b.end) & theirs
    if not own_a or not own_b or shared(own_a, own_b):
        return False
    # (the claim's story ties two sentences and never parts them: "In 2016 Morales went to a Las Vegas fair. He
    # signed on to guard Queen Miri, Sheldon Adelson's $70 billion yacht" / "the $70 million yacht belonging to
    # one of the casino tycoons in Vegas: ... Sheldon Adelson")
    return bool(shared(own_a, theirs)) and bool(shared(own_b, own_names(claim, other)))


def _given_to_another(claim: Side, a: NumberMention, other: Side, b: NumberMention) -> bool:
    """The corpus gives the figure to a name the claim never writes, and names the claim's own elsewhere
    ("Giant Group, which owns 47% of Rally's, said Rally's revenue rose to $52.9 million" / "Giant Group's
    revenue rose to $52.9 million"; "EMC fell 3%, while eBay gained 7.5%" / "EMC gained 7.5%"): whose a
    figure is, is the last name written before it (not a place it is in: "based in Palo Alto")."""
    mine = _owner_before(claim.text, a.start - claim.offset, other.text)
    theirs = _owner_before(other.text, b.start, claim.text)
    if not mine or not theirs:
        return False
    claim_names = claim.facts.name_words | claim.facts.story_words
    if shared(theirs, claim_names) or shared(mine, theirs):
        return False
    words = {w for w in theirs if w[0] != "^"}  # (not the initials kept with a name)
    if words and words <= {singular(w) for w in _WORD.findall(claim.text) if w.islower()}:
        return False  # "(HSI) Special Agents took custody of three men" / "special agents took ...": no name
    if shared(mine, _recipient_after(other.text, b.end)):
        return False  # "Godongwana had allocated R3.5bn to Sars" / "Sars had been given R3.5bn": its recipient
    if not shared(mine, other.facts.name_words | other.facts.story_words) and _distinctive(a) \
            and shared(mine, own_names(claim, other)):  # a name here (not "Loans originated", "Eating eggs")
        # "ISIS has made at least $125 million from ransoms" / "Al Qaeda has made at least $125million from
        # ransoms": a distinctive figure given to another owner, neither named by the other sentence
        return True
    # ... or gives it to a person by name ("Mr. Antar, the SEC said, made more than $60 million") where
    # the claim names no person ("Crazy Eddie's former finance chief also made more than $60 million"; a
    # person told as "she" may be that one: "Trump said she had told him about eight months ago" / "the
    # president said Ms. Haley had informed him roughly six months ago")
    return bool(shared(mine, other.facts.name_words)) \
        or bool(_TITLED.search(other.text, 0, b.start)) and not _TITLED.search(claim.text) \
        and not _PERSON_PRONOUN.search(claim.text)


def _recipient_after(text: str, at: int) -> frozenset[str]:
    """The words of the name a figure is given to, in its own clause ("allocated R3.5bn to Sars", "$2 million
    for the Red Cross"); empty where none is."""
    clause = _CLAUSE_GAP.split(text[at:at + 80], 1)[0]
    to = _TO_RECIPIENT.match(clause)
    if not to:
        return frozenset()
    names = facts_mod.names(clause[to.end():])
    return facts_mod.Facts(names=tuple(names[:1])).name_words if names else frozenset()


_TO_RECIPIENT = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:to|for)\s+(?:the\s+)?(?=[A-Z])")
_LOCATIVE = re.compile(r"\b(?:in|at|on|from|to|near|outside|inside|across|of\s+the\s+city\s+of)\s+(?:the\s+)?$",
                       re.I)


def _owner_before(text: str, at: int, other: str) -> frozenset[str]:
    """The words of the name that a figure's own clause opens with ("while eBay Inc. gained 7.5%", "said
    Rally's revenue rose 12% to $52.9 million"): the last name before it, with no comma, figure or more
    than eight words between, and not a place the sentence is set in."""
    text = _SAID_ASIDE.sub(lambda m: " " * len(m.group()), text[:at])  # "Mr. Antar, the SEC said, made"
    for start, end, name in reversed(facts_mod.name_spans(text)):
        between = text[end:at]
        if _CLAUSE_GAP.search(between) or len(between.split()) > 8:
            return frozenset()
        if _LOCATIVE.search(text, max(0, start - 25), start) or facts_mod.is_venue(name) \
                or start == 0 and (name in _settings()["figure_openers"] or _written_lower(name, text, other)
                                   or _GERUND_OPENER.match(text) is not None):
            continue
        if _TELLS.match(between):
            return frozenset()  # "Meissner said the decision came after three lengthy interviews": who tells it
        words = facts_mod.Facts(names=(name,)).name_words
        return frozenset(w for w in words if not facts_mod.is_legal_form(w))
    return frozenset()


_CLAUSE_GAP = re.compile(r"[,;:()]|\d")
_TELLS = re.compile(r"\s+(?:said|says|told|added|noted|announced|reported|stated)\b")
# a sentence opening with a verb in -ing and its object ("Limiting warming to 1.5C ... is the goal"), not a name in
# -ing before its verb ("Manning said", "Beijing plans", "Reading was", "Harding earned")
_GERUND_OPENER = re.compile(r"[A-Z][a-z]{2,}ing[ \t]+(?!(?:said|is|was|has|had|have|will|would|could|can|may|might|"
                            r"must|should|did|does|also|and|or|of)\b)[a-z]+(?<!ed)(?<!s)\b")
_SAID_ASIDE = re.compile(r",[ \t]+(?:the[ \t]+)?[A-Z][\w.&'-]*(?:[ \t]+[A-Z][\w.&'-]*)*[ \t]+"
                         r"(?:said|says|reported|alleged|alleges|charged|charges)[ \t]*,")
_TITLED = re.compile(r"\b(?:Mr|Mrs|Ms|Dr)\.[ \t]+[A-Z]")  # a person named with a title


def _written_lower(word: str, *texts: str) -> bool:
    """A sentence's capitalised first word that either sentence also writes in lower case ("Floods in
    Valencia" / "the Valencia floods"): a common word."""
    return any(re.search(rf"(?<![\w-]){re.escape(word)}\b", t) for t in texts)


def _qualifiers_differ(claim: Side, a: NumberMention, other: Side, b: NumberMention) -> bool:
    """What each figure counts is of a place the other sentence never names ("25% of the Australian jewelry
    market" / "25% of the British jewelry market"), of another kind or for another name: not the same
    quantity."""
    mine, theirs = names_of(claim, other)
    phrase_a, phrase_b = _phrase_after(claim.text, a.end - claim.offset), _phrase_after(other.text, b.end)
    own_a = phrase_a & mine & places()
    own_b = phrase_b & theirs & places()
    if own_a - shared(own_a, theirs) and own_b - shared(own_b, mine):
        return True
    # ... or of one of two opposed kinds ("three Afghan National Army officers" / "two Afghan police
    # officers": rules/lexicons/corpus_words.yaml opposed_qualifiers)
    if _qualifiers_opposed(phrase_a, phrase_b):
        return True
    # ... or is for another name on each side ("a $132-million ransom for Foley's release" / "For Sotloff,
    # the group demanded $132 million")
    theirs_for = {m.group(1).lower() for m in _FOR_NAME.finditer(other.text, b.end, b.end + 40)}
    mine_for = {m.group(1).lower() for m in _FOR_NAME.finditer(claim.text)}
    if _names_apart(mine_for, claim.text, theirs_for, other.text):
        return True
    # ... or won over another side ("a five-set win over Alex Molcan" / "a three-set victory over fiery Frenchman
    # Corentin Moutet")
    mine_over = {m.group(1).lower() for m in _OVER_NAME.finditer(claim.text, a.end - claim.offset,
                                                                 a.end - claim.offset + 40)}
    theirs_over = {m.group(1).lower() for m in _OVER_NAME.finditer(other.text, b.end, b.end + 40)}
    if _names_apart(mine_over, claim.text, theirs_over, other.text):
        return True
    # ... or given to one place of a list, where the claim names another ("South Carolina will raise the fee to
    # $12" / "would rise to $12 in North Dakota and $10 in South Carolina")
    theirs_in = _IN_NAME.match(other.text, b.end)
    if theirs_in is None or re.search(rf"\b{re.escape(theirs_in.group(1))}\b", claim.text):
        return False
    return any(m.group(1) != theirs_in.group(1) and re.search(rf"\b{re.escape(m.group(1))}\b", claim.text)
               for m in _FIGURE_IN_NAME.finditer(other.text))


def _names_apart(mine: set[str], text: str, theirs: set[str], other: str) -> bool:
    """Each side writes names (lower case) the other never writes, and none in common."""
    def written(name: str, in_text: str) -> bool:
        return re.search(rf"\b{re.escape(name)}\b", in_text, re.I) is not None

    return bool(theirs and mine) and not theirs & mine and not any(written(n, text) for n in theirs) \
        and not any(written(n, other) for n in mine)


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding ``at`` starts: after the last comma, semicolon or colon before it."""
    return max(text.rfind(mark, 0, at) for mark in ",;:") + 1


def _clause_end(text: str, end: int) -> int:
    """Where the clause holding a figure ending at ``end`` ends (a punctuation mark or a dash), or the text's
    end."""
    m = _COUNT_CLAUSE_END.search(text, end)
    return m.start() if m else len(text)


def _rated_otherwise(claim: Side, a: NumberMention, other: Side, b: NumberMention) -> bool:
    """One figure is a rate and the other not, or a rate over another period ("has cost the mine operator
    40 million rand a day" / "2 billion rand so far"): not the same quantity. Units read their rate already
    ("180,000 barrels per day"); this reads it after a counted noun. An equal figure is the same one, its
    rate left unwritten ("some $140 million a year" / "the annualized payout ... by some $140 million"), but
    not one written over another period ("$15 an hour" / "$15 a day")."""
    mine, theirs = _rate_after(claim, a, claim.offset), _rate_after(other, b)
    return mine != theirs and (not _equal(a, b) or mine is not None and theirs is not None)


_RATE = re.compile(r"\b(?:a|an|per|each|every)\s+(day|night|week|month|year|hour|minute|second)\b"
                   r"(?!\s+(?:earlier|ago|later|before|after|from|since|and|or)\b)"
                   r"|\b(annually)\b|\b[a-z]+ed(?:\s+(?:out|up|off))?\s+(yearly)\b|\bper\s+(capita|person|head)\b")
# (not "yearly" before its noun, "in yearly sales", but after a verb, "performed yearly"; not "a person's")
_RATE_WORDS = {"annually": "year", "yearly": "year"}
_SPAN_BEFORE_RATE = re.compile(r"\b(?:within|in|for|over|after|than|about|nearly|almost|under|of|half)\s+$", re.I)
_PER_HEAD = re.compile(r"\bper\s+(capita|person|head)\b")


def _told_after_end(side: Side, end: int) -> int:
    """Where what is told right after a figure ending at ``end`` stops: its clause's end or the next figure."""
    return min([_clause_end(side.text, end)] + [f.start for f in side.figures if f.start >= end])


def _rate_after(side: Side, n: NumberMention, offset: int = 0) -> str | None:
    """The period a figure is counted over, told after it in its clause and before the next figure ("40
    million rand a day", "5,000 CDs with such lyrics are sold each year"; not "30 to 60 seconds of exercise
    ... about 20 minutes three times a week")."""
    text, end = side.text, n.end - offset
    stop = _told_after_end(side, end)
    m = _RATE.search(text, end, stop)
    while m is not None and _SPAN_BEFORE_RATE.search(text, max(0, m.start() - 12), m.start()):
        m = _RATE.search(text, m.end(), stop)  # "lost more than $2 billion within a year": a span, no rate
    if m is None:  # ... or a share of each before it ("GDP per capita was $12,400")
        start = n.start - offset
        m = _PER_HEAD.search(text, _clause_start(text, start), start)
    if m is None:
        return None
    period = next(group for group in m.groups() if group is not None).lower()
    return _RATE_WORDS.get(period, period)


def _based_otherwise(claim: Side, a: NumberMention, other: Side, b: NumberMention) -> bool:
    """Two changes measured from other bases ("rose 3% in March from February" / "rose 5% in March from a year
    earlier"): not the same change."""
    mine, theirs = _base(claim.text, a.end - claim.offset), _base(other.text, b.end)
    return mine is not None and theirs is not None and mine != theirs


def _base(text: str, end: int) -> str | None:
    m = _BASE.search(text, end, _clause_end(text, end))
    if m is None or m.group("month") and m.group("month").lower() not in facts_mod.month_numbers():
        return None  # "from Brazil"
    return next(kind for kind, value in m.groupdict().items() if value).rstrip("23")


_BASE = re.compile(r"\b(?:from\s+(?:a|the\s+same\s+\w+\s+a)\s+(?P<year>year)\s+(?:earlier|ago|before)"
                   r"|(?P<year2>year)[\s-]+on[\s-]+year"
                   r"|from\s+(?:a|the\s+previous|the\s+prior)\s+(?P<month2>month)\b"
                   r"|(?P<month3>month)[\s-]+on[\s-]+month"
                   r"|from\s+(?:a|the\s+previous|the\s+prior)\s+(?P<quarter>quarter)\b"
                   r"|from\s+(?P<month>[A-Z][a-z]+)\b)")


def _among_others(claim: Side, a: NumberMention, other: Side, b: NumberMention) -> bool:
    """One figure is of a group named after "among" in its clause that the other sentence never writes
    ("Unemployment among young people rose to 20%" / "Unemployment rose to 7%"; "Among children, the
    uninsured rate fell from nearly 16%" / "The uninsured rate for non-elderly adults fell from nearly 16%"):
    another population. An equal figure is the same one when only the corpus names its group (a claim may
    leave it out), not when the claim names a group the corpus does not."""
    for side, n, offset, against in ((claim, a, claim.offset, other), (other, b, 0, claim)):
        if side is other and _equal(a, b):
            continue
        group = _among(side.text, n.start - offset, n.end - offset) - _hedge_words(n)  # not "among more than 20"
        if group and not group & against.words:
            return True
    return False


def _among(text: str, start: int, end: int) -> frozenset[str]:
    """The group named after "among" in the figure's clause, or in an opening phrase of its own when the
    figure's clause does not open with a name ("Among children, the uninsured rate fell ..."; not "Among
    individual stocks, LIN Broadcasting rose ...": a name's own figure)."""
    clause = (_clause_start(text, start), _clause_end(text, end))
    m = _AMONG.search(text, *clause)
    if m is None and not text[clause[0]:clause[1]].lstrip()[:1].isupper():
        m = _OPENING_AMONG.match(text, 0, text.find(",", 0, start))
    if m is None:
        return frozenset()
    # the group's words up to a verb told in the past ("among young people rose to 20%": young people)
    words = itertools.takewhile(lambda w: not _past_form(w), _WORD.findall(m.group(1)))
    return _content_words(" ".join(words))


def _past_form(word: str) -> bool:
    """A verb's past form, irregular ("rose", "grew") or regular ("climbed"; words of five letters or more)."""
    lower = word.lower()
    return _irregular_bases().get(lower, lower) != lower or len(lower) > 4 and lower.endswith("ed")


# not "are among the foreigners trapped" (of whom they are part)
_OPENING_AMONG = re.compile(r"\s*Among\s+((?:[\w'’-]+\s*){1,3})$")
_AMONG = re.compile(r"(?<!\bare\s)(?<!\bwere\s)(?<!\bis\s)(?<!\bwas\s)\bamong\s+((?:[\w'’-]+\s*){1,3})", re.I)


def _scoped_otherwise(claim: Side, a: NumberMention, other: Side, b: NumberMention) -> bool:
    """One figure is counted everywhere ("worldwide", "nationwide", "in all") and the other in a place the
    first sentence never names ("recalled 120,000 cars worldwide" / "recalled 40,000 cars in Germany"): a
    whole and a part."""
    if _equal(a, b):
        return False
    # (said of the figure, in its own clause: not "13 member carriers, use lounges around the world")
    mine = _clause_text(claim.text, a.start - claim.offset, a.end - claim.offset)
    theirs = _clause_text(other.text, b.start, b.end)
    for side, against, clause, their_clause in ((claim, other, mine, theirs), (other, claim, theirs, mine)):
        if _EVERYWHERE.search(clause) and not _EVERYWHERE.search(their_clause):
            theirs = {w for w in against.facts.name_words if w in places()}
            if theirs - side.facts.name_words - side.words:
                return True
    return False


_EVERYWHERE = re.compile(r"\b(?:worldwide|globally|nationwide|across\s+the\s+(?:country|world)|"
                         r"around\s+the\s+world|in\s+all)\b", re.I)


def _supposed_otherwise(claim: Side, a: NumberMention, other: Side, b: NumberMention) -> bool:
    """One sentence supposes what it tells ("If the deal goes through, Pellor would own 60%") and the other
    neither supposes it nor tells it as what would be ("Pellor owns 45%"; not "Each carrier would have ..."):
    what would be is no contradiction of what is."""
    return not _equal(a, b) and any(_SUPPOSING.match(x) and not _SUPPOSING.match(y) and not _MODAL.search(y)
                                    for x, y in ((claim.text, other.text), (other.text, claim.text)))


# (after an opening conjunction too: "And if Yahoo shareholders ... vote down the deal, there is a ... fee")
_SUPPOSING = re.compile(r"\s*[\"“']?(?:(?:And|But|Or|So|Yet)\s+(?:if|unless|should|were)|If|Unless|Should|Were)\b")
_MODAL = re.compile(r"\b(?:would|could|might)\b", re.I)


def _since_otherwise(claim: Side, a: NumberMention, other: Side, b: NumberMention) -> bool:
    """One figure is a change counted since a point ("has fallen 5% since the start of the year", "so far this
    year"), told in its clause, and the other not ("fell 2.3% on Monday"): changes over two spans."""
    return not _equal(a, b) and _since(claim.text, a.end - claim.offset) != _since(other.text, b.end)


def _since(text: str, end: int) -> bool:
    """A change figure ("fallen 5%", "up 12%") with "since ..." or "so far" after it in its clause (not "has
    halted production at 21 plants since it began on Monday": a level, not a change)."""
    if not _MOVED.search(text, max(0, end - 40), end):
        return False
    return _SINCE.search(text, end, _clause_end(text, end)) is not None


_MOVED = re.compile(r"\b(?:rose|risen|rising|fell|fallen|falling|gained|lost|dropped|climbed|jumped|slipped|"
                    r"declined|grew|grown|increased|decreased|up|down|plunged|surged|soared|tumbled)\b[^,;.]*$",
                    re.I)


_SINCE = re.compile(r"\b(?:since|so\s+far|to\s+date|year[\s-]+to[\s-]+date)\b", re.I)


def _measured_otherwise(claim: Side, a: NumberMention, other: Side, b: NumberMention) -> bool:
    """Each figure measures another thing, told before it in its clause ("Marlbank's revenue fell 4%" /
    "Marlbank's net income fell 12%", "imports from China rose 9%" / "exports to China rose 14%"):
    rules/lexicons/corpus_words.yaml measures."""
    mine, theirs = _measure_before(claim.text, a.start - claim.offset), _measure_before(other.text, b.start)
    return mine is not None and theirs is not None and mine != theirs


def _measure_before(text: str, at: int) -> int | None:
    """The group of the measure that is the subject of the figure's verb in its clause ("net income for the
    third quarter fell 6% to $20.6 million", "revenue of $2.1 billion"; not "loan loss reserves and
    established a $30 million reserve"), the last one written before it."""
    pattern, groups = _measures()
    found = None
    start = _clause_start(text, at)
    for m in pattern.finditer(text, start, at):
        if _QUALIFYING.search(text, max(start, m.start() - 30), m.start()):
            continue  # "Interest's share of government spending is set to climb", "interest on the debt will eat up"
        found = groups[m.group("measure").lower()]
    return found


# a measure word in a phrase qualifying another head ("share of government spending", "interest on the debt")
# (not "profit of $2.9 million on sales of $59.5 million", where "on" leads the measure itself)
_QUALIFYING = re.compile(r"\b(?:of|on\s+the)\s+(?:[\w'’-]+\s+){0,2}\Z", re.I)


@functools.cache
def _measures() -> tuple[re.Pattern, dict[str, int]]:
    groups = {str(w).lower(): k for k, group in enumerate(load_lexicon("corpus_words")["measures"]) for w in group}
    words = sorted(groups, key=len, reverse=True)  # "net income" before "net" and "income"
    verbs = sorted(set(load_lexicon("number_units")["change_words"]) | set(_LEVEL_VERBS), key=len, reverse=True)
    # (a measure word after a modal or "to" is a verb: "would cost the Treasury a further $631 million")
    return re.compile(r"(?<!\bwould\s)(?<!\bwill\s)(?<!\bcould\s)(?<!\bcan\s)(?<!\bmay\s)(?<!\bmight\s)"
                      r"(?<!\bshould\s)(?<!\bmust\s)(?<!\bto\s)"
                      r"\b(?P<measure>" + "|".join(map(re.escape, words)) + r")\b(?:\s+[\w.'’-]+){0,4}?\s+(?:"
                      + "|".join(map(re.escape, verbs)) + r")\b", re.I), groups


_LEVEL_VERBS = ("of", "was", "were", "is", "are", "totaled", "totalled", "reached", "stood", "came", "amounted",
                "hit", "topped", "of about", "at")


def _other_part(claim: Side, other: Side) -> bool:
    """Each sentence names a part or site of a body by a name the other never writes, with the same head
    ("Zenda Corp.'s Kelmar unit said it would cut 300 jobs" / "Zenda Corp.'s Pellor unit said it would cut 500
    jobs"; rules/lexicons/corpus_words.yaml part_heads): two different things, whatever their parent."""
    mine, theirs = _named_parts(claim.text), _named_parts(other.text)
    if not mine or not theirs:
        return False
    mine_lower, theirs_lower = claim.text.lower(), other.text.lower()
    return any(head == their_head and name not in theirs_lower and their_name not in mine_lower
               for name, head in mine for their_name, their_head in theirs)


def _part_against_whole(side: Side, other: Side) -> bool:
    """One sentence tells of a part of a body ("Xerox's financial-services operations alone earned $492
    million"), the other of the body itself, writing no part ("Xerox earned $492 million"): the whole's
    figure is not the part's."""
    owners = _parts_owned(side.text)
    if not owners:
        return False
    heads = _part_heads()
    theirs = set(_WORD.findall(other.text.lower()))
    return bool(owners & theirs) and not any(singular(w) in heads for w in theirs)


def _parts_owned(text: str) -> set[str]:
    """The owners a text names a part of: a part head (rules/lexicons/corpus_words.yaml part_heads) among the
    words after "Owner's", up to a function word ("Xerox's financial-services operations": xerox; not "Apple's
    shares in the unit")."""
    heads, function = _part_heads(), facts_mod.function_words()
    owners = set()
    for m in _OWNER_OF.finditer(text):
        words = []
        for w in m.group(2).lower().split():
            if w in function:
                break
            words.append(w)
        if any(singular(w) in heads for w in words):
            owners.add(m.group(1).lower())
    return owners


_OWNER_OF = re.compile(r"\b([A-Z][\w&-]*)['’]s\s+((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)")


def _named_parts(text: str) -> list[tuple[str, str]]:
    heads = _part_heads()
    return [(m.group(1).lower(), singular(m.group(2).lower())) for m in _NAMED_PART.finditer(text)
            if singular(m.group(2).lower()) in heads and m.group(1).lower() not in facts_mod.function_words()]


_NAMED_PART = re.compile(r"\b([A-Z][\w'’&-]+)[ \t]+([a-z]+)\b")


@functools.cache
def _part_heads() -> frozenset[str]:
    return frozenset(singular(str(w).lower()) for w in load_lexicon("corpus_words")["part_heads"])


def _written_unread(side: Side, b: NumberMention) -> bool:
    """The claim writes the corpus figure itself, outside the figures it reads ("four attacks ..., three of
    them on Canadian abortion providers and one near Rochester" / "three attacks on Canadian abortion
    providers, and one near Rochester"): its own figure is another quantity (a total, a part)."""
    if b.value is None or b.value != int(b.value) or b.upper is not None:
        return False
    forms = {str(int(b.value))} | {w for w, v in spelled_values().items() if v == b.value and " " not in w}
    read = [(n.start, n.end) for n in side.figures]
    for m in re.finditer(r"\b(?:" + "|".join(map(re.escape, forms)) + r")\b", side.text, re.I):
        if not any(s <= m.start() < e for s, e in read):
            return True
    return False


def _summed(a: NumberMention, b: NumberMention, other: Side) -> bool:
    """The claim's figure is the sum of two or three of the corpus sentence's figures of the same kind as its
    counterpart ("At least 23 people were killed in the two blasts" / "14 people were killed in the first
    blast, and 9 in the second"): a figure derived from the corpus, no contradiction of either."""
    if a.value is None or a.upper is not None:
        return False
    kin = [n.value for n in other.numbers if n.value is not None and n.upper is None
           and (n is b or same_quantity(n, b) or n.noun is None and n.unit is None and b.unit is None)]
    if len(kin) < 2:
        return False
    sums = {x + y for i, x in enumerate(kin) for y in kin[i + 1:]}
    sums |= {x + y + z for i, x in enumerate(kin) for j, y in enumerate(kin[i + 1:], i + 1) for z in kin[j + 1:]}
    return any(abs(total - a.value) < 1e-9 for total in sums)


def _harmed_otherwise(claim: Side, a: NumberMention, other: Side, b: NumberMention) -> bool:
    """Each count is told of another harm ("killed 120 people" / "injured 120 people"; "some 50 commanders
    were killed or wounded" / "killed around 10 commanders"): the dead, the injured and the two together are
    not one quantity (rules/lexicons/number_units.yaml noun groups)."""
    mine, theirs = _harms(claim, a, claim.offset), _harms(other, b)
    return bool(mine) and bool(theirs) and mine != theirs


def _harmed_alike(claim: Side, a: NumberMention, other: Side, b: NumberMention) -> bool:
    """Both count people told of one harm, one side by the harm itself ("300 injured"), the other by the
    people it befell ("200 people were injured")."""
    mine, theirs = _harms(claim, a, claim.offset), _harms(other, b)
    if not mine or mine != theirs:
        return False
    keys = {noun_key(a.noun), noun_key(b.noun)}
    return bool(keys & set(_HARMS)) and keys <= set(_HARMS) | {noun_key("people")}


_HARMS = ("death", "injured", "hospitalized", "captured", "arrested")
# the state a count's noun is told in, in its own clause: "1.4 million venipunctures are performed"
_STATE_AFTER = LazyPattern(r"(?:[ \t]+[a-z-]+){1,2}[ \t]+(?:were|was|are|is|(?:have|has|had)[ \t]+been)"
                           r"[ \t]+([a-z]+ed)\b")


def _one_state(claim: Side, a: NumberMention, other: Side, b: NumberMention) -> bool:
    """One side counts by a participle alone ("1.4 billion performed yearly", its noun left to the words before
    it), the other by a noun told in that state ("1.4 million venipunctures are performed"): one count."""
    for bare, named, text, shift in ((a, b, other.text, 0), (b, a, claim.text, claim.offset)):
        if bare.noun.endswith("ed") and not named.noun.endswith("ed"):
            told = _STATE_AFTER.match(text, named.end - shift)
            if told and told.group(1) == bare.noun.lower():
                return True
    return False


_COUNT_CLAUSE_END = LazyPattern(r"[,;:.()–—]|\s-\s")


def _harms(side: Side, n: NumberMention, offset: int = 0) -> frozenset[str]:
    """The harms a count is told of: by the verb before it ("killed at least 12 people"), else by the words
    after it up to its clause's end or the next figure ("some 50 commanders were killed or wounded")."""
    text = side.text
    before = noun_key(_verb_before(text, n, offset))
    if before in _HARMS:
        return frozenset((before,))
    end = n.end - offset
    after = text[end:min([end + 60] + [f.start for f in side.figures if f.start >= end])]
    cut = _COUNT_CLAUSE_END.search(after)
    return frozenset(k for k in map(noun_key, _WORD.findall((after[:cut.start()] if cut else after).lower()))
                     if k in _HARMS)


def _verb_before(text: str, n: NumberMention, offset: int = 0) -> str:
    """The word before a figure and its hedge ("killed" of "killed at least 12 people")."""
    before = text[max(0, n.start - offset - 40):n.start - offset].rstrip()
    if n.hedge and before.lower().endswith(n.hedge.lower()):
        before = before[:-len(n.hedge)]
    return _word_before(before, len(before))


# "over Alex Molcan", "over fiery Frenchman Corentin Moutet"
_OVER_NAME = re.compile(r"\b(?:over|against)\s+(?:[a-z]+\s+){0,3}([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*)")
# a figure's place right after it ("$12 in North Dakota", "$10 a month in South Carolina")
_IN_NAME = re.compile(r"(?:[ \t]+[a-z]+){0,2}[ \t]+in[ \t]+(?:the[ \t]+)?([A-Z][\w'-]+(?:[ \t]+[A-Z][\w'-]+)*)")
_FIGURE_IN_NAME = re.compile(r"\d[\w.,%]*" + _IN_NAME.pattern)
_FOR_NAME = re.compile(r"\b[Ff]or\s+([A-Z][\w-]+?)(?:['’]s)?\b")  # "for Foley's release", "For Sotloff"


def _phrase_after(text: str, end: int) -> frozenset[str]:
    """The words of what a figure counts, up to its clause's end ("of the Australian jewelry market")."""
    after = text[end:end + 40]
    cut = _CLAUSE_END.search(after)
    return frozenset(singular(w) for w in _WORD.findall((after[:cut.start()] if cut else after).lower()))


_RELATIVE_CLAUSE = re.compile(r",\s*(?:which|who)\b[^,;:()\d]*$")
_OWNER_BREAK = re.compile(r"[,;:()]|\b(?:and|but|while|whereas)\b|\d", re.I)


def _clause_words(text: str, start: int, end: int) -> frozenset[str]:
    """The words of the clause holding a figure (see _clause_text)."""
    return frozenset(singular(w) for w in _WORD.findall(_clause_text(text, start, end).lower()))


def _clause_text(text: str, start: int, end: int) -> str:
    """The clause holding a figure, from the previous break (comma, "and", another figure) to the next."""
    before = [m for m in _OWNER_BREAK.finditer(text, 0, start) if not _joins_names(text, m)]
    left = before[-1].end() if before else 0
    after = next((m for m in _OWNER_BREAK.finditer(text, end) if not _joins_names(text, m)), None)
    right = after.start() if after else len(text)
    return text[left:right]


def _joins_names(text: str, m: re.Match) -> bool:
    """An "and" between two names is a list, no break ("Rhode Island and New York will move to $8"; not "17
    million residents and Iraq about 1.9 million")."""
    return m.group().lower() == "and" and _NAME_ENDS.search(text, 0, m.start()) is not None \
        and _NAME_STARTS.match(text, m.end()) is not None


_NAME_ENDS = re.compile(r"\b[A-Z][\w.'’-]*[ \t]+\Z")
_NAME_STARTS = re.compile(r"[ \t]+[A-Z]")


def _distinctive(n: NumberMention) -> bool:
    """A figure unlikely to agree by chance: an amount with a unit, a decimal, or a count above a dozen."""
    return n.value is not None and (n.unit is not None or n.value != int(n.value) or n.value > 12)


def _large_count(n: NumberMention) -> bool:
    """A count in the thousands written with its separator ("155,000"), which no year or small tally is."""
    return n.value is not None and n.value >= 1000 and "," in n.text


def _same_figure(a: NumberMention, b: NumberMention) -> bool:
    """The same figure in the same unit under another reading ("$50 million in losses" / "losses ... by $50
    million"): a candidate for alignment, which then competes by the words of its clause."""
    return a.unit is not None and a.unit == b.unit and ((a.value, a.upper) == (b.value, b.upper) or _scale_twin(a, b))


def _bare_baselines(claim: Side, a: NumberMention, other: Side, b: NumberMention) -> bool:
    """Two bare figures (no unit, nothing counted) where a change started, each its sentence's only one ("has
    risen to 20.4 per 100,000 people from 14.8 a week earlier" / "is now at 20.4, up from 18.4 in the previous
    week"): the same baseline, told twice."""
    if any(n.unit is not None or n.noun is not None or n.value is None for n in (a, b)) \
            or _slot(claim.text, a.start - claim.offset) != "from" or _slot(other.text, b.start) != "from":
        return False
    mine = [n for n in claim.numbers if n.unit is None and n.noun is None
            and _slot(claim.text, n.start - claim.offset) == "from"]
    theirs = [n for n in other.numbers if n.unit is None and n.noun is None and _slot(other.text, n.start) == "from"]
    return mine == [a] and theirs == [b]


def _same_bare_figure(claim: Side, a: NumberMention, other: Side, b: NumberMention) -> bool:
    """The same distinctive figure where one side does not say what it counts ("about 16.7 million" / "16.7
    million shares", "$112.625" / "112 5/8" in a stock table), in the same place among the figures of its
    unit on each side (not "$3 a share in cash ... valued at $7" / "$7 a share and ... values at $3": a swap)."""
    if a.unit != b.unit and not (None in (a.unit, b.unit) and a.noun is None and b.noun is None):
        return False  # a price with its currency and the same price bare ("$112.625" / "112 5/8")
    if not (((a.noun is None) != (b.noun is None) or a.unit != b.unit) and _equal(a, b) and _distinctive(a)
            and (a.value != int(a.value) or scale_word(a) is not None or _large_count(a))):
        return False
    mine = [n for n in claim.numbers if n.unit == a.unit and any(_equal(n, m) for m in other.numbers)]
    theirs = [n for n in other.numbers if n.unit == b.unit and any(_equal(n, m) for m in claim.numbers)]
    return mine.index(a) == theirs.index(b)


# (up to two words between, or a phrase ending in "of": "from a July estimate of 2.8 per cent")
# (the nearest such word: "is set to climb from 6.6 percent" is where a change starts; "compared to about 17%" is
# compared with it, no end of a change)
# (not the "to" of a verb: "claimed to have paid $20,000", "is expected to be $5 million")
_SLOT = re.compile(r"(?s:.*)\b(from|(?<!compared\s)to(?!\s+(?:have|be|been)\b)|compared\s+(?:with|to)|against|versus|"
                   r"vs\.?)\s+"
                   r"(?:(?:[^\W\d_]+\s+){0,2}|(?:[^\W\d_]+\s+){1,3}of\s+)$", re.I)
_CLAUSE_END = re.compile(r"[,;:()]|\d|\s(?:and|while|but|from|to)\s", re.I)
_NEXT_LEAD = re.compile(r"\s(?:on|plus|against|versus|compared\s+with)\s", re.I)


def _slot(text: str, start: int) -> str | None:
    """'from' or 'to' when the figure is one end of a change ("to 5.82% from 5.93%"), else None."""
    ahead = text[max(0, start - 30):start]
    m = _SLOT.search(ahead)
    if m is None:
        return None
    if m.group(1).lower() == "to":
        verb = _WORD.findall(ahead[:m.start(1)])[-1:]
        # (not the "to" of a verb: "chose to release 10.5 floors", "plans to cut 300 jobs")
        return None if verb and verb[0].lower() in _to_verbs() else "to"
    return "from"


@functools.cache
def _to_verbs() -> frozenset[str]:
    """Verbs whose "to" opens another verb (rules/lexicons/corpus_words.yaml to_verbs)."""
    return frozenset(str(w).lower() for w in load_lexicon("corpus_words")["to_verbs"])


def _role_words(text: str, start: int, end: int, before: bool = False) -> frozenset[str]:
    """Content words of the figure's own clause: after it up to the next figure, comma or conjunction
    (and, with ``before``, back to the previous one). Period phrases ("last year") are kept whole."""
    after = _ASIDE.sub(r"\1 ", text[end:end + 60], count=1)  # "1,850 francs ($296.95) each for ... shares"
    after = after[:40] + re.match(r"\w*", after[40:]).group()  # forty characters, and the word they end in
    cut = _CLAUSE_END.search(after)
    chunk = after[:cut.start()] if cut else after
    if cut and cut.group()[0].isdigit():
        # words that run on into the next figure lead that figure ("$6 million on revenue of $48 million")
        chunk = _NEXT_LEAD.split(chunk, maxsplit=1)[0]
    if before:
        ahead = text[max(0, start - 60):start]
        breaks = list(_CLAUSE_START.finditer(ahead))
        lead = ahead[breaks[-1].end():] if breaks else ahead
        if breaks and breaks[-1].group()[0].isdigit():
            # after another figure, its own words come first ("from $27 for computer versions to $7"): keep
            # only what follows where that figure's clause ends ("$5 million and profit of $2 million")
            end_of_previous = _CLAUSE_END.search(lead) or _NEXT_LEAD.search(lead)
            lead = lead[end_of_previous.end():] if end_of_previous else ""
        elif breaks and breaks[-1].group() == "," and _TELLS_OF_BEFORE.match(lead):
            # an item of a list, "...: the Progressive Caucus, with 95 House members; the center-left New
            # Democratic Coalition, which has 102 members": the phrase it tells of leads it (not "unsecured
            # creditors, who are owed about $430 million, would receive about $92 million", no list)
            at = start - len(ahead) + breaks[-1].start()
            prior = text[max(0, at - 60):at]
            prior_breaks = list(_CLAUSE_START.finditer(prior))
            if prior_breaks and prior_breaks[-1].group() in (";", ":"):
                lead = prior[prior_breaks[-1].end():] + " " + lead
        chunk = lead + " " + chunk
    lowered = chunk.lower()
    stop = _content_stop()
    words = {singular(w) for w in _WORD.findall(lowered) if w not in stop and len(w) > 2}
    words.update(f"@{kind}" for kind, phrases in _period_words().items()
                 if any(re.search(rf"\b{re.escape(p)}\b", lowered) for p in phrases))
    return frozenset(words)


_CLAUSE_START = re.compile(r"[,;:()]|\d\b|\s(?:but|while|whereas)\s")
_TELLS_OF_BEFORE = re.compile(r"\s*(?:which|who|with)\s", re.I)  # a clause telling of the phrase before its comma
_ASIDE = re.compile(r"^([^,;:()\d]{0,12}?)\s*\([^()]{0,30}\)")  # a figure's own parenthesis: "francs ($296.95)"


def _period(role: frozenset[str]) -> str | None:
    """'previous' or 'current' when the figure's clause dates it ("last year's", "this year's")."""
    kinds = {w[1:] for w in role if w.startswith("@")}
    return next(iter(kinds)) if len(kinds) == 1 else None


def _running_count(claim: Side, a: NumberMention, other: Side, b: NumberMention) -> bool:
    """A toll or tally that grows from report to report: killed, wounded, arrested, deployed."""
    if "age" in (a.noun, b.noun):
        return False  # "turn 60, rising seas will have displaced": an age tallies nothing
    if a.noun and singular(a.noun.lower()) in _kin_nouns():
        return False  # "his three brothers and two sisters who have fled Cuba": kin, no tally
    running = _running_words()
    if a.noun and noun_key(a.noun) in running:
        return True
    mine = _near_words(claim.text, a.start - claim.offset, a.end - claim.offset, window=40)
    return bool((mine | _near_words(other.text, b.start, b.end, window=40)) & running)


def _describes_person(text: str, end: int) -> bool:
    """The name that ends at ``end`` stands before a noun of a person ("Tampa woman", "Dallas father")."""
    m = _NEXT_WORD.match(text, end)
    return m is not None and singular(m.group(1)) in _person_nouns()


_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")


@functools.cache
def _person_nouns() -> frozenset[str]:
    words = load_lexicon("corpus_words")
    return frozenset(singular(str(w).lower()) for w in words["person_nouns"] + words["kin_nouns"])


@functools.cache
def _kin_nouns() -> frozenset[str]:
    return frozenset(singular(str(w).lower()) for w in load_lexicon("corpus_words")["kin_nouns"])


def _fell_since(claim: Side, a: NumberMention, other: Side, b: NumberMention) -> bool:
    """A later report's toll below an earlier one's ("four people were killed" days after "six people were
    killed"): a toll grows from report to report, so a later, lower count contradicts the earlier."""
    if claim.when is None or other.when is None or claim.when < other.when:
        return False
    return interval(a)[1] < interval(b)[0]


def _grew_by_then(claim: Side, a: NumberMention, other: Side, b: NumberMention) -> bool:
    """A tally the claim dates to a later day than the corpus sentence dates its own ("By Sunday, six
    counties were under a state of emergency" / "Yesterday ... five counties that have been declared"):
    a higher count then is no contradiction."""
    if not claim.dates or not other.dates or a.value is None or b.value is None or a.value <= b.value \
            or not _running_count(claim, a, other, b):
        return False
    return min(d[2][:10] for d in claim.dates) > max(d[2][:10] for d in other.dates)


def _close_in_time(claim: Side, other: Side) -> bool:
    if claim.when is None or other.when is None:
        return True
    return abs((claim.when - other.when).days) <= int(_settings()["running_count_days"])


def _noun_words(n: NumberMention) -> frozenset[str]:
    return frozenset({singular(n.noun.lower()), noun_key(n.noun)}) if n.noun else frozenset()


def _same_count(claim: Side, a: NumberMention, other: Side, b: NumberMention) -> bool:
    if is_span(a) and a.unit == b.unit and time_word(a) != time_word(b):
        # a span retold in another unit ("gone 30 minutes" / "more than an hour"), when it is each side's only
        # span (not "about an hour of training a week" / "about 20 minutes three times a week")
        return sum(map(is_span, claim.numbers)) == 1 and sum(map(is_span, other.numbers)) == 1
    if not same_quantity(a, b):
        if a.unit is None and b.unit is None and a.value is not None and b.value is not None \
                and group_counted(claim.text, a, claim.offset) == group_counted(other.text, b) is not None:
            return True  # "a crowd of 6,000 marched" / "a 4,000-strong crowd": the size of one crowd
        if a.unit is None and b.unit is None and a.noun and b.noun:  # two counts, each naming what it counts
            if a.value is not None and b.value is not None \
                    and (_modifies(a.noun, other.text, b) or _modifies(b.noun, claim.text, a, claim.offset)):
                return True  # "about a dozen identity thefts" / "about eight identity theft cases": one count
            if _harmed_alike(claim, a, other, b):
                return True  # "200 people were injured" / "300 injured": the injured, counted either way
            if _one_state(claim, a, other, b):
                return True  # "1.4 billion performed yearly" / "1.4 million venipunctures are performed"
        if a.unit is None or a.unit != b.unit and not same_measure(a, b) or (a.noun is None) == (b.noun is None):
            return False
        # "90 percent of Kosovo's population" / "90 percent of the population in Kosovo", "$12.5 billion in
        # assets" / "assets of $12.5 million": the noun one side names is in the other side's clause
        noun, bare, text = (a.noun, b, other.text) if b.noun is None else (b.noun, a, claim.text)
        shift = 0 if bare is b else claim.offset
        start, end = bare.start - shift, bare.end - shift
        key = noun_key(noun)  # "a $420 million purchase" / "its acquisition of CVN Cos. for about $423 million"
        around = _role_words(text, start, end) | _role_words(text, start, end, before=True)
        # ... or a word of its stem ("87.3 percent of pension promises" / "78.3 percent of what had been promised")
        stem = singular(noun.lower())[:6] if len(noun) >= 6 else None
        return any(noun_key(w) == key or stem is not None and w.startswith(stem) for w in around)
    if a.noun is None:  # a bare percentage or amount: the words around it must be shared
        overlap = _context_overlap(claim, a, other, b)
        # (one word, where both stand where a change or comparison starts: "against 3.3 per cent in its July
        # outlook" / "compared with growth of 3.4% in the July forecast")
        # ... or where both end a change from a figure both give ("falling from 54% in November to 45%" / "fell
        # from 54% in November to 35%")
        return overlap >= 2 or _lone_amounts(claim, a, other, b) or overlap == 1 and _slot(
            claim.text, a.start - claim.offset) == "from" == _slot(other.text, b.start) \
            or overlap == 1 and _ends_changes_from_one_figure(claim, a, other, b)
    return True


def _ends_changes_from_one_figure(claim: Side, a: NumberMention, other: Side, b: NumberMention) -> bool:
    """Both figures end a "from X to Y" change (the "to" slot) whose start both sides write alike."""
    if not _slot(claim.text, a.start - claim.offset) == "to" == _slot(other.text, b.start):
        return False
    mine = [x for x in claim.numbers if x.end <= a.start and x.unit == a.unit
            and _slot(claim.text, x.start - claim.offset) == "from"]
    theirs = [y for y in other.numbers if y.end <= b.start and y.unit == b.unit
              and _slot(other.text, y.start) == "from"]
    return bool(mine) and bool(theirs) and _equal(mine[-1], theirs[-1])


def _modifies(noun: str, text: str, n: NumberMention, offset: int = 0) -> bool:
    """The noun is written as a word before the head of the figure's noun phrase ("thefts" in "eight identity
    theft cases"): the two nouns count one thing, named by its kind and by its cases."""
    phrase = text[n.end - offset:n.end - offset + 40]
    head = re.search(rf"\b{re.escape(n.noun)}\b", phrase, re.I)
    if head is None:
        return False
    before = _WORD.findall(phrase[:head.start()])
    # (a common word: "2.5 million Apple Watch units" counts units of a named product, not watches)
    return 0 < len(before) <= 2 and singular(noun.lower()) in {singular(w) for w in before if w.islower()}


def _lone_amounts(claim: Side, a: NumberMention, other: Side, b: NumberMention) -> bool:
    """The one bare amount in that unit on each side of two sentences naming the same people or things
    ("buy Trustcorp for ... valued at $448.7 million" / "... a market value of about $450 million")."""
    mine, theirs = names_of(claim, other)
    if not shared(mine, theirs):
        return False
    return (sum(n.noun is None and n.unit == a.unit for n in claim.numbers) == 1
            and sum(n.noun is None and n.unit == b.unit for n in other.numbers) == 1)


def _context_overlap(claim: Side, a: NumberMention, other: Side, b: NumberMention) -> int:
    mine = _near_words(claim.text, a.start - claim.offset, a.end - claim.offset)
    theirs = _near_words(other.text, b.start, b.end)
    return len(mine & theirs)


def _near_words(text: str, start: int, end: int, window: int = 50, keep_stop: bool = False) -> frozenset[str]:
    stop = frozenset() if keep_stop else _content_stop()
    chunk = text[max(0, start - window):start] + " " + text[end:end + window]
    return frozenset(singular(w) for w in _WORD.findall(chunk.lower()) if w not in stop and (keep_stop or len(w) > 2))


def _shares_event(claim: Side, other: Side, claim_span, other_span, ignore: frozenset[str] = frozenset()) -> bool:
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
    if any(len(w) > 2 for w in shared):
        return True
    # the same word in another form ("Cubans live" / "Cubans living") or a synonym ("no electricity" / "don't
    # have power")
    skip = _content_stop() | claim.facts.name_words | other.facts.name_words | ignore
    return bool({_synonym(w) for w in mine - skip if len(w) > 3} & {_synonym(w) for w in theirs - skip if len(w) > 3})


def _dated_alike(claim: Side, claim_span, other: Side, other_date, candidate: Candidate) -> bool:
    """The words around each date tell one event (three content words in common, names aside: "seized the boy
    in a pre-dawn raid on their home on April 12" / "took the child by force in a pre-dawn raid on the Miami
    relatives' home on April 22"; or half the fewer side's, see below), in sentences alike enough for a date."""
    if candidate.similarity < CONTRADICTION_SIMILARITY["date"]:
        return False
    names = claim.facts.name_words | other.facts.name_words
    mine = _year_context(claim.text, claim_span[0] - claim.offset, claim_span[1] - claim.offset) - names
    theirs = _year_context(other.text, other_date[0], other_date[1]) - names
    if len(mine & theirs) >= 3:
        return True
    # ... or half the fewer words around one of them, in their meanings (_clause_retold: "Since Aug. 31 the State
    # Department has advised Americans only to exercise caution" / "put out on Aug. 13 suggest only that Americans
    # exercise caution")
    # (days only, "earlier this month" being too loose to tie by fewer words; the corpus sentence's only date, the
    # words before one running past another: "arrived in the U.S. on Sept. 11 and were reported missing ... late
    # Saturday"; and a claim giving figures, one of them agreeing with the corpus sentence's: not "Velmar Motors
    # recalled 12,000 vans on Tuesday over faulty brakes" / "Velmar Motors, which recalled 40,000 cars on May 4 over
    # faulty airbags")
    return len(claim_span[2]) == len(other_date[2]) == 10 and len(other.dates) == 1 \
        and not _ordinals_apart(claim.text, other.text) \
        and (not claim.numbers or any(agree(a, b) for a in claim.numbers for b in other.numbers)) \
        and _half_retold(_meanings(mine), _meanings(theirs))


def _same_event(claim: Side, claim_span, other: Side, other_span) -> bool:
    """Both name the same people and tell one event around the two dates; a date opening both sentences
    ("Earlier Tuesday, ... Snopes connected the young woman to ..." / "On Wednesday, the rumour site Snopes
    linked her to ...") dates the whole of each, so the whole sentences tell it."""
    span = (claim_span[0] - claim.offset, claim_span[1] - claim.offset)
    mine, theirs = names_of(claim, other)
    if not shared(mine, theirs):
        return False
    if _opens_with_day(claim.text, *span) and _opens_with_day(other.text, *other_span):
        return _shares_event(claim, other, None, None)
    return _shares_event(claim, other, span, other_span)


def _opens_with_day(text: str, start: int, end: int) -> bool:
    """The day is the sentence's opening phrase ("On Saturday,", "Earlier Tuesday,", "Late on Feb. 25,")."""
    return _OPENING_DAY.fullmatch(text[:start]) is not None and _DAY_CLOSE.match(text, end) is not None


def _uses(words: frozenset[str], group: tuple[frozenset[str], ...]) -> bool:
    return any(phrase <= words for phrase in group)


def _same_day(a: str, b: str) -> bool:
    """The same day, or the same month when one side only gives a month ("earlier this month")."""
    if len(a) == 7 or len(b) == 7:
        return not (_partial(a) or _partial(b)) and a[:7] == b[:7]
    if _partial(a) or _partial(b):
        return a[-5:] == b[-5:]
    return a[:10] == b[:10]


def _relative(written: str) -> bool:
    written = written.strip()
    return bool(_RELATIVE_DAY.match(written) or _RELATIVE_MONTH.fullmatch(written)
                or re.fullmatch(r"(?:on\s+)?(?:today|tonight)", written, re.I))


_WEEKDAY_NAME = re.compile(r"\b(mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)


# "On Saturday,", "Late on Feb. 25,", "Earlier Tuesday,"
_OPENING_DAY = re.compile(r"\s*(?:(?:just|only|late|early|earlier|later)\s+)?(?:on\s+)?", re.I)  # "Just two days ago,"


_PHRASE_BREAK = re.compile(r"[,;:]")
_OPENING_WORD = re.compile(r"\s*(?:In|On|At|During|Late|Early|After|Before|Speaking|Appearing)\b")  # a phrase
# "Tuesday night,"; or no comma, before the subject: "Last week Apple CEO Tim Cook confirmed"
_DAY_CLOSE = re.compile(r"(?:\s+(?:night|morning|afternoon|evening))?(?:,|\s+(?=(?-i:[A-Z])))", re.I)


_NAME_RUN = re.compile(r"\b[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)+")  # "The Associated Press", "Wall Street Journal"


def _reported(text: str, start: int, end: int) -> bool:
    """The date is when something was said ("said Sunday", "told The Associated Press on Sunday that",
    "Trump's statements on Tuesday"): a word of saying among the five words before it or the word after it."""
    # (a name between counts as one word: "first reported by the Wall Street Journal on Sunday"; "reported missing"
    # is a state, not a telling: "the three were reported missing late on Sunday")
    ahead = _REPORTED_STATE.sub(r"were \1", text[max(0, start - 80):start])
    before = [w.lower() for w in _WORD.findall(_NAME_RUN.sub("N", ahead))][-5:]
    if before and before[-1] == "dated":
        return False  # "Gonzalez said in the letter, dated Monday": the letter's date, not the telling's
    after = _WORD.findall(text[end:end + 15].lower())[:1]
    opening = _OPENING_DAY.fullmatch(text[:start]) or start < 80 and _OPENING_WORD.match(text) \
        and not _PHRASE_BREAK.search(text, 0, start)
    if opening and _DAY_CLOSE.match(text, end):
        # a day the sentence opens with dates its main clause: "On Saturday, French President Francois
        # Mitterrand said", "Late on Feb. 25, White House spokesman Marlin Fitzwater, while warning ..., said",
        # "In an appearance on Fox News' "Hannity" Tuesday night, Wheeler said", "On Wednesday, Ricardo Alarcon,
        # head of Cuba's National Assembly and Castro's key man for U.S.-Cuban relations, said"
        after = _WORD.findall(text[end:end + 200].lower())[:25]
    # ("according to police, began yesterday" names whose account it is, not when it was given)
    return any(w in _saying_words() for w in after) or any(w in _saying_words() and w != "according" for w in before)


_REPORTED_STATE = re.compile(r"\breported\s+(missing|dead|killed|wounded|injured|hurt|safe|stolen)\b", re.I)


@functools.cache
def _saying_words() -> frozenset[str]:
    words = load_lexicon("corpus_words")
    return frozenset(str(w).lower() for key in ("reporting_verbs", "reporting_nouns") for w in words[key])


def _named_weekday(written: str) -> str | None:
    """The weekday a date is written as ("on Saturday", "Sunday morning", "last Tuesday"), lowercased."""
    m = _WEEKDAY_NAME.search(written)
    return m.group(1).lower() if m else None


_WEEKDAY_BEFORE = re.compile(r"\b(mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:the\s+)?$", re.I)


def _weekday_beside(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """The weekday written just before a calendar date ("Monday, Dec. 14") or set after it ("Dec. 18, a Tuesday"),
    as _named_weekday reads it, with the span of the date and its weekday together."""
    before = _weekday_before(text, start)
    if before is not None:
        return before.group(1).lower(), before.start(), end
    after = _WEEKDAY_AFTER.match(text, end)
    return (after.group(1).lower(), start, after.end()) if after else None


# "Dec. 18, a Tuesday", "Dec. 18, which was a Tuesday": the words facts.extract reads as naming the date before
_WEEKDAY_AFTER = re.compile(facts_mod.WEEKDAY_AFTER_DATE.pattern + r"(mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)


def _weekday_before(text: str, at: int) -> re.Match | None:
    """The weekday written just before a calendar date ("Monday, Dec. 14"); group 1 as _named_weekday reads it."""
    return _WEEKDAY_BEFORE.search(text, max(0, at - 16), at)


def _other_weekday(a: str, b: str) -> bool:
    mine, theirs = _parse_day(a), _parse_day(b)
    return mine is not None and theirs is not None and len(b) >= 10 and mine.weekday() != theirs.weekday()


def _same_unyeared(written: str, value: str, their_text: str, theirs: str) -> bool:
    """Neither side wrote a year ("Oct. 23" / "Oct. 23"): the years each side's date filled in say
    nothing, so the same month and day agree."""
    return not (YEAR.search(written) or YEAR.search(their_text)) and value[4:10] == theirs[4:10] \
        and not _RELATIVE_DAY.match(written.strip())


def _same_weekday(written: str, value: str, theirs: str) -> bool:
    """A weekday ("Monday", "last Monday") may mean that day of any of the last few weeks: it agrees with
    a corpus date on the same weekday up to three weeks before the day it was resolved to."""
    if not _RELATIVE_DAY.match(written.strip()) or written.strip().lower() == "yesterday":
        return False
    mine, other = _parse_day(value), _parse_day(theirs)
    if mine is None or other is None or _partial(theirs):
        return False
    return other.weekday() == mine.weekday() and 0 <= (mine - other).days <= 21


def _partial(value: str) -> bool:
    return value.startswith("XXXX")


def _number_mismatch(a: NumberMention, b: NumberMention, candidate: Candidate) -> Mismatch:
    evidence = _evidence(candidate)
    message = (f"the article says {describe(a)}, the corpus says {describe(b)} "
               f"({_cite(evidence)})")
    return Mismatch("number", a.start, a.end, message, evidence)


# another day counted from a date, in the clause after it or the next ("and was put out two days later", "and began
# notifying workers the following day"; not "On Oct. 28, just days before voters went to the polls")
_DAY_COUNTED_FROM = re.compile(r"[^.;]{0,60}?\b(?:(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                               r"twelve|several|a\s+few)\s+(?:days?|weeks?|months?|years?|hours?)\s+"
                               r"(?:later|afterwards?|earlier|before)|the\s+(?:following|next)\s+(?:day|week|month|"
                               r"morning|evening|year)|the\s+day\s+(?:after|before))\b", re.I)


def _date_mismatch(claim: Side, mine: tuple[int, int, str], theirs: tuple[int, int, str],
                   candidate: Candidate, their_written: str | None = None) -> Mismatch:
    evidence = _evidence(candidate)
    written = claim.text[mine[0] - claim.offset:mine[1] - claim.offset]
    if their_written is not None:  # one day given two weekdays: the values are the same, the words are not
        message = f"the article dates it '{written}', the corpus '{their_written}' ({_cite(evidence)})"
    else:
        message = (f"the article dates it '{written}' ({mine[2]}), the corpus gives {theirs[2]} "
                   f"({_cite(evidence)})")
    return Mismatch("date", mine[0], mine[1], message, evidence)


def _owner_named(claim: Side, start: int, other: Side) -> bool:
    """The name the claim gives the figure at ``start`` to, if any, is one the other sentence writes."""
    owner = _owner_before(claim.text, start - claim.offset, other.text)
    return not owner or bool(shared(owner, other.facts.name_words))


def _next_to(hit, other) -> bool:
    """Two sentences of one story (one source and date, as ingest.py reads a story's records), one or two
    sentences apart."""
    return hit.source is not None and (hit.source, hit.date) == (other.source, other.date) \
        and 0 < abs(hit.id - other.id) <= NEXT_TO


NEXT_TO = 2  # how many sentences apart the two tellings of one claim may stand


def _evidence(candidate: Candidate) -> Evidence:
    return Evidence(text=candidate.hit.text, source=candidate.hit.source, date=candidate.hit.date)


def _cite(evidence: Evidence) -> str:
    return ", ".join(x for x in (evidence.source, evidence.date) if x) or "undated corpus entry"


@functools.cache
def _settings() -> dict:
    return load_lexicon("corpus_words")


@functools.cache
def _period_words() -> dict[str, tuple[str, ...]]:
    return {k: tuple(str(p).lower() for p in v) for k, v in load_lexicon("corpus_words")["period_words"].items()}


@functools.cache
def _running_words() -> frozenset[str]:
    return frozenset(singular(w) for w in load_lexicon("corpus_words")["running_counts"])


@functools.cache
def _difference_words() -> frozenset[str]:
    return frozenset(load_lexicon("corpus_words")["difference_words"])


@functools.cache
def _gap_words() -> frozenset[str]:
    return frozenset(load_lexicon("corpus_words")["gap_words"])


@functools.cache
def _change_words() -> frozenset[str]:
    return frozenset(load_lexicon("corpus_words")["change_words"])



def _content_stop() -> frozenset[str]:
    return stopwords("reporting_verbs", "months", "not_names")


def _content_words(text: str) -> frozenset[str]:
    """A text's content words, singular: of three letters or more, neither function words nor _content_stop's."""
    stop = _content_stop() | facts_mod.function_words()
    return frozenset(singular(w) for w in _WORD.findall(text.lower()) if len(w) > 2 and w not in stop)


@functools.cache
def _event_groups() -> tuple[tuple[frozenset[str], ...], ...]:
    groups = []
    for group in load_lexicon("corpus_words")["events"]:
        groups.append(tuple(frozenset(singular(w) for w in str(p).lower().split()) for p in group))
    return tuple(groups)


def _placed_otherwise(claim: Side, a: NumberMention, other: Side, b: NumberMention) -> bool:
    """Each figure is told of a place right after it, the places differ, and one sentence tells another
    figure of the other's place ("recalled 45,000 vehicles in Canada and 120,000 in the United States" /
    "recalled 45,000 vehicles in the United States"): a figure of another place, even an equal one."""
    mine, theirs = _place_after(claim, a, claim.offset), _place_after(other, b)
    if not mine or not theirs or shared(mine, theirs):
        return False
    # ... and one sentence tells another of its figures of the other's place: the places tell the figures
    # apart (not "seven dead in the Tanzanian capital of Dar es Salaam" / "seven dead in Dar es Salaam")
    return any(shared(mine, _place_after(other, f)) for f in other.figures if f.start != b.start) \
        or any(shared(theirs, _place_after(claim, f)) for f in claim.figures
               if f.start + claim.offset != a.start)


def _place_after(side: Side, n: NumberMention, offset: int = 0) -> frozenset[str]:
    """The name words of the place told after a figure, in its clause and before the next figure ("45,000
    vehicles in Canada"), as _places_in reads them."""
    text, end = side.text, n.end - offset
    return _places_in(text[end:_told_after_end(side, end)].replace(" in the ", " in "))


def _month_placed_otherwise(claim: Side, a: NumberMention, other: Side, b: NumberMention) -> bool:
    """Each figure is told of a month right after it, the months differ, and one sentence tells another figure of
    the other's month ("rose to 5.2 percent in February from 4.8 percent in March" / "rose to 5.2 percent in March
    from 4.8 percent in February"): a figure of another month, even an equal one (as _placed_otherwise for
    places)."""
    mine, theirs = _month_after(claim, a, claim.offset), _month_after(other, b)
    if mine is None or theirs is None or mine == theirs:
        return False
    return any(_month_after(other, f) == mine for f in other.figures if f.start != b.start) \
        or any(_month_after(claim, f, claim.offset) == theirs for f in claim.figures
               if f.start + claim.offset != a.start)


def _month_after(side: Side, n: NumberMention, offset: int = 0) -> int | None:
    """The month named right after a figure, in its clause and before the next figure ("5.2 percent in March")."""
    text, end = side.text, n.end - offset
    m = _IN_MONTH.match(text, end, _told_after_end(side, end))
    return facts_mod.month_numbers().get(m.group(1).lower()) if m else None


_IN_MONTH = re.compile(r"[^,;\d]{0,30}?\b(?:in|for|during|of)\s+(?:early\s+|late\s+|mid-)?([A-Z][a-z]{2,8})\b")


def _dimensioned_otherwise(claim: Side, a: NumberMention, other: Side, b: NumberMention) -> bool:
    """Each figure measures another dimension, told right after it or by the verb or noun right before it ("rises 40
    meters and spans 850 meters" / "850 meters long and 40 meters high"): a height is not a length."""
    mine, theirs = _dimension(claim.text, a.start - claim.offset, a.end - claim.offset), \
        _dimension(other.text, b.start, b.end)
    return mine is not None and theirs is not None and mine != theirs


def _dimension(text: str, start: int, end: int) -> str | None:
    after = _DIMENSION_AFTER.match(text, end)
    before = _DIMENSION_BEFORE.search(text, max(0, start - 30), start)
    word = after.group(1) if after else before.group(1) if before else None
    return _DIMENSIONS.get(word.lower()) if word else None


_DIMENSIONS = {"high": "height", "tall": "height", "rises": "height", "stands": "height", "height": "height",
               "long": "length", "spans": "length", "stretches": "length", "length": "length",
               "wide": "width", "width": "width", "deep": "depth", "depth": "depth"}
_DIMENSION_AFTER = re.compile(r"\s+(high|tall|long|wide|deep)\b", re.I)
_DIMENSION_BEFORE = re.compile(r"\b(rises|stands|spans|stretches|height|length|width|depth)\s+(?:of\s+|to\s+|some\s+|"
                               r"about\s+|nearly\s+|almost\s+|more\s+than\s+)*$", re.I)


def _total_and_part(claim: Side, a: NumberMention, other: Side, b: NumberMention) -> bool:
    """The corpus figure is a total of several ("Rhyl's two hospitals have 900 beds between them", "3,000
    combined") and the claim's is not: a whole and what may be a part ("Rhyl General, the larger of the two,
    has 550 beds"), no contradiction. (A claim may total what the corpus counts: "700,000 participants in
    total" / "more than 600,000 participants".)"""
    if _equal(a, b):
        return False
    return _totalled(other.text, b.end) and not _totalled(claim.text, a.end - claim.offset)


def _part_and_whole(claim: Side, a: NumberMention, other: Side, b: NumberMention) -> bool:
    """One figure counts a part of what it counts ("three of his brothers", "five of the board's members") and
    the other does not ("his six brothers", "12 board members"): a part and what may be the whole, no
    contradiction (two parts compare: "three of his brothers" / "four of his brothers"). Counts only: "30% of its
    profit" is a share, and an equal figure is the same whatever its phrasing ("12 of them Americans")."""
    if a.unit is not None or b.unit is not None or _equal(a, b):
        return False
    return _counts_part(claim.text, a.start - claim.offset, a.end - claim.offset) \
        != _counts_part(other.text, b.start, b.end)


def _counts_part(text: str, start: int, end: int) -> bool:
    """The figure counts some of a whole ("three of his brothers"), not all of it ("all 52 of its locations")."""
    return _PART_OF.match(text, end) is not None and _ALL_BEFORE.search(text, 0, start) is None


_ALL_BEFORE = re.compile(r"\ball\s+$", re.I)


def _left_out(claim: Side, a: NumberMention, other: Side, b: NumberMention) -> bool:
    """One figure counts those a whole leaves out ("All but two of the progressives backing Biden are black" /
    "five of the seven progressives behind Biden are black"): not the part the other counts."""
    mine = _ALL_BUT.search(claim.text, 0, a.start - claim.offset) is not None
    theirs = _ALL_BUT.search(other.text, 0, b.start) is not None
    return mine != theirs


_ALL_BUT = re.compile(r"\ball\s+but\s+$", re.I)


# "three of his brothers", "10 of 12 victims"; not "twenty six of them women", which counts the women
_PART_OF = re.compile(rf"\s+of\s+(?:(?:{'|'.join(sorted(PARTITIVE_DETERMINERS))})\b|\d)", re.I)


def _totalled(text: str, end: int) -> bool:
    return _TOTAL.search(text, end, _clause_end(text, end)) is not None


# not "a 2.9% decline in total revenue", "combined sales of": words that total only at the end of a phrase
_TOTAL = re.compile(r"\b(?:between\s+them|combined|in\s+total|altogether|all\s+told)\b(?!\s+[a-z])", re.I)


def _route_reversed(text: str, other: str) -> bool:
    """Each sentence tells a way from one named place to another, and the two run opposite ways ("a flight
    from Tel Aviv's Ben Gurion Airport to New York" / "a flight from New York to Israel's Tel Aviv")."""
    mine, theirs = _route(text), _route(other)
    if mine is None or theirs is None:
        return False
    (start, end), (their_start, their_end) = mine, theirs
    return bool(start & their_end) and bool(end & their_start) and not start & their_start


def _comparison_reversed(text: str, other: str) -> bool:
    """Each sentence sets one thing above another with "than", and the two set them the other way round ("a
    pathway to citizenship matters more to them than being able to live and work without the threat of
    deportation" / "it is more important that unauthorized immigrants be able to live and work in the U.S.
    without threat of deportation than have a pathway to citizenship"): at least two words of each side of the
    claim's "than", written only on the other side of the corpus sentence's."""
    mine, theirs = _compared_sides(text), _compared_sides(other)
    if mine is None or theirs is None:
        return False
    (before, after), (their_before, their_after) = mine, theirs
    return len((before & their_after) - their_before) >= 2 and len((after & their_before) - their_after) >= 2


_THAN = re.compile(r"\bthan\b")
_COMPARED_END = re.compile(r"[;:!?()]|\.(?=\s+[A-Z\"“]|\s*$)|,\s+(?:and|but|while|which|who)\b")  # not "U.S. without"


def _compared_sides(text: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """The content words (singular) before a sentence's one "than", back to the start of its clause, and after
    it, to the end of the clause; None without one such "than"."""
    found = list(_THAN.finditer(text))
    if len(found) != 1:
        return None
    at = found[0]
    start = max((m.end() for m in _COMPARED_END.finditer(text, 0, at.start())), default=0)
    end = _COMPARED_END.search(text, at.end())
    return _content_words(text[start:at.start()]), _content_words(text[at.end():end.start() if end else len(text)])


def _years_from_another(text: str, other: str) -> bool:
    """Each sentence dates its event by the year of another it told before, and the two by other years ("A year
    earlier, she claimed ..." / "In the same year she claimed ..."; "two years later" / "the following year"):
    the years counted from that event differ."""
    mine, theirs = _year_offsets(text), _year_offsets(other)
    return len(mine) == 1 and len(theirs) == 1 and mine != theirs


_YEAR_OFFSET = re.compile(r"\b(?:(?P<count>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years?\s+"
                          r"(?P<way>earlier|later|before|after)(?!\s+(?:the|his|her|its|their|a|an|this|that)\b)"
                          r"|(?:the|that)\s+(?P<same>same|very\s+same)\s+year"
                          r"|the\s+(?P<step>previous|preceding|prior|following|next|ensuing|subsequent)\s+year"
                          r"|the\s+year\s+(?P<side>before|after)(?=\s*[,.;:]))\b", re.I)
_STEP_BACK = frozenset(("previous", "preceding", "prior"))


def _year_offsets(text: str) -> frozenset[int]:
    """The years a sentence counts from another event's ("a year earlier": -1, "that same year": 0, "two years
    later": 2, "the following year": 1, "the year before,": -1); not a span before an event it names ("two years
    before the war", "the year before the election")."""
    out = set()
    for m in _YEAR_OFFSET.finditer(text):
        if m.group("same"):
            out.add(0)
        elif m.group("step"):
            out.add(-1 if m.group("step").lower() in _STEP_BACK else 1)
        elif m.group("side"):
            out.add(-1 if m.group("side").lower() == "before" else 1)
        else:
            count = m.group("count").lower()
            n = int(count) if count.isdigit() else _SMALL_COUNTS.get(count, 1)
            out.add(-n if m.group("way").lower() in ("earlier", "before") else n)
    return frozenset(out)


def _route(text: str) -> tuple[frozenset[str], frozenset[str]] | None:
    m = _FROM_TO.search(text)
    if m is None:
        return None

    def words(place: str) -> frozenset[str]:
        return frozenset(re.sub(r"['’]s$", "", w) for w in place.lower().split())

    return words(m.group("start")), words(m.group("end"))


_FROM_TO = re.compile(r"\bfrom\s+(?P<start>[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*)*)"
                      r"\s+to\s+(?P<end>[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*)*)")


def _counts_placed_otherwise(text: str, other: str) -> bool:
    """A count told of a place on one side is another count of that place on the other ("one Wal-Mart in St.
    Charles and two in Manchester" / "two Wal-Marts in St. Charles and one Wal-Mart in Manchester"): counts
    written in words are no figures the claim compares, but they still tell which place had how many."""
    mine, theirs = _counted_places(text), _counted_places(other)
    return any(count != theirs[place] for place, count in mine.items() if place in theirs)


def _counted_places(text: str) -> dict[str, str]:
    """Each place named after "in" right after a count, with the count's value ("two in Manchester":
    manchester -> 2; not a month, "two in March")."""
    found = {}
    for count in _WORD.finditer(text):
        word = count.group().lower()
        if word in _count_values():  # counts in words: a count in digits is a figure the claim compares
            place = _PLACE_AFTER_COUNT.match(text, count.end())
            if place and place.group(1).lower() not in facts_mod.month_numbers():
                found[place.group(1).lower()] = _count_values()[word]
    return found


@functools.cache
def _count_values() -> dict[str, str]:
    """Each count in words with its value as text ("two": "2", "one": "1"; "both": "both")."""
    spelled = {**spelled_values(), "one": 1}
    return {word: str(spelled.get(word, word)) for word in _count_words() | spelled.keys()}


_PLACE_AFTER_COUNT = re.compile(r"(?:\s+[\w'’-]+){0,2}?\s+in\s+([A-Z][a-z]+)")


def _moves_opposed(text: str, other: str) -> bool:
    return _opposed(text, other, moves_only=True)


def _alternative_swapped(text: str, other: str) -> bool:
    """The two sentences tell the same words in the same order but for one word on each side, in the same place,
    and the two are alternatives of one contrast set of rules/lexicons/corpus_words.yaml ("The fire started in
    the garage and quickly spread" / "... in the kitchen and quickly spread", "the suspect was taken to a
    nearby hospital" / "the victim was taken"): one thing changed. (Any swapped word would also part true
    retellings that use a synonym no lexicon lists: "the biggest known crab" / "the largest".)"""
    stop = _retelling_stop() | facts_mod.function_words()
    mine, theirs = ([w for w in _WORD.findall(t.lower()) if len(w) > 2 and w not in stop] for t in (text, other))
    sets = _contrast_sets()
    if not any(singular(w) in sets for w in mine) or not any(singular(w) in sets for w in theirs):
        return False
    blocks = difflib.SequenceMatcher(None, [_synonym(w) for w in mine], [_synonym(w) for w in theirs],
                                     autojunk=False).get_opcodes()
    return any(tag == "replace" and i2 - i1 == 1 and j2 - j1 == 1
               and all(blocks[n][0] == "equal" for n in (k - 1, k + 1) if 0 <= n < len(blocks))
               and _alternatives(sets.get(singular(mine[i1]), frozenset()), sets.get(singular(theirs[j1]), frozenset()))
               for k, (tag, i1, i2, j1, j2) in enumerate(blocks))


def _modifiers_traded(text: str, other: str) -> bool:
    """Two words, each right before its own word on one side, stand each before the other's word on the
    other ("the son of a British father and an American mother" / "to an American father and a British
    mother"): two details traded, whatever else the sentences share. The traded words are names (capitalised
    on both sides) or alternatives of one contrast set ("left" / "right"), not two words of one description
    ("the PC and printer company and ... the enterprise business" / "printer business ... enterprise company")."""
    return any(_traded_kind(a, c, text, other) for a, c in _traded(_word_pairs(text), _word_pairs(other)))


def _traded(mine: frozenset[tuple[str, str]], theirs: frozenset[tuple[str, str]]) -> list[tuple[str, str]]:
    """The two first words of two pairs of one side whose second words stand each with the other's first word on the
    other side, and never with their own ((a, b) and (c, d) against (a, d) and (c, b)): a and c, traded."""
    return [(a, c) for (a, b), (c, d) in itertools.combinations(mine, 2)
            if a != c and b != d and (a, d) in theirs and (c, b) in theirs and (a, b) not in theirs
            and (c, d) not in theirs]


def _tally_otherwise(text: str, other: str) -> bool:
    """Both sentences give a vote's side, and not the same ("voted 6 to 3 against the budget" / "voted 6 to 3 for
    the budget"): the tally agrees, the vote does not."""
    mine, theirs = _TALLY_SIDE.findall(text), _TALLY_SIDE.findall(other)
    return bool(mine) and bool(theirs) and {_side(w) for w in mine} != {_side(w) for w in theirs}


def _side(word: str) -> str:
    return "against" if word.lower() == "against" else "for"


# the side a tally is cast on, right after it ("6 to 3 against", "22-18 in favour of")
_TALLY_SIDE = re.compile(r"\b\d+\s*(?:to|-|–)\s*\d+\s+(for|against|in\s+favou?r)\b", re.I)


def _years_traded(text: str, other: str) -> bool:
    """A year of the claim follows a word that, in a corpus sentence writing it after another word, is written
    before another year ("The plant closed in 2001" / "The plant opened in 2001 and closed in 2012", "sold the plant
    in 2009" / "paid $30 million for the plant in 2009 and sold it ... in 2016"): the year of another deed."""
    theirs = _year_leads(other)
    if len({year for _, year in theirs}) < 2:
        return False
    for word, year in _year_leads(text):
        at_year = {w for w, y in theirs if y == year}
        if at_year and word not in at_year and any(w == word for w, y in theirs if y != year):
            return True
    return False


def _year_leads(text: str) -> list[tuple[str, str]]:
    """Each year written in digits with the content word nearest before it, by stem, names aside ("closed in 2012":
    close; "became chief executive of Vostra in 2009": executive)."""
    stop = facts_mod.function_words() | _content_stop()
    out = []
    for m in YEAR.finditer(text):
        words = [w.lower() for w in _WORD.findall(text[max(0, m.start() - 60):m.start()])
                 if w[0].islower() and w.lower() not in stop]
        if words:
            out.append((_verb_base(words[-1]), m.group()))
    return out


def _names_traded(text: str, other: str) -> bool:
    """Two names, each after its own word on one side (a preposition between them at most), stand each after the
    other's word on the other ("born in Harwick in 1961 and moved to Dalby" / "born in Dalby in 1961 and moved to
    Harwick"): two places or persons traded, as _modifiers_traded reads two details."""
    return bool(_traded(_name_leads(text), _name_leads(other)))


def _name_leads(text: str) -> frozenset[tuple[str, str]]:
    """Each content word with the name written right after it, past one preposition ("born in Dalby": born,
    dalby), in lower case."""
    stop = facts_mod.function_words()
    # (a name, not a word of a description, which a content word follows: "voted for the Democratic nominee" names
    # no one after "voted")
    return frozenset((m.group(1).lower(), m.group(2).lower()) for m in _NAME_LEAD.finditer(text)
                     if m.group(1).lower() not in stop and (m.group(3) is None or m.group(3) in stop))


_NAME_LEAD = re.compile(r"\b([a-z]{3,})\s+(?:(?:in|to|from|at|for|of|by|with|into|near|against)\s+)?(?:the\s+)?"
                        r"([A-Z][a-z]+)\b(?=\s+([a-z]+))?")


def _alternative_before(text: str, other: str) -> bool:
    """One thing, told with another alternative of one contrast set right before it, and never with the claim's
    ("blind in her right eye and has blurred vision in her left" / "lost sight in her left eye and has blurry
    vision in the other"): another thing."""
    sets = _contrast_sets()
    mine = _word_pairs(text)
    if not any(singular(a) in sets for a, _ in mine):
        return False
    theirs = _word_pairs(other)
    return any(_alternatives(sets.get(singular(a), frozenset()), sets.get(singular(c), frozenset()))
               and (a, noun) not in theirs and (c, noun) not in mine
               for a, noun in mine if singular(a) in sets for c, their_noun in theirs if their_noun == noun)


def _acts_traded(text: str, other: str) -> bool:
    """What the claim has one name do, the corpus sentence has another do, in a clause of its own ("Board member
    Patricia Russo would chair the PC and printer business" / "Meg Whitman will be chairman of the new PC and
    printer business ..., while board member Patricia Russo will chairman of the enterprise company"): two
    clauses' doers traded. A claim clause's own is the corpus clause sharing the most of its names (its doer's);
    of its other words, traded are those its own does not write but a clause does that names someone the
    claim's clause never names (in a name of two words or more: not "Satellites already show only slight warming
    since 1979, but they are sensitive to El Ninos"). Traded: two or more, and more of them than its own alone
    writes ("Dion Weisler, one of HP's current executives, would lead the PC business" is its own clause's "one
    of its existing executives, Dion Weisler", whatever "current" and "business" the other's writes), or at
    least one in each of two of the claim's clauses ("Meg Whitman would run the PC company while Weisler headed
    the business group" / "the PC-centric group would be headed by ... Dion Weisler; current CEO Meg Whitman
    would run the business group")."""
    theirs = _clause_doings(other)
    if len(theirs) < 2:
        return False
    traded = []
    for names, words, _ in _clause_doings(text):
        held = sorted(((len(shared(names, their_names)), k) for k, (their_names, _, _) in enumerate(theirs)),
                      reverse=True)
        if not held[0][0] or held[1][0] == held[0][0]:
            continue  # no clause, or two, of its names
        doer_names, own, _ = theirs[held[0][1]]
        elsewhere = frozenset().union(*(their_words for k, (_, their_words, persons) in enumerate(theirs)
                                        if k != held[0][1] and any(not person & names for person in persons)))
        told = words - shared(names, doer_names)
        traded.append((len((told - own) & elsewhere), len((told & own) - elsewhere)))
    return any(moved >= 2 and moved > kept for moved, kept in traded) or sum(1 for moved, _ in traded if moved) >= 2


_DOINGS_APART = re.compile(r";|,?\s+(?:while|whereas)\s|,\s+but\s")
_TOLD_BY = re.compile(r",\s*(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*\s+"
                      r"(?:reported|said|says|reports|told|wrote|added)\b[^,;]*$")


def _clause_doings(text: str) -> list[tuple[frozenset[str], frozenset[str], list[frozenset[str]]]]:
    """Each clause that names someone, as its name words, all its words (its content words, singular, of three
    letters or more, hyphenated words in their parts: "PC-centric", and its name words: "PC") and the words of
    each name of two words or more it writes; clauses end at a semicolon, "while", "whereas" or ", but"."""
    out = []
    for clause in _DOINGS_APART.split(text):
        clause = _TOLD_BY.sub("", clause)  # who tells it does none of it: ", CNN reported Tuesday."
        found = facts_mod.names(clause)
        names = frozenset(w for w in facts_mod.Facts(names=tuple(found)).name_words if not w.startswith("^"))
        if not names:
            continue
        words = _content_words(clause.replace("-", " "))
        persons = [frozenset(w for w in facts_mod.Facts(names=(name,)).name_words if not w.startswith("^"))
                   for name in found if len(name.split()) > 1]
        out.append((names, words | {part for name in names for part in name.split("-")}, persons))
    return out


def _name_replaced(text: str, other: str) -> bool:
    """A name of the claim that the corpus sentence never writes stands where it writes a name the claim never
    writes, next to the same word ("according to Argentine historian Felipe Pigna" / "according to Argentine
    historian Daniel Balmaceda", "during an FBI training program" / "for a DEA training program"): another
    name told in the same place. The word is a content word written right before both names or right after.
    Not a sentence's first word, perhaps no name ("Bethlehem's sales" / "Third-quarter sales"), nor a country
    or people ("U.S. ambassador" / "President Trump's ambassador"), nor an acronym against a name written out,
    perhaps the same ("the Dow" / "the DJIA", "the INS" / "the Immigration and Naturalization Service")."""
    theirs = facts_mod.name_spans(other)
    mine = facts_mod.name_spans(text) if theirs else []
    stop = facts_mod.function_words() | _content_stop()

    def beside(text_: str, start: int, end: int) -> tuple[str | None, str | None]:
        before = _NAME_BEFORE_WORD.search(text_, max(0, start - 40), start)
        after = _NAME_AFTER_WORD.match(text_, end)
        return tuple(m.group(1).lower() if m and m.group(1).lower() not in stop and m.group(1).islower() else None
                     for m in (before, after))

    def placed(spans, text_: str) -> list[tuple[tuple[str | None, str | None], bool, str]]:
        return [(beside(text_, start, end), _ACRONYM.fullmatch(text_[start:end]) is not None, name)
                for start, end, name in spans if start > 0]

    # the names beside the same word, each an acronym or neither; then, of those, one never written on each side
    pairs = [(name, their_name) for here, acronym, name in placed(mine, text)
             for there, their_acronym, their_name in placed(theirs, other)
             if acronym == their_acronym and any(word is not None and word == there[k] for k, word in enumerate(here))]
    if not pairs:
        return False
    my_words, their_words = (facts_mod.Facts(names=tuple(n for _, _, n in spans)).name_words
                             | frozenset(_WORD.findall(t.lower())) | _acronym_words(t, o)
                             for spans, t, o in ((mine, text, other), (theirs, other, text)))

    def unwritten(name: str, words: frozenset[str]) -> bool:
        own = facts_mod.Facts(names=(name,)).name_words
        return bool(own) and not own & places() and not shared(own, words)

    return any(unwritten(name, their_words) and unwritten(their_name, my_words) for name, their_name in pairs)


_NAME_BEFORE_WORD = re.compile(r"\b([A-Za-z]+)[ \t]+$")
_NAME_AFTER_WORD = re.compile(r"['’]?s?[ \t]+([A-Za-z]+)\b")


def _traded_kind(a: str, c: str, text: str, other: str) -> bool:
    sets = _contrast_sets()
    if _alternatives(sets.get(singular(a), frozenset()), sets.get(singular(c), frozenset())):
        return True
    return all(re.search(r"\b" + word[0].upper() + re.escape(word[1:]) + r"\b", t) is not None
               for word in (a, c) for t in (text, other))


def _word_pairs(text: str) -> frozenset[tuple[str, str]]:
    """Each two content words written one right after the other, in lower case."""
    stop = facts_mod.function_words()
    words = _WORD.findall(text.lower())
    return frozenset((w, singular(x)) for w, x in zip(words, words[1:])
                     if len(w) > 2 and len(x) > 2 and w not in stop and x not in stop)


def _alternatives(mine: frozenset[tuple[int, int]], theirs: frozenset[tuple[int, int]]) -> bool:
    """Two words are other alternatives of one contrast set ("woman" / "man"; not "woman" / "women")."""
    return any(group == their_group and alternative != their_alternative
               for group, alternative in mine for their_group, their_alternative in theirs)


@functools.cache
def _contrast_sets() -> dict[str, frozenset[tuple[int, int]]]:
    """Word (singular) -> the (contrast set, alternative) of rules/lexicons/corpus_words.yaml it is written as;
    an alternative lists its forms with "|" ("woman|women")."""
    out: dict[str, set[tuple[int, int]]] = {}
    for i, group in enumerate(load_lexicon("corpus_words")["contrast_sets"]):
        for j, alternative in enumerate(group):
            for word in str(alternative).lower().split("|"):
                out.setdefault(singular(word), set()).add((i, j))
    return {word: frozenset(found) for word, found in out.items()}


# what makes a sentence tell another thing than the claim, whatever their figures (each documented above):
# an opposite move, deed or word, another officer, a multiplier, reversed roles, an opposed qualifier, a
# denial, another round, a route run the other way, another count of a place, one alternative for another,
# details traded, a comparison the other way round, years counted otherwise from another event, a name in the
# place of another, another alternative before the same word, a plan told as done, a share told as a total, a
# year bound from the other end, names traded, a vote's other side, the year of another deed
_TOLD_OTHERWISE = (_moves_opposed, _opposed_acts, _opposed_words, _officers_differ, _multiplied_otherwise,
                   _roles_reversed, _qualified_otherwise, _denied_otherwise, _another_round, _route_reversed,
                   _counts_placed_otherwise, _alternative_swapped, _modifiers_traded, _comparison_reversed,
                   _years_from_another, _name_replaced, _alternative_before, _intended_otherwise,
                   _each_otherwise, _year_bound_otherwise, _names_traded, _tally_otherwise,
                   _years_traded)


def _aged_otherwise(text: str, other: str) -> bool:
    """Each sentence writes one age as a compound ("their week-old son" / "their three-day-old son", "a 2-year-old"),
    and not the same: another age, which a statement cannot retell."""
    mine, theirs = _compound_ages(text), _compound_ages(other)
    return len(mine) == 1 and len(theirs) == 1 and mine != theirs


def _compound_ages(text: str) -> set[float]:
    """The ages a sentence writes as compounds, in days ("week-old": 7, "three-day-old": 3, "18-month-old")."""
    spelled = spelled_values()
    ages = set()
    for m in _COMPOUND_AGE.finditer(text):
        count = m.group(1)
        value = 1.0 if not count else float(count) if count.isdigit() else spelled.get(count.lower())
        if value is not None:
            ages.add(value * _AGE_UNITS[m.group(2).lower()])
    return ages


_COMPOUND_AGE = re.compile(r"\b(?:([A-Za-z]+|\d+)-)?(day|week|month|year)s?-old\b", re.I)
_AGE_UNITS = {"day": 1, "week": 7, "month": 30, "year": 365}

# what makes a corpus sentence worded alike tell another thing than a statement: an opposite word, reversed
# roles, an opposed qualifier, another ordinal, a route run the other way, another count of a place, one
# alternative for another, details traded, another age, doers traded between clauses, a comparison the other
# way round, years counted otherwise from another event, another alternative before the same word, a plan told
# as done, a year bound from the other end, names traded, the year of another deed
_STATEMENT_OTHERWISE = (_opposed, _roles_reversed, _qualified_otherwise, _ordinal_swapped, _route_reversed,
                        _counts_placed_otherwise, _alternative_swapped, _modifiers_traded, _aged_otherwise,
                        _acts_traded, _comparison_reversed, _years_from_another, _alternative_before,
                        _intended_otherwise, _year_bound_otherwise, _names_traded, _years_traded)


# what makes a claim figure and a corpus figure two quantities, whatever their values (each documented above):
# other owners, qualifiers, harms, rates, measures, spans, bases, populations, scopes, suppositions, ages at
# another time, ages traded, places, months, dimensions, a total and a part, a part and a whole
_OTHER_QUANTITY = (_owners_differ, _qualifiers_differ, _harmed_otherwise, _rated_otherwise, _measured_otherwise,
                   _since_otherwise, _based_otherwise, _among_others, _scoped_otherwise, _supposed_otherwise,
                   _given_to_another, _another_persons_age, _ages_traded, _age_then, _placed_otherwise,
                   _month_placed_otherwise, _dimensioned_otherwise, _total_and_part, _part_and_whole, _left_out)
