"""What a sentence asserts that can be compared: numbers, calendar dates, names.

The same extraction runs on corpus sentences at ingest (stored as compact JSON) and on article
sentences at check time, so both sides of a comparison are read the same way.
"""
from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from datetime import date, timedelta

from ..lazy_pattern import LazyPattern
from ..model import NumberMention
from ..nlp.numbers import count_value, find_numbers, singular
from ..nlp.temporal.tense import tense_of
from ..rules import load_lexicon

_DIGIT = re.compile(r"\d")
_POSSESSIVE = re.compile(r"['’]s$|(?<=s)['’]$")  # "Rally's", "Rivers’"; not "Dunkin'"
# facts are plain lists of numbers and strings, never circular: no check for it on every sentence stored
_ENCODE = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, check_circular=False).encode
# a run of capitalised words: "AT&T", "Procter & Gamble", "Bank of Japan", "eBay Inc."
_NAME = re.compile(r"\b(?:[A-Z]|[a-z][A-Z])[\w'’.&-]*(?:[ \t]+(?:of[ \t]+|de[ \t]+|al-|&[ \t]+)?[A-Z][\w'’.&-]*)*")


@dataclass(frozen=True)
class Facts:
    """The comparable content of one sentence."""

    numbers: tuple[NumberMention, ...] = ()
    dates: tuple[tuple[int, int, str], ...] = ()  # (start, end, ISO value; XXXX-MM-DD when the year is unknown)
    names: tuple[str, ...] = ()  # lowercased
    # a corpus sentence's story: the names of the other sentences of its document (or of the lines of one
    # source and date that come together in a corpus file), for a sentence that calls its subject
    # "the company" or "it", or names no one ("Sales rose 8%")
    story: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.numbers or self.dates or self.names)

    @functools.cached_property
    def name_words(self) -> frozenset[str]:
        """The words of the names, singular ("Conservatives" = "Conservative Party"), without titles
        ("president" names no one in particular), and "@N" for a name in alias group N ("Washington"
        and "the U.S." both hold "@0")."""
        return _name_words(self.names)

    @functools.cached_property
    def story_words(self) -> frozenset[str]:
        """The words of the story's names, as ``name_words``."""
        return _name_words(self.story)


_ARTICLE_PREFIX = LazyPattern(r"(?:al|el|ad|an|ar|as|ash|at|az)-(?=[a-z]{3})")  # Arabic article, as names write it


def _name_words(names: tuple[str, ...]) -> frozenset[str]:
    names = tuple(name for name in names if not is_venue(name))
    titles = title_words()
    words = {singular(w) for name in names for w in name.split() if w not in titles and w != "&"}
    # "AT&T" is also the "AT and T" of a broadcast transcript
    words.update(part for name in names if "&" in name for part in re.findall(r"[^\W\d_]+", name))
    # "Dar-es-Salaam" is "Dar es Salaam": a place written in one hyphenated word of three parts or more
    words.update(singular(part) for name in names for word in name.split() if word.count("-") >= 2
                 for part in word.split("-") if len(part) > 2)
    # "al-Zameli" mid-sentence is "Al-Zameli" at a sentence's start: the name with its article and without
    words.update(w[len(m.group()):] for w in list(words) for m in [_ARTICLE_PREFIX.match(w)] if m)
    # "New York-based Crescott" names New York as "Crescott of New York" does
    words.update(w[:-len("-based")] for w in list(words) if w.endswith("-based") and len(w) > 8)
    aliases = _aliases()
    words.update(key for name in names for key in aliases.get(name, ()))
    # "Sen. Lindsey Graham, R-S.C.": a party and a state, as "the Republican senator from South Carolina" names them
    for name in names:
        party = _PARTY_STATE.fullmatch(name) if "-" in name else None
        if party:
            words.update(aliases.get(_PARTIES[party.group(1)], ()) + aliases.get(party.group(2), ()))
    words.update(key for name in names for key in initial_keys(name))
    return frozenset(words)


