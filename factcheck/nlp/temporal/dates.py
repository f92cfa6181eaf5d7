"""Date expressions in text, normalised against the dateline to TIMEX3 values at their true granularity.

Candidates come from a handful of precompiled patterns (calendar dates, months, seasons, years,
weekdays, relative and reference words, ago-expressions, durations, clock times, quarters,
holidays); overlapping candidates keep the longest. Values that depend on direction (a bare
"Friday", "January 20", "April") take it from the tense of their clause, then from context.

DateMention.kind says how sure the year is: absolute (written), relative (from the dateline: "next
month"), anchored (fixed by a role timeline: "took office on January 20"), anaphoric (from the date
before: "the following year"), partial (year-less, chosen by tense), weekday (a weekday, with or
without its date), fiscal, impossible (no such calendar day: value None), duration, time, reference.
"""
from __future__ import annotations

import bisect
import calendar
import functools
import re
from datetime import date, timedelta

from ...lazy_pattern import LazyPattern
from ...model import DateMention, Dateline
from ...rules import load_lexicon
from .tense import Tense, tense_of

_UNANCHORED = Dateline(None, "", "low")
WEEKDAY_REACH = 400  # days: how far from the dateline a year-less weekday-date pair may lie
MIN_YEAR, MAX_YEAR = 100, 9899  # anchors outside this range have no calendar room for "2,000 days ago"
_PAST = ("past", "present-perfect")


@functools.cache
def _words() -> dict:
    """Calendar word tables from rules/lexicons/temporal_words.yaml."""
    lex = load_lexicon("temporal_words")
    months, weekdays = {}, {}
    for name, entry in lex["months"].items():
        for form in [name] + list(entry["abbreviations"]):
            months[form.lower()] = entry["number"]
    for name, entry in lex["weekdays"].items():
        weekdays[name.lower()] = entry["number"]
        for form in entry["abbreviations"]:
            weekdays[form.lower()] = entry["number"]
    return {"months": months, "weekdays": weekdays, "full_weekdays": list(lex["weekdays"]),
            "full_weekdays_lower": {w.lower() for w in lex["weekdays"]},
            "full_months": list(lex["months"]), "seasons": lex["seasons"], "parts": lex["day_parts"],
            "numbers": lex["numbers"], "vague": lex["vague_numbers"], "units": lex["units"],
            "count_nouns": set(lex["count_nouns"]), "holidays": lex["holidays"],
            "refs": lex["reference_words"]}


def _alt(forms) -> str:
    """The forms as one alternation, longest first; one that never matches when there are none."""
    return "|".join(sorted((re.escape(f) for f in forms), key=len, reverse=True)) or "(?!)"


def _cap_forms(names) -> list[str]:
    return [f for n in names for f in (n, n.upper())]


def _patterns_for(text: str, capitals: bool) -> list[tuple[str, str, re.Pattern | None]]:
    """_patterns() for one text: its word lists (month and weekday names, number words, holidays,
    reference words) hold only the forms that occur in ``text``, as written (the patterns are
    case-sensitive). A form the text lacks cannot match in it, so the matches are the same, and the
    patterns a short text needs compile in a fraction of the time (issue 10). Looking for the forms costs
    ~0.07 us a character: a text longer than _PER_TEXT_MAX, where it would cost more than the compiling it
    saves, takes the full patterns."""
    if len(text) > _PER_TEXT_MAX:
        return _patterns(capitals)
    return _patterns(capitals, _present_forms(text, capitals))


_PER_TEXT_MAX = 20_000  # characters


def _present_forms(text: str, capitals: bool) -> frozenset[str]:
    return frozenset(f for f in _forms(capitals)["all"] if f in text)


@functools.cache
def _forms(capitals: bool) -> dict[str, list[str]]:
    """The word forms the date patterns are built from (with capitals: also in capitals)."""
    w = _words()
    lex = load_lexicon("temporal_words")
    cased = _cap_forms if capitals else list
    month_forms = cased(w["full_months"]) + cased(
        a + "." for e in lex["months"].values() for a in e["abbreviations"]) + cased(
        a for e in lex["months"].values() for a in e["abbreviations"] if a not in ("Mar", "Jun", "Jul", "Sep"))
    wd_full = cased(w["full_weekdays"])
    wd_any = wd_full + cased(a + "." for e in lex["weekdays"].values() for a in e["abbreviations"]) + \
        cased(a for e in lex["weekdays"].values() for a in e["abbreviations"])
    out = {"months": month_forms, "wd_full": wd_full, "wd_any": wd_any,
           "nums": list(w["numbers"]) + [n.capitalize() for n in w["numbers"]], "vague": list(w["vague"]),
           "holidays": [h.title().replace("'S", "'s") for h in w["holidays"]],
           "refs": list(w["refs"]) + [r.capitalize() for r in w["refs"]]}
    out["all"] = sorted({f for forms in out.values() for f in forms})
    return out


