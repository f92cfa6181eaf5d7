"""Numbers in news copy: value, unit, the noun counted, the hedge around it, and whether two agree.

"about 12,000 North Korean soldiers" -> 12000, noun "soldiers", hedge "about". Years, calendar dates and
clock times are left to the date tagger. Agreement follows how reporters round and hedge: "about 60%"
agrees with 59.7%, "more than 120,000" with 121,000, while 412 seats does not agree with 411.
"""
import bisect
import functools
import itertools
import math
import re
from types import SimpleNamespace

from ..lazy_pattern import LazyPattern
from ..model import NumberMention
from ..rules import load_lexicon
from .tokens import finditer_in_stretches

# a price in eighths as markets quoted them ("13 5/8", "1/8"), a number with thousands separators, a decimal
_FRACTION = r"(?:\d{1,4}\s)?\d{1,2}/(?:2|4|8|16|32|64)(?![\d/])"
# thousands may be grouped by a space as in French and SI style ("38 000 shares", "1 250 000")
_SPACED = r"\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?![\d,.]?\d|-[a-z])"
_NUM = rf"{_FRACTION}|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|{_SPACED}|\d+(?:\.\d+)?"
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_LETTERS = re.compile(r"[a-z]+")
_DIGIT = re.compile(r"\d")
_DIGITS = LazyPattern(r"\d[\d,]*(?:\.\d+)?")
_MONTH_BEFORE = re.compile(r"([A-Z][a-z]+)\.?\s+(?:the\s+)?$")
_MONTH_AFTER = re.compile(r"(?:\s+of)?\s+([A-Z][a-z]+)")
_PER = re.compile(r"(?:\s+|-)(?:a|an|per|each)[\s-]+(share|head|person|barrel|ton|tonne|ounce|gallon|litre|liter|"
                  r"kilogram|pound|year|month|week|day|hour|unit)\b(?!\s+(?:ago|earlier|before|later)\b)",
                  re.I)  # "$3.625 a share", "a $32-a-share offer": a rate; "$27.1 million a year earlier" is no rate
_YEARLY = LazyPattern(r"\s+(?:annually|yearly|each\s+year|every\s+year)\b", re.I)  # "7.6% annually": per year
_SHARE_OF = LazyPattern(r"\s+of\s+(?:the\s+|its\s+|their\s+)?\d{1,3}(?:,\d{3})*(?!\d)(?!\.\d)")
_ADVERB_PARTICIPLE = re.compile(r"[a-z]{2,}ly\s+[a-z]{3,}(?:ed|en)\b")  # "newly issued", "recently hired"
_PHRASE_BREAK = re.compile(r"[.,;:!?()\"—–]")
_OPENING_QUOTES = frozenset(('"', "“"))
_EXCLUSION_HINTS = re.compile("|".join(re.escape(h) for h in (
    "-", "/", ":", "'", ".m.", "am", "pm", "AM", "PM", "GMT", "UTC", "ET", "ago", "earlier", "later", "now")))


@functools.cache
def _excluded_spans() -> re.Pattern:
    """Dates, times and codes a figure may sit in (compiled the first time _EXCLUSION_HINTS finds a hint)."""
    return re.compile(
        r"\b\d{4}-\d{2}-\d{2}\b"  # ISO dates
        r"|\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b"  # 12/26, 12/26/2024
        r"|\b\d{1,2}(?::\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|UTC\b|ET\b|EST\b)"  # 10 a.m., 3:30pm
        r"|\b\d{1,2}:\d{2}(?::\d{2})?\b"  # 10:30
        r"|\b\d{4}s\b|'\d0s\b"  # the 1990s, the '90s
        r"|\b\d+\s+(?:second|minute|hour|day|week|month|year|decade)s?\s+(?:ago|from\s+now)\b"
        r"|[A-Za-z]+-\d+\b|\b[A-Z]+\d+\b",  # F-16, COVID-19, G7
    )


class _Lexicon(SimpleNamespace):
    """The number lexicons (rules/lexicons/number_units, number_hedges):
    built once per process."""
    hedges_before: dict[str, str]
    hedge_ends: frozenset[str]  # the last word of each hedge before a figure ("than" of "more than")
    hedges_after: dict[str, str]
    approx: float
    below: float
    strict_bounds: frozenset[str]  # bounds that exclude their own figure ("more than two": not two)
    scales: dict[str, float]
    currency_scales: dict[str, float]
    currencies: dict[str, str]
    currency_units: frozenset[str]
    scaled_only: frozenset[str]  # currency signs that are one only before a scale word ("#2.5 billion")
    units: dict[str, str]
    score_words: frozenset[str]
    scale_units: frozenset[str]  # scales a figure is read on, named beside it ("magnitude 5.8", "Category 4")
    noun_group: dict[str, str]
    generic: frozenset[str]
    increments: frozenset[str]
    months: dict[str, int]
    spelled: dict[str, int]
    function_words: frozenset[str]
    not_nouns: frozenset[str]
    populated_places: frozenset[str]  # "a suburb of 50,000" counts its people
    collectives: frozenset[str]  # "a crowd of 6,000" counts the crowd
    parents: frozenset[str]  # "a mother of five" counts her children
    sums_of: frozenset[str]  # "a fee of $15 million" is the fee
    counted_states: frozenset[str]
    held_as_re: re.Pattern  # what a count taken or held is held as ("240 were taken hostage")
    hedge_after_re: re.Pattern
    unit_re: re.Pattern
    glued_units: frozenset[str]
    start_re: re.Pattern
    spelled_re: re.Pattern
    spelled_words: frozenset[str]
    fractions: dict[str, float]
    fraction_words: frozenset[str]
    fraction_tolerance: float
    fraction_re: re.Pattern
    pattern: re.Pattern
    durations: dict[str, float]


def find_numbers(text: str) -> list[NumberMention]:
    """Every number in ``text`` with its value, unit, noun and hedge, in order of appearance."""
    lex = _lexicon()
    found: list[NumberMention] = []
    pos = 0 if _DIGIT.search(text) else len(text)
    while (start := lex.start_re.search(text, pos)) is not None:
        m = lex.pattern.match(text, start.start())
        mention = None if m is None or _excluded(text, m) else _mention(text, m, lex)
        if mention is None:
            # past the figure read, not the range it seemed to open ("in 2017 to 13 percent": 13 percent is one)
            pos = max(m.end("num") if m and m.group("num") else m.end() if m else 0, start.end())
            continue
        found.append(mention)
        pos = mention.end
    words = set(_LETTERS.findall(text.lower()))
    if "half" in words and "and" in words:  # before fractions and spelled numbers: "two and a half million"
        _add_disjoint(found, _and_a_half(text, lex))
    if not lex.fraction_words.isdisjoint(words):  # before spelled numbers: "two-thirds of"
        found.extend(_fractions(text, found, lex))
        found.sort(key=lambda n: n.start)
    vague = "of" in words and not words.isdisjoint(_VAGUE_OF) \
        or ("several" in words or "few" in words) and not words.isdisjoint(_VAGUE_SCALES)
    if vague:  # before spelled numbers: "several thousand veterans" is no thousand
        _add_disjoint(found, _vague_counts(text, lex))
    if not lex.spelled_words.isdisjoint(words) or "a" in words and not words.isdisjoint(lex.scales):
        found.extend(_spelled_numbers(text, found, lex))
        found.sort(key=lambda n: n.start)
    if "to" in words or "between" in words:  # "six to seven minutes", "between two and three days"
        found = _spelled_ranges(text, found, lex)
    if not _DECADES.keys().isdisjoint(words):
        found.extend(_age_decades(text))
        found.sort(key=lambda n: n.start)
    if not words.isdisjoint(lex.durations) and ("a" in words or "an" in words or "one" in words):
        _add_disjoint(found, _single_spans(text, lex))
    if "quarter" in words or "quarters" in words:  # "a quarter of an hour", "three-quarters of an hour"
        found = _quarter_hours(text, found, lex)
    if "fold" in text:  # "risen twentyfold", as "a 10-fold increase" is read
        _add_disjoint(found, _spelled_folds(text, lex))
    if "both" in words:
        _add_disjoint(found, _both(text))
    if "but" in words and "all" in words:
        found = _all_but(text, found)
    if "twice" in words or "thrice" in words:
        found.extend(_repetitions(text, lex))
        found.sort(key=lambda n: n.start)
    if "in" in words or "every" in words or "out" in words:
        found = _ratios(text, found, lex)
    if "to" in words:
        found = _to_pairs(text, found, lex)
    if not words.isdisjoint(lex.scale_units):
        found = _on_scales(text, found, lex)
    if "he" in words or "she" in words or "who" in words:
        found = [_stated_age(text, n) for n in found]
    return _carry_nouns(text, found)


# "The Guardian said he is 23.", "she was 17 when she died": a bare figure said of a person is an age
_PERSON_IS = LazyPattern(r"\b(?:he|she|who)(?:\s+(?:is|was)|['’]s)\s+$", re.I)
_CLAUSE_END = LazyPattern(r"\s*(?:[.,;:!?)\"”’]|$|(?:when|at\s+the\s+time)\b)", re.I)


def _stated_age(text: str, n: NumberMention) -> NumberMention:
    if n.noun is not None or n.unit is not None or n.value is None or not 0 < n.value < 130 \
            or not _PERSON_IS.search(text, max(0, n.start - 12), n.start) or not _CLAUSE_END.match(text, n.end):
        return n
    return n._replace(noun="age")


# "7 out of 10 women", "one in five adults", "three of every four voters": a share, as "70 percent of women"
_RATIO_BEFORE = LazyPattern(r"\b([A-Za-z]+|\d+)\s+(?:out\s+of|in(?:\s+every)?|of\s+every)\s+$", re.I)


def is_ratio(m: NumberMention) -> bool:
    """A share written as a part of a whole ("7 out of 10", "one in five")."""
    return m.unit == "%" and _RATIO_WORDS.search(m.text) is not None


_RATIO_WORDS = LazyPattern(r"\s(?:out\s+of|in|of\s+every)\s", re.I)


def _ratios(text: str, found: list[NumberMention], lex: _Lexicon) -> list[NumberMention]:
    """``found`` with each count told as a part of a whole merged into one share of the whole, hedged as its part
    is ("More than four in five", "Nearly one in three")."""
    out: list[NumberMention] = []
    for b in found:
        m = _RATIO_BEFORE.search(text, max(0, b.start - 30), b.start) \
            if b.unit is None and b.upper is None and b.value else None
        part = None if m is None else count_value(m.group(1))
        if part is None or not 0 < part < b.value <= 1000 or b.noun and singular(b.noun.lower()) in span_units():
            # (not "at 5 in 10 minutes")
            out.append(b)
            continue
        a = out[-1] if out and out[-1].start == m.start(1) else None
        if out and out[-1].end > m.start(1) and a is None:
            out.append(b)  # the part is inside another mention
            continue
        if a is not None:
            out.pop()
        share = 100 * part / b.value
        hedge = (a.hedge if a else None) or _hedge_before(text, m.start(1), lex) \
            or (None if share.is_integer() else "about")  # "one in three": 33.3%
        out.append(NumberMention(text=text[m.start(1):b.end], start=m.start(1), end=b.end, value=share, unit="%",
                                 noun=b.noun, hedge=hedge))
    return out