_JOINING = re.compile(r"\s(?:and|of|for|the)(?=\s)")
_PARTY_STATE = re.compile(r"([rdi])-([a-z][a-z.]+)")
_PARTIES = {"r": "republican", "d": "democrat", "i": "independent"}
_ACRONYM = re.compile(r"[A-Z]+&[A-Z&]+(?:'s)?\s")
# a wire story's opening dateline, with its credit or a long dash: "BUFFALO, N.Y. (AP) -- ", "NAIROBI, Kenya
# (Reuters) - ", "PARIS (AP) _ ", "LONDON -- "
_WIRE_DATELINE = re.compile(r"[A-Z][A-Z.'’ -]+(?:,[ \t]+[A-Z][\w.'’ ]*?)?[ \t]*"
                            r"(?:\([\w .&'-]{1,30}\)[ \t]*(?:--|—|–|-|_)|--|—|_)[ \t]+")
_NAME_PART = re.compile(r"[^\W\d_]+", re.UNICODE)


def initials(name: str) -> str | None:
    """"^hp" for "Hewlett-Packard" and "H.P.", "^adp" for "Automatic Data Processing Inc." (a legal form such
    as "Inc." left out): the key that a name written as its initials ("HP", "ADP") is matched with."""
    suffixes = legal_suffixes()
    parts = [p for p in _NAME_PART.findall(name) if p not in suffixes]
    if len(parts) >= 2 and all(len(p) == 1 for p in parts):
        return "^" + "".join(parts)  # "h.p."
    if len(parts) >= 2:
        return "^" + "".join(p[0] for p in parts)
    return None


def initial_keys(name: str) -> tuple[str, ...]:
    """The keys of a name's initials (``initials``): with every word, and without the small words joining them
    ("^fda" of "food and drug administration", as "FDA" writes it, beside "^fada")."""
    keys = [initials(name)]
    if _JOINING.search(name):
        keys.append(initials(_JOINING.sub(" ", name)))
    return tuple(dict.fromkeys(key for key in keys if key))


def is_venue(name: str) -> bool:
    """A trading venue ("new york stock exchange", "big board"): where a stock trades, not whom a sentence is
    about."""
    words = load_lexicon("corpus_words")
    return name in words["venues"] or name.rsplit(None, 1)[-1] in words["venue_heads"]


@functools.cache
def _currency_words() -> frozenset[str]:
    return frozenset(load_lexicon("corpus_words")["currency_words"])


@functools.cache
def legal_suffixes() -> frozenset[str]:
    """Legal forms of a company name ("inc", "corp", "spa"), which name no one in particular."""
    return frozenset(load_lexicon("corpus_words")["legal_suffixes"])


def is_legal_form(word: str) -> bool:
    """"Corp.", "Inc", "S.p.A.", "N.V.": compared without dots."""
    return word.replace(".", "") in legal_suffixes()


STORY_NAMES = 6  # the first names of a story kept with each of its sentences


