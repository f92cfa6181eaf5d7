"""Page widgets that are not prose: relative time stamps ("3 days ago"), counters, comment loaders."""
from __future__ import annotations

import calendar
import functools
import re
from datetime import date, datetime, timedelta

from ..lazy_pattern import LazyPattern
from ..model import DateSignal

_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                 "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_UNITS = {"s": 1 / 86400, "sec": 1 / 86400, "second": 1 / 86400, "m": 1 / 1440, "min": 1 / 1440,
          "minute": 1 / 1440, "h": 1 / 24, "hr": 1 / 24, "hour": 1 / 24, "d": 1, "day": 1,
          "w": 7, "wk": 7, "week": 7, "mo": 30, "month": 30, "y": 365, "yr": 365, "year": 365}
_PREFIX = r"(?:(?:last\s+)?(?:updated|published|posted|modified|edited)(?:\s+on)?\s*:?\s*)?"
_AGO = LazyPattern(_PREFIX + r"(?P<n>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
                   r"\s*(?P<unit>s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?"
                   r"|mos?|months?|y|yrs?|years?)\s+ago\.?", re.I)
_SEPARATORS = " \t\r\n\u00a0·•|–—-,()[]"
_NAMED = LazyPattern(_PREFIX + r"(?P<word>yesterday|today|just now)\.?", re.I)
_NAME = r"[A-Z][\w.'\u2019-]+"
_NAMES = rf"{_NAME}(?:\s+{_NAME}){{0,3}}"
_BYLINE = LazyPattern(rf"[Bb]y:?\s+({_NAMES}(?:\s+and\s+{_NAMES})?)(?:$|\s*[|,·•\-–—])")
_CALENDAR_WORDS = frozenset(w.lower() for w in (*calendar.day_name, *calendar.month_name) if w)


def relative_stamp(line: str) -> timedelta | None:
    """How long ago a stand-alone stamp such as "3 days ago" or "Updated yesterday" says, else None."""
    line = line.strip(_SEPARATORS)
    if len(line) > 40:
        return None
    match = _AGO.fullmatch(line)
    if match:
        raw = match.group("n").lower()
        count = int(raw) if raw.isdigit() else _NUMBER_WORDS[raw]
        unit = match.group("unit").lower()
        unit = unit if unit in _UNITS else unit.rstrip("s")
        return timedelta(days=count * _UNITS[unit])
    match = _NAMED.fullmatch(line)
    if match:
        return timedelta(days=1) if match.group("word").lower() == "yesterday" else timedelta(0)
    return None


def relative_stamp_signal(line: str, fetched_at: datetime | None) -> DateSignal | None:
    """A weak DateSignal for a relative stamp, resolved against the fetch time (None if unknown)."""
    delta = relative_stamp(line)
    if delta is None or fetched_at is None:
        return None
    when = fetched_at - delta
    stamp = " ".join(line.strip(_SEPARATORS).split())
    return DateSignal(value=when.date().isoformat(), basis=f"relative stamp '{stamp}'", weak=True)


@functools.cache
def _stamp() -> re.Pattern:
    """A stamp label and the date after it ("Published: December 27, 2024"), compiled on first use."""
    return re.compile(r"(?P<kind>(?:last\s+)?(?:updated|published|posted|modified|first published))"
                      r"(?:\s+(?:on|at))?\s*:?\s*(?:\w+day,?\s+)?(?P<date>.{6,40})", re.I)


def absolute_stamp_signal(line: str, bare: bool = False) -> DateSignal | None:
    """A DateSignal for a visible stamp such as "Published: December 27, 2024", else None.

    ``bare`` also accepts a line that is nothing but a date ("July 16, 2025"), as in the part of a
    byline line after its separator.
    """
    line = " ".join(line.strip(_SEPARATORS).split())
    match = _stamp().match(line) if len(line) <= 80 else None
    if match:
        when = match.group("date")
    elif bare and len(line) <= 40:
        when = re.sub(r"^\w+day,?\s+", "", line)
    else:
        return None
    from ..nlp.temporal.dates import parse_date

    value = parse_date(when, whole=not match)
    return DateSignal(value=value.isoformat(), basis=f"visible stamp '{line}'") if value else None


