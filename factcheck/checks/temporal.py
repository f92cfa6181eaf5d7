"""Checks: time. What a careful copy editor catches about dates, tense and titles against the dateline.

Conventions: the AP Stylebook (weekday names for dates within a week, "President-elect" until the
inauguration, "former" only once the holder has left office) and TimeML (TIMEX3) for date values.
"""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from typing import TYPE_CHECKING, Iterator

from .base import check
from ..lazy_pattern import LazyPattern
from ..model import DateMention, Evidence, Finding, Sentence

if TYPE_CHECKING:
    from ..analysis import Analysis

WEEKDAYS = tuple(calendar.day_name)
STALE_TITLE = timedelta(days=8 * 365)  # past that, a bare title reads as a historical reference
GRACE = timedelta(days=1)  # a dateline's day in one time zone is the next day in another
RECENT_DEPARTURE = timedelta(days=3 * 365)  # a title a writer forgets to update in the news of the day
_REPORTED = LazyPattern(r"\s*(?:,[^,.;]{1,80},)?\s*(?:\w+ly\s+|also\s+|on\s+[A-Z]\w+\s+)?(?P<verb>[a-z]+)\b")
_PREPOSITION = re.compile(r"(?:\b(?:on|in|at|during|early|late|mid)\s+|^\s*)$", re.I)
_PURPOSE = LazyPattern(r"\b(?:for|of|until|till|through|to|by|from|since|than|before|after)\s+$", re.I)
_NOUN_PP = LazyPattern(r"\b(?:for(?!\s+(?:good|now|sure|ever|certain|a while|the (?:first|last|second) time)\b)|"
                       r"of|about|ahead of|toward|towards|including|like|such as|more|fewer|further|"
                       r"additional|with|over|amid|against)\s+[\w$£€]"
                       r"|\w\s+(?:to|from|into)\s+(?:the|a|an|its|his|her|their|our|this|that|these|those)\s+\w", re.I)
_ING_BEFORE = LazyPattern(r"\b[a-z]{2,}ing\s+(?:on|in|at|during|early|late|mid)\s+$")
_INFINITIVE = LazyPattern(r"\bto\s+(?!(?:the|a|an|its|his|her|their|our|my|your|this|that|these|those|some|all|"
                          r"about|be|been)\b)[a-z]+\s+(?!(?:on|in|at|during|by|for|of|from|with|since|until|after|"
                          r"before|and|or)\b)[a-z]")  # "to send robotic landers", not "returned to service on"
_MODAL = LazyPattern(r"\b(?:would|will|could|might|may|should|must|shall|is to|are to|to be)\b|'ll\b", re.I)
_SUBJECT_START = LazyPattern(r"(?:^|[—–]\s*|\s-\s*|[,;]\s*|\b(?:and|but)\s+)$")
_NEGATED = LazyPattern(r"\b(?:not|instead of|rather than|as|misstated as|incorrectly said|erroneously)\s+$", re.I)
_FRONT = re.compile(r"\s*(?:On|In|At|During)\s+")
_RELATIVE = LazyPattern(r"\b(?:who|whom|whose|which|that|when|where)\b", re.I)
_OUTGOING = LazyPattern(r"\b(?:outgoing|acting|caretaker|interim|then)[-\s]+$", re.I)
_DETERMINER = LazyPattern(r"\b(?:the|a|an|its|his|her|their|our|this|that|these|those|what|which)\b", re.I)
_VERB_OBJECT_ON = LazyPattern(
    r"\s+(?:not\s+)?(?P<verb>[a-z]+)\s+(?:(?:on|over|about|with|to|at|against|for)\s+)?"
    r"(?P<object>(?:the|a|an|its|his|her|their|our)(?:\s+[\w-]+){1,4})\s+(?P<prep>on|in)\s+")
_AS_ROLE = LazyPattern(
    r"\bas\s+(?:(?:the|a|an|its|his|her|their|our)\s+)?"
    r"(?:(?!(?:of|for|to|at|in|on|with|from|by|after|before)\b)[\w-]+\s+){0,3}?(?P<head>[A-Za-z]+)"
    r"(?:\s+of\s+(?:the\s+)?(?:[A-Za-z-]+\s+){0,2}?[A-Za-z-]+|\s+to\s+(?:the\s+)?[A-Z][A-Za-z-]*"
    r"(?:\s+[A-Z][A-Za-z-]*){0,2})?\s+(?:(?:on|in|at|during)\s+)?$")