def story_names(sentences: list[tuple[str, Facts]], elsewhere: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The names of a story's sentences (text, facts) in order of first mention, the first STORY_NAMES
    of them; a lone capitalised word that opens its sentence ("Net income fell", "Revenue rose") counts
    only when the story (or ``elsewhere``: the rest of the text) also writes it elsewhere."""
    named = [(text, facts) for text, facts in sentences if facts.names]
    # an opening word joined by "&" ("AT&T is cutting") is a name whatever else the story writes
    openers = {opening_word(text) for text, _ in named if not _ACRONYM.match(text)}
    elsewhere = elsewhere | mid_sentence_names(named)
    found: dict[str, None] = {}
    for _, facts in named:
        for name in facts.names:
            if name in openers and name not in elsewhere:
                continue
            found.setdefault(name, None)
            if len(found) >= STORY_NAMES:
                return tuple(found)
    return tuple(found)


def mid_sentence_names(sentences: list[tuple[str, Facts]]) -> frozenset[str]:
    """The names the sentences write other than as their first word."""
    found: set[str] = set()
    for text, facts in sentences:
        opener = opening_word(text)
        found.update(name for name in facts.names if name != opener)
    return frozenset(found)


def opening_word(text: str) -> str:
    first = text.split(None, 1)
    return first[0].lower() if first else ""


def extract(text: str, reference: str | None = None) -> Facts:
    """Numbers, dates (years filled from ``reference``, an ISO date, which also dates "Sunday" and
    "yesterday") and names in one sentence."""
    numbers = tuple(n for n in find_numbers(text) if n.value is not None)
    calendar = find_calendar_dates(text, reference)
    # a weekday written before a calendar date names that date ("the night of Monday, May 15"), as the
    # article's date tagger reads it: no day of its own relative to the document's date (nor one set after it:
    # "on Dec. 18, a Wednesday")
    days = [d for d in find_relative_days(text, reference)
            if not any(_WEEKDAY_BEFORE_DATE.fullmatch(text, d[1], start)
                       or WEEKDAY_AFTER_DATE.fullmatch(text, end, d[0]) for start, end, _ in calendar)]
    dates = sorted(calendar + days + find_relative_months(text, reference))
    return Facts(numbers=numbers, dates=tuple(dates), names=tuple(names(text)))


_WEEKDAY_BEFORE_DATE = re.compile(r",?[ \t]*")
WEEKDAY_AFTER_DATE = re.compile(r",[ \t]+(?:which[ \t]+was[ \t]+)?an?[ \t]+")  # "Dec. 18, a Tuesday"


def find_relative_months(text: str, reference: str | None) -> list[tuple[int, int, str]]:
    """Months named relative to the document's date: "last month", "earlier this month", "next month" (as
    YYYY-MM)."""
    if "onth" not in text:
        return []
    ref = _parse_iso(reference)
    if ref is None:
        return []
    found = []
    for m in _RELATIVE_MONTH.finditer(text):
        if m.group("ago"):  # "two months ago", as the article's date tagger reads it
            back = int(count_value(m.group("ago").lower(), article=True))
        elif m.group("before"):  # "the month before last"
            back = 2
        else:
            back = {"last": 1, "next": -1}.get(m.group("step").lower(), 0)
        index = ref.year * 12 + ref.month - 1 - back
        found.append((m.start(), m.end(), f"{index // 12:04d}-{index % 12 + 1:02d}"))
    return found


_RELATIVE_MONTH = re.compile(r"\b(?:(?:(?:earlier|later)\s+)?(?P<step>last|this|next)\s+month"
                             r"|(?P<ago>a|one|two|three|four|five|six|\d)\s+months?\s+ago"
                             r"|(?P<before>the\s+month\s+before\s+last))\b", re.I)


def find_relative_weeks(text: str, reference: str | None) -> list[tuple[int, int, str]]:
    """Weeks named relative to the document's date: "last week", "earlier this week", "next week", "two weeks
    ago", "the week before last" (as an ISO week, YYYY-Www, as the article's dates give them; a week back from
    a Sunday is counted from the Monday ahead)."""
    if "eek" not in text:
        return []
    ref = _parse_iso(reference)
    if ref is None:
        return []
    found = []
    for m in _RELATIVE_WEEK.finditer(text):
        if m.group("ago"):
            step = -7 * int(count_value(m.group("ago"), article=True))
        elif m.group("before"):
            step = -14
        else:
            step = {"last": -7, "next": 7}.get(m.group("step").lower(), 0)
        # on a Sunday, a Sunday paper's "last week" is the week just ending (its Monday to Saturday), not the one
        # before it: counted back from the Monday ahead
        start = ref + timedelta(days=1) if step < 0 and ref.isoweekday() == 7 else ref
        year, week, _ = (start + timedelta(days=step)).isocalendar()
        found.append((m.start(), m.end(), f"{year}-W{week:02d}"))
    return found


_RELATIVE_WEEK = LazyPattern(r"\b(?:(?:(?:earlier|later)\s+)?(?P<step>last|this|next)\s+week"
                             r"|(?P<ago>a|one|two|three|four|\d)\s+weeks?\s+ago"
                             r"|(?P<before>the\s+week\s+before\s+last))\b", re.I)


_RELATIVE_DAY = re.compile(r"\b(?:(?P<today>[Tt]oday|[Tt]onight)"
                           r"|(?P<yesterday>[Yy]esterday|[Ll]ast\s+night)|(?P<tomorrow>[Tt]omorrow)"
                           r"|(?P<ago>[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|\d)\s+days?\s+ago"
                           r"|(?:(?P<last>[Ll]ast\s+)|(?P<next>(?:[Nn]ext|[Cc]oming)\s+))?"
                           r"(?P<weekday>Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b")
_WEEKDAYS = ("Mon", "Tues", "Wednes", "Thurs", "Fri", "Satur", "Sun")


def find_relative_days(text: str, reference: str | None) -> list[tuple[int, int, str]]:
    """Days named relative to the document's date, as wire copy writes them: "today" ("tonight"),
    "yesterday" ("last night"), "tomorrow", "two days ago", "Sunday" (the latest Sunday up to that date), "last
    Sunday" (the one before, on a Sunday)."""
    if "day" not in text and "DAY" not in text and "night" not in text and "orrow" not in text:
        return []  # every such word ends in "day", but "last night", "tonight" and "tomorrow"
    ref = _parse_iso(reference)
    if ref is None:
        return []
    found = []
    for m in _RELATIVE_DAY.finditer(text):
        if m.group("today"):
            day = ref
        elif m.group("yesterday"):
            day = ref - timedelta(days=1)
        elif m.group("tomorrow"):
            day = ref + timedelta(days=1)
        elif m.group("ago"):  # "two days ago", as the article's date tagger reads it
            day = ref - timedelta(days=int(count_value(m.group("ago").lower(), article=True)))
        elif m.group("next"):  # "this coming Sunday", "next Sunday": ahead of the document's date
            ahead = (_WEEKDAYS.index(m.group("weekday")) - ref.weekday()) % 7
            day = ref + timedelta(days=ahead or 7)
        elif not m.group("last") and _ahead(text, m.start(), m.end()):
            # "On Tuesday, the league plans to hold a news conference", in Monday's paper: the coming Tuesday
            day = ref + timedelta(days=(_WEEKDAYS.index(m.group("weekday")) - ref.weekday()) % 7)
        else:
            back = (ref.weekday() - _WEEKDAYS.index(m.group("weekday"))) % 7
            day = ref - timedelta(days=back or (7 if m.group("last") else 0))
        found.append((m.start(), m.end(), day.isoformat()))
    return found