def _on_scales(text: str, found: list[NumberMention], lex: _Lexicon) -> list[NumberMention]:
    """``found`` with each figure on a named scale given that scale as its unit, whichever side the word stands
    ("magnitude 5.3", "a magnitude-5.8 quake", "a 5.8-magnitude earthquake", "a Category 4 storm")."""
    out = [n._replace(unit=n.noun.lower(), noun=None) if n.unit is None and n.noun and n.noun.lower() in lex.scale_units
           else n for n in found]
    for m in _SCALE_BEFORE.finditer(text):
        if m.group(1).lower() not in lex.scale_units:
            continue
        out = _in_place(out, NumberMention(text=m.group(2), start=m.start(2), end=m.end(2), value=float(m.group(2)),
                                           unit=m.group(1).lower()))
    return out


_SCALE_BEFORE = re.compile(r"\b([A-Za-z]+)[\s-](\d{1,2}(?:\.\d+)?)(?![\w.]?\d|-[A-Za-z])")


def _to_pairs(text: str, found: list[NumberMention], lex: _Lexicon) -> list[NumberMention]:
    """``found`` with each pair of figures written with "to" merged into one, like "8-2": a ratio or a vote
    ("leverage of 43 to 1", "a 34-to-1 leverage ratio", "voted 9 to 1"), the first above the second or told
    with a word of scores; not a range ("5 to 10 people") nor a change ("cut from 10 to 5")."""
    out = list(found)
    for m in _TO_PAIR.finditer(text):
        first, second = float(m.group(1)), float(m.group(2))
        near = {w.lower() for w in _WORD.findall(text[max(0, m.start() - 30):m.end() + 30])}
        before = [w.lower() for w in _WORD.findall(text[max(0, m.start() - 30):m.start()])][-3:]
        if not (first > second or near & lex.score_words) or {"from", "by", *_CHANGE_VERBS} & set(before):
            continue
        out = _in_place(out, NumberMention(text=m.group(), start=m.start(), end=m.end(), value=first, unit="score",
                                           upper=second))
    return out


def _in_place(found: list[NumberMention], mention: NumberMention) -> list[NumberMention]:
    """``found`` (in order) with ``mention`` put in place of the mentions it overlaps: a reading of the words that
    wins over the figures read in them first ("43 to 1" over "43" and "1")."""
    kept = [n for n in found if n.end <= mention.start or n.start >= mention.end]
    return sorted(kept + [mention], key=lambda n: n.start)


_TO_PAIR = re.compile(r"(?<![\w.,/-])(\d{1,3})(?:\s+to\s+|-to-)(\d{1,2})(?!\w|[.,]\d)")


def _add_disjoint(found: list[NumberMention], more: list[NumberMention]) -> None:
    """Add to ``found`` (kept in order) the mentions of ``more`` that overlap none already found."""
    taken = [(n.start, n.end) for n in found]
    found.extend(n for n in more if not any(s < n.end and n.start < e for s, e in taken))
    found.sort(key=lambda n: n.start)


_SINGLE_SPAN = LazyPattern(r"\b(?:(half)\s+)?(an?|one(?!\s+day))\s+(minute|hour|day|week|fortnight|month|year|decade|"
                           r"century)(?![\w-])", re.I)  # not "one day" (some day)
_RATE_BEFORE = LazyPattern(r"(?:\d|\b(?:of|times|twice|thrice|once|per|every|each|[a-z]+teen|[a-z]+ty|one|two|three|"
                           r"four|five|six|seven|eight|nine|ten|eleven|twelve|hundred|thousand|million|billion))"
                           r"(?:\s+[a-z]+)?\s+$", re.I)


def _single_spans(text: str, lex: _Lexicon) -> list[NumberMention]:
    """One span of time written with an article or "one": "more than an hour", "nearly a year", "half a century"
    (not a rate: "$5 a year", "30,000 barrels a day", "three times a week"; nor "a quarter of a century")."""
    out = []
    for m in _SINGLE_SPAN.finditer(text):
        if _RATE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue
        start = m.start(1) if m.group(1) else m.start(2)
        half = None if m.group(1) else _AND_A_HALF_AFTER.match(text, m.end())
        end = half.end() if half else m.end(2)  # "a minute and a half": the whole phrase, its noun within
        value = 0.5 if m.group(1) else 1.5 if half else 1.0
        out.append(NumberMention(text[start:end], start, end, value, None, m.group(3), _hedge_before(text, start, lex)))
    return out


def _quarter_hours(text: str, found: list[NumberMention], lex: _Lexicon) -> list[NumberMention]:
    """``found`` with "a quarter of an hour" (0.25 hour) and "three-quarters of an hour" (0.75, not a count of
    three quarters) read as spans of time."""
    for m in _QUARTER_HOUR.finditer(text):
        value = 0.75 if m.group(1).lower() == "three" else 0.25
        found = _in_place(found, NumberMention(m.group(), m.start(), m.end(), value, None, "hour",
                                               _hedge_before(text, m.start(), lex)))
    return found


def _spelled_folds(text: str, lex: _Lexicon) -> list[NumberMention]:
    """A spelled multiplier ("tenfold", "twenty-fold") as the figure "10-fold" is."""
    return [NumberMention(m.group(), m.start(), m.end(), float(lex.spelled[m.group(1).lower()]), None, "fold",
                          _hedge_before(text, m.start(), lex))
            for m in _SPELLED_FOLD.finditer(text) if m.group(1).lower() in lex.spelled]


_SPELLED_FOLD = re.compile(r"\b([A-Za-z]+?)-?fold\b")  # "tenfold", "twenty-fold"
_QUARTER_HOUR = re.compile(r"\b(an?|one|three)[\s-]+quarters?\s+of\s+an\s+hour\b", re.I)
_AND_A_HALF_AFTER = re.compile(r"\s+and\s+a\s+half\b", re.I)  # "a minute and a half": 1.5 minutes
_AND_A_HALF = LazyPattern(r"\b(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[\s-]+and[\s-]+a"
                          r"[\s-]+half(?:\s+(thousand|million|billion|trillion))?\b", re.I)


def _and_a_half(text: str, lex: _Lexicon) -> list[NumberMention]:
    """A count and a half: "two and a half minutes" (2.5), "two and a half million dollars" (2.5 million)."""
    out = []
    for m in _AND_A_HALF.finditer(text):
        whole = m.group(1).lower()
        value = (float(whole) if whole.isdigit() else float(lex.spelled.get(whole, 1))) + 0.5  # "one": not spelled
        if m.group(2):
            value *= lex.scales[m.group(2).lower()]
        out.append(_finish(text, m.start(), m.end(), value, None, None, lex))
    return out


# "both planes", "both of his eyes", "both the victims": two of a thing (not "both Kenya and Tanzania")
_BOTH = LazyPattern(r"\b(both)\s+(?:of\s+)?(?:(?:the|these|those|his|her|their|its|our|my|your)\s+)?([a-z]+s)\b"
                    r"(?!\s+and\b)", re.I)


def _both(text: str) -> list[NumberMention]:
    """"both" before a plural noun, as the count of two it is ("photos of both planes" is "two planes")."""
    return [NumberMention(m.group(1), m.start(1), m.end(1), 2.0, None, m.group(2).lower(), None)
            for m in _BOTH.finditer(text)]


_ALL_BUT = LazyPattern(r"\ball\s+but\s+([a-z]+|\d+)\s+of\s+(?:the\s+|its\s+|their\s+|these\s+|those\s+)?", re.I)


def _all_but(text: str, found: list[NumberMention]) -> list[NumberMention]:
    """"all but one of the 13 states" as the count it is (12 states), beside the whole (13)."""
    out = found
    for m in _ALL_BUT.finditer(text):
        whole = next((n for n in found if n.start == m.end()), None)
        short = count_value(m.group(1))
        if whole is None or whole.value is None or short is None or not 0 < short < whole.value:
            continue
        out = _in_place(out, NumberMention(text[m.start():m.end(1)], m.start(), m.end(1), whole.value - short,
                                           whole.unit, whole.noun, None))
    return out


_REPEATED = LazyPattern(r"\b(twice|thrice)\b", re.I)


def _repetitions(text: str, lex: _Lexicon) -> list[NumberMention]:
    """"twice" and "thrice" as the counts of times they are ("stabbed twice" is "stabbed two times")."""
    return [NumberMention(m.group(), m.start(), m.end(), 2.0 if m.group(1).lower() == "twice" else 3.0,
                          None, "times", _hedge_before(text, m.start(), lex)) for m in _REPEATED.finditer(text)]


# a count told by its order of magnitude: "dozens of audience members" (24 to 199), "hundreds of" (200 to 999),
# "thousands of", "tens of thousands of", "hundreds of thousands of", "millions of", "tens of millions of",
# "billions of", "hundreds of billions of"; "a couple of" is two; "several thousand veterans" and "a few hundred
# protesters" as "thousands of" and "hundreds of"
_VAGUE = {"dozens": (24, 199), "hundreds": (200, 999), "thousands": (2_000, 9_999), "millions": (2e6, 999e6),
          "billions": (2e9, 999e9), "couple": (2, 2), "hundred": (200, 999), "thousand": (2_000, 9_999),
          "million": (2e6, 9.99e6)}
_VAGUE_OF = frozenset(("dozens", "hundreds", "thousands", "millions", "billions", "couple"))  # "... of"
_VAGUE_SCALES = frozenset(("hundred", "thousand", "million"))  # "several ...", "a few ..."
_VAGUE_TENS = {"thousands": 1_000, "millions": 1e6, "billions": 1e9}  # "tens of thousands": 20,000 to 99,999
_VAGUE_COUNT = LazyPattern(r"\b(?:(tens|hundreds)\s+of\s+(thousands|millions|billions)"
                          r"|(dozens|hundreds|thousands|millions|billions)"
                          r"|(?<![\w-])an?\s+(couple))\s+of\s+(?=[a-z])"
                          r"|\b(?:several|a\s+few)\s+(hundred|thousand|million)\s+(?=[a-z])", re.I)


