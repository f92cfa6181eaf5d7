"""The document's dateline: the date it speaks from, from every signal the document gives.

Order of trust: an explicit --dateline; structured metadata (JSON-LD, meta tags, <time>, front
matter) when the text does not contradict it; the text's own weekday+date pairs ("Thursday,
December 26" fits 2024, 2019, 2013...: the year every pair and every past-tense year agrees on,
nearest before today or the metadata); weak relative stamps ("3 days ago" against the fetch time);
the latest dated event the text reports in the past tense.
"""
import bisect
import functools
import re
from datetime import date, timedelta
from typing import NamedTuple

from ...lazy_pattern import LazyPattern
from ...model import DateMention, Dateline, Document, Sentence
from .dates import _pick_year, find_dates, scanned_sentence_spans
from .tense import Tense, tense_of

WINDOW = timedelta(days=6)  # a weekday named with its date is within the week the writer speaks from
_NO_ANCHOR = Dateline(None, "", "low")
SCHEDULE_AHEAD = timedelta(days=330)  # how far ahead of today a text's schedule may reach
ACROSS_NEW_YEAR = 60  # days: a pair of last December in a January article fits the metadata
REPUBLISHED = 31  # days: two publication dates closer than this are a time zone or a same-month re-post
_SECONDARY = re.compile(r"^(?:time datetime|relative stamp)")
EARLIEST_STAMP_YEAR = 1800  # older metadata dates are placeholders, not publication dates
_PLACEHOLDER_DAYS = frozenset({date(1970, 1, 1), date(1900, 1, 1)})


class DatelineConflict(NamedTuple):
    """Two strong signals that put the document on different dates."""

    first: date
    first_basis: str
    second: date
    second_basis: str


class _TextEvidence(NamedTuple):
    """What the text itself says about its date: the fitting year, the pairs, the latest past event."""

    date: date | None
    basis: str
    latest: date | None
    years: tuple[int, ...]  # every year all the pairs fit (newest first)
    ahead: bool = False  # only pairs still to come ("will open on Friday, May 2"): the text is dated before
    pairs: tuple[DateMention, ...] = ()


def resolve_dateline(document: Document, sentences: list[Sentence], *, explicit: date | None,
                     today: date, policy: str = "infer", spans: tuple[tuple[int, int], ...] | None = None) -> Dateline:
    """The date the document speaks from, with the basis a reader can check and a confidence.

    ``policy`` (Options.dateline_policy): "infer" weighs all signals; "metadata" trusts metadata over
    the text; "text" trusts the text's own weekday-date pairs over metadata. ``spans``: the text's
    sentence spans when the caller has them (Analysis.text_spans), else the text is split.
    """
    if explicit is not None:
        return Dateline(explicit, f"--dateline {explicit.isoformat()}", "high", explicit)
    strong, weak = _signals(document, today)
    stamp = _text_stamp(document.text)
    near = strong[0][0] if strong else stamp[0] if stamp else None
    text = _text_evidence(document.text, today, near, spans)
    if policy == "metadata" and strong:
        return Dateline(strong[0][0], strong[0][1], "high", strong[0][0])
    if policy == "text" and text.date is not None and text.years:
        return Dateline(text.date, text.basis, "medium", text.latest)
    if stamp and not strong:
        day, basis = stamp
        if text.date is None or not text.years or _agrees(day, text):
            return Dateline(day, basis, "high" if text.years else "medium", day)
    if strong:
        meta, basis = strong[0]
        if text.date is None or _agrees(meta, text):
            agreeing = f"; agrees with {text.basis}" if text.years else ""
            return Dateline(meta, basis + agreeing, "high", meta)
        if _weekday_slip(meta, text, document.text, spans):
            # (the conflict is still reported: dateline_conflict)
            return Dateline(meta, f"{basis} (against {text.basis})", "medium", meta)
        return Dateline(text.date, f"{text.basis} (metadata says {meta.isoformat()})", "medium", text.latest)
    if text.date is not None and text.years:
        return Dateline(text.date, text.basis, "low" if text.ahead else "medium", text.latest)
    if weak:
        day, basis = weak[0]
        return Dateline(day, basis, "low", None if _COARSE_STAMP.search(basis) else day)
    if text.date is not None:
        return Dateline(text.date, text.basis, "low", None)
    unresolved = next((s.basis for s in document.date_signals if s.weak and not s.value), None)
    if unresolved:
        return Dateline(None, f"only a weak stamp is left: {unresolved}", "low")
    return Dateline(None, "no date signal: no metadata, no weekday-date pair, no dated past event", "low")