_PRECISION = {10: "on", 7: "in"}  # the preposition that dates a verb at day / month precision
FUTURE_SLACK = timedelta(days=3)  # a piece written a few days before its publication date may still say "will"
_INSTITUTIONAL = LazyPattern(r"\b(?:plan|schedule|calendar|timetable|agenda|deadline|forecast|projection|"
                             r"target|goal|estimate)s?\b", re.I)


@check(id="weekday-mismatch", severity="error", summary="A weekday that does not fall on the date it names",
       example="On Tuesday, December 3, the court rejected the appeal. "
               "The judges said on Friday, December 7, that a new hearing would follow.")
def weekday_mismatch(analysis: "Analysis") -> Iterator[Finding]:
    """A weekday named next to a date must be that date's weekday: "Monday, January 7" is wrong when
    January 7 of that year is a Tuesday. One of the two is a typo, and readers cannot tell which.
    The year is the date's own, or for a year-less date the one the dateline and tense give it; a
    year-less date is only flagged when no year it can mean (within about eleven months of the
    dateline, or thirteen in the direction of its tense: "a year ago, on Friday, Nov. 17") fits the
    weekday. A correction's negated day ("not Monday, March 12") is left alone.
    """
    for mention in analysis.dates:
        if mention.weekday is None or not mention.value or not re.fullmatch(r"\d{4}-\d\d-\d\d", mention.value):
            continue
        day = date.fromisoformat(mention.value)
        if day.weekday() == mention.weekday:
            continue
        if not mention.explicit_year and analysis.dateline.date is None:
            continue
        sentence = analysis.sentence_at(mention.start)
        if sentence is None or _NEGATED.search(analysis.document.text[max(0, mention.start - 20):mention.start]):
            continue  # "on Tuesday, March 12, not Monday, March 12": a correction names the wrong day on purpose
        stated = WEEKDAYS[mention.weekday]
        fits = _years_fitting(day.month, day.day, mention.weekday, day.year)
        where = "" if mention.explicit_year else f" (the year from the article's dateline, {analysis.dateline.date})"
        message = (f"'{mention.text}': {_spoken(day)}{where} is a {WEEKDAYS[day.weekday()]}, not a {stated}. "
                   f"A {stated} {_month_day(day)} falls in {', '.join(map(str, fits))}.")
        yield analysis.finding("weekday-mismatch", message, sentence, mention.start, mention.end)


@check(id="impossible-date", severity="error", summary="A calendar date that does not exist",
       example="The contract expires on September 31, the company said.")
def impossible_date(analysis: "Analysis") -> Iterator[Finding]:
    """Dates that no calendar has: "September 31", "February 30", "February 29, 2023" (2023 is not a
    leap year). Usually a typo for a neighbouring day; the reader cannot know which.
    """
    for mention in analysis.dates:
        if mention.kind != "impossible":
            continue
        sentence = analysis.sentence_at(mention.start)
        if sentence is None:
            continue
        yield analysis.finding("impossible-date", _impossible_message(mention), sentence, mention.start, mention.end)


@check(id="tense-vs-dateline", severity="error",
       summary="A past-tense event dated after the dateline, or a future-tense one dated before it",
       example="Russian President Vladimir Putin said on Thursday, December 26, that he was unaware of the plan. "
               "President-elect Donald Trump, who took office on January 20, wants to end the war.")