def _vague_counts(text: str, lex: _Lexicon) -> list[NumberMention]:
    out = []
    for m in _VAGUE_COUNT.finditer(text):
        if m.group(2):  # "tens of thousands": 20,000 to 99,999; "hundreds of millions": 200 to 999 million
            scale = _VAGUE_TENS[m.group(2).lower()]
            low, high = (20 * scale, 99.999 * scale) if m.group(1).lower() == "tens" else (200 * scale, 999.999 * scale)
        else:
            low, high = _VAGUE[(m.group(3) or m.group(4) or m.group(5)).lower()]
        noun = _noun_after(text, m.end() - 1, lex)
        if noun is None or is_generic(noun):
            continue  # "for thousands of years": no count of anything
        following = _WORD.match(text, m.end())
        if following and following.group()[0].isupper() and following.group().lower() not in _people_words():
            continue  # "billions of US taxpayers dollars", "billions of U.S. tax payers dollars": of what, unsure
            # (not "tens of thousands of Cuban women", "millions of Americans")
        out.append(NumberMention(text=m.group().strip(), start=m.start(), end=m.end() - 1, value=float(low),
                                 unit=None, noun=noun, hedge=None, upper=None if low == high else float(high)))
    return out


# an age told by its decade: "in his fifties" (50 to 59), "in her late seventies" (77 to 79), "their early teens"
_DECADES = {"teens": 13, "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
            "seventies": 70, "eighties": 80, "nineties": 90}
_AGE_DECADE = LazyPattern(r"\b(?:his|her|their)\s+((?:(early|mid|late)[\s-]+)?(" + "|".join(_DECADES) + r"))\b",
                         re.I)
_DECADE_PART = {None: (0, 9), "early": (0, 3), "mid": (4, 6), "late": (7, 9)}


def _age_decades(text: str) -> list[NumberMention]:
    out = []
    for m in _AGE_DECADE.finditer(text):
        base = _DECADES[m.group(3).lower()]
        lo, hi = _DECADE_PART[m.group(2).lower() if m.group(2) else None]
        low, high = base // 10 * 10 + lo, base // 10 * 10 + hi
        if base == 13:  # the teens run 13 to 19: early 13 to 15, late 17 to 19
            low, high = max(13, low), max(15, high)
        out.append(NumberMention(text=m.group(1), start=m.start(1), end=m.end(1), value=float(low), unit=None,
                                 noun="age", hedge=None, upper=float(high)))
    return out


_FROM_BEFORE = LazyPattern(r"\b(?:from|by)\s+(?:[a-z]+\s+)?$", re.I)  # "from about 800", "by 5,000"
_TO_AFTER_NOUN = LazyPattern(r"\s+to\s+(?:[a-z]+\s+)?", re.I)  # "... soldiers to about 150"


def _carry_nouns(text: str, found: list[NumberMention]) -> list[NumberMention]:
    """The end of a change that leaves its noun unsaid counts the start's ("from about 800 soldiers to
    about 150": 150 soldiers; "the number of job cuts by 5,000 to 55,000": 55,000 job cuts), and so does the
    figure a comparison measures against ("reached 46,797 megawatts, well above the 44,947 recorded on Friday",
    "much lower than the 46,797 he saw")."""
    if len(found) < 2:
        return found
    out = list(found)
    for k, (x, y) in enumerate(zip(found, found[1:]), start=1):
        if x.noun is None or y.unit != x.unit or y.upper is not None:
            continue
        rest = text[x.end:y.start]
        rest = rest.lstrip()[len(x.noun):] if rest.lstrip().startswith(x.noun) else rest
        if y.noun is None and _TO_AFTER_NOUN.fullmatch(rest) \
                and _FROM_BEFORE.search(text, max(0, x.start - 30), x.start):
            out[k] = y._replace(noun=x.noun)
        elif (y.noun is None or _PARTICIPLE_AFTER.match(text, y.end)) \
                and _COMPARED_TO.fullmatch(rest[rest.find(x.noun) + len(x.noun):] if x.noun in rest else rest):
            out[k] = y._replace(noun=x.noun)  # (past the noun's other words: "33,905 cubic metres, well above")
    return out


# a comparison's baseline right after a figure: ", well above the", ", much lower than the", " compared with"
_COMPARED_TO = LazyPattern(r",?\s+(?:(?:well|far|much|just|slightly)\s+)?(?:above|below|higher\s+than|lower\s+than|"
                           r"more\s+than|less\s+than|compared\s+with|compared\s+to)\s+(?:the\s+)?", re.I)
_PARTICIPLE_AFTER = LazyPattern(r"\s+[a-z]+(?:ed|en)\s+(?:on|in|at|by|last|a|the)\b")  # "recorded on Friday", "seen on"


_FRACTION_AFTER = LazyPattern(r"\s+(?:of\s+(?!an?\b)|(?:the|its|their|his|her|our)\b)", re.I)  # not "of a mile"
_FRACTION_BY = LazyPattern(r"\bby\s+(?:[a-z]+\s+){0,2}$", re.I)  # "fell by more than half"
_FRACTION_NOT_AFTER = LazyPattern(r"\b(?:first|second|third|fourth|final|last|latter|other|and|a|the|top|bottom|"
                                  r"upper|lower|back|front|better|western|eastern|northern|southern)\s+$", re.I)
_OF_A_SCALE = LazyPattern(r"\s+(?:of\s+)?an?\s+([a-z]+)\b", re.I)
_SCALE_RIGHT_AFTER = LazyPattern(r"[\s-]+([a-z]+)\b", re.I)
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4}


def _fractions(text: str, found: list[NumberMention], lex: _Lexicon) -> list[NumberMention]:
    """Fractions in words as percentages ("more than half of its capital", "a fifth of Du Pont", "two-thirds
    of the seats", "cut by half"), where they count a share: before "of" or a determiner, or after "by"
    ("the third quarter" is a period, "the second half of 1989" a time, "two and a half" no share).

    ``found`` (the digit mentions) is sorted and disjoint, so only the last one starting before a fraction
    ends can overlap it: one bisect a fraction, not a pass over every mention (issue 14)."""
    out = []
    starts = [n.start for n in found]
    for m in finditer_in_stretches(lex.fraction_re, text, _fraction_cue(), _WORD_RUN_ENDS):
        count = _COUNTS[m.group("count").casefold()] if m.group("count") else None
        fraction = m.group("fraction").casefold()
        if fraction == "half" and count is None:
            count = 1
        if count is None or (count > 1) != bool(m.group("plural")) or (fraction == "half" and count > 1):
            continue
        i = bisect.bisect_left(starts, m.end()) - 1  # the last mention starting before the fraction ends
        if i >= 0 and found[i].end > m.start():
            continue
        # "a quarter of a billion dollars", "half a million", "a half million", "a half-million"
        scaled = _OF_A_SCALE.match(text, m.end()) or _SCALE_RIGHT_AFTER.match(text, m.end())
        if scaled and scaled.group(1).casefold() in lex.scales:
            value = count * lex.fractions[fraction] / 100 * lex.scales[scaled.group(1).casefold()]
            out.append(_finish(text, m.start(), scaled.end(), value, None, None, lex))
            continue
        before = text[max(0, m.start() - 30):m.start()]
        if _FRACTION_NOT_AFTER.search(before) or not (_FRACTION_AFTER.match(text, m.end())
                                                        or _FRACTION_BY.search(before)):
            continue
        out.append(_finish(text, m.start(), m.end(), count * lex.fractions[fraction], "%", None, lex))
    return out


# Fractions and spelled numbers are words, white space and hyphens: these marks end the stretches of
# text their patterns run over (tokens.finditer_in_stretches).
_WORD_RUN_ENDS = ',.;:!?()[]"“”'


@functools.cache
def _fraction_cue() -> re.Pattern:
    """The fraction words, one of which every fraction_re match holds (a word start, ignoring case)."""
    return _words_cue(str(k).split()[0] for k in _lexicon().fractions)


@functools.cache
def _scale_cue() -> re.Pattern:
    """The scale words, one of which every _A_SCALE match holds. (The words spelled numbers open with
    are too common for a cue to save anything.)"""
    return _words_cue(_A_SCALE_WORDS)


def _words_cue(words) -> re.Pattern:
    return re.compile("|".join(re.escape(w) for w in sorted({w.lower() for w in words}, key=len, reverse=True)))


def _spelled_numbers(text: str, found: list[NumberMention], lex: _Lexicon) -> list[NumberMention]:
    """Spelled numbers ("two officials", "two hundred and thirty four Americans", "one point six billion
    dollar") not inside a digit mention; ``found`` is sorted and disjoint."""
    out = []
    starts = [n.start for n in found]
    runs = list(lex.spelled_re.finditer(text)) + list(finditer_in_stretches(_A_SCALE, text, _scale_cue(),
                                                                            _WORD_RUN_ENDS))
    for run in sorted(runs, key=lambda r: r.start()):
        tokens = [(w.group().lower(), run.start() + w.start(), run.start() + w.end())
                  for w in _LETTERS_ANY.finditer(run.group())]
        article = _ARTICLE_BEFORE.search(text, max(0, run.start() - 4), run.start())
        if article and tokens[0][0] in _COUNTED_BY_ARTICLE:  # "a hundred people", "a dozen"
            tokens.insert(0, (article.group(1).lower(), article.start(1), article.end(1)))
        k = 0
        if len(tokens) > 2 and tokens[0][0] == "one" and tokens[1][0] == "point" and _AT_BEFORE.search(
                text, max(0, run.start() - 4), run.start()):
            k = 2  # "At one point three windows were open": the idiom, then a count
        while k < len(tokens):
            parsed = _spelled_value(tokens, k, lex)
            if parsed is None:
                k += 1
                continue
            value, start, end, k = parsed
            i = bisect.bisect_left(starts, end) - 1
            if i >= 0 and found[i].end > start:
                continue
            mention = _finish(text, start, end, value, None, None, lex)
            if mention.noun is not None or mention.unit is not None:
                out.append(mention)
    return out


_LETTERS_ANY = re.compile(r"[A-Za-z]+")
_A_SCALE_WORDS = ("thousand", "million", "billion", "trillion")
_A_SCALE = re.compile(rf"\ban?\s+(?:{'|'.join(_A_SCALE_WORDS)})\b", re.I)  # "a million tweets"
_ARTICLE_BEFORE = re.compile(r"\b(an?)\s+$", re.I)
_AT_BEFORE = re.compile(r"\bat\s+$", re.I)
_COUNTED_BY_ARTICLE = frozenset(("hundred", "thousand", "million", "billion", "trillion", "dozen"))
_DIGIT_WORDS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9}