def dateline_conflict(document: Document, sentences: list[Sentence], today: date,
                      spans: tuple[tuple[int, int], ...] | None = None) -> DatelineConflict | None:
    """Two strong signals about the article itself that cannot both be true: its document-level
    publication date against another one far from it, against a date line at the top of the text, or
    against weekday-date pairs that fit no year compatible with it.

    A modified date, a secondary ``<time>`` element or a second itemprop (a comment, a sidebar
    article) is no rival; pairs may name events still to come or earlier in the same year."""
    strong, _ = _signals(document, today)
    if not strong or not _document_level(strong[0][1]):
        return None
    meta, basis = strong[0]
    for other, other_basis in strong[1:]:
        if _document_level(other_basis) and other_basis.startswith(("json-ld", "meta ")) and \
                abs((other - meta).days) > REPUBLISHED:  # a visible stamp or itemprop may be a sidebar's
            return DatelineConflict(meta, basis, other, other_basis)
    stamp = _text_stamp(document.text)
    if stamp and abs((stamp[0] - meta).days) > 2 and not _MODIFIED.search(stamp[1]):
        return DatelineConflict(meta, basis, stamp[0], stamp[1])
    text = _text_evidence(document.text, today, meta, spans)
    if text.date is not None and text.years and not _agrees(meta, text):
        return DatelineConflict(meta, basis, text.date, text.basis)
    return None


def _document_level(basis: str) -> bool:
    """A publication date about the article itself (JSON-LD, meta tags, itemprop, front matter, a stamp)."""
    return not _MODIFIED.search(basis) and not _SECONDARY.match(basis)


_EVENT_TIME = re.compile(r"\b(?:on|in|at|during|dated)\s+$", re.I)
_DEADLINE = LazyPattern(r"\b(?:by|until|till|through|before|no later than|ahead of)\s+$", re.I)
_COARSE_STAMP = LazyPattern(r"\b(?:months?|years?)\b", re.I)  # "4 years ago": no day to check tenses against
_MODIFIED = re.compile(r"modif|updat|revis", re.I)  # a later edit is no rival to the publication date
_STAMP_LINE = re.compile(
    r"^[ \t]*(?:(?P<city>[A-Z][A-Z .,'()-]{2,40}(?:,[ \t]*[A-Z][A-Za-z.'-]*(?:[ \t][A-Z][A-Za-z.'-]*){0,3})?),[ \t]*"
    r"|(?P<label>Published|Updated|Posted|Dated|Date|First published)"
    r"(?: on)?:?[ \t]*)?(?P<rest>[^\n]{6,})$", re.M)
_STAMP_END = LazyPattern(r"^\s*(?:\((?:AP|Reuters|AFP|Xinhua|dpa|UPI|Bloomberg)\)|--|—|–|-\s|$|\d{1,2}[:.]\d\d|at\b)")


def _text_stamp(text: str) -> tuple[date, str] | None:
    """A visible date line near the top: "WASHINGTON, Dec. 26, 2024 —", "Published: December 26, 2024"."""
    head = text[:600]
    for line in _STAMP_LINE.finditer(head):
        if not (line.group("city") or line.group("label")) and line.start() > 300:
            continue
        rest = line.group("rest")[:80]
        found = [m for m in find_dates(rest, _NO_ANCHOR) if m.explicit_year and m.value and len(m.value) == 10]
        if not found or found[0].start > 2:
            continue
        tail = rest[found[0].end:]
        if line.group("label") or (line.group("city") and _STAMP_END.match(tail)) or not tail.strip(" .,;"):
            shown = line.group()[:line.start("rest") - line.start() + found[0].end].strip()
            return date.fromisoformat(found[0].value), f"date line at the top of the text: '{shown}'"
    return None