def _ahead(text: str, start: int, end: int) -> bool:
    """A weekday in a clause about what is still to come (future, planned or scheduled), read as the article
    side reads it (factcheck.nlp.temporal.tense)."""
    told = tense_of(text, start, end)
    # (a plan word in a clause told in the past is what was done with a plan: "approved the plan on Wednesday")
    return told.tense in ("future", "future-in-past") or told.plan and told.tense not in ("past", "present-perfect")


def encode(facts: Facts, story: tuple[str, ...] = ()) -> str | None:
    """Compact JSON for the store (None when there is nothing), with the story's names the sentence does not
    hold itself (``Facts.story``): a sentence with no figure, date or name of its own keeps them too ("He
    expressed hope ..." is about the spokesman its story names)."""
    story = story or facts.story
    if facts.empty and not story:
        return None
    if story:
        story = tuple(n for n in story if n not in facts.names)
    data = {}
    if facts.numbers:
        data["n"] = [[n.start, n.end, n.value, n.unit, n.noun, n.hedge, n.upper] for n in facts.numbers]
    if facts.dates:
        data["d"] = [list(d) for d in facts.dates]
    if facts.names:
        data["e"] = list(facts.names)
    if story:
        data["s"] = list(story)
    return _ENCODE(data)


def decode(text: str, stored: str | None) -> Facts:
    """The Facts of a stored sentence."""
    if not stored:
        return Facts()
    data = json.loads(stored)
    numbers = tuple(NumberMention(text=text[s:e], start=s, end=e, value=v, unit=u, noun=n, hedge=h, upper=up)
                    for s, e, v, u, n, h, up in data.get("n", ()))
    dates = tuple((s, e, v) for s, e, v in data.get("d", ()))
    return Facts(numbers=numbers, dates=dates, names=tuple(data.get("e", ())), story=tuple(data.get("s", ())))