def _spelled_ranges(text: str, found: list[NumberMention], lex: _Lexicon) -> list[NumberMention]:
    """A spelled count and the one after "to" (or "and" after "between") read as one range, as "6 to 7 minutes"
    is: "six to seven minutes" is 6-7 minutes, not 7 (the first word, with no noun of its own, was left
    unread). Not a change ("rose from two to three")."""
    out = found
    for n in found:
        if n.upper is not None or n.unit is not None or not n.text.isalpha():
            continue
        lead = _SPELLED_RANGE_LEAD.search(text, max(0, n.start - 30), n.start)
        if lead is None:
            continue
        start = lead.start(1)
        tokens = [(w.group().lower(), start + w.start(), start + w.end()) for w in _LETTERS_ANY.finditer(lead.group(1))]
        parsed = _spelled_value(tokens, 0, lex)
        value = parsed[0] if parsed is not None and parsed[3] == len(tokens) else \
            1.0 if [t[0] for t in tokens] == ["one"] else None  # "one to two hours": a lone "one" opens a range
        if not value or value >= n.value or any(m.start <= start < m.end for m in found):
            continue
        if lead.group(2).strip().lower() == "and" and not _BETWEEN.search(text, max(0, start - 30), start) \
                or _preceded_by(text, start, ("from", "by", *_CHANGE_VERBS)):
            continue
        out = _in_place(out, NumberMention(text[start:n.end], start, n.end, float(value), None, n.noun,
                                           _hedge_before(text, start, lex), n.value))
    return out


_SPELLED_RANGE_LEAD = re.compile(r"(?<![\w-])((?:[A-Za-z]+-)?[A-Za-z]+)(\s+to\s+|\s+and\s+)$")


def _spelled_value(tokens: list[tuple[str, int, int]], k: int, lex: _Lexicon):
    """The number spelled from ``tokens[k]`` on, read as far as English number words compose ("twenty six
    hundred", "two hundred and thirty four", "one point six billion"): (value, start, end, next index), or
    None when no number starts there. A lone "one" is no figure ("one of them")."""
    total, current, last, scale_before = 0.0, 0.0, None, math.inf
    start, end, i = tokens[k][1], tokens[k][2], k
    if tokens[k][0] in ("a", "an"):
        last, i = "article", k + 1
    while i < len(tokens):
        word = tokens[i][0]
        value = lex.spelled.get(word, _DIGIT_WORDS.get(word))
        scale = lex.scales.get(word)
        if word == "and" and last in ("hundred", "scale") and i + 1 < len(tokens) \
                and lex.spelled.get(tokens[i + 1][0], 100) < 100:
            last = "and"
        elif word == "point" and last in ("unit", "teen", "tens") and i + 1 < len(tokens) \
                and tokens[i + 1][0] in _DIGIT_WORDS:
            digits = ""
            while i + 1 < len(tokens) and tokens[i + 1][0] in _DIGIT_WORDS:
                i += 1
                digits += str(_DIGIT_WORDS[tokens[i][0]])
            current += float("0." + digits)
            last = "decimal"
        elif scale is not None and last in ("unit", "teen", "tens", "hundred", "decimal", "article") \
                and scale < scale_before:
            total += (current or 1) * scale
            current, last, scale_before = 0.0, "scale", scale
        elif word == "hundred" and last in (None, "unit", "teen", "tens", "article"):
            current, last = (current or 1) * 100, "hundred"
        elif word == "dozen" and last in (None, "unit", "article"):
            current, last = (current or 1) * 12, "dozen"
        elif value is not None and word != "zero" and 1 <= value <= 9 and (
                last in (None, "hundred", "scale", "and") or last == "tens" and current % 10 == 0):
            current, last = current + value, "unit"
        elif value is not None and 10 <= value <= 19 and last in (None, "hundred", "scale", "and"):
            current, last = current + value, "teen"
        elif value is not None and 20 <= value <= 90 and value % 10 == 0 and last in (None, "hundred", "scale", "and"):
            current, last = current + value, "tens"
        else:
            if last == "teen" and i == k + 1 and (value or 0) >= 10:
                return None  # "nineteen ninety-one": a year spoken
            break
        end = tokens[i][2]
        i += 1
    if last in (None, "article", "and") or (i == k + 1 and tokens[k][0] == "one"):
        return None
    return total + current, start, end, i


def interval(m: NumberMention) -> tuple[float, float]:
    """The values ``m`` allows, given its rounding and its hedge."""
    lex = _lexicon()
    if m.value is None:
        return (math.nan, math.nan)
    half = _precision(m) / 2
    lo, hi = m.value - half, (m.upper if m.upper is not None else m.value) + half
    kind = hedge_kind(m.hedge)
    if kind == "approximate":
        # "about 300" allows a tenth either way; "about 5.9 million", written to a decimal, one unit of its
        # last digit (5.8 to 6.0 million: 5.4 million is another figure)
        written = _DIGITS.search(m.text)
        tolerance = 2 * half if written and "." in written.group() else m.value * lex.approx
        return (min(lo, m.value - tolerance), max(hi, hi + tolerance))
    if kind == "below":
        return (m.value * (1 - lex.below), m.value)
    if kind == "minimum":
        return (m.value, math.inf)
    if kind == "maximum":
        return (-math.inf, m.upper if m.upper is not None else m.value)
    return (lo, hi)


def _few(m: NumberMention) -> bool:
    """A count of a few things, told one by one (a whole number under ten, of no unit)."""
    return m.unit is None and m.value is not None and m.value == int(m.value) and 0 < m.value < 10


BOUND_RATIO = 1.25  # "more than 12,000" vs "more than 21,000" differ; "more than 120" vs "more than 110" agree


def agree(a: NumberMention, b: NumberMention) -> bool:
    """Whether two mentions of the same quantity can both be true."""
    if a.unit == "score" or b.unit == "score" or a.unit == "ordinal" or b.unit == "ordinal":
        return (a.value, a.upper) == (b.value, b.upper)
    written_exact = (a.hedge is None, b.hedge is None)  # before a retelling is made rough (below)
    if is_span(a) and a.unit == b.unit and time_word(a) != time_word(b):
        # a span retold in another unit is retold roughly ("90 days" / "three months", "52 weeks" / "a year")
        a, b = a._replace(hedge=a.hedge or "about"), b._replace(hedge=b.hedge or "about")
    if a.unit != b.unit and same_measure(a, b):
        b = in_unit(b, a.unit)  # a length in another unit ("a 50-foot crab" / "some 15 metres long")
    if a.upper is not None and b.upper is not None and not (hedge_kind(a.hedge) or hedge_kind(b.hedge)):
        return _ends_agree(a, b)
    kind = hedge_kind(a.hedge)
    for (bound, other), other_exact in zip(((a, b), (b, a)), reversed(written_exact)):
        if hedge_kind(bound.hedge) in ("minimum", "maximum", "below") and hedge_kind(other.hedge) == "approximate":
            # "fewer than 100,000" and "about 110,000": the rough figure itself must meet the bound (not a figure
            # written exactly, on the bound that excludes it: "more than two days" / "a 48-hour order"; "over" a
            # span of time is also "during" it: "over two decades" / "over the past 20 years")
            hedge = (bound.hedge or "").lower()
            if other_exact and other.value == bound.value and hedge in _lexicon().strict_bounds \
                    and not (hedge == "over" and is_span(bound)):
                return False
            lo, hi = interval(bound)
            return lo <= other.value <= hi
        if hedge_kind(bound.hedge) in ("minimum", "maximum") and not hedge_kind(other.hedge) \
                and bound.upper is None and other.upper is None and _few(bound) and _few(other) \
                and bound.value == other.value and (bound.hedge or "").lower() in _lexicon().strict_bounds:
            return False  # "more than two candidates" is not "only two candidates"
    if kind in ("minimum", "maximum") and kind == hedge_kind(b.hedge) and min(a.value, b.value) > 0:
        # "more than 20,000" and "more than 2,000" can both be true, but not both be what the source
        # said: two bounds in the same direction agree only when they are close (and bounds on a few things
        # counted one by one only when equal: "at least five states" is not "at least four states")
        if _few(a) and _few(b):
            return a.value == b.value
        return max(a.value, b.value) / min(a.value, b.value) <= BOUND_RATIO
    if not (hedge_kind(a.hedge) or hedge_kind(b.hedge) or a.upper is not None or b.upper is not None):
        # unhedged figures agree when the finer one rounds to the coarser as written: "1,850" is not "1,800"
        # (it rounds to 1,900), "$117.375" is "$117 3/8", "$2.45 million" is "$2.5 million"
        fine, coarse = sorted((a, b), key=_precision)
        step = _precision(coarse)
        return coarse.value - step / 2 - 1e-9 <= fine.value < coarse.value + step / 2 - 1e-9
    lo_a, hi_a = interval(a)
    lo_b, hi_b = interval(b)
    if lo_a == hi_a or lo_b == hi_b:
        return lo_a <= hi_b and lo_b <= hi_a
    if hedge_kind(a.hedge) == hedge_kind(b.hedge) == "approximate" and a.upper is None and b.upper is None:
        # two rough figures agree when each is within the other's reach, not when their reaches merely touch:
        # "about 25 seconds" is not "about 30 seconds", "about 300" is "about 310"
        # (the finer within the coarser's reach: "roughly $24 million" is "about $24.4 million")
        fine, coarse = sorted((a, b), key=_precision)
        lo, hi = interval(coarse)
        if _precision(fine) < _precision(coarse):
            return lo <= fine.value <= hi
        return lo_b <= a.value <= hi_b and lo_a <= b.value <= hi_a
    return lo_a < hi_b and lo_b < hi_a


def _ends_agree(a: NumberMention, b: NumberMention) -> bool:
    """Two ranges agree when their ends do, each within the rounding of the figure as written."""
    half = max(_precision(a), _precision(b)) / 2
    return abs(a.value - b.value) <= half and abs(a.upper - b.upper) <= half


def same_quantity(a: NumberMention, b: NumberMention) -> bool:
    """Whether ``a`` and ``b`` count the same kind of thing (unit and noun).

    A bare figure with a scale word ("2 million Rwanda Hutus") is a quantity too: the scale is never dropped.
    """
    if a.value is None or b.value is None or a.unit != b.unit and not same_measure(a, b):
        return False
    if a.noun is None and b.noun is None:
        if a.unit is None:
            return bool(scale_word(a) and scale_word(b))
        return a.unit not in ("ordinal",)
    return a.noun is not None and b.noun is not None and noun_key(a.noun) == noun_key(b.noun)


# units of one measure, with the size of each in the measure's base unit: lengths in metres, data in bytes
_MEASURES = {"m": ("length", 1.0), "km": ("length", 1000.0), "cm": ("length", 0.01), "mm": ("length", 0.001),
             "mi": ("length", 1609.344), "ft": ("length", 0.3048), "in": ("length", 0.0254),
             "KB": ("data", 1e3), "MB": ("data", 1e6), "GB": ("data", 1e9), "TB": ("data", 1e12)}