def tense_vs_dateline(analysis: "Analysis") -> Iterator[Finding]:
    """An article cannot report as done what has not happened yet when it was written ("The probe
    reached Jupiter in April 2030" in a 2024 article), nor announce as coming what is already past.
    Needs a dateline with an upper bound (explicit, metadata, a date line, weekday-date pairs, a dated
    stamp): the latest past event in the text is only a lower bound. Flags only an absolute date (a
    written year, or one fixed by a role timeline: "took office on January 20" next to a term that
    starts on January 20), in the clause of a plain past (or "will") verb. Never flagged: relative
    dates ("next year" is counted from the dateline, so it cannot contradict it), future-in-the-past
    ("said he would travel on March 3"), plans, schedules and forecasts, conditionals, quotations,
    fiscal years.
    """
    dateline = analysis.dateline
    if dateline.date is None or dateline.latest is None:
        return
    end = dateline.latest + GRACE if dateline.latest < date.max - GRACE else dateline.latest

    titles = analysis.title_mentions
    for mention in analysis.dates:
        span = _interval(mention)
        if span is None or not _year_certain(mention):
            continue
        sentence = analysis.sentence_at(mention.start)
        if sentence is None:
            continue
        tense = _clause_tense(analysis, mention, sentence)
        if tense is None or _modifies_noun(analysis.document.text, mention):
            continue
        if tense.tense == "past" and span[0] > end and not _attached_to_noun(sentence, tense, mention):
            yield analysis.finding("tense-vs-dateline", _past_message(analysis, mention, sentence, tense, titles),
                                   sentence, mention.start, mention.end)
        elif tense.tense == "future" and (tense.cue_before or _fronted(sentence, mention)) and \
                span[1] < dateline.date - FUTURE_SLACK and mention.kind == "absolute" and not tense.reported and \
                (not _noun_between(sentence, tense, mention) or _dates_the_verb(analysis, sentence, tense, mention)):
            message = (f"The article's dateline is {dateline.date} ({_basis(dateline)}); {mention.text} is before "
                       f"it, yet the sentence speaks of it in the future ('{tense.cue}').")
            yield analysis.finding("tense-vs-dateline", message, sentence, mention.start, mention.end)


@check(id="title-anachronism", severity="warning",
       summary="A role title that does not fit the date: President-elect after the inauguration, former before leaving",
       example="WASHINGTON, Dec. 26, 2024 — President-elect Donald Trump, who was sworn in on January 20, "
               "met his economic advisers.")
def title_anachronism(analysis: "Analysis") -> Iterator[Finding]:
    """A title states a fact about time: "President-elect" holds from the election to the inauguration,
    "former" only once the holder has left office (AP style). A title that contradicts the dateline,
    or a President-elect said to have already taken office, tells the reader the piece was edited out
    of time. Role periods come from rules/timelines/ (person, role, from, to; editable) and from the
    user's timeline rules (``kind: timeline`` in the folders named by ``rules =``).
    The reference date is a dated year in the same sentence for a title that names an office held at
    that time ("In 2008, President-elect ..."), else the article's dateline (one with an upper bound: not
    merely the latest past event the text reports); "former" always speaks of the dateline ("Former
    President Obama visited the region in 2016" is right in 2026). A bare title for someone who has
    left ("President Trump" in 2022) is standard for the events of the term and persists as a courtesy
    in quotes: it is flagged only in a sentence about the dateline itself (present or future verbs, or
    a statement reported as news within three years of leaving).
    """
    dateline = analysis.dateline
    if dateline.date is None or dateline.latest is None:
        return
    from ..nlp.temporal.roles import office_event_near

    for title in analysis.title_mentions:
        if not title.terms:
            continue
        sentence = analysis.sentence_at(title.start)
        if sentence is None:
            continue
        ref = (None if title.modifier == "former" else _reference(analysis, sentence, title)) or \
            (dateline.date, dateline.date)  # "former" is the person's status when the article is written
        if title.modifier:
            message = _title_problem(title, ref, dateline.date)
        else:
            message = _plain_title_problem(analysis, title, sentence)
        if message is None and title.modifier == "elect":
            event = office_event_near(sentence.text)
            term = _upcoming(title.terms, ref[0])
            if event and _past_event(analysis, sentence, event) and _event_is_titles(analysis, sentence, title,
                                                                                       event, term):
                start = f" (the term starts on {_spoken(term.start)})" if term else ""
                message = (f"'{sentence.text[title.start - sentence.start:title.end - sentence.start]}': "
                           f"a {title.role}-elect has not yet taken office, yet the sentence says "
                           f"'{event.group()}' in the past tense{start}; on the article's dateline, "
                           f"{dateline.date}, {title.terms[0].person} was still {title.role}-elect.")
        if message:
            yield analysis.finding("title-anachronism", message, sentence, title.start, title.end,
                                   evidence=_term_evidence(title.terms))