def names(text: str) -> list[str]:
    """Capitalised word runs that are not just a sentence's first word ("Kursk", "North Korean")."""
    return list(dict.fromkeys(name for _, _, name in name_spans(text)))


def name_spans(text: str) -> list[tuple[int, int, str]]:
    """The names of ``names`` with where each is written, in order."""
    found = []
    currency_after = _currency_after()
    dateline = _WIRE_DATELINE.match(text)  # where the story was filed, not whom it is about
    for m in _NAME.finditer(text, dateline.end() if dateline else 0):
        start, raw = m.start(), m.group(0)
        group = _GROUP_OF.match(raw) if " of" in raw and _opens_sentence(text, start) else None
        if group:  # "Shareholders of Dominion Textile approved ...": the name is Dominion Textile
            start, raw = start + group.end(), raw[group.end():]
        name, opener = _name_of_run(raw)
        if not name:
            continue
        if opener and not group and _opens_sentence(text, start):
            continue
        if _opens_sentence(text, start) and (_PARTICIPLE_OPENER.match(text, start)
                                             or _TELLING_OPENER.match(text, start)):
            continue  # "Closed for repairs since 2019, the museum ...", "Packed with shrapnel, the bomb ...",
            # "Explaining why he argued ...": a verb
        if currency_after.match(text, m.end()):
            continue  # "C$9.75", "US$606 million", "up 75 Canadian cents": a currency, not a name
        end = m.end()
        figure = None
        signs, pattern = _letter_currency()
        if signs.search(raw):  # (a quick test first: most names hold no sign's first letter)
            cut = max(raw.rfind(" "), raw.rfind("\t")) + 1  # the run's last word
            figure = pattern.fullmatch(raw, cut)
        if figure and _letter_sum(figure, text, end):
            # "nearly RM700,000", "gets R4bn", "Rs 500 crore": a sum in a currency written in letters, not a name
            # (the words before it may be one: "Sars R4bn" is Sars)
            name, _ = _name_of_run(raw[:cut].rstrip())
            if not name:
                continue
            end = start + len(raw[:cut].rstrip())
        found.append((start, end, name))
    return _joined_bodies(text, found) if " and " in text else found


def _joined_bodies(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A body named by two words joined by "and", the run after it ending in an organisation's word ("Food and Drug
    Administration", "Securities and Exchange Commission"), is one name, not a word and a name ("Kenya and
    Tanzania" stay two: no organisation's word; so do "Reuters and Associated Press": one known on its own)."""
    out: list[tuple[int, int, str]] = []
    for start, end, name in found:
        if out:
            before_start, before_end, before = out[-1]
            words = name.split()
            if text[before_end:start] == " and " and " " not in before and len(words) >= 2 \
                    and words[-1] in _org_words() and before not in _org_names():
                out[-1] = (before_start, end, f"{before} and {name}")
                continue
        out.append((start, end, name))
    return out


@functools.cache
def _org_words() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_lexicon("names")["org_words"])


