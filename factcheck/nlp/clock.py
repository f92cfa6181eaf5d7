"""Times of day as news copy writes them: "10:35 a.m.", "8pm", "8.50 in the evening", "20:30", "noon".

A time is read as minutes after midnight. A time with no half of the day ("at 10:30") is left out: it may be
morning or evening. "about 10:35 a.m." agrees with a time a quarter of an hour either way; "by 5 p.m." or
"after 9 p.m." is a bound, not a time something happened at.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from ..lazy_pattern import LazyPattern


class ClockTime(NamedTuple):
    text: str
    start: int
    end: int
    minutes: int  # after midnight
    hedge: str | None  # "approximate" ("about 10:35 a.m."), "bound" ("by 5 p.m.", "shortly after 9"), or None


_APPROXIMATE = re.compile(r"\b(?:about|around|approximately|roughly|some|nearly|almost)\s+$", re.I)
_BOUND = re.compile(r"\b(?:after|before|by|until|till|since|from|to|between|and|past)\s+$", re.I)
_TIME = LazyPattern(
    r"\b(?:(?P<hour>[01]?\d|2[0-3])(?:[:.](?P<minute>[0-5]\d))?\s?"
    r"(?:(?P<half>[ap])\.?\s?m\.?(?![a-z])|(?:in\s+the\s+|at\s+)(?P<part>morning|afternoon|evening|night))"
    r"|(?P<h24>[01]\d|2[0-3]):(?P<m24>[0-5]\d)(?:\s?(?:GMT|UTC|hrs|hours|h)\b)"
    r"|(?P<word>noon|midday|midnight))", re.I)
_AFTER_NOON = {"afternoon": True, "evening": True, "p": True, "a": False, "morning": False}


def find_times(text: str) -> list[ClockTime]:
    """The times of day ``text`` writes, in order."""
    if not any(c.isdigit() for c in text) and not re.search(r"noon|midday|midnight", text, re.I):
        return []
    found = []
    for m in _TIME.finditer(text):
        minutes = _minutes(m)
        if minutes is None:
            continue
        before = text[max(0, m.start() - 20):m.start()]
        hedge = "approximate" if _APPROXIMATE.search(before) else "bound" if _BOUND.search(before) else None
        found.append(ClockTime(m.group(), m.start(), m.end(), minutes, hedge))
    return found


def _minutes(m: re.Match) -> int | None:
    if m.group("word"):
        return 0 if m.group("word").lower() == "midnight" else 12 * 60
    if m.group("h24"):
        return int(m.group("h24")) * 60 + int(m.group("m24"))
    hour, minute = int(m.group("hour")), int(m.group("minute") or 0)
    if hour == 0 or hour > 12:
        return None  # "14 p.m." is no time
    half = (m.group("half") or m.group("part")).lower()
    if half == "night":  # "11 at night", "2 in the night"
        later = hour >= 6
    else:
        later = _AFTER_NOON[half]
    return (hour % 12 + (12 if later else 0)) * 60 + minute


def comparable(a: ClockTime, b: ClockTime) -> bool:
    """Two times that say when something happened: a bound ("by 5 p.m.", "after 9 p.m.") only bounds it."""
    return a.hedge != "bound" and b.hedge != "bound"


def agree(a: ClockTime, b: ClockTime) -> bool:
    """The same time of day: to the minute, or within 15 minutes when either is approximate ("about 10:35
    a.m." / "10:40 a.m.")."""
    gap = abs(a.minutes - b.minutes)
    gap = min(gap, 24 * 60 - gap)
    return gap <= (15 if a.hedge or b.hedge else 0)