def _signals(document: Document, today: date) -> tuple[list[tuple[date, str]], list[tuple[date, str]]]:
    strong, weak = [], []
    for signal in document.date_signals:
        try:
            day = date.fromisoformat(signal.value[:10])
        except ValueError:
            continue
        if _plausible_stamp(day) and day <= today + timedelta(days=1):
            (weak if signal.weak else strong).append((day, signal.basis))
    strong.sort(key=lambda s: _rank(s[1]))
    local = [s for s in strong if _rank(s[1]) in (1, 2)]
    if strong and _rank(strong[0][1]) == 0 and local and abs((local[0][0] - strong[0][0]).days) == 1:
        strong.remove(local[0])  # a UTC stamp a day off what the reader sees: keep the page's local date
        strong.insert(0, local[0])
    return strong, weak


def _rank(basis: str) -> int:
    """Trust order: publication metadata (JSON-LD datePublished, meta, itemprop, a labelled stamp), the
    visible date under the headline, a date in the URL, JSON-LD dateCreated and bare <time>, then
    modified dates."""
    if _MODIFIED.search(basis):
        return 4
    if basis.startswith(("json-ld dateCreated", "time datetime", "meta datecreated")):
        return 3
    if basis.startswith("date in the URL"):
        return 2
    if basis.startswith("visible date under the headline"):
        return 1
    return 0


def _plausible_stamp(day: date) -> bool:
    """A metadata date a page could carry: not a CMS placeholder (0001-01-01, the Unix epoch, 1900-01-01)."""
    return day.year >= EARLIEST_STAMP_YEAR and day not in _PLACEHOLDER_DAYS


def _weekday_slip(meta: date, text: _TextEvidence, document_text: str, spans) -> bool:
    """One weekday-date pair against the metadata, whose day read in the metadata's year keeps the tense
    of its clause ("received the threat on Sunday, Dec. 14" in a page published on Dec. 18, 2016): the
    weekday is the text's slip, or an earlier year's event, not a sign that the page is another year's.
    (Not "The strikes began on Tuesday, December 3" in a page stamped Nov. 21: a past told of a day
    still to come, which the metadata cannot be right about.)"""
    if len(text.pairs) != 1 or text.pairs[0].explicit_year or not text.pairs[0].value:
        return False
    pair = text.pairs[0]
    month, day = int(pair.value[5:7]), int(pair.value[8:10])
    nearest = date(_pick_year(month, day, None, meta, ""), month, day)  # the day in the metadata's year, or next to it
    ahead = _ahead(_tense(document_text, scanned_sentence_spans(document_text, spans), pair))
    return nearest > meta if ahead else nearest <= meta


def _agrees(meta: date, text: _TextEvidence) -> bool:
    """Metadata is compatible with the text when every pair fits the metadata's year (pairs may name
    events still to come or earlier in that year), or lies close to it across a new year, or only
    names events still to come after it (a schedule)."""
    if text.date is None or not text.years or meta.year in text.years:
        return True
    for year in text.years:
        offsets = [(_pair_date(p, year) - meta).days for p in text.pairs]
        if all(abs(d) <= ACROSS_NEW_YEAR for d in offsets) or text.ahead and all(-1 <= d <= 400 for d in offsets):
            return True
    return False