@check(id="dateline-conflict", severity="warning", summary="Metadata and the text put the article on different dates",
       example="Officials met on Thursday, December 26, and again on Monday, December 30, to agree the budget.\n"
               "(on a page whose metadata says it was published on 2023-06-01)")
def dateline_conflict(analysis: "Analysis") -> Iterator[Finding]:
    """When the page's publication date says one thing and the text's own weekday-date pairs fit no
    year compatible with it (or a date line at the top of the text, or a second publication date far
    from the first, says another), the piece was probably republished or mis-stamped, and every
    "yesterday" and "next week" in it is read against the wrong day. The text's own date is used as
    the dateline; the editor should confirm which is right (or pass --dateline). Modified dates,
    secondary <time> elements and a second itemprop (comments, sidebars) are never rivals, and pairs
    of the same year (an event still to come, or earlier that year) are compatible.
    """
    if analysis.options.dateline is not None:
        return
    from ..nlp.temporal import dateline_conflict as conflict_of

    conflict = conflict_of(analysis.document, analysis.sentences, analysis.today, analysis.text_spans)
    sentence = analysis.headline or (analysis.sentences[0] if analysis.sentences else None)
    if conflict is None or sentence is None:
        return
    message = (f"The document gives two dates: {conflict.first} ({conflict.first_basis}) and {conflict.second} "
               f"({conflict.second_basis}). Relative dates are read against {analysis.dateline.date}.")
    yield analysis.finding("dateline-conflict", message, sentence)


@check(id="dateline-missing", severity="info", summary="No date the article speaks from could be found",
       example="The council voted to close the library and to move its collection to the town hall.")
def dateline_missing(analysis: "Analysis") -> Iterator[Finding]:
    """Without a dateline, "yesterday", "last week" or a bare "January 20" cannot be placed, and the
    tense and title checks stay silent. Signals looked for: metadata dates, a weekday named with its
    date in the text, a dated event reported in the past. Pass --dateline YYYY-MM-DD to supply one.
    """
    if analysis.dateline.date is not None:
        return
    sentence = analysis.headline or (analysis.sentences[0] if analysis.sentences else None)
    if sentence is None:
        return
    message = ("No dateline found (no metadata date, no weekday named with its date such as 'Thursday, "
               "December 26', no dated past event): relative dates cannot be checked. Pass --dateline YYYY-MM-DD.")
    if analysis.dateline.basis.startswith("only a weak stamp"):  # "3 days ago" in a saved file: counted from what?
        message = (f"No dateline: {analysis.dateline.basis}; a saved page does not say when it was fetched, so "
                   "relative dates cannot be checked. Pass --dateline YYYY-MM-DD.")
    yield analysis.finding("dateline-missing", message, sentence)


__register__ = [tense_vs_dateline, weekday_mismatch, impossible_date, title_anachronism, dateline_conflict,
                dateline_missing]


def _years_fitting(month: int, day: int, weekday: int, around: int, count: int = 3) -> list[int]:
    years = [y for y in range(around - 15, around + 16)
             if day <= calendar.monthrange(y, month)[1] and date(y, month, day).weekday() == weekday]
    return sorted(sorted(years, key=lambda y: abs(y - around))[:count])


def _spoken(day: date) -> str:
    return f"{calendar.month_name[day.month]} {day.day}, {day.year}"


def _month_day(day: date) -> str:
    return f"{calendar.month_name[day.month]} {day.day}"


def _impossible_message(mention: DateMention) -> str:
    numbers = re.findall(r"\d+", mention.text)
    month = next((i for i, name in enumerate(calendar.month_name) if name and re.search(
        rf"\b{name[:3]}", mention.text, re.I)), None)
    year = next((int(n) for n in numbers if len(n) == 4), None)
    if month == 2 and "29" in numbers and year:
        return f"'{mention.text}' does not exist: {year} is not a leap year, so February has 28 days."
    if month:
        days = calendar.monthrange(year or 2024, month)[1]
        return f"'{mention.text}' does not exist: {calendar.month_name[month]} has {days} days."
    return f"'{mention.text}' is not a valid calendar date."