def same_measure(a: NumberMention, b: NumberMention) -> bool:
    """Both measure one thing in units of one kind, whichever: lengths ("50ft", "15 metres", "3 miles") or sizes
    of data ("39 kilobytes", "39 megabytes")."""
    return a.unit in _MEASURES and b.unit in _MEASURES and _MEASURES[a.unit][0] == _MEASURES[b.unit][0]


def in_unit(m: NumberMention, unit: str) -> NumberMention:
    """A measure told in another unit of its kind ("50 ft" in m: 15.24; "39 KB" in MB: 0.039)."""
    factor = _MEASURES[m.unit][1] / _MEASURES[unit][1]
    return m._replace(value=m.value * factor, upper=None if m.upper is None else m.upper * factor, unit=unit)


def span_units() -> frozenset[str]:
    """The units of a span of time ("minute", "year", "fortnight"), singular."""
    return frozenset(_lexicon().durations)


def is_money(m: NumberMention) -> bool:
    """A sum in a currency ("$631 million", "RM6.162 million", "EUR 9.99")."""
    return m.unit is not None and m.unit in _lexicon().currency_units


def is_span(m: NumberMention) -> bool:
    """A span of time counted in seconds (unit "s", or "s ago" and the like for one told from a point)."""
    return m.unit is not None and (m.unit == "s" or m.unit.startswith("s "))


def time_word(m: NumberMention) -> str:
    """The unit a span of time is written in ("minute" of "30 minutes")."""
    return singular(m.noun.lower()) if m.noun else ""


def in_seconds(m: NumberMention) -> NumberMention:
    """A span of time counted in seconds ("30 minutes": unit "s", 1800; its noun stays), so that spans written
    in other units compare ("more than an hour"); any other figure as it is."""
    if m.unit is not None or m.noun is None or m.value is None:
        return m
    factor = _lexicon().durations.get(singular(m.noun.lower()))
    if factor is None:
        return m
    return m._replace(value=m.value * factor, upper=None if m.upper is None else m.upper * factor, unit="s")


def scale_word(m: NumberMention) -> str | None:
    """The scale word written with the figure ("million" in "$12.97 million"), lowercased; None without one."""
    lex = _lexicon()
    for word in _WORD.findall(m.text.lower()):
        if word in lex.scales or word in lex.currency_scales:
            return word
    return None


def noun_key(noun: str) -> str:
    """The singular of ``noun``, mapped to its group's first member (troops -> soldier); for a list of nouns
    ("guest rooms, suites and signature cabins"), the keys of the nouns each item ends in (cabin+room+suite)."""
    items = _LIST_ITEMS.split(noun)
    if len(items) > 1:
        return "+".join(sorted({noun_key(item.split()[-1]) for item in items if item.split()}))
    if noun.lower() in _peoples():
        return _lexicon().noun_group.get("person", "person")  # "9,000 Soviets" are Soviet citizens
    word = singular(noun.lower().replace("-", ""))  # "north-east" / "northeast", "e-mails" / "emails"
    word = american(_lexicon().noun_group.get(word, word))  # "colours" / "colors"
    return _lexicon().noun_group.get(word, word)