_MONTHS = {name.lower(): i for names in (calendar.month_name, calendar.month_abbr)
           for i, name in enumerate(names) if name}
_MONTHS["sept"] = 9
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_NUMERIC_DATE = re.compile(
    r"(?<![\w.:/-])(?:(?P<iso_y>\d{4})[-/](?P<iso_m>\d{1,2})[-/](?P<iso_d>\d{1,2})"
    r"|(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2}))(?![\d/-]|\.\d)")
_TEXT_FORMS = (  # "Aug. 17, 2010", "November 20 15:23 2019" (a time between the day and the year), "29 December 2014"
    re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?(?:\s+\d{1,2}:\d\d)?\s+(?P<year>\d{4})\b", re.I),
    re.compile(r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>\d{4})", re.I))


def find_date_text(text: str, dayfirst: bool = False) -> tuple[date, int, int] | None:
    """The first full date (with its year) written in a short text, as (date, start, end).

    Month names in either order ("Aug. 17, 2010", "29 December 2014", "Dec. 29 2014"), ISO and
    YYYY/MM/DD, and numeric dates: 4-digit-year dots are day first (19.01.2020), slashes month first
    (11/18/2011) unless ``dayfirst`` (the page's language writes the day first) or the first number
    cannot be a month; a 2-digit year (12.29.14, 11/18/19) is month first."""
    found = []
    for form in _TEXT_FORMS:
        for m in form.finditer(text):
            try:
                day = date(int(m.group("year")), _MONTHS[m.group("month").casefold()], int(m.group("day")))
            except ValueError:
                continue
            found.append((day, m.start(), m.end()))
            break
    for m in _NUMERIC_DATE.finditer(text):
        day = _numeric_date(m, dayfirst)
        if day is not None:
            found.append((day, m.start(), m.end()))
            break
    return min(found, key=lambda f: f[1]) if found else None


def _numeric_date(m: re.Match, dayfirst: bool) -> date | None:
    if m.group("iso_y"):
        y, mo, d = int(m.group("iso_y")), int(m.group("iso_m")), int(m.group("iso_d"))
    else:
        a, b, year = int(m.group("a")), int(m.group("b")), m.group("y")
        y = int(year) if len(year) == 4 else 2000 + int(year)
        first_is_day = len(year) == 4 and (m.group("sep") == "." or dayfirst) or a > 12
        d, mo = (a, b) if first_is_day else (b, a)
    if not 1990 <= y <= 2099:
        return None
    try:
        return date(y, mo, d)
    except ValueError:
        return None


def dedupe_signals(signals: list[DateSignal]) -> tuple[DateSignal, ...]:
    """The signals in order, each (value, basis) once."""
    first: dict[tuple[str, str], DateSignal] = {}
    for signal in signals:
        first.setdefault((signal.value, signal.basis), signal)
    return tuple(first.values())


def byline_name(line: str) -> str | None:
    """The name in a stand-alone byline such as "By Jane Doe | Reuters", else None."""
    line = " ".join(line.split())
    if len(line) >= 100 or (line.endswith((".", "!", "?")) and len(line) > 40):
        return None
    match = _BYLINE.match(line)
    if match and match.group(1).split()[0].lower() not in _CALENDAR_WORDS:
        return match.group(1)
    return None


_WIDGET_MAX = 60  # characters: a longer line is prose


def is_widget_line(line: str) -> bool:
    """True for a line that is page furniture: a bare counter, "Loading comments...", "Share"."""
    if len("".join(line[:4 * _WIDGET_MAX].split())) > _WIDGET_MAX:
        return False  # longer than _WIDGET_MAX collapsed, known without collapsing a long paragraph (issue 14)
    line = " ".join(line.split())
    if not line or len(line) > _WIDGET_MAX:
        return False
    if relative_stamp(line) is not None or absolute_stamp_signal(line) is not None:
        return True
    return _widget_pattern().fullmatch(line) is not None


@functools.cache
def _widget_pattern() -> re.Pattern:
    from ..rules import load_lexicon

    phrases = load_lexicon("boilerplate").get("widget_lines", [])
    return re.compile("|".join(f"(?:{p})" for p in phrases), re.I)