def _interval(mention: DateMention) -> tuple[date, date] | None:
    """First and last day a DATE value covers (day, month, season, quarter or year granularity)."""
    v = mention.value
    if mention.type != "DATE" or not v or not v[:4].isdigit():
        return None
    y = int(v[:4])
    if re.fullmatch(r"\d{4}-\d\d-\d\d", v):
        d = date.fromisoformat(v)
        return d, d
    if m := re.fullmatch(r"\d{4}-(\d\d)", v):
        mo = int(m.group(1))
        return date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1])
    if m := re.fullmatch(r"\d{4}-Q([1-4])", v):
        q = int(m.group(1))
        return date(y, 3 * q - 2, 1), date(y, 3 * q, calendar.monthrange(y, 3 * q)[1])
    if m := re.fullmatch(r"\d{4}-(SP|SU|FA|WI)", v):
        start = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[m.group(1)]
        return date(y, start, 1), (date(y, start + 3, 1) if start < 12 else date(y + 1, 3, 1)) - timedelta(days=1)
    if re.fullmatch(r"\d{4}", v):
        return date(y, 1, 1), date(y, 12, 31)
    return None


def _year_certain(mention: DateMention) -> bool:
    """An absolute date: a written or timeline-fixed year. A relative date ("next year", "tomorrow") is
    counted from the dateline, so it cannot contradict it (and often dates an embedded clause: "to send
    landers next year"); a fiscal year runs on its own calendar."""
    return mention.kind != "fiscal" and (mention.explicit_year or mention.kind == "anchored")


def _clause_tense(analysis: "Analysis", mention: DateMention, sentence: Sentence):
    """The tense of the mention's clause, or None when the clause is quoted, planned or hedged."""
    from ..nlp.temporal.tense import clause_of, fiction_frame, forecast_words, later_note, plan_words, tense_of

    offset = sentence.start
    masks = tuple((d.start - offset, d.end - offset) for d in analysis.in_sentence(analysis.dates, sentence)
                  if d is not mention)
    s, e = mention.start - offset, mention.end - offset
    text = analysis.document.text
    if later_note(text[text.rfind("\n", 0, sentence.start) + 1:sentence.start + len(sentence.text)]):
        return None  # a paragraph opened by "Update:" or "Editor's note:" speaks from its own later time
    if mention.kind != "relative" and not _PREPOSITION.search(sentence.text[max(0, s - 12):s]):
        return None
    tense = tense_of(sentence.text, s, e, headline=sentence.is_headline, masks=masks)
    fronted = _fronted(sentence, mention)
    if fronted and tense.tense == "past" and _MODAL.search(sentence.text):
        return None  # "In 2025, the company said, profits would double": the date may belong to 'would'
    clause = sentence.text if fronted else clause_of(sentence.text, s, e, masks)
    if tense.quoted or tense.plan or not (tense.same_clause or fronted) or plan_words().search(clause) or \
            _INSTITUTIONAL.search(clause) or tense.tense not in ("past", "future") or \
            forecast_words().search(sentence.text) or fiction_frame(sentence.text) or \
            _owned_by_phrase(sentence.text, s):
        return None
    return tense


def _owned_by_phrase(text: str, start: int) -> bool:
    """"bonds maturing in 2030", "the meeting on May 5": an -ing word before the date's preposition owns
    the date (a participle or a noun), not the sentence's past verb."""
    return bool(_ING_BEFORE.search(text[max(0, start - 40):start]))


def _fronted(sentence: Sentence, mention: DateMention) -> bool:
    """"On Jan. 5, 2021, the department will publish ...": a date opening the sentence dates its main verb."""
    s, e = mention.start - sentence.start, mention.end - sentence.start
    return bool(_FRONT.fullmatch(sentence.text[:s])) and sentence.text[e:e + 1] == ","


def _modifies_noun(text: str, mention: DateMention) -> bool:
    """"last year's results", "a budget for next year": the date qualifies a noun, it does not date the verb."""
    if text.startswith(("'s", "’s"), mention.end):
        return True
    return mention.kind == "relative" and bool(_PURPOSE.search(text[max(0, mention.start - 10):mention.start]))