@functools.cache
def _org_names() -> frozenset[str]:
    """Organisations known by one word ("Reuters and Associated Press" are two) and places ("Kenya")."""
    lex = load_lexicon("names")
    return frozenset(str(w).lower() for key in ("org_names", "place_names") for w in lex[key])


def _letter_sum(figure: re.Match, text: str, end: int) -> bool:
    """The currency sign ends a sum: its figure glued to it or next, and, for a sign that is one only before a
    scale word ("R4bn", "R50 million"; not "the R2 road"), with one."""
    num = figure.group("num")
    after = None if num else _FIGURE_AFTER.match(text, end)  # "Rs 500", "R 50 million"
    if not (num or after):
        return False
    scaled_only, glued_scale, scale_after = _sum_patterns()
    if figure.group("sign") not in scaled_only:
        return True
    if num and glued_scale.search(num):
        return True  # "R4bn"
    return scale_after.match(text, after.end() if after else end) is not None  # "R50 million"


_FIGURE_AFTER = re.compile(r"[ \t]?\d[\d.,]*")


@functools.cache
def _sum_patterns() -> tuple[frozenset[str], re.Pattern, re.Pattern]:
    """The signs that are a currency only before a scale word, a scale glued to a figure ("4bn") and a scale word
    after one ("50 million"), from rules/lexicons/number_units.yaml."""
    units = load_lexicon("number_units")
    glued = "|".join(map(re.escape, units["currency_scales"]))
    scales = "|".join(map(re.escape, units["scales"]))
    return (frozenset(units.get("scaled_only_symbols") or ()), re.compile(rf"\d(?:{glued})$", re.I),
            re.compile(rf"[ \t]+(?:{scales})\b", re.I))


@functools.cache
def _letter_currency() -> tuple[re.Pattern, re.Pattern]:
    """The first letters of the currency signs written in letters ("RM", "Rs", "R" of
    rules/lexicons/number_units.yaml), one of which a name must hold for its last word to be tried, and such a
    sign as a word, with the figure glued to it ("RM700", "R4bn") or next ("Rs 500")."""
    symbols = load_lexicon("number_units")["currency_symbols"]
    signs = sorted((s for s in symbols if re.fullmatch(r"[A-Z][A-Za-z]*\.?", s)), key=len, reverse=True)
    return (re.compile(f"[{re.escape(''.join(sorted({s[0] for s in signs})))}]" if signs else "(?!)"),
            re.compile(rf"(?P<sign>{'|'.join(map(re.escape, signs)) or '(?!)'})(?P<num>\d[\w.,]*)?"))


def _opens_sentence(text: str, start: int) -> bool:
    """The word at ``start`` opens a sentence or a quotation ("said: 'Unfortunately, the knife ...")."""
    before = text[max(0, start - 3):start].rstrip()
    return not before or before[-1] in ".!?\"“'‘"


# a sentence's first word in -ed or -ing, or a common irregular participle, opening a participle phrase cut off by a
# comma ("Flying to a rally in Iowa aboard Air Force One, Trump told reporters", "Born in Florida, Sotloff grew up
# in Miami"; not "Reading was ...", "Manning said ...", "Lost Lake Resort, in Oregon, ...")
_PARTICIPLE_OPENER = re.compile(r"(?:[A-Z][a-z]{2,}(?:ed|ing)|Born|Built|Made|Known|Held|Found|Taken|Given|Seen|Sent|"
                                r"Shot|Caught|Brought|Bought|Sold|Told|Paid|Won|Lost|Kept|Written|Driven|Thrown|"
                                r"Stolen|Chosen|Broken|Spoken|Struck|Beaten|Hidden|Worn|Torn|Grown|Drawn|Led|Fed|Bred)"
                                r"(?:[ \t]+and[ \t]+[a-z]{3,}(?:ed|ing))?"  # "Born and raised in Florida,"
                                r"[ \t]+(?:with|for|to|in|on|at|by|from|into|under|over|"
                                r"after|before|through|about|around|across|along|aboard|behind|toward|towards|"
                                r"against|a|an|the|his|her|its|their|our|up|down|out|off|back)\b[^,.;:!?]*,")