@functools.lru_cache(maxsize=8)
def _text_evidence(text: str, today: date, near: date | None,
                   spans: tuple[tuple[int, int], ...] | None) -> _TextEvidence:
    """The dateline the text implies on its own (pairs, else the latest dated past event); computed once
    per document for the resolver and the conflict check."""
    mentions = find_dates(text, _NO_ANCHOR, spans)
    tense = _ClauseTenses(text, scanned_sentence_spans(text, spans))
    pairs = [m for m in mentions if m.kind == "weekday" and m.value and m.value.startswith("XXXX-")
             or m.weekday is not None and m.explicit_year and _fits_own_year(m)]
    floor = _past_year_floor(text, tense, mentions, today.year)
    if pairs:
        # a schedule ("will play on Sunday, Dec. 6") may name a day still to come: a draft written today
        horizon = today + SCHEDULE_AHEAD if all(_ahead(tense(p)) for p in pairs) else today
        years = _fitting_years(pairs, horizon, floor)
        if near is not None and near.year not in years and floor > near.year:
            unfloored = _fitting_years(pairs, horizon, 0)
            if near.year in unfloored:  # metadata and every pair agree: a later past event is the text's error
                years = unfloored
        if not years and len(pairs) > 1:
            pairs = _majority(pairs, horizon, floor, near)
            years = _fitting_years(pairs, horizon, floor) if pairs else []
        if years:
            ceiling = _future_year_ceiling(tense, mentions)
            if near is None or near.year not in years:  # metadata and pairs agree: an early "will" is the error
                years = [y for y in years if y <= ceiling] or years
            year = min(years, key=lambda y: (abs(y - near.year), -y)) if near else years[0]
            dated = [(_pair_date(p, year), p) for p in pairs]
            past = [d for d in dated if not _ahead(tense(d[1]))]
            if not past:  # only a schedule ("will open on Friday, May 2"): the text is dated before it
                first, pair = min(dated, key=lambda d: d[0])
                basis = f"a weekday-date pair still to come in the text: '{pair.text}' (the text is dated before it)"
                before = min(first - timedelta(days=1), today)
                return _TextEvidence(before, basis, before, tuple(years), True, tuple(pairs))
            day, pair = max(past, key=lambda d: d[0])
            quoted = ", ".join(f"'{p.text}'" for _, p in dated[:3])
            others = ", ".join(str(y) for y in [y for y in years if y != year][:2])
            basis = f"weekday-date pairs in the text: {quoted} (fits {year}" + (f"; also {others})" if others else ")")
            return _TextEvidence(day, basis, _latest(tense, mentions, day), tuple(years), pairs=tuple(pairs))
    event = _latest_past_event(text, tense, mentions, today)
    if event:
        return _TextEvidence(event[0], f"latest dated past event in the text: '{event[1].text}'", None, ())
    return _TextEvidence(None, "", None, ())


def _majority(pairs: list[DateMention], today: date, floor: int, near: date | None = None) -> list[DateMention]:
    """The largest group of pairs that fit one common year (the others are typos for weekday-mismatch);
    on a tie, the group that fits the metadata's year.

    Pairs with the same date and weekday fit the same years, so each such date is tried once: a long
    page that repeats its pairs stays linear."""
    distinct: dict[tuple, DateMention] = {}
    for pair in pairs:
        distinct.setdefault(_pair_key(pair), pair)
    best: list[DateMention] = []
    best_key = (0, False)
    for pair in distinct.values():
        if not _fitting_years([pair], today, floor):
            continue
        fitting = [p for p in distinct.values() if _fitting_years([pair, p], today, floor)]
        keys = {_pair_key(p) for p in fitting}
        group = [p for p in pairs if _pair_key(p) in keys]
        key = (len(group), near is not None and near.year in _fitting_years(fitting, today, floor))
        if key > best_key:
            best, best_key = group, key
    return best


def _pair_key(pair: DateMention) -> tuple:
    """What decides the years a pair fits (see _pair_date and _fitting_years)."""
    return pair.explicit_year, pair.value, pair.weekday


class _ClauseTenses:
    """The tense of each mention's clause in one text, each computed once: the text evidence asks about
    the same mentions for the pairs, the year floor and ceiling and the latest events (issue 14)."""

    def __init__(self, text: str, spans):
        self.text, self.spans = text, spans
        self._found: dict[tuple[int, int], Tense] = {}

    def __call__(self, mention: DateMention) -> Tense:
        key = mention.start, mention.end
        if key not in self._found:
            self._found[key] = _tense(self.text, self.spans, mention)
        return self._found[key]