def _attached_to_noun(sentence: Sentence, tense, mention: DateMention) -> bool:
    """"tickets went on sale for the concert in July 2025", "clinched a ticket to the tournament in
    2020", "tapped three companies to send landers in 2021": a prepositional noun phrase or an
    infinitive between the verb and the date may own the date."""
    at = sentence.text.rfind(tense.cue, 0, mention.start - sentence.start)
    between = sentence.text[at + len(tense.cue):mention.start - sentence.start] if at >= 0 else ""
    between = _without_role(between)
    return bool(_NOUN_PP.search(between) or _INFINITIVE.search(between))


def _without_role(between: str) -> str:
    """The words between verb and date less a closing "as <role>" phrase ("confirmed Clinton as secretary
    of state on ..."): a role names no event, so its "of" phrase does not own the date. Kept whole when
    a word of the phrase is a noun with a date of its own ("as head of the summit on ...")."""
    from ..rules import load_lexicon
    from ..nlp.temporal.tense import dated_nouns

    m = _AS_ROLE.search(between)
    if m is None:
        return between
    words = [w.lower() for w in re.findall(r"[A-Za-z-]+", m.group())]
    heads = {str(w).lower() for w in load_lexicon("role_titles").get("role_heads", ())}
    if m.group("head").lower() not in heads or any(w in dated_nouns() or w.endswith("ing") for w in words):
        return between
    return between[:m.start()] + " "


def _noun_between(sentence: Sentence, tense, mention: DateMention) -> bool:
    """True when a noun phrase sits between the verb and the date ("will celebrate its opening in 1990"):
    the date may then belong to the noun, not to the future verb."""
    at = sentence.text.rfind(tense.cue, 0, mention.start - sentence.start)
    between = sentence.text[at + len(tense.cue):mention.start - sentence.start] if at >= 0 else ""
    return bool(_DETERMINER.search(between))


def _dates_the_verb(analysis: "Analysis", sentence: Sentence, tense, mention: DateMention) -> bool:
    """"will vote on the coalition agreement on November 11, 2005", "will open its new arena in May
    2019": a day-precise "on" date or a month-precise "in" date after a short object of a
    forward-looking verb dates the verb, unless the object is an event with a date of its own ("the
    attack on") or the verb looks back ("will mark the anniversary"). Only against a high-confidence
    dateline."""
    from ..nlp.temporal.tense import dated_nouns, retrospective_verbs

    value = mention.value or ""
    precision = _PRECISION.get(len(value)) if re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", value) else None
    if analysis.dateline.confidence != "high" or precision is None:
        return False
    at = sentence.text.rfind(tense.cue, 0, mention.start - sentence.start)
    between = sentence.text[at + len(tense.cue):mention.start - sentence.start] if at >= 0 else ""
    m = _VERB_OBJECT_ON.fullmatch(between)
    if m is None or m.group("prep").lower() != precision or m.group("verb").lower() in retrospective_verbs():
        return False
    words = m.group("object").lower().split()
    return not any(w in dated_nouns() or w.endswith("ing") for w in words)


def _basis(dateline) -> str:
    basis = dateline.basis
    if basis.startswith("weekday-date pairs in the text: "):
        return "from " + basis.split(": ", 1)[1].split(" (fits")[0] + " in the text"
    if basis.startswith("--dateline"):
        return "given with --dateline"
    return basis.split(";")[0]


def _past_message(analysis: "Analysis", mention: DateMention, sentence: Sentence, tense, titles) -> str:
    dateline = analysis.dateline
    shown = mention.text if mention.explicit_year else f"{mention.text} ({mention.value[:4]})"
    message = (f"The article's dateline is {dateline.date} ({_basis(dateline)}); {shown} is after it, "
               f"yet the sentence uses the past tense ('{_verb_phrase(sentence, tense, mention)}')")
    elect = next((t for t in titles if t.modifier == "elect" and sentence.start <= t.start < sentence.end), None)
    if elect is not None:
        message += f" and calls him {elect.role}-elect"
    return message + "."