# ... or in -ing before a question word ("Explaining why", "Asking whether"; not "Beijing that year")
_TELLING_OPENER = re.compile(r"[A-Z][a-z]{2,}ing[ \t]+(?:why|how|what|whether)\b")
# a sentence's first word that is a plural noun before "of" ("Shareholders of", "Residents of")
_GROUP_OF = re.compile(r"[A-Z][a-z]{3,}(?<!s)s[ \t]+of[ \t]+(?=[A-Z])")


@functools.cache
def _currency_after() -> re.Pattern:
    """What makes a capitalised run a currency when it comes right after it: "$", or a currency word of the
    lexicon (written in lower case letters) as the next word. One pattern: it is tried after every name."""
    words = sorted(w for w in _currency_words() if re.fullmatch("[a-z]+", w))
    return re.compile(rf"\$|[ \t]+(?:{'|'.join(words) or '(?!)'})\b")


@functools.lru_cache(maxsize=65536)
def _name_of_run(raw: str) -> tuple[str, bool]:
    """A capitalised run as a name ('' when only function or calendar words), and whether it is one
    word that commonly opens a sentence ("Officials")."""
    run = raw.rstrip(".").lower()
    if "'" in run or "’" in run:
        run = " ".join(_POSSESSIVE.sub("", w) for w in run.split()).replace("’", "'")  # "De’Angelas" / "De'Angelas"
    skip = _name_stop()
    words = [w for w in run.split() if w.rstrip(".") not in skip]
    return " ".join(words), len(words) == 1 and words[0] in sentence_openers()


def find_calendar_dates(text: str, reference: str | None = None) -> list[tuple[int, int, str]]:
    """Calendar dates written out ("January 20, 2025", "6 May", "2025-05-06", "March eighth") as ISO values."""
    if _DIGIT.search(text) is None and not (_names_a_month(text) and _spoken_day_month().search(text)):
        return []
    pattern, months = _date_pattern()
    ref = _parse_iso(reference)
    found = []
    for m in pattern.finditer(text):
        if m.group("iso"):
            value = m.group("iso")
            if _parse_iso(value) is None:
                continue
        elif m.group("m4"):  # "March eighth", as broadcast transcripts write a day
            value = _fill(None, months[m.group("m4").lower().rstrip(".")], _SPOKEN_DAYS[m.group("d4")], ref)
            if value is None:
                continue
        else:
            month = months[(m.group("m1") or m.group("m2")).lower().rstrip(".")]
            day = int(m.group("d1") or m.group("d2"))
            year = m.group("y1") or m.group("y2")
            value = _fill(int(year) if year else None, month, day, ref)
            if value is None:
                continue
        found.append((m.start(), m.end(), value))
    return found


def _fill(year: int | None, month: int, day: int, ref: date | None) -> str | None:
    if year is not None:
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            return None
    if ref is None:
        return f"XXXX-{month:02d}-{day:02d}" if 1 <= day <= 31 else None
    options = []
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            options.append(date(y, month, day))
        except ValueError:
            continue
    if not options:
        return None
    return min(options, key=lambda d: abs((d - ref).days)).isoformat()