@functools.lru_cache(maxsize=64)
def _patterns(capitals: bool = True, present: frozenset | None = None) -> list[tuple[str, str, re.Pattern | None]]:
    """(kind, pattern, cue) triples, built from the lexicon: a pattern with a cue can only match
    where its cue occurs (a month name, a weekday, a digit), and is compiled only when a text has it.

    ``capitals``: month and weekday names are also matched in capitals ("JANUARY", "MON."). Without
    them the patterns compile in two thirds of the time, and a text with no such capitals (no real page
    of 166 had one; see _capital_names) gets the same matches from them.
    ``present``: the word forms to keep in the patterns' lists (default: all; see _patterns_for).
    The cues are built from all the forms: they only pick the blocks a pattern runs over.
    """
    full = _forms(capitals)
    forms = full if present is None else {k: [f for f in v if f in present] for k, v in full.items()}
    M = rf"(?P<month>{_alt(forms['months'])})(?![\w])"
    WA = rf"(?P<wd>{_alt(forms['wd_any'])})"
    W = rf"(?P<wd>{_alt(forms['wd_full'])})"
    D = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d%]|:\d|\.\d)"
    Y = r"(?P<year>1[0-9]{3}|20[0-9]{2})(?![\d%])"
    nums = _alt(forms["nums"])
    vague = _alt(forms["vague"])
    unit = r"(?P<unit>day|week|month|year|decade|centur(?:y|ie)|quarter|hour|minute)s?"
    ago_unit = r"(?P<unit>day|night|week|month|year|decade|centur(?:y|ie)|quarter|hour|minute)s?"  # "two nights ago"
    mod = r"(?:(?P<mod>[Ee]arly|[Ll]ate|[Mm]id|the end of|the beginning of|the start of|the middle of|"\
          r"the first half of|the second half of)[-\s]+)?"
    rel = r"(?:(?P<rel>[Ll]ast|[Nn]ext|[Tt]his|[Tt]his past|[Tt]his coming|[Tt]he coming|[Tt]he past)\s+)?"
    tail = r"(?P<tail>,?\s+(?P<tailrel>this|next|last)\s+year)?"
    holidays = _alt(forms["holidays"])
    refs = _alt(forms["refs"])
    p = [
        ("iso", rf"\b{Y}-(?P<mon>[01]\d)-(?P<day>[0-3]\d)\b"),
        ("slash", r"\b(?P<mon>[0-3]?\d)/(?P<day>[0-3]?\d)/(?P<year>(?:19|20)\d\d)\b"),
        ("mdy", rf"(?:{WA},?\s+)?{mod}{rel}{M}\s+{D}(?:(?:,\s*|\s+){Y})?{tail}"),
        ("dmy", rf"(?:{WA},?\s+)?(?:the\s+)?{D}\s+(?:of\s+)?{M}(?:,?\s+{Y})?"),
        ("my", rf"{mod}{M},?\s+(?:of\s+)?{Y}"),
        ("month", rf"{mod}{rel}{M}{tail}"),
        ("season", rf"{mod}{rel}(?P<season>[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn|[Ww]inter)(?:,?\s+(?:of\s+)?{Y})?"),
        ("decade", rf"{mod}(?:the\s+)?(?P<dec>1[5-9]\d0|20\d0|'\d0)['’]?s\b"),
        ("year", rf"{mod}(?:(?P<fiscal>[Ff]iscal|FY)\s*)?(?<![\w$£€#.,/-]){Y}(?![\w/-]|,\d|\.\d)"),
        ("weekday", rf"{rel}{W}(?:\s+(?P<part>morning|afternoon|evening|night))?(?!\w)"),
        ("weekof", rf"(?P<the>[Tt]he )week of {M}\s+{D}"),
        ("deictic", r"(?P<deictic>[Tt]he day before yesterday|[Tt]he day after tomorrow|[Yy]esterday|[Tt]oday|"
                    r"[Tt]omorrow|[Tt]onight|[Ll]ast night)(?:\s+(?P<part>morning|afternoon|evening|night))?\b"),
        ("partday", r"(?P<rel>[Tt]his)\s+(?P<part>morning|afternoon|evening)\b"),
        ("ago", rf"(?:(?P<hedge>about|almost|nearly|some|more than|less than|roughly|around|just|only|over)\s+)?"
                rf"(?P<num>\d+|{nums})\s+{ago_unit}\s+(?P<dir>ago|from now|hence)\b"),
        ("relunit", r"(?:(?P<pre>[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate)\s+)?"
                    r"(?P<rel>[Tt]his|[Ll]ast|[Nn]ext|[Tt]he coming|"
                    r"[Tt]he previous|[Tt]he following|[Tt]he current|[Tt]hat same|[Tt]he same|[Tt]hat)\s+"
                    r"(?P<unit>week|weekend|month|year|quarter|decade|century|day)\b"
                    r"(?<!his day)(?<!ast day)(?<!ext day)(?<!ing day)(?<!ous day)(?<!ent day)"),
        ("beforelast", r"(?P<the>[Tt]he )(?P<unit>week|weekend|month|year)\s+before\s+last\b"),
        ("newyear", r"(?P<the>[Tt]he )?[Nn]ew [Yy]ear\b(?!'s)"),
        ("weekend", r"\b(?P<the>the )weekend\b"),
        ("nextday", r"(?P<rel>[Tt]he next|[Tt]he following|[Tt]he previous)\s+(?P<unit>day|morning|evening|night)\b"),
        ("duration", rf"(?:(?P<pre>the past|the last|the next|the first|the previous|the coming|more than|"
                     rf"less than|at least|about|nearly|almost|some|up to)\s+)?"
                     rf"(?P<num>\d+|{nums}|{vague})\s+{unit}\b(?!\s+(?:ago|from now|hence)\b)(?!-)"),
        ("durpast", r"(?P<pre>[Tt]he past|[Tt]he last|[Tt]he next|[Tt]he coming)\s+(?P<unit>week|month|year|decade)\b"),
        ("duradj", rf"(?P<num>\d+|{nums})-(?P<unit>day|week|month|year|hour|minute)\b(?!s)"),
        ("durplural", r"(?<=\bfor )(?P<unit>days|weeks|months|years|decades)\b"),
        ("time", r"(?<![\d:.])(?P<h>[01]?\d)(?::(?P<m>[0-5]\d))?\s*(?P<ampm>[ap]\.m\.|[AP]\.M\.|[ap]m\b|[AP]M\b)"
                 r"(?:\s+(?P<tz>[A-Z]{3,4})\b)?"),
        ("clock", r"\b(?P<word>noon|midnight)\b"),
        ("quarter", rf"(?:(?:the|its|their)\s+)?"
                    rf"(?:(?P<qual>latest|current|last|previous|year-ago|year-earlier|fiscal)\s+)?"
                    rf"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[-\s]quarter(?:\s+(?:of\s+)?{Y})?"),
        ("holiday", rf"{rel}(?P<holiday>{holidays})(?:,?\s+{Y})?"),
        ("century", r"(?:the\s+)?(?P<n>\d{1,2})(?:st|nd|rd|th)[-\s]century\b|(?P<this>this century)\b"),
        ("ref", rf"(?<![\w-])(?P<ref>{refs})(?![\w-])"),
    ]
    cues = _cues(capitals)
    return [(kind, _WORD_START + rx if kind in _GUARDED else rx, cues.get(_CUES.get(kind, ""))) for kind, rx in p]