def _verb_phrase(sentence: Sentence, tense, mention: DateMention) -> str:
    """The words from the verb to the date, without the date's preposition: "took office", "was sworn in"."""
    end = mention.start - sentence.start
    at = sentence.text.rfind(tense.cue, 0, end)
    if at < 0:
        return tense.cue
    words = re.sub(r"\s+(?:on|in|at|during)\s*$", "", sentence.text[at:end].strip()).split()
    return " ".join(words[:4])


def _reference(analysis: "Analysis", sentence: Sentence, title) -> tuple[date, date] | None:
    """The period the title's clause speaks of when it names a year ("In 2019, former ..."), else None.

    A date after the title inside a relative clause ("Kohl, who brought Merkel into his cabinet in 1991")
    dates that clause, not the title."""
    spans = []
    for d in analysis.in_sentence(analysis.dates, sentence):
        between = analysis.document.text[title.end:d.start] if d.start >= title.end else ""
        if d.explicit_year and not _RELATIVE.search(between):
            spans.append(_interval(d))
    spans = [s for s in spans if s]
    return max(spans, key=lambda s: s[0]) if spans else None


def _near_dateline(analysis: "Analysis", sentence: Sentence) -> date | None:
    """The day a sentence's own day-dated mention names when it lies within two weeks of the dateline."""
    for d in analysis.in_sentence(analysis.dates, sentence):
        span = _interval(d)
        if span and span[0] == span[1] and abs((span[0] - analysis.dateline.date).days) <= 14:
            return span[0]
    return None


def _title_problem(title, ref: tuple[date, date], dateline: date) -> str | None:
    """Why the title does not fit the reference period, or None (also when one namesake would fit it)."""
    people = {t.person for t in title.terms}
    problems = [_person_problem(title, [t for t in title.terms if t.person == p], ref, dateline) for p in people]
    return problems[0] if all(problems) else None


def _person_problem(title, terms, ref: tuple[date, date], dateline: date) -> str | None:
    name, role = terms[0].person, title.role
    when = f"on the article's dateline, {dateline}" if ref == (dateline, dateline) else f"in {ref[0].year}"
    holding = [t for t in terms if t.holds(ref[0]) and t.holds(ref[1])]
    if title.modifier == "former" and holding:
        return (f"'former {role} {title.name}': {name} was {role} {when} (in office since "
                f"{_spoken(holding[0].start)}).")
    if title.modifier == "former" and not any(t.end and t.end <= ref[1] for t in terms):
        first = min(t.start for t in terms)
        if first > ref[1]:
            return f"'former {role} {title.name}': {name} only became {role} on {_spoken(first)}, after that."
    if title.modifier == "elect":
        if _elect_valid(terms, ref[0]) or _elect_valid(terms, ref[1]):
            return None
        if holding:
            return (f"'{role}-elect {title.name}': {name} was already {role} {when} "
                    f"(took office on {_spoken(holding[0].start)}).")
        upcoming = _upcoming(terms, ref[0], days=400)
        if upcoming and upcoming.elected and ref[1] < upcoming.elected:
            return (f"'{role}-elect {title.name}': {when}, {name} had not yet been elected "
                    f"(election of {_spoken(upcoming.elected)}).")
    return None