def _future_year_ceiling(tense: _ClauseTenses, mentions: list[DateMention]) -> int:
    """The earliest year the text writes out as still to come ("by spring 2025"): the document is no later."""
    future = [int(m.value[:4]) for m in mentions if m.explicit_year and m.value and m.value[:4].isdigit()
              and tense(m).tense in ("future", "future-in-past", "conditional")]
    return min(future, default=9999)


def _fits_own_year(mention: DateMention) -> bool:
    """A weekday-date pair with its year written out and the right weekday ("Tuesday, March 4, 2025")."""
    try:
        return date.fromisoformat(mention.value or "").weekday() == mention.weekday
    except ValueError:
        return False


def _ahead(tense) -> bool:
    """A clause that speaks of what is still to come: future, planned or scheduled."""
    return tense.tense in ("future", "future-in-past", "conditional") or tense.plan


def _pair_date(pair: DateMention, year: int) -> date:
    if pair.explicit_year:
        return date.fromisoformat(pair.value)
    month, day = int(pair.value[5:7]), int(pair.value[8:10])
    for y in (year, year + 1, year - 1):
        try:
            candidate = date(y, month, day)
        except ValueError:
            continue
        if candidate.weekday() == pair.weekday:
            return candidate
    return date(year, month, min(day, 28))


def _fitting_years(pairs: list[DateMention], today: date, floor: int) -> list[int]:
    """Years (newest first, no pair after ``today``) in which every pair's weekday fits, at or after ``floor``."""
    out = []
    for year in range(today.year, max(floor, today.year - 60) - 1, -1):
        dates = [_pair_date(p, year) for p in pairs]
        if any(d.year == year for d in dates) and all(d.weekday() == p.weekday for d, p in zip(dates, pairs)) and all(
                abs(d.year - year) <= 1 and (d.year == year or d.month in (1, 2, 11, 12)) for d in dates) and \
                min(dates) <= today and (max(dates) - min(dates)).days <= 120:
            out.append(year)
    return out


def _tense(text: str, spans, mention: DateMention) -> Tense:
    i = bisect.bisect_right(spans, mention.start, key=lambda span: span[0]) - 1
    s, e = spans[i] if i >= 0 and mention.start < spans[i][1] else (0, len(text))
    return tense_of(text[s:e], mention.start - s, min(mention.end, e) - s)


def _past_year_floor(text: str, tense: _ClauseTenses, mentions: list[DateMention], today_year: int) -> int:
    """The latest year the text dates a past event in ("signed in 2016", "on April 2, 2021"): the
    document is no older. Years that qualify a noun ("a grant for 2022") do not count."""
    past = []
    for m in mentions:
        if not (m.explicit_year and m.kind == "absolute" and m.value and m.value[:4].isdigit()):
            continue
        if not _EVENT_TIME.search(text[max(0, m.start - 12):m.start]):
            continue
        t = tense(m)
        if t.tense in ("past", "present-perfect") and not t.plan and int(m.value[:4]) <= today_year:
            past.append(int(m.value[:4]))
    return max(past, default=0)


def _latest_past_event(text: str, tense: _ClauseTenses, mentions: list[DateMention], today: date):
    """The latest day-dated event the text reports as done ("died Nov. 18, 2019"; not a deadline: "by June 30")."""
    events = []
    for m in mentions:
        if m.kind == "absolute" and m.value and len(m.value) == 10 and m.value[:4].isdigit() and \
                not _DEADLINE.search(text[max(0, m.start - 16):m.start]):
            day = date.fromisoformat(m.value)
            t = tense(m)
            if day <= today and t.tense in ("past", "present-perfect") and not t.plan:
                events.append((day, m))
    return max(events, key=lambda e: e[0]) if events else None


def _latest(tense: _ClauseTenses, mentions: list[DateMention], day: date) -> date:
    """End of the plausible window: a week after the pair, but before a new year still to come."""
    latest = day + WINDOW
    for m in mentions:
        if m.text.lower().endswith(("new year", "next year")) and \
                tense(m).tense not in ("past", "present-perfect"):
            latest = min(latest, date(day.year, 12, 31))
    return max(latest, day)