@functools.cache
def _cues(capitals: bool) -> dict[str, re.Pattern]:
    full = _forms(capitals)
    return {"month": re.compile(_alt(full["months"])), "weekday": re.compile(_alt(full["wd_full"])),
            "holiday": re.compile(_alt(full["holidays"])),
            **{name: re.compile(rx) for name, rx in _WORD_CUES.items()}}


# Patterns that open with optional words are tried at every character; starting them at word starts
# only keeps a 2,000-word article well under 20 ms. Those that open with a literal are fast already.
_WORD_START = r"(?<!\w)(?=\w)"
_GUARDED = frozenset({"mdy", "dmy", "my", "month", "season", "year", "weekday", "deictic", "ago", "relunit",
                      "duration", "duradj", "quarter", "holiday", "century"})
# On a long text the patterns that need a month name, a weekday or a digit run only over the paragraphs
# (blank-line blocks) holding one: a big page stays near-linear and cheap (issue 14).
_CUES = {"mdy": "month", "dmy": "month", "my": "month", "month": "month", "weekof": "month",
         "weekday": "weekday", "iso": "digit", "slash": "digit", "decade": "decade", "year": "digit", "time": "digit",
         "holiday": "holiday", "season": "season", "newyear": "newyear", "ago": "ago", "century": "century",
         "quarter": "quarter", "deictic": "deictic", "duradj": "duradj", "clock": "clock",
         "relunit": "unit", "beforelast": "unit", "duration": "unit", "durpast": "unit", "durplural": "unit",
         "weekend": "unit"}
# A cue may be looser than its patterns (it only picks the blocks they run over); one that opens with a
# character class is searched for by that class, five times faster than an alternation of such words.
_WORD_CUES = {"digit": r"\d", "season": r"[SsFfAaWw](?:pring|ummer|all|utumn|inter)",
              "newyear": r"[Nn]ew [Yy]ear",
              "ago": r"ago|from now|hence", "century": r"century", "decade": r"0['’]?s", "quarter": r"quarter",
              "deictic": r"[YyTtLl](?:esterday|oday|omorrow|onight|ast night)",
              "duradj": r"-(?:day|week|month|year|hour|minute)", "clock": r"noon|midnight",
              "unit": r"day|week|month|year|decade|centur|quarter|hour|minute"}  # lower case in their patterns