_LIST_ITEMS = LazyPattern(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")


_BRITISH = ((LazyPattern(r"([a-z]{3,})our(s|ed|ing)?$"), r"\1or\2"),  # neighbour, labour, favoured
            (LazyPattern(r"([a-z]{2,}[^aeiou])re(s|d)?$"), r"\1er\2"),  # centre, theatre, metres
            (LazyPattern(r"([a-z]{2,})ence(s)?$"), r"\1ense\2"),  # defence, licence, offences
            (LazyPattern(r"([a-z]{3,})is(e|es|ed|ing|ation|ations)$"), r"\1iz\2"),  # organised, realise
            (LazyPattern(r"([a-z]{3,}[aeiou])ll(ed|ing|er|ers)$"), r"\1l\2"),  # travelled, cancelling
            (LazyPattern(r"^programme(s)?$"), r"program\1"))


def american(word: str) -> str:
    """A British spelling as American spelling ("travelling" / "traveling", "programme" / "program",
    "defence" / "defense", "colours" / "colors"), so that a retelling in the other spelling holds the word
    (both sides alike)."""
    if not _BRITISH_ENDING.search(word):
        return word  # most words end in none of the British endings: one test instead of six
    for pattern, replacement in _BRITISH:
        word = pattern.sub(replacement, word)
    return word


_BRITISH_ENDING = LazyPattern(r"(?:our(?:s|ed|ing)?|re[sd]?|ences?|is(?:e|es|ed|ing|ation|ations)|ll(?:ed|ing|er|ers)"
                              r"|programmes?)$")


def singular(word: str) -> str:
    """A crude English singular: soldiers -> soldier, casualties -> casualty, people stays people."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "ches", "shes", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def hedge_kind(hedge: str | None) -> str | None:
    """approximate, below, minimum, maximum or None for a hedge phrase."""
    if not hedge:
        return None
    lex = _lexicon()
    return lex.hedges_before.get(hedge) or lex.hedges_after.get(hedge)


def spelled_words() -> frozenset[str]:
    """The words numbers are spelled with ("one", "twelve", "hundred"), lowercased."""
    return _lexicon().spelled_words


def spelled_values() -> dict[str, int]:
    """Each spelled number of rules/lexicons/number_units.yaml, lowercased, with its value ("twelve": 12)."""
    return _lexicon().spelled


def count_value(word: str, article: bool = False) -> float | None:
    """A count written as one word: digits ("12"), "one" or a spelled number ("twelve"), and with ``article``
    "a" ("a week ago"); else None. (The spelled numbers of the lexicon leave out "one", which is as often a
    pronoun.)"""
    word = word.lower()
    if word.isdigit():
        return float(word)
    return 1.0 if word == "one" or article and word == "a" else spelled_values().get(word)


def is_generic(noun: str | None) -> bool:
    """Nouns too generic to compare (days, years, times)."""
    return noun is None or singular(noun.lower()) in _lexicon().generic


def describe(m: NumberMention) -> str:
    """The mention as a reader would quote it: 'about 12,000 soldiers', 'age 81', 'age late seventies'."""
    if m.noun == "age":
        return " ".join(p for p in ("age", m.hedge or "", m.text) if p)
    written = m.noun is not None and re.search(rf"\b{re.escape(m.noun)}\b", m.text, re.I) is not None
    noun = "" if written or m.noun == "times" and m.text.lower() in ("twice", "thrice") else m.noun
    parts = [m.hedge or "", m.text, noun or ""]
    return " ".join(p for p in parts if p)


def _mention(text: str, m: re.Match, lex: _Lexicon) -> NumberMention | None:
    if m.group("pair"):
        return _pair(text, m, lex)
    cur, num, word_scale, cscale, pct, ordinal = m.group("cur", "num", "scale", "cscale", "pct", "ord")
    scale = word_scale or cscale
    if cur and cur.strip() in lex.scaled_only and not scale:
        return None  # "#1 seed" is a rank; "#89.7 million" is wire copy's pound sign
    value = _value(num, scale, cur, lex)
    start = m.start("body")
    last = "pct" if pct else "cscale" if cscale else "scale" if word_scale else "num"
    end = m.end(last)
    if ordinal:
        if _near_month(text, start, m.end("ord"), lex):
            return None
        return _finish(text, start, m.end("ord"), value, "ordinal", None, lex)
    unit = lex.currencies.get(cur.strip()) if cur else None
    if pct:
        unit = "%"
    upper = _upper(text, m, value, cur, scale, lex)
    if upper is not None:
        end = m.end("body")
        unit = "%" if m.group("pct2") else unit
    if _is_year(m, value, unit) or (unit is None and _near_month(text, start, end, lex)):
        return None
    return _finish(text, start, end, value, unit, upper, lex)


def _upper(text: str, m: re.Match, value: float | None, cur: str | None, scale: str | None,
           lex: _Lexicon) -> float | None:
    """The top of a range "4.75% to 5%", "between 10 and 20"; None for "from 10 to 20" or "fell $1.625 to
    $108.625" (a change, and where it ended)."""
    if not m.group("upper") or value is None:
        return None
    sep = m.group("sep").strip().lower()
    start = m.start("body")
    if sep == "to" and (_preceded_by(text, start, ("from", "by", *_CHANGE_VERBS))
                        or _preceded_by(text, start, ("from",), within=3, reach=30)):
        return None  # (also "from the current $154,000 to $220,000")
    if sep == "and" and not _BETWEEN.search(text, max(0, start - 30), start):
        return None
    if m.group("pct") and not m.group("pct2"):
        return None
    upper = _value(m.group("upper"), m.group("scale2") or scale, m.group("cur2") or cur, lex)
    if upper is None or upper <= value:
        return None
    return upper


# "between 10 and 20", "between the ages of 25 and 54"
_BETWEEN = re.compile(r"\bbetween\s+(?:(?:the\s+)?ages?\s+(?:of\s+)?)?$", re.I)

_CHANGE_VERBS = ("fell", "rose", "dropped", "climbed", "slid", "jumped", "gained", "declined", "lost", "added",
                 "eased", "slipped", "advanced", "plunged", "soared", "tumbled", "sank", "surged", "up", "down")


def _pair(text: str, m: re.Match, lex: _Lexicon) -> NumberMention | None:
    value, second = float(m.group("pairnum")), float(m.group("pair"))
    start, end = m.start("body"), m.end("body")
    before = {w.lower() for w in _WORD.findall(text[max(0, start - 30):start])}
    after = {w.lower() for w in _WORD.findall(text[end:end + 30])}
    if (before | after) & lex.score_words or value >= second:
        return NumberMention(text=text[start:end], start=start, end=end, value=value, unit="score",
                             upper=second)
    return _finish(text, start, end, value, None, second, lex)


def _finish(text: str, start: int, end: int, value: float | None, unit: str | None, upper: float | None,
            lex: _Lexicon) -> NumberMention:
    money = unit in lex.currency_units
    if unit is None or money:
        word_unit, end_unit = _unit_after(text, end, lex)
        if word_unit and (unit is None or word_unit == unit):
            unit, end = word_unit, end_unit
    hedge = _hedge_before(text, start, lex)
    rate = _PER.match(text, end)
    if rate is None and _YEARLY.match(text, end):
        noun = "per year"
    else:
        noun = f"per {rate.group(1).lower()}" if rate else _noun_after(text, end, lex, money=unit in lex.currency_units,
                                                                       count=unit is None)
        after = lex.hedge_after_re.match(text, end) if noun is None else None
        if after and lex.hedges_after.get(after.group(1).lower()) == "approximate":
            # "all 130 or so engineers": the noun after a rough figure's hedge (a bound's, "20 or more minutes",
            # is left unread: it would be paired as the same quantity as "30 to 60 minutes" and show nothing)
            noun = _noun_after(text, after.end(), lex, money=unit in lex.currency_units, count=unit is None)
    if noun is not None and unit is None and noun.lower() in lex.durations and _OF_AFTER.match(text, end):
        noun = None  # "roughly double the 33.8 of the week before": one time, not a whole it takes a part of
    if (unit == "%" or money) and noun is not None and noun.endswith("ed") and not noun.endswith("eed"):
        # "51.1% controlled by", "a 12% owned stake", "a charge of $5.3 million related to": a participle,
        # not what is counted
        noun = None
    if money and noun is not None and noun.endswith("ing") and _GERUND_AFTER.match(text, end) \
            and not _DETERMINED.search(text[max(0, start - 12):start]):
        # "it spent $1.32 buying care": a verb and its object, not what the sum is (but "a $2 million building")
        noun = None
    share = _SHARE_OF.match(text, end) if noun is None and unit is None else None
    if share:  # "412 of the 650 seats": a share of a counted whole counts the same noun
        noun = _noun_after(text, share.end(), lex)
    era = _ERA.match(text, end) if noun is None and unit is None else None
    if era:  # "dates back to 5,316 BCE": a year of that era, compared with the years of the same era only
        noun = "BC" if era.group(1).upper().startswith("B") else "AD"
    if noun is None and unit is None:
        noun = _noun_before(text, start, hedge)
    if noun is None and money:  # "a so-called naked no-vote termination fee of $15 million payable to Verizon"
        sum_of = _PLACE_OF.search(_words_before(text, start, hedge))
        noun = sum_of.group(1).lower() if sum_of and sum_of.group(1).lower() in lex.sums_of else None
    if unit is None and _is_age(text, start, end, value, noun):
        noun = "age"
    if noun == "others":  # "killing at least 81 people and injuring more than 1,700 others": the injured
        noun = _counted_by_verb(text, start, hedge) or noun
    if unit is None and noun is not None and noun[:1].islower():
        # "seven doctors, clinic workers and escorts have been murdered": a count of all the kinds listed, not of
        # the first ("three doctors"); kept as written, it counts none of them alone (see noun_key)
        at = text.find(noun, end, end + 60)
        noun_end = at + len(noun)
        head = at > end and _WORDS_BEFORE_NOUN.fullmatch(text, end, at) and not text[noun_end:noun_end + 1].isalnum()
        listed = _listed_nouns(text, noun_end, lex) if head else None
        if listed is not None:
            noun = text[at:listed]
    if hedge is None:
        hedge = _hedge_after(text, end, lex)
    if hedge is None and noun is not None:
        at = text.find(noun, end, end + 40 + len(noun))  # bounded: an unbounded miss reads to the page's end
        hedge = _hedge_after(text, at + len(noun), lex) if at >= 0 else None
    if hedge == "over" and unit is None and noun is not None and singular(noun.lower()) in lex.durations \
            and _OVER_OPENING.search(text, max(0, start - 20), start):
        hedge = None  # "Over four days, attendees will ...": during four days, not more than four
    return NumberMention(text=text[start:end], start=start, end=end, value=value, unit=unit, noun=noun,
                         hedge=hedge, upper=upper)


_OVER_OPENING = LazyPattern(r"(?:^|[.!?,;:(\u2014\u2013\n])\s*[Oo]ver\s+$")  # "over" opening a clause or sentence
_ERA = re.compile(r"\s*(B\.?C\.?(?:E\.?)?|A\.?D\.?|C\.?E\.?)(?![\w])")  # "500 BC", "7,316 BCE", "500 AD", "80 CE"
_AGE_AFTER = re.compile(r"(?:\s+|-)years?(?:\s+|-)old\b", re.I)
_AGE_BEFORE = LazyPattern(r"\b(?:aged|ages?(?:\s+of)?|age\s+of\s+[^.;:,\d]{0,50}?\s+(?:was|is|were))\s+$", re.I)
_TURNS = LazyPattern(r"\b(?:turns|turned|turning|turn)\s+$", re.I)  # "until the child turns 18"


def _is_age(text: str, start: int, end: int, value: float | None, noun: str | None) -> bool:
    """An age, whoever's: "40 years old", "a 21-year-old", "after the age of 62", "aged 81", "The average age of
    all the patients was 62", "Nigel Judah, 58,", "until the child turns 18"."""
    if _AGE_AFTER.match(text, end) or _aged_name(text, start, end, value):
        return True
    before = text[max(0, start - 70):start]
    if ("ge" in before or "GE" in before) and _AGE_BEFORE.search(before):
        return True
    if noun is None and (_AT_THE_TIME.match(text, end) or _WHEN.match(text, end)) \
            and (_PERSON_WAS.search(before) or not text[:start].strip()):
        # "Qiang Qiang was three at the time of the attack", "who was 17 when she died", "Seventeen at the time
        # of the attack, she said" (not "The toll was 12 at the time of the report")
        return True
    if noun is None and value is not None and value < 120 and _ENDS_SENTENCE.match(text, end) \
            and _NAMED_WAS.search(before):
        return True  # "The victim, Nathaly Cartas Leon, was 22.", "Smith was 45." (not "The toll was 12.")
    return noun is None and "urn" in before and _TURNS.search(before) is not None


_AT_THE_TIME = re.compile(r"(?:\s+years?\s+old)?\s+at\s+the\s+time\b", re.I)
_WHEN = re.compile(r"(?:\s+years?\s+old)?,?\s+when\b", re.I)
_ENDS_SENTENCE = re.compile(r"[.!][\"'”’]?(?:\s|$)|\s*$")  # "was 22. Cartas had ...", "was 22"
_NAMED_WAS = re.compile(r"\b(?:he|she|[A-Z][a-z]+[\"'”’]?),?\s+(?:was|is)\s+$")  # ..., known as “Suresh”, was 45
_PERSON_WAS = re.compile(r"\b(?:who|he|she|they|[A-Z][a-z]+)\s+(?:was|were)\s+$")


_COUNTING_VERBS = frozenset(("killing", "injuring", "wounding", "hurting", "arresting", "detaining",
                             "displacing", "evacuating", "infecting", "rescuing"))


def _counted_by_verb(text: str, start: int, hedge: str | None) -> str | None:
    """The state a verb before the figure puts what it counts in: "injuring more than 1,700" -> "injured"."""
    before = text[max(0, start - 40):start].lower().rstrip()
    if hedge and before.endswith(hedge):
        before = before[:-len(hedge)]
    words = _LETTERS.findall(before)
    if words and words[-1] in _COUNTING_VERBS:
        return words[-1][:-3] + "ed"
    return None


_NAME_BEFORE_AGE = LazyPattern(r"\b[A-Z][\w'’-]*[a-z],\s+(?:then\s+)?$")  # "Iair, 21,", "Page, then 26,"


def _aged_name(text: str, start: int, end: int, value: float | None) -> bool:
    """A person's age in apposition: "Nigel Judah, 58, finance director", "Iair, 21, is", "by his mother,
    Cai Tuan, 37." at a sentence's end, "the comedienne, 81, was" (after a described person, between commas)."""
    if value is None or value != int(value) or not 0 < value < 120 or not closes_apposition(text, end):
        return False
    return _NAME_BEFORE_AGE.search(text, max(0, start - 40), start) is not None \
        or text[end:end + 1] == "," and _DESCRIBED_BEFORE_AGE.search(text, max(0, start - 40), start) is not None


# "the comedienne, 81,", "his elderly mother, 79,"
_DESCRIBED_BEFORE_AGE = LazyPattern(r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z'’-]+\s+){0,2}[a-z'’-]+,\s+$")


def closes_apposition(text: str, end: int) -> bool:
    """A comma or the sentence's end right after a figure, as after an age in apposition ("Iair, 21, is",
    "by his mother, Cai Tuan, 37.")."""
    return text[end:end + 1] == "," or _SENTENCE_END.match(text, end) is not None


_SENTENCE_END = re.compile(r"\.(?:\s|$)")


def _value(num: str | None, scale: str | None, cur: str | None, lex: _Lexicon) -> float | None:
    if num is None:
        return None
    if "/" in num:
        value = _fraction(num)
        if value is None:
            return None
    else:
        try:
            value = float(re.sub(r"[,\s]", "", num))
        except ValueError:
            return None
    if scale:
        key = scale.lower()
        factor = lex.scales.get(key) or (lex.currency_scales.get(key) if cur else None)
        if factor:
            value *= factor
    return value


def _fraction(num: str) -> float | None:
    """13.625 for "13 5/8", 0.125 for "1/8"; None unless the fraction is proper and in lowest terms, as a
    price is written ("12/16" and "2/4" are dates)."""
    whole, _, frac = num.rpartition(" ")
    top, bottom = (int(x) for x in frac.split("/"))
    if top >= bottom or top % 2 == 0:
        return None
    return (int(whole) if whole else 0) + top / bottom


def _precision(m: NumberMention) -> float:
    """The rounding step of the number as written: 1.79 million -> 10,000; 12,000 -> 1,000; 412 -> 1;
    "13 5/8" -> 1/8."""
    fraction = re.search(r"/(\d+)", m.text)
    if fraction:
        return 1 / int(fraction.group(1))
    digits = re.search(r"\d[\d,]*(?:\.\d+)?", m.text)
    if not digits and m.value and _lexicon().fraction_re.search(m.text):
        if m.unit == "%":
            return 2 * _lexicon().fraction_tolerance  # "a quarter": 22.5% to 27.5%
        return m.value / 10  # "a quarter of a billion dollars": a round amount
    if not digits or m.value is None:
        return 1.0
    raw = digits.group(0).replace(",", "")
    base = float(raw)
    scale = m.value / base if base else 1.0
    if "." in raw:
        return 10 ** -len(raw.split(".")[1]) * scale
    zeros = len(raw) - len(raw.rstrip("0")) if base else 0
    if scale > 1 and not hedge_kind(m.hedge):  # "$500 million" is exact to the million it names
        return scale
    if base * scale >= 1000 and zeros:
        return 10 ** zeros * scale
    return scale


def _is_year(m: re.Match, value: float | None, unit: str | None) -> bool:
    num = m.group("num") or ""
    if unit is not None or m.group("scale") or m.group("cur") or "," in num or "." in num:
        return False
    return len(num) == 4 and value is not None and 1000 <= value <= 2199


def _near_month(text: str, start: int, end: int, lex: _Lexicon) -> bool:
    before = _MONTH_BEFORE.search(text[max(0, start - 16):start])
    if before and before.group(1).lower() in lex.months:
        return True
    after = _MONTH_AFTER.match(text[end:end + 16])
    return bool(after and after.group(1).lower() in lex.months)


@functools.cache
def _people_words() -> frozenset[str]:
    """Demonyms as written before a noun ("Cuban women") and as peoples counted ("Americans"), lower case."""
    return frozenset(w.lower() for w in load_lexicon("names")["demonyms"]) | _peoples()


@functools.cache
def _peoples() -> frozenset[str]:
    """Plural demonyms ("Americans", "Kenyans"), which a figure counts though they are capitalised: those
    the lexicon writes, and the regular plural of the others ("Cuban": "Cubans", "Soviet": "Soviets"; not
    "Chinese", "British" or "Swiss", which take none); and the groups names.yaml counts as written
    ("Taliban")."""
    words = [w.lower() for w in load_lexicon("names")["demonyms"]]
    return frozenset([w for w in words if w.endswith("s")]
                     + [w + "s" for w in words if not w.endswith(("ese", "sh", "ch", "s", "x", "z"))]) \
        | _counted_groups()


@functools.cache
def _counted_groups() -> frozenset[str]:
    return frozenset(w.lower() for w in load_lexicon("names")["counted_groups"])


def _hedge_before(text: str, start: int, lex: _Lexicon) -> str | None:
    words = text[max(0, start - 40):start].lower().split()
    if words and words[-1] in ("$", "us$", "€", "£", "¥"):
        words.pop()
    if len(words) >= 3 and words[-2] in ("a", "an") and words[-1].isalpha() and words[-3] in lex.hedge_ends:
        words = words[:-2]  # "up to a staggering 11C", "more than a whopping $5 million"
    if len(words) >= 2 and words[-1].endswith(("'s", "’s")) and words[-2] in lex.hedge_ends:
        words.pop()  # "needed more than Twitter's 140 characters"
    if not words or words[-1] not in lex.hedge_ends:
        return None
    for k in (3, 2, 1):
        if len(words) >= k:
            phrase = " ".join(words[-k:])
            if phrase in lex.hedges_before:
                return phrase
    return None


# what a bare figure counts, named before it: "the number of injured in the two blasts at fewer than 1,500",
# "the number of its expected layoffs by 5,000", "Ratners's U.S. store count to about 600"
_NUMBER_OF = LazyPattern(r"\b(?:the|its|their|his|her|our)\s+(?:[a-z]+\s+)?number\s+of\s+((?:[a-z-]+\s+){0,3}?[a-z-]+?)"
                         r"(?:\s+(?:in|of|on|at|by|to|from|for)\b[^.;:()\d]{0,30}?)?"
                         r"(?:\s+(?:rose|fell|grew|climbed|jumped|dropped|declined|increased|stood|reached|hit|topped))?"
                         r"(?:\s+(?:at|by|to|is|was|of))?\s+$", re.I)
_INCLUDING = LazyPattern(r"([^.;:()\d]{1,60}?),?\s+(?:including|among\s+them)\s+$", re.I)  # what a part is of
_PLACE_OF = LazyPattern(r"\b([a-z]+)\s+of\s+$", re.I)  # "a town of 6,000": the place whose people it counts
_COUNT_OF = LazyPattern(r"\b([a-z]+)\s+(?:count|tally)\s+(?:to|at|of|is|was|stood\s+at|reached)\s+$")


def _listed_nouns(text: str, end: int, lex: _Lexicon) -> int | None:
    """Where a list of nouns coordinated with the one ending at ``end`` ends (", clinic workers and escorts",
    " and nurses"), else None: not a verb ("12 people and wounded 30"), another count ("and two civilians",
    "and hundreds more"), a hedge ("five minutes or less") or a phrase with its own determiner ("three men and
    their families")."""
    m = _NOUN_LIST.match(text, end)
    if m is None or not m.group(1) and text[end:m.start(2)].lstrip().startswith(","):
        return None  # (", and" after one noun joins clauses: "in over 10 months, and oil prices slipped")
    items = [item.split() for item in m.group(1).split(",") if item.strip()] + [m.group(2).split()]
    for words in items:
        if words[0] in lex.function_words or words[0] in _OBJECT_DETERMINERS or words[0] in lex.spelled_words \
                or words[0] in lex.not_nouns or words[0].rstrip("s") in lex.scales \
                or any(w.endswith(("ed", "ing")) for w in words):
            return None
    # ... that ends the noun phrase: a stop, a word such as "have" or "in" after it ("and escorts have been
    # murdered") or a present participle ("200 soldiers and civilians participating"), not an object ("caps each
    # user at 150 friends and offers no way to post") nor a clause of its own ("in more than 10 months and oil
    # prices also declined")
    after = _LIST_FOLLOWER.match(text, m.end())
    word = after.group(1).lower() if after is not None and after.group(1) else None
    if after is None or word is not None and not word.endswith("ing") \
            and (word not in lex.function_words or word in _OBJECT_DETERMINERS or word in _NO_LIST_END):
        return None
    return m.end()


_NOUN_LIST = LazyPattern(r"((?:,\s+[a-z]+(?:\s+[a-z]+)?)*),?\s+(?:and|or)\s+((?:[a-z]+\s+)?[a-z]+s)\b(?!\s+of\b)")
_WORDS_BEFORE_NOUN = LazyPattern(r"(?:\s+[a-z-]+)*\s+")  # "seven senior doctors": "senior" between
_NO_LIST_END = frozenset(("no", "a", "an", "also", "still", "already", "now", "then", "just", "only", "too"))
_LIST_FOLLOWER = LazyPattern(r"\s*(?:[.,;:)!?]|$|([A-Za-z]+)\b)")


def _noun_before(text: str, start: int, hedge: str | None) -> str | None:
    before = _words_before(text, start, hedge)
    if "number" in before:
        m = _NUMBER_OF.search(before)
        if m:
            words = m.group(1).split()
            return next((w for w in reversed(words) if _plural(w)), words[-1])  # "shares outstanding": shares
    if "count" in before or "tally" in before:
        m = _COUNT_OF.search(before)
        if m:
            return m.group(1) + "s"
    m = _PLACE_OF.search(before)
    if m and singular(m.group(1).lower()) in _lexicon().populated_places:
        return "people"  # "the west metro suburban community of 50,000": its people
    if m and m.group(1).lower() in _lexicon().parents:  # "a mother of five", "a grandfather of eight": children
        return "children"
    m = _INCLUDING.search(before)
    if m:  # "has properties all over the country including four in California": four properties
        words = _WORD.findall(m.group(1))
        return next((w for w in reversed(words) if w.islower() and _plural(w) and w not in _lexicon().function_words),
                    None)
    return None


def _words_before(text: str, start: int, hedge: str | None) -> str:
    """The text before a figure, without its hedge."""
    before = text[max(0, start - 80):start]
    if hedge and before.lower().rstrip().endswith(hedge):
        before = before.rstrip()[:-len(hedge)]
    return before


def group_counted(text: str, n: NumberMention, offset: int = 0) -> str | None:
    """The group a count gives the size of, before it ("a crowd of 6,000", "a force of about 300") or as its noun
    ("a 6,000-strong crowd"): a collective noun of rules/lexicons/number_units.yaml."""
    collectives = _lexicon().collectives
    if n.noun is not None and n.noun.lower() in collectives:
        return n.noun.lower()
    m = _PLACE_OF.search(_words_before(text, n.start - offset, n.hedge))
    return m.group(1).lower() if m and m.group(1).lower() in collectives else None


def _hedge_after(text: str, end: int, lex: _Lexicon) -> str | None:
    m = lex.hedge_after_re.match(text, end)
    return m.group(1).lower() if m else None


def _unit_after(text: str, end: int, lex: _Lexicon) -> tuple[str | None, int]:
    m = lex.unit_re.match(text, end)
    if not m or (len(m.group(1)) == 1 or m.group(1).lower() in lex.glued_units) and m.start(1) > end:
        return None, end  # a one-letter unit only written against the figure ("2.5C"; not "Section 5 C")
    return lex.units[" ".join(m.group(1).casefold().split())], m.end()


def _noun_after(text: str, end: int, lex: _Lexicon, money: bool = False, count: bool = False) -> str | None:
    """The head of the noun phrase after the number: a plural among its first three words, else the first;
    for a bare count, the state a participle gives it ("82 were killed", "two were stabbed", "1,700 had been
    injured"; irregular ones from the lexicon: "dead", "hurt"), or for a bare ``count`` the noun it takes a part
    of ("four of his brothers"; a share such as "36% of the market" keeps its own reading)."""
    rest = text[end:end + 60]
    if not money:
        partitive = _OF_THEM.match(rest)  # "twenty six of them women", "six of them were hurt"
        rest = rest[partitive.end():] if partitive else rest
    others = None if money else _OTHERS_STATE.match(rest)
    if others and (others["state"].endswith("ed") or others["state"] in lex.counted_states):
        return others["state"]  # "more than 1,000 others wounded": counted by their state
    state = None if money else _COUNTED_STATE.match(rest)
    if state and state["group"] and state["group"].lower() in _peoples():
        state = None  # "11 Americans were killed" counts Americans
    if state and (state["state"].endswith("ed") or state["state"] in lex.counted_states
                  or _plural(state["state"]) and not state["group"]):  # "36 have been women", "five were rebels"
        held = lex.held_as_re.match(rest, state.end())
        return held.group(1) if held else state["state"]  # "240 were taken hostage": hostages
    if rest[:1] == "-":
        compound = re.match(r"-([a-z]+(?:-[a-z]+)*)", rest)
        if compound and compound.group(1) == "strong":  # "its 650-strong staff": the size of the staff
            return _noun_after(text, end + compound.end(), lex, money, count)
        if compound:
            return compound.group(1)
    run: list[str] = []
    pos = 0
    stop = None  # the function word that ended the run
    for w in _WORD.finditer(rest):
        gap = rest[pos:w.start()]
        if not run and gap.strip() in _OPENING_QUOTES:
            gap = ""  # 'cited two "deficiencies"': the noun in quotes is still the noun
        if len(run) >= 4 or (gap.strip() and _PHRASE_BREAK.search(gap)):
            break
        word = w.group(0)
        lower = word.lower()
        if lower in lex.function_words and not (len(word) > 1 and word.isupper()):  # "16 IS leaders": no "is"
            if not run and (lower == "of" or money and lower == "in"
                            or count and lower in PARTITIVE_DETERMINERS and rest[:pos].strip().lower() == "of"):
                pos = w.end()  # "four of his brothers", "two of her classmates": brothers, classmates
                continue
            stop = lower if not rest[pos:w.start()].strip() else None
            break
        run.append(word)
        pos = w.end()
    if len(run) == 1 and run[0].endswith("ing") and stop in _OBJECT_DETERMINERS:
        return None  # "to lose about $6.5 million running the stadium": a verb and its object, no noun
    if len(run) > 1 and run[0] in _COMPASS and run[1].lower() in _peoples():
        return run[1]  # "2.3 million North Koreans", "500 South Africans": a people, its region before it
    if run and run[0].lower() in _peoples():
        if len(run) > 1 and run[0].lower() in _counted_groups() and run[1][0].islower() and _plural(run[1]):
            return run[1]  # "25 Taliban militants" counts militants
        return run[0]  # "234 Americans", "11 Kenyans": a people counted, as written
    content = [w for w in run if w[0].islower() or _ACRONYM_PLURAL.fullmatch(w)]  # "5,000 CDs", "300 PCs"
    while content and (content[0] in lex.not_nouns
                       or content[0].endswith("ly") and _ADVERB_PARTICIPLE.match(" ".join(content[:2]))
                       or "-" in content[0] and not content[0].endswith("s") and len(content) > 1
                       or content[0].endswith(("'s", "’s")) and len(content) > 1):
        content = content[1:]  # "57 km long"; "2.5 million newly issued shares" counts shares; so does
        # "a $5.8 million third-quarter charge" its charge, and "five of the company's executives" executives
    if not content:
        return None
    # a plural among the first three words ("11 automated Go convenience stores", "75 broken water mains",
    # "25 undercover police"), not past a verb after the first ("of those surveyed voiced reservations")
    head = content[:1] + list(itertools.takewhile(lambda w: not w.endswith("ed"), content[1:3]))
    for word in head:
        if _plural(word):
            return word
    return content[0]


_COMPASS = frozenset(("North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western"))
_GERUND_AFTER = LazyPattern(r"\s+[a-z]+ing\b")
_DETERMINED = LazyPattern(r"\b(?:a|an|the|its|their|his|her|our|this|that)\s+$", re.I)
_OBJECT_DETERMINERS = frozenset(("the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those"))
_OF_AFTER = re.compile(r"\s+of\s+", re.I)
_OF_THEM = re.compile(r"\s+of\s+(?:them|those|whom)\b")
# the words between "of" and the noun a count takes a part of ("four of his brothers"); crossref reads them too
PARTITIVE_DETERMINERS = frozenset(("his", "her", "their", "its", "our", "my", "your", "the", "those", "these"))
_IRREGULAR_PLURALS = frozenset(("women", "men", "children", "people", "police"))


def _plural(word: str) -> bool:
    """A plural noun by its form: "women", "Americans", "employees" (not "press", "bonus")."""
    lower = word.lower()
    return lower in _IRREGULAR_PLURALS or _plural_form(lower)


def _plural_form(word: str) -> bool:
    """A word spelled as a regular plural ("shares", "CDs"; not "press", "bonus")."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us"))


_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,5}s")
_OTHERS_STATE = re.compile(r"\s+(?:others|more)\s+(?:were\s+|had\s+been\s+|have\s+been\s+"
                           r"|(?:may|might|could|would|will)\s+(?:have\s+been|be)\s+)?(?P<state>[a-z]+)\b")
# "82 were killed", "Five Taliban were reported killed": a count's state, after at most one capitalised group
# name (a lowercase noun between, "five soldiers were killed", names what is counted instead)
_COUNTED_STATE = re.compile(r"(?:\s+(?P<group>[A-Z][a-z]+)(?=\s+(?:were|are|have|had)\b)|\s+who(?=\s+(?:were|have)\b))?"
                            r"\s+(?:were|was|are|is|have\s+been|had\s+been)\s+(?:reported\s+)?(?P<state>[a-z]+)\b")


def _preceded_by(text: str, start: int, words: tuple[str, ...], within: int = 1, reach: int = 20) -> bool:
    """One of ``words`` is among the last ``within`` words of the ``reach`` characters before ``start``."""
    before = _WORD.findall(text[max(0, start - reach):start])
    return any(w.lower() in words for w in before[-within:])


def _excluded(text: str, m: re.Match) -> bool:
    """Inside a date, a time or a name like F-16 (looked for only around the match)."""
    start, end = m.span()
    num = m.group("num")
    if num and "/" in num:
        return _fraction(num) is None  # "13 5/8" is a price; "12/16" a date
    if num and len(num) == 4 and num.isdigit() and not (m.group("cur") or m.group("scale") or m.group("pct")
                                                         or m.group("upper") or m.group("ord")):
        if 1000 <= int(num) <= 2199 and text[end:end + 1] != "s":
            return True
    lo, hi = max(0, start - 12), min(len(text), end + 24)
    window = text[lo:hi]
    if _EXCLUSION_HINTS.search(window) is None and text[end:end + 1] != "s":
        return False
    for x in _excluded_spans().finditer(text, lo, hi):
        if x.start() < end and start < x.end():
            return True
    return False


@functools.cache
def _lexicon() -> _Lexicon:
    hedges = load_lexicon("number_hedges")
    units = load_lexicon("number_units")
    scales = {k.lower(): float(v) for k, v in units["scales"].items()}
    cscales = {k.lower(): float(v) for k, v in units["currency_scales"].items()}
    groups = {}
    for group in units.get("noun_groups", []):
        for word in group:
            groups[word] = group[0]
    spelled = {k.lower(): int(v) for k, v in units["spelled"].items()}
    return _Lexicon(
        hedges_before=dict(hedges["before"]), hedges_after=dict(hedges["after"]),
        hedge_ends=frozenset(str(h).split()[-1] for h in hedges["before"] if str(h).split()),
        approx=float(hedges.get("approximate_tolerance", 0.1)), below=float(hedges.get("below_tolerance", 0.1)),
        strict_bounds=frozenset(str(h).lower() for h in hedges.get("strict_bounds") or ()),
        scales=scales, currency_scales=cscales, currencies=dict(units["currency_symbols"]),
        currency_units=frozenset(units["currency_symbols"].values()) | frozenset(("USD", "EUR", "GBP")),
        scaled_only=frozenset(units.get("scaled_only_symbols") or ()),
        units={k.lower(): v for k, v in units["units"].items()},
        score_words=frozenset(units["score_words"]), scale_units=frozenset(units["scale_units"]), noun_group=groups,
        generic=frozenset(units["generic_nouns"]), increments=frozenset(units["increment_words"]),
        months={k.lower(): int(v) for k, v in units["months"].items()}, spelled=spelled,
        function_words=frozenset(units["function_words"]),
        not_nouns=frozenset(units["not_nouns"]), populated_places=frozenset(units["populated_places"]),
        collectives=frozenset(units.get("collectives") or ()),
        parents=frozenset(units.get("parents") or ()),
        sums_of=frozenset(units.get("sums_of") or ()),
        counted_states=frozenset(units["counted_states"]),
        held_as_re=re.compile(rf"[ \t]+({_alternation(units['held_as']) if units.get('held_as') else '(?!)'})\b",
                              re.I),
        hedge_after_re=re.compile(rf"[\s-]?({_alternation(hedges['after'])})\b", re.I),
        glued_units=frozenset(str(u).lower() for u in units.get("glued_units") or ()),
        unit_re=re.compile(rf"[\s-]?({_alternation(k for k in units['units'] if k != '%')})\b", re.I),
        start_re=re.compile(rf"(?=[\d{_initials(units['currency_symbols'])}])"
                            rf"(?:(?:{_alternation(units['currency_symbols'])})\s?(?=\d)|(?<![\w.,/-])\d)"),
        spelled_words=frozenset(w for key in spelled for w in key.split() if w != "a") | {"one"},
        spelled_re=_spelled_pattern(spelled, scales),
        pattern=_pattern(scales, cscales, units["currency_symbols"],
                         [k for k in units["units"] if k.isalpha() and len(k) <= 3]),
        fractions={str(k).lower(): float(v) for k, v in units["fractions"].items()},
        fraction_tolerance=float(units["fraction_tolerance"]),
        fraction_words=frozenset(w for key in units["fractions"] for w in (key, key + "s", "halves")),
        fraction_re=re.compile(rf"\b(?:(?P<count>an?|one|two|three|four)[\s-]+)?(?P<fraction>"
                               rf"{_alternation(units['fractions'])})(?P<plural>s)?\b", re.I),
        durations={str(k).lower(): float(v) for k, v in units["durations"].items()},
    )


def _spelled_pattern(spelled: dict[str, int], scales: dict[str, float]) -> re.Pattern:
    """A run of number words ("two hundred and thirty four", "one point six billion"), read by
    ``_spelled_value``."""
    words = {w for key in spelled for w in key.split() if w != "a"} | set(_DIGIT_WORDS) | set(scales)
    word = rf"(?:{_alternation(words)})"
    first = words - set(scales) - {"zero"}  # "a million tweets" is read from _A_SCALE
    opening = rf"(?=[{_initials(first)}])(?:{_alternation(first)})"
    return re.compile(rf"\b{opening}(?:(?:[\s-]+(?:and\s+|point\s+)?){word})*\b", re.I)


def _initials(words) -> str:
    """A character class body of the words' first letters, both cases (lets the regex skip other words fast)."""
    letters = sorted({w[0].lower() for w in words} | {w[0].upper() for w in words})
    return re.escape("".join(letters))


def _alternation(words) -> str:
    ordered = sorted(words, key=lambda w: (-len(str(w)), str(w)))
    return "|".join(re.escape(str(w)).replace(r"\ ", r"\s+") for w in ordered)


def _pattern(scales: dict, cscales: dict, currencies: dict, glued: list[str]) -> re.Pattern:
    """The figure pattern; ``glued`` are the short units a figure may be written against ("2km", "60mph")."""
    cur = "|".join(re.escape(c) for c in sorted(currencies, key=len, reverse=True))
    scale = "|".join(sorted(scales, key=len, reverse=True))
    cscale = "|".join(sorted(set(cscales) - set(scales), key=len, reverse=True))
    pct = r"\s?%|\s(?:percent|per\s+cent)\b"
    amount = (rf"(?:(?P<cur>{cur})\s?)?(?P<num>{_NUM})"
              rf"(?:(?:[\s-]?(?P<scale>{scale})\b)|(?<=\d)(?P<cscale>{cscale})\b)?")
    upper = (rf"(?P<sep>\s?[-–]\s?|\s(?:to|and)\s)(?:(?P<cur2>{cur})\s?)?(?P<upper>{_NUM})"
             rf"(?:\s(?P<scale2>{scale})\b)?(?P<pct2>{pct})?")
    body = (rf"(?P<body>(?P<pairnum>\d{{1,3}})[-–](?P<pair>\d{{1,2}})(?![\d,.]?\d)"
            rf"|{amount}(?:(?P<ord>st|nd|rd|th)\b|(?P<pct>{pct})?(?:{upper})?))")
    units = "|".join(sorted(glued, key=len, reverse=True))
    return re.compile(rf"(?<![\w.,/-]){body}(?!(?!(?:{units})\b)[\w]|[.,]\d)", re.I)