def _parse_iso(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


@functools.cache
def title_words() -> frozenset[str]:
    """Person titles from the names lexicon (rules/lexicons/names.yaml), lowercased."""
    from ..model import FactcheckError

    try:
        lex = load_lexicon("names")
    except FactcheckError:
        return frozenset()
    keys = ("title_heads", "title_modifiers", "ambiguous_heads")
    return frozenset(str(w).lower() for key in keys for w in lex.get(key) or ())


@functools.cache
def _aliases() -> dict[str, tuple[str, ...]]:
    """Whole name -> the alias groups it belongs to (rules/lexicons/aliases.yaml)."""
    out: dict[str, list[str]] = {}
    for i, group in enumerate(load_lexicon("aliases")["groups"]):
        for name in group:
            out.setdefault(str(name).lower().rstrip("."), []).append(f"@{i}")
    return {name: tuple(keys) for name, keys in out.items()}


@functools.cache
def _name_stop() -> frozenset[str]:
    """Words dropped from a name run: function words ("The", "In") and calendar words."""
    return function_words() | _not_names()


@functools.cache
def function_words() -> frozenset[str]:
    """The function words of rules/lexicons/number_units.yaml ("the", "of", "had")."""
    return frozenset(load_lexicon("number_units")["function_words"])


@functools.cache
def sentence_openers() -> frozenset[str]:
    """Words capitalised only because they open a sentence: the corpus list and the names lexicon's
    common words ("Sales rose" and "Sales for the quarter climbed" share no name) and function words ("Within
    roughly an hour it was on the websites of The Week"; not one that is also a name of aliases.yaml: "The US is
    bolstering its military presence")."""
    names = load_lexicon("names")
    aliased = _aliases()
    words = load_lexicon("corpus_words")["sentence_openers"] + names["common_words"] \
        + [w for w in names["function_words"] if w.lower() not in aliased]
    return frozenset(w.lower() for w in words)


@functools.cache
def _not_names() -> frozenset[str]:
    return frozenset(w.lower() for w in load_lexicon("corpus_words")["not_names"])


@functools.cache
def month_numbers() -> dict[str, int]:
    """Month names and abbreviations of rules/lexicons/number_units.yaml, lowercased, with their numbers."""
    return {str(k).lower(): int(v) for k, v in load_lexicon("number_units")["months"].items()}


@functools.cache
def month_names() -> tuple[str, ...]:
    """The twelve months written in full and capitalised ("January"): the longest name of each number."""
    full: dict[int, str] = {}
    for name, number in month_numbers().items():
        if len(name) > len(full.get(number, "")):
            full[number] = name
    return tuple(full[number].capitalize() for number in sorted(full))


def _names_a_month(text: str) -> bool:
    for month in month_names():  # plain substring tests: most sentences with no digit name no month either
        if month in text:
            return True
    return False


@functools.cache
def _spoken_day_month() -> re.Pattern:
    return re.compile(rf"\b(?:{'|'.join(month_names())})\s+(?:the\s+)?(?:[a-z]+-)?[a-z]+(?:st|nd|rd|th)\b")
_ORDINALS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
             "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth").split()
_SPOKEN_DAYS = {**{w: k for k, w in enumerate(_ORDINALS, start=1)}, "twentieth": 20, "thirtieth": 30,
                **{f"twenty{sep}{w}": 20 + k for k, w in enumerate(_ORDINALS[:9], start=1) for sep in ("-", " ")},
                "thirty-first": 31, "thirty first": 31}


@functools.cache
def _date_pattern() -> tuple[re.Pattern, dict[str, int]]:
    months = month_numbers()
    names_ = "|".join(sorted((k.capitalize() for k in months), key=len, reverse=True))
    initials = "".join(sorted({k[0].upper() for k in months}))
    pattern = re.compile(
        rf"(?=[\d{initials}])(?:\b(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})\b"
        rf"|\b(?P<m1>{names_})(?:\.\s*|\s+)(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y1>\d{{4}})\b)?"
        rf"|\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{names_})\b\.?(?:,?\s+(?P<y2>\d{{4}})\b)?"
        rf"|\b(?P<m4>{names_})\.?\s+(?:the\s+)?(?P<d4>{'|'.join(sorted(_SPOKEN_DAYS, key=len, reverse=True))})\b)")
    return pattern, months