_BLOCK_END = re.compile(r"\n[ \t]*\n\s*")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence spans for tense context, from the one sentence splitter (factcheck.nlp.segment)."""
    from ..segment import segment

    return segment(text) or [(0, len(text))]


def scanned_sentence_spans(text: str, spans: tuple[tuple[int, int], ...] | None = None) -> tuple[tuple[int, int], ...]:
    """The sentence spans find_dates read ``text`` with (given the same ``spans``): split once per text,
    shared with the dateline resolver (splitting a 10 MB page takes over a second)."""
    return _scan(text, spans)[1]


def parse_date(text: str, *, whole: bool = False) -> date | None:
    """The calendar date (day, month and year) ``text`` opens with, or is entirely when ``whole``:
    "Dec. 27, 2024", "27th December 2024", "Friday, Dec. 27, 2024", "2024-12-27", "2024/12/27",
    "12/27/2024". None for anything else, an impossible date included.

    The one reader of written dates outside running text (visible stamps, metadata, corpus records),
    so they are read exactly as the checks read dates in the text.
    """
    text = re.sub(r"^(\d{4})/(\d\d)/(\d\d)\b", r"\1-\2-\3", text.strip())
    first = next(iter(find_dates(text, _UNANCHORED)), None)
    if (first is None or first.start != 0 or (whole and first.end != len(text)) or not first.explicit_year
            or not first.value or len(first.value) != 10):
        return None
    return date.fromisoformat(first.value)


def find_dates(text: str, dateline: Dateline, spans: tuple[tuple[int, int], ...] | None = None) -> list[DateMention]:
    """Every date/time/duration expression in ``text`` with its TIMEX3 value, sorted by start.

    The pattern scan is done once per text (the dateline resolver reads the text without an anchor,
    the checks with one); only the values are computed per dateline. ``spans``: the text's sentence
    spans (segment.segment(text)) when the caller has them already (Analysis.text_spans), else split."""
    kept, spans, starts = _scan(text, spans)
    ctx = _Context(text, _safe_anchor(dateline.date), spans, starts, kept, {})
    out = []
    for _, _, kind, m in kept:
        mention = _normalise(kind, m, ctx)
        if mention is not None:
            out.append(mention)
            ctx.seen.append(mention)
    return out


@functools.lru_cache(maxsize=8)
def _scan(text: str, spans: tuple[tuple[int, int], ...] | None) -> tuple[tuple, tuple, tuple]:
    """The kept pattern matches of ``text``, its sentence spans (``spans`` or split) and starts
    (immutable: shared by calls)."""
    candidates = []
    cuts = [0] + [m.end() for m in _BLOCK_END.finditer(text)] + [len(text)]
    cued: dict[re.Pattern, list[tuple[int, int]]] = {}
    for kind, pattern, cue in _patterns_for(text, capitals=_capital_names().search(text) is not None):
        if cue is None:
            where = [(0, len(text))]
        else:
            if cue not in cued:
                cued[cue] = _blocks_with(cue, text, cuts)
            where = cued[cue]
        for start, end in where:
            for m in _compiled(pattern).finditer(text, start, end):
                if m.end() > m.start() and _plausible(kind, m, text):
                    candidates.append((m.start(), m.end(), kind, m))
    spans = (list(spans) or [(0, len(text))]) if spans is not None else sentence_spans(text)
    return tuple(_longest_first(candidates)), tuple(spans), tuple(s for s, _ in spans)


@functools.cache
def _capital_names() -> re.Pattern:
    """Month and weekday names and abbreviations in capitals ("JANUARY", "JAN", "MON."): every form
    that _patterns(capitals=True) adds."""
    lex = load_lexicon("temporal_words")
    forms = [f for e in (*lex["months"].items(), *lex["weekdays"].items()) for f in (e[0], *e[1]["abbreviations"])]
    return re.compile(_alt({f.upper() for f in forms}))


@functools.lru_cache(maxsize=512)
def _compiled(pattern: str) -> re.Pattern:
    """One of _patterns(), compiled the first time a text has its cue (each costs up to 1 ms)."""
    return re.compile(pattern)


def _blocks_with(cue: re.Pattern, text: str, cuts: list[int]) -> list[tuple[int, int]]:
    """The blocks (between consecutive ``cuts``) where ``cue`` occurs: one search per such block."""
    out, pos = [], 0
    while (m := cue.search(text, pos)) is not None:
        k = bisect.bisect_right(cuts, m.start()) - 1
        out.append((cuts[k], cuts[k + 1]))
        pos = cuts[k + 1]
    return out


def _safe_anchor(day: date | None) -> date | None:
    """The dateline as an anchor, or None when date arithmetic around it would leave the calendar
    (a placeholder such as 0001-01-01 in a page's metadata)."""
    return day if day is not None and MIN_YEAR <= day.year <= MAX_YEAR else None


def _longest_first(candidates):
    """The longest candidates that do not overlap a longer one (ties: the earlier), in text order."""
    chosen: list[tuple] = []
    starts: list[int] = []  # the chosen spans, disjoint, kept sorted: a new span can only overlap its neighbours
    ends: list[int] = []
    for c in sorted(candidates, key=lambda c: (-(c[1] - c[0]), c[0])):
        i = bisect.bisect_left(starts, c[0])
        if (i > 0 and ends[i - 1] > c[0]) or (i < len(starts) and starts[i] < c[1]):
            continue
        starts.insert(i, c[0])
        ends.insert(i, c[1])
        chosen.append(c)
    return sorted(chosen, key=lambda c: c[0])


def _plausible(kind: str, m: re.Match, text: str) -> bool:
    """Cheap guards against the commonest false hits of each pattern."""
    before = text[max(0, m.start() - 12):m.start()].lower()
    after = text[m.end():m.end() + 16].lower()
    if kind == "month" and m.group("month") in ("May", "MAY", "March", "MARCH") and not (
            m.group("mod") or m.group("rel") or m.group("tail")):
        return bool(re.search(r"\b(?:in|since|until|till|by|of|from|through|during|before|after|early|late|"
                              r"mid|last|next|this|that|to|and|or|between)\s+$", before))
    if kind == "month" and m.group("month").lower() in _words()["months"] and m.group("month")[-1] != "." and \
            len(m.group("month")) <= 4 and m.group("month").lower() not in ("may", "june", "july"):
        return False
    if kind == "season" and not (m.group("rel") or m.group("year") or m.group("mod")):
        return bool(re.search(r"\b(?:in|since|until|till|by|through|during|before|after|the|this|of)\s+$",
                              before)) and not re.match(r"\s*(?:of\b|season|term|semester|offensive|collection)",
                                                        after)
    if kind == "year":
        return _is_year(m, before, after)
    if kind == "dmy" and not m.group("year") and re.match(r"\s*(?:percent|%)", after):
        return False
    if kind == "ref":
        return _is_reference(m, before, after)
    if kind == "duration" and m.group("num").lower() in ("a", "an") and not m.group("pre"):
        return bool(re.search(r"\b(?:for|in|over|within|about|nearly|almost|than|after|last|lasted|took|spent)\s+$",
                              before))
    return True


def _is_year(m: re.Match, before: str, after: str) -> bool:
    year = int(m.group("year"))
    if not 1600 <= year <= 2099 or before.endswith(("$", "no. ", "#", "number ")):
        return False
    word = re.match(r"\s*([a-z]+)", after)
    if word and word.group(1) in _words()["count_nouns"]:
        return False
    if re.match(r"\s*(?:-|to|and)\s*\d", after) and not re.match(r"\s*(?:-|to|and)\s*(?:1[6-9]|20)\d\d\b", after):
        return False
    return not re.search(r"\b(?:about|some|nearly|almost|over|than|least|of the|only|just|to|and)\s+$", before) \
        or m.group("mod") is not None or re.search(r"\b(?:since|in|of|from|until|by|before|after)\s+$", before) \
        or bool(re.match(r"\s*(?:[.,;)]|$)", after))


def _is_reference(m: re.Match, before: str, after: str) -> bool:
    word = m.group("ref").lower()
    if word == "now" and re.match(r"\s*(?:that|defunct)\b", after):
        return word == "now" and not before.rstrip().endswith(("by", "until", "till"))
    if word == "future" and re.match(r"\s+[a-z]", after) and not before.rstrip().endswith(("the", "near")):
        return True
    if word == "current":
        return bool(re.match(r"\s+[a-z]", after))
    return True


class _Context:
    """What normalisation needs beyond the match: the text, the dateline, sentence spans, earlier mentions."""

    def __init__(self, text: str, anchor: date | None, spans, starts, kept, cues: dict):
        self.text, self.anchor, self.spans, self.starts = text, anchor, spans, starts
        self.kept = kept
        self.seen: list[DateMention] = []
        self._tenses: dict[int, Tense] = {}
        self._cues = cues

    @functools.cached_property
    def _kept_starts(self) -> list[int]:
        return [k[0] for k in self.kept]

    @functools.cached_property
    def day_first(self) -> bool:
        """The text writes slash dates day first: one has a first number above 12, none a second."""
        pairs = [(int(m.group("mon")), int(m.group("day"))) for s, e, kind, m in self.kept if kind == "slash"]
        return any(a > 12 for a, b in pairs) and not any(b > 12 for a, b in pairs)

    def tense(self, start: int, end: int) -> Tense:
        """Tense of the clause around text[start:end] (cached per mention)."""
        if start not in self._tenses:
            i = max(0, bisect.bisect_right(self.starts, start) - 1)
            s, e = self.spans[i]
            first = bisect.bisect_left(self._kept_starts, s)
            last = bisect.bisect_left(self._kept_starts, e, first)  # the matches starting in the sentence
            masks = tuple((a - s, b - s) for a, b, _, _ in self.kept[first:last] if b <= e)
            self._tenses[start] = tense_of(self.text[s:e], start - s, end - s, masks=masks, cache=self._cues)
        return self._tenses[start]

    def direction(self, start: int, end: int) -> str:
        """past, future or nearest: which way a year-less or weekday-only expression points."""
        t = self.tense(start, end)
        if t.tense in _PAST and not t.plan:
            return "past"
        if t.tense in ("future", "future-in-past") or t.plan:
            return "future"
        return "nearest"

    def sentence_text(self, start: int) -> str:
        i = max(0, bisect.bisect_right(self.starts, start) - 1)
        s, e = self.spans[i]
        return self.text[s:e]


def _normalise(kind: str, m: re.Match, ctx: _Context) -> DateMention | None:
    """The mention for one kept match, its value computed by the handler of its kind.

    An absurd number ("900000 years ago") that leaves the calendar gives a mention without a value."""
    try:
        return _HANDLERS[kind](m, ctx)
    except (OverflowError, ValueError):
        return _mention(m, "DATE", None, "relative")


def _mention(m: re.Match, type_: str, value: str | None, kind: str, *, span=None, explicit_year=False,
             weekday=None) -> DateMention:
    s, e = span or m.span()
    text = m.string[s:e]
    return DateMention(text=text, start=s, end=e, type=type_, value=value, kind=kind,
                       explicit_year=explicit_year, weekday=weekday)


def _ymd(y: int, mo: int, d: int) -> str:
    return f"{y:04d}-{mo:02d}-{d:02d}"


def _valid(y: int, mo: int, d: int) -> bool:
    return 1 <= mo <= 12 and 1 <= d <= calendar.monthrange(y, mo)[1]


def _month_of(m: re.Match) -> int:
    return _words()["months"][m.group("month").casefold().rstrip(".")]


def _weekday_of(m: re.Match) -> int | None:
    wd = m.groupdict().get("wd")
    return _words()["weekdays"][wd.lower().rstrip(".")] if wd else None


def _tail_year(m: re.Match, anchor: date | None) -> int | None:
    rel = m.groupdict().get("tailrel")
    if not rel or anchor is None:
        return None
    return anchor.year + {"this": 0, "next": 1, "last": -1}[rel]


def _end_of_date(m: re.Match) -> int:
    """The end of a date match without a trailing "this year" (kept in the match so it is not tagged twice)."""
    return m.start("tail") if m.groupdict().get("tail") else m.end()


def _calendar_date(m: re.Match, ctx: _Context) -> DateMention:
    month, day = _month_of(m), int(m.group("day"))
    weekday = _weekday_of(m)
    span = (m.start(), _end_of_date(m))
    if weekday is not None and _weekday_is_a_name(m):
        weekday, span = None, (min(m.start("month"), m.start("day")), span[1])
    gd = m.groupdict()
    year = int(gd["year"]) if gd.get("year") else None
    if year is not None:
        if not _valid(year, month, day):
            return _mention(m, "DATE", None, "impossible", span=span, explicit_year=True, weekday=weekday)
        return _mention(m, "DATE", _ymd(year, month, day), "absolute", span=span, explicit_year=True,
                        weekday=weekday)
    if not _valid(2024, month, day):
        if not _read_as_date(m, span):
            return None  # "In March 32 people died", "In April 31 of the 50 states": a count after the month
        return _mention(m, "DATE", None, "impossible", span=span, weekday=weekday)
    year = _tail_year(m, ctx.anchor) or _range_year(m.string, span[1], month)
    anchored = year is None and (year := _context_year(month, day, span, ctx)) is not None
    if year is None and ctx.anchor is not None:
        rel = (gd.get("rel") or "").lower()
        direction = "past" if rel in ("last", "this past") else "future" if rel in ("next", "this coming") \
            else ctx.direction(*span)
        year = _pick_year(month, day, weekday, ctx.anchor, direction)
    value = _ymd(year, month, day) if year and _valid(year, month, day) else f"XXXX-{month:02d}-{day:02d}"
    kind = "weekday" if weekday is not None else "anchored" if anchored else "partial"
    return _mention(m, "DATE", value, kind, span=span, weekday=weekday)


def _weekday_is_a_name(m: re.Match) -> bool:
    """"The Sun, March 3" (a newspaper), "took the SAT, March 9" (a test): a bare three-letter weekday
    abbreviation after "the", or in capitals, names something else."""
    wd = m.group("wd")
    if wd.endswith(".") or wd.lower() in _words()["full_weekdays_lower"]:
        return False
    return wd.isupper() or bool(re.search(r"\bthe\s+$", m.string[max(0, m.start() - 5):m.start()], re.I))


_ON_BEFORE = LazyPattern(r"\b(?:on|of)\s+(?:the\s+)?$", re.I)
_DAY_FIRST_BEFORE = LazyPattern(r"(?:\b(?:on|of|the|by|until|till|from|since|before|after|dated)\s+|^\s*)$", re.I)
_DATE_FOLLOWER = LazyPattern(r"\s+(?:in|at|and|or|to|that|when|as|after|before|until|deadline|meeting|vote|"
                             r"election|summit|date|holiday|session)\b")


def _read_as_date(m: re.Match, span) -> bool:
    """A year-less month-day with no such day reads as a date only in a date's setting: a weekday, an
    abbreviated month ("Feb. 30"), "on" before it ("by" or "the" too for "31 June"), punctuation or a
    date's usual next word after it. Otherwise the number counts what follows ("In March 32 people
    died", "made 31 June deliveries")."""
    text, gd = m.string, m.groupdict()
    if int(gd["day"]) > 31:
        return False
    if gd.get("wd") or gd["month"].endswith("."):
        return True
    after = text[span[1]:span[1] + 20]
    before = text[max(0, m.start() - 12):m.start()]
    day_first = m.start("day") < m.start("month")
    return bool((_ON_BEFORE if not day_first else _DAY_FIRST_BEFORE).search(before)) or not after.strip() or \
        after[0] in ",.;:)" or bool(_DATE_FOLLOWER.match(after))


_RANGE_END = LazyPattern(r"\s*(?:to|through|until|and|-|–|—)\s*(?:(?P<month>[A-Z][a-z]{2,8}\.?)\s+)?"
                         r"[0-3]?\d(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b")


def _range_year(text: str, end: int, month: int) -> int | None:
    """The year a range's end gives its start: "from Dec. 30 to Jan. 3, 2025" puts Dec. 30 in 2024."""
    m = _RANGE_END.match(text, end, end + 40)
    if not m:
        return None
    year = int(m.group("year"))
    other = _words()["months"].get((m.group("month") or "").lower().rstrip("."), month)
    return year - 1 if other < month else year


def _context_year(month: int, day: int, span, ctx: _Context) -> int | None:
    """A year fixed by the sentence: an office-taking event on the term start, in rules/timelines, of
    someone the sentence names."""
    if ctx.anchor is None:
        return None
    from .roles import office_event_near, term_start_years

    sentence = ctx.sentence_text(span[0])
    if not office_event_near(sentence):
        return None
    years = [y for y in term_start_years(month, day, text=sentence) if abs(y - ctx.anchor.year) <= 1]
    return min(years, key=lambda y: abs(date(y, month, day) - ctx.anchor)) if years else None


def _pick_year(month: int, day: int, weekday: int | None, anchor: date, direction: str) -> int:
    """The year of a year-less date: by direction from the dateline, preferring years its weekday fits."""
    cands = [date(y, month, day) for y in (anchor.year - 1, anchor.year, anchor.year + 1) if _valid(y, month, day)] \
        or [date(y, month, day) for y in range(anchor.year - 4, anchor.year + 5) if _valid(y, month, day)]
    if weekday is not None:
        # the weekday picks the year among those a year-less date can mean: within about 11 months,
        # or 13 in the direction of the tense ("a year ago, on Friday, Nov. 17")
        lo, hi = {"past": (-WEEKDAY_REACH, 330), "future": (-330, WEEKDAY_REACH)}.get(direction, (-330, 330))
        fitting = [c for c in cands if c.weekday() == weekday and lo <= (c - anchor).days <= hi]
        if fitting:
            cands = fitting
    if direction == "past":
        past = [c for c in cands if c <= anchor + timedelta(days=1)]
        soon = [c for c in cands if timedelta(0) < c - anchor <= timedelta(days=45)]
        if past and (anchor - max(past)).days > 300 and soon:
            return soon[0].year
        return max(past).year if past else min(cands, key=lambda c: abs(c - anchor)).year
    if direction == "future":
        ahead = [c for c in cands if c >= anchor - timedelta(days=1)]
        return min(ahead).year if ahead else min(cands, key=lambda c: abs(c - anchor)).year
    return min(cands, key=lambda c: (abs((c - anchor).days), c > anchor)).year


def _iso(m: re.Match, ctx: _Context) -> DateMention:
    y, mo, d = int(m.group("year")), int(m.group("mon")), int(m.group("day"))
    if not _valid(y, mo, d):
        return _mention(m, "DATE", None, "impossible", explicit_year=True)
    return _mention(m, "DATE", _ymd(y, mo, d), "absolute", explicit_year=True)


def _month_year(m: re.Match, ctx: _Context) -> DateMention:
    return _mention(m, "DATE", f"{int(m.group('year')):04d}-{_month_of(m):02d}", "absolute", explicit_year=True)


def _month(m: re.Match, ctx: _Context) -> DateMention:
    month = _month_of(m)
    span = (m.start(), _end_of_date(m))
    anchor = ctx.anchor
    if anchor is None:
        return _mention(m, "DATE", f"XXXX-{month:02d}", "partial", span=span)
    rel = (m.group("rel") or "").lower()
    year = _tail_year(m, anchor)
    if year is None:
        if rel == "last" or rel == "this past":
            year = anchor.year if month < anchor.month else anchor.year - 1
        elif rel in ("next", "this coming"):
            year = anchor.year if month > anchor.month else anchor.year + 1
        elif rel == "this":
            year = anchor.year
        else:
            year = _pick_month_year(month, anchor, ctx.direction(*span))
    return _mention(m, "DATE", f"{year:04d}-{month:02d}", "partial", span=span)


def _pick_month_year(month: int, anchor: date, direction: str) -> int:
    if direction == "past":
        return anchor.year if month <= anchor.month else anchor.year - 1
    if direction == "future":
        return anchor.year if month >= anchor.month else anchor.year + 1
    diff = month - anchor.month
    return anchor.year + (1 if diff < -6 else -1 if diff > 6 else 0)


def _season(m: re.Match, ctx: _Context) -> DateMention:
    code = _words()["seasons"][m.group("season").casefold()]
    if m.group("year"):
        return _mention(m, "DATE", f"{int(m.group('year'))}-{code}", "absolute", explicit_year=True)
    anchor = ctx.anchor
    if anchor is None:
        return _mention(m, "DATE", f"XXXX-{code}", "partial")
    start_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
    rel = (m.group("rel") or "").lower()
    current = _season_of(anchor)
    if rel in ("last", "this past"):
        year = anchor.year if start_month < _season_start(anchor) else anchor.year - 1
    elif rel in ("next", "this coming", "the coming"):
        year = anchor.year if start_month > _season_start(anchor) else anchor.year + 1
    elif rel == "this" or code == current:
        year = anchor.year
    else:
        direction = ctx.direction(m.start(), m.end())
        year = _pick_month_year(start_month, anchor, direction)
    if code == "WI" and anchor.month <= 2 and year == anchor.year and rel not in ("next",):
        year -= 1
    return _mention(m, "DATE", f"{year}-{code}", "partial")


def _season_start(d: date) -> int:
    return {12: 12, 1: 12, 2: 12}.get(d.month, (d.month // 3) * 3)


def _season_of(d: date) -> str:
    return {3: "SP", 6: "SU", 9: "FA", 12: "WI"}[_season_start(d)]


def _decade(m: re.Match, ctx: _Context) -> DateMention:
    dec = m.group("dec").lstrip("'")
    if len(dec) == 2:
        century = "19" if ctx.anchor is None or int(dec) > ctx.anchor.year % 100 else "20"
        dec = century + dec
    return _mention(m, "DATE", dec[:3] + "X", "absolute", explicit_year=True)


def _year(m: re.Match, ctx: _Context) -> DateMention:
    kind = "fiscal" if m.group("fiscal") else "absolute"
    return _mention(m, "DATE", f"{int(m.group('year')):04d}", kind, explicit_year=True)


def _weekday(m: re.Match, ctx: _Context) -> DateMention:
    weekday = _weekday_of(m)
    anchor = ctx.anchor
    if anchor is None:
        return _mention(m, "DATE", None, "weekday", weekday=weekday)
    rel = (m.group("rel") or "").lower()
    delta = (weekday - anchor.weekday()) % 7
    if rel in ("last", "this past", "the past"):
        day = anchor - timedelta(days=(anchor.weekday() - weekday) % 7 or 7)
    elif rel in ("next", "this coming", "the coming"):
        day = anchor + timedelta(days=delta or 7)
    elif rel == "this":
        day = anchor + timedelta(days=weekday - anchor.weekday())
    elif _weekday_ahead(m, ctx):
        day = anchor + timedelta(days=delta)
    else:
        day = anchor - timedelta(days=(anchor.weekday() - weekday) % 7)
    return _mention(m, "DATE", day.isoformat(), "weekday", weekday=weekday)


def _weekday_ahead(m: re.Match, ctx: _Context) -> bool:
    """A bare weekday points ahead when its clause does; a possessive ("Friday's ruling") only with "will"."""
    if m.string.startswith(("'s", "’s"), m.end()):
        return ctx.tense(m.start(), m.end()).tense == "future"
    return ctx.direction(m.start(), m.end()) == "future"


def _deictic(m: re.Match, ctx: _Context) -> DateMention:
    word = m.group("deictic").lower()
    offset = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0, "last night": -1,
              "the day before yesterday": -2, "the day after tomorrow": 2}[word]
    part = m.group("part") or ("night" if word in ("tonight", "last night") else None)
    if ctx.anchor is None:
        return _mention(m, "DATE", None, "relative")
    suffix = _words()["parts"][part] if part and word != "tonight" else ""
    return _mention(m, "DATE", (ctx.anchor + timedelta(days=offset)).isoformat() + suffix, "relative")


def _partday(m: re.Match, ctx: _Context) -> DateMention:
    if ctx.anchor is None:
        return _mention(m, "TIME", None, "relative")
    return _mention(m, "TIME", ctx.anchor.isoformat() + _words()["parts"][m.group("part")], "relative")


def _number(word: str) -> int | None:
    word = word.lower()
    if word.isdigit():
        return int(word)
    return _words()["numbers"].get(word)


def _unit_key(unit: str) -> str:
    unit = unit.lower()
    return "century" if unit.startswith("centur") else "day" if unit.startswith("night") else unit.rstrip("s")


def _ago(m: re.Match, ctx: _Context) -> DateMention:
    n = _number(m.group("num")) or 1
    unit = _unit_key(m.group("unit"))
    sign = -1 if m.group("dir").lower() == "ago" else 1
    anchor = ctx.anchor
    if anchor is None or unit in ("hour", "minute"):
        return _mention(m, "DATE" if unit not in ("hour", "minute") else "TIME", None, "relative")
    return _mention(m, "DATE", _shift(anchor, unit, sign * n), "relative")


def _shift(anchor: date, unit: str, n: int) -> str:
    """The TIMEX3 value of the ``unit`` that lies ``n`` units from ``anchor``."""
    if unit == "day":
        return (anchor + timedelta(days=n)).isoformat()
    if unit in ("week", "weekend"):
        y, w, _ = (anchor + timedelta(weeks=n)).isocalendar()
        return f"{y}-W{w:02d}" + ("-WE" if unit == "weekend" else "")
    if unit == "month":
        total = anchor.year * 12 + anchor.month - 1 + n
        return f"{total // 12:04d}-{total % 12 + 1:02d}"
    if unit == "quarter":
        q = anchor.year * 4 + (anchor.month - 1) // 3 + n
        return f"{q // 4}-Q{q % 4 + 1}"
    if unit == "decade":
        return f"{anchor.year + 10 * n:04d}"
    if unit == "century":
        return f"{(anchor.year - 1) // 100 + n + 1 - 1:02d}"
    return f"{anchor.year + n:04d}"


def _relunit(m: re.Match, ctx: _Context) -> DateMention:
    rel = m.group("rel").lower()
    unit = m.group("unit").lower()
    if unit == "day" or rel in ("that", "that same", "the same", "the following", "the previous"):
        return _anaphoric(m, ctx, unit, {"the following": 1, "the previous": -1}.get(rel, 0))
    anchor = ctx.anchor
    if anchor is None:
        return _mention(m, "DATE", None, "relative")
    n = {"this": 0, "the current": 0, "last": -1, "the previous": -1, "next": 1, "the coming": 1,
         "the following": 1}[rel]
    if unit == "century" and n == 0:
        return _mention(m, "DATE", f"{anchor.year // 100:02d}", "relative")
    return _mention(m, "DATE", _shift(anchor, unit, n), "relative")


def _before_last(m: re.Match, ctx: _Context) -> DateMention:
    """"the week before last", "the year before last": two of the unit back from the anchor."""
    if ctx.anchor is None:
        return _mention(m, "DATE", None, "relative")
    return _mention(m, "DATE", _shift(ctx.anchor, m.group("unit").lower(), -2), "relative")


def _anaphoric(m: re.Match, ctx: _Context, unit: str, offset: int) -> DateMention:
    """"that day", "the next day", "that year": relative to the last date mentioned before."""
    previous = next((d for d in reversed(ctx.seen) if d.type == "DATE" and d.value and d.value[:4].isdigit()), None)
    if previous is None:
        return _mention(m, "DATE", None, "anaphoric")
    value = previous.value
    if unit in ("day", "morning", "evening", "night") and re.fullmatch(r"\d{4}-\d\d-\d\d", value[:10]):
        day = date.fromisoformat(value[:10]) + timedelta(days=offset)
        return _mention(m, "DATE", day.isoformat(), "anaphoric")
    if unit == "year":
        return _mention(m, "DATE", str(int(value[:4]) + offset), "anaphoric")
    if unit == "month" and re.fullmatch(r"\d{4}-\d\d", value[:7]):
        return _mention(m, "DATE", _shift(date(int(value[:4]), int(value[5:7]), 1), "month", offset), "anaphoric")
    return _mention(m, "DATE", None, "anaphoric")


def _nextday(m: re.Match, ctx: _Context) -> DateMention:
    offset = -1 if m.group("rel").lower() == "the previous" else 1
    return _anaphoric(m, ctx, m.group("unit").lower(), offset)


def _newyear(m: re.Match, ctx: _Context) -> DateMention:
    anchor = ctx.anchor
    if anchor is None:
        return _mention(m, "DATE", None, "relative")
    return _mention(m, "DATE", str(anchor.year + (1 if anchor.month >= 10 else 0)), "relative")


def _weekend(m: re.Match, ctx: _Context) -> DateMention:
    anchor = ctx.anchor
    if anchor is None:
        return _mention(m, "DATE", None, "relative")
    n = 0 if ctx.direction(m.start(), m.end()) == "future" or anchor.weekday() >= 5 else -1
    return _mention(m, "DATE", _shift(anchor, "weekend", n), "relative")


def _duration(m: re.Match, ctx: _Context) -> DateMention:
    unit = _unit_key(m.group("unit"))
    entry = _words()["units"][unit]
    gd = m.groupdict()
    n = _number(gd["num"]) if gd.get("num") else (1 if gd.get("pre") else None)
    count = str(n) if n else "X"
    if entry.get("time"):
        return _mention(m, "DURATION", f"PT{count}{entry['letter']}", "duration")
    return _mention(m, "DURATION", f"P{count}{entry['letter']}", "duration")


def _time(m: re.Match, ctx: _Context) -> DateMention:
    h = int(m.group("h")) % 12 + (12 if m.group("ampm").lower().startswith("p") else 0)
    minute = int(m.group("m") or 0)
    if h > 23:
        return None
    day = ctx.anchor.isoformat() if ctx.anchor else "XXXX-XX-XX"
    return _mention(m, "TIME", f"{day}T{h:02d}:{minute:02d}", "time")


def _clock(m: re.Match, ctx: _Context) -> DateMention:
    day = ctx.anchor.isoformat() if ctx.anchor else "XXXX-XX-XX"
    return _mention(m, "TIME", f"{day}T{'12' if m.group('word') == 'noon' else '24'}:00", "time")


def _quarter(m: re.Match, ctx: _Context) -> DateMention:
    q = {"first": 1, "second": 2, "third": 3, "fourth": 4}.get(m.group("ord").lower(), None) or int(m.group("ord")[0])
    if m.group("year"):
        return _mention(m, "DATE", f"{m.group('year')}-Q{q}", "absolute", explicit_year=True)
    anchor = ctx.anchor
    if anchor is None:
        return _mention(m, "DATE", f"XXXX-Q{q}", "partial")
    current = (anchor.month - 1) // 3 + 1
    qual = (m.group("qual") or "").lower()
    year = anchor.year - (1 if q > current or qual in ("year-ago", "year-earlier") else 0)
    if ctx.direction(m.start(), m.end()) == "future" and q > current:
        year = anchor.year
    return _mention(m, "DATE", f"{year}-Q{q}", "partial")


def _holiday(m: re.Match, ctx: _Context) -> DateMention:
    rule = _words()["holidays"][m.group("holiday").casefold()]
    if m.group("year"):
        y = int(m.group("year"))
        return _mention(m, "DATE", _holiday_date(rule, y).isoformat(), "absolute", explicit_year=True)
    anchor = ctx.anchor
    if anchor is None:
        return _mention(m, "DATE", None, "partial")
    rel = (m.group("rel") or "").lower()
    days = [_holiday_date(rule, y) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    if rel in ("last", "this past"):
        day = max(d for d in days if d < anchor)
    elif rel in ("next", "this coming", "the coming"):
        day = min(d for d in days if d > anchor)
    else:
        direction = ctx.direction(m.start(), m.end())
        if direction == "past":
            day = max(d for d in days if d <= anchor)
        elif direction == "future":
            day = min(d for d in days if d >= anchor)
        else:
            day = min(days, key=lambda d: abs(d - anchor))
    return _mention(m, "DATE", day.isoformat(), "partial")


def _holiday_date(rule: dict, year: int) -> date:
    if "day" in rule:
        return date(year, rule["month"], rule["day"])
    if "after_monday" in rule:
        first = date(year, rule["month"], 1)
        monday = first + timedelta(days=(0 - first.weekday()) % 7)
        return monday + timedelta(days=1)
    days = [date(year, rule["month"], d) for d in range(1, calendar.monthrange(year, rule["month"])[1] + 1)
            if date(year, rule["month"], d).weekday() == rule["weekday"]]
    return days[rule["nth"] - 1] if rule["nth"] > 0 else days[rule["nth"]]


def _century(m: re.Match, ctx: _Context) -> DateMention:
    if m.group("this"):
        year = ctx.anchor.year if ctx.anchor else None
        return _mention(m, "DATE", f"{year // 100:02d}" if year else None, "relative")
    return _mention(m, "DATE", f"{int(m.group('n')) - 1:02d}", "absolute", explicit_year=True)


def _ref(m: re.Match, ctx: _Context) -> DateMention:
    return _mention(m, "DATE", _words()["refs"][m.group("ref").casefold()], "reference")


_HANDLERS = {
    "iso": _iso, "slash": lambda m, ctx: _iso_slash(m, ctx), "mdy": _calendar_date, "dmy": _calendar_date,
    "my": _month_year, "month": _month, "season": _season, "decade": _decade, "year": _year,
    "weekday": _weekday, "deictic": _deictic, "partday": _partday, "ago": _ago, "relunit": _relunit,
    "beforelast": _before_last,
    "newyear": _newyear, "weekend": _weekend, "nextday": _nextday, "duration": _duration,
    "durpast": _duration, "duradj": _duration, "durplural": _duration, "time": _time, "clock": _clock,
    "quarter": _quarter, "weekof": lambda m, ctx: _week_of(m, ctx), "holiday": _holiday, "century": _century,
    "ref": _ref,
}


def _iso_slash(m: re.Match, ctx: _Context) -> DateMention:
    """"03/17/2025" month first; "17/03/2025" day first, and every slash date of a text that has one."""
    y, mo, d = int(m.group("year")), int(m.group("mon")), int(m.group("day"))
    if ctx.day_first:
        mo, d = d, mo
    if not _valid(y, mo, d):
        return _mention(m, "DATE", None, "impossible", explicit_year=True)
    return _mention(m, "DATE", _ymd(y, mo, d), "absolute", explicit_year=True)


def _week_of(m: re.Match, ctx: _Context) -> DateMention:
    mention = _calendar_date(m, ctx)
    if mention.value and mention.value[:4].isdigit():
        y, w, _ = date.fromisoformat(mention.value).isocalendar()
        return _mention(m, "DATE", f"{y}-W{w:02d}", "partial")
    return mention