def _plain_title_problem(analysis: "Analysis", title, sentence: Sentence) -> str | None:
    """A bare title ("Prime Minister Rishi Sunak") for someone not in office at the time the sentence
    speaks of: only when it lies near the dateline, and only for a departure within STALE_TITLE (two
    full terms) or an office not yet taken (a title the writer could not have known)."""
    text = analysis.document.text
    if _OUTGOING.search(text[max(0, title.start - 12):title.start]) or text.startswith(("'s", "’s"), title.end):
        return None  # "outgoing Chancellor ...", "President Reagan's library" (a name, not a title)
    if not _SUBJECT_START.search(text[max(sentence.start, title.start - 40):title.start]):
        return None  # "served under President Obama": the title names the time spoken of
    dateline = analysis.dateline.date
    day = _near_dateline(analysis, sentence)
    if day is None and _reference(analysis, sentence, title) is not None:
        return None  # "President Obama signed the law in 2010": dated history, titled as it was then
    day = day or dateline
    problems = []
    for person in {t.person for t in title.terms}:
        terms = [t for t in title.terms if t.person == person]
        if any(t.holds(day) for t in terms):
            return None
        ended = [t.end for t in terms if t.end and (day - t.end).days > 1]
        ahead = [t.start for t in terms if t.start > day]
        role = title.role
        if ahead and not ended or ahead and min(ahead) - day <= timedelta(days=100):
            problems.append(f"'{role} {title.name}': on {day}, {person} was not yet {role} (took office on "
                            f"{_spoken(min(ahead))}); the title is '{role}-elect' or none.")
        elif ended and day - max(ended) <= STALE_TITLE and _speaks_of_now(sentence, title, day - max(ended)):
            problems.append(f"'{role} {title.name}': on {day}, {person} was no longer {role} (left office on "
                            f"{_spoken(max(ended))}); write 'former {role}'.")
        else:
            return None
    return problems[0] if problems else None


def _speaks_of_now(sentence: Sentence, title, since_leaving: timedelta) -> bool:
    """A sentence about the dateline itself: present or future verbs only, or a statement reported as
    news ("Prime Minister Rishi Sunak told the Commons") soon after the holder left; the title outside quotes.

    A title after leaving office is standard usage for the events of the term ("President Trump tied
    himself to the outcome"), and courtesy titles persist in quotes."""
    from ..nlp.temporal.tense import main_clause, reporting_verbs, verb_tenses

    before = sentence.text[:max(0, title.start - sentence.start)]
    quoted = before.count('"') % 2 or before.count("“") > before.count("”")
    if quoted or sentence.text.lstrip().startswith(("\"", "“")):
        return False
    tenses = verb_tenses(main_clause(sentence.text))
    if tenses & {"present", "future"} and not tenses & {"past", "present-perfect", "future-in-past", "conditional"}:
        return True
    after = sentence.text[title.end - sentence.start:]
    verb = _REPORTED.match(after)
    return since_leaving <= RECENT_DEPARTURE and verb is not None and \
        reporting_verbs().fullmatch(verb.group("verb")) is not None


def _elect_valid(terms, day: date) -> bool:
    return any((t.elected or t.start - timedelta(days=100)) <= day < t.start for t in terms)


def _upcoming(terms, day: date, days: int = 100):
    ahead = [t for t in terms if 0 < (t.start - day).days <= days]
    return min(ahead, key=lambda t: t.start) if ahead else None


def _past_event(analysis: "Analysis", sentence: Sentence, event: re.Match) -> bool:
    """True when the office-taking phrase is told as done ("took office", "was sworn in")."""
    before = sentence.text[max(0, event.start() - 25):event.start()].lower()
    phrase = event.group().lower()
    if re.search(r"\b(?:will|would|to|could|may|might|before|until|expected|scheduled|set|due)\s+(?:be\s+)?$", before):
        return False
    return (phrase.startswith(("took", "came", "assumed", "entered"))
            or bool(re.search(r"\b(?:was|were|had been|has been)\s+$", before)))


def _event_is_titles(analysis: "Analysis", sentence: Sentence, title, event: re.Match, term) -> bool:
    """The office-taking phrase is about the titled person's coming term: not a report of someone else's
    ("said Biden had been sworn in") and not dated before that term ("who first took office in 2017",
    "sworn in as a senator in 2023")."""
    from ..nlp.temporal.tense import reporting_verbs

    text = analysis.document.text
    start = sentence.start + event.start()
    if start > title.end and reporting_verbs().search(text, title.end, start):
        return False
    if term is None:
        return True
    end = sentence.start + event.end()
    for d in analysis.in_sentence(analysis.dates, sentence):
        span = _interval(d)
        if d.explicit_year and span and span[1] < term.start and 0 <= d.start - end <= 40:
            return False  # the event's own date
    return True


def _term_evidence(terms) -> tuple[Evidence, ...]:
    return tuple(Evidence(text=f"{t.person}, {t.role}: {t.start} to {t.end or 'present'}",
                          source=t.source, date=t.start.isoformat()) for t in terms)
