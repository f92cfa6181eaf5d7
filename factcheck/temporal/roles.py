"""Role timelines (who held which office when) from rules/timelines/*.yaml, and role titles in text."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date

from ..model import FactcheckError
from ..rules import load_lexicon, load_yaml, rules_dir


@dataclass(frozen=True, slots=True)
class Term:
    """One person's spell in one role: [start, end) with the election that preceded it, if any."""

    person: str
    role: str
    start: date
    end: date | None
    elected: date | None = None
    names: tuple[str, ...] = ()

    def holds(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class TitleMention:
    """A role title attached to a name: "President-elect Donald Trump", "former Prime Minister Johnson"."""

    start: int
    end: int
    role: str
    modifier: str  # elect, former, or "" for the plain title
    name: str
    terms: tuple[Term, ...]  # the named person's terms in that role


@functools.cache
def timelines() -> tuple[Term, ...]:
    """Every term in rules/timelines/, validated (a bad entry names its file)."""
    folder = rules_dir() / "timelines"
    terms: list[Term] = []
    for path in sorted(folder.glob("*.yaml")) if folder.is_dir() else ():
        data = load_yaml(path) or {}
        role = data.get("role")
        for i, entry in enumerate(data.get("terms") or ()):
            try:
                names = (entry["person"],) + tuple(entry.get("aliases") or ())
                terms.append(Term(entry["person"], role, _day(entry["from"]), _day(entry.get("to")),
                                  _day(entry.get("elected")), names))
            except (KeyError, TypeError, ValueError) as exc:
                raise FactcheckError(f"{path}: term {i + 1}: needs person, from (YYYY-MM-DD), to ({exc})") from None
    return tuple(terms)


def _day(value) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


@functools.cache
def _titles() -> dict[str, str]:
    """Title words (lower case) -> role, from the timeline files."""
    folder = rules_dir() / "timelines"
    out: dict[str, str] = {}
    for path in sorted(folder.glob("*.yaml")) if folder.is_dir() else ():
        data = load_yaml(path) or {}
        for title in data.get("titles") or (data.get("role"),):
            out[title.lower()] = data["role"]
    return out


def term_start_years(month: int, day: int) -> list[int]:
    """Years in which some term in the timelines began on this month and day."""
    return sorted({t.start.year for t in timelines() if (t.start.month, t.start.day) == (month, day)})


@functools.cache
def _office_events() -> re.Pattern:
    words = load_lexicon("tense_markers")["office_events"]
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b", re.I)


def office_event_near(sentence: str) -> re.Match | None:
    """The office-taking phrase ("took office", "sworn in") in the sentence, if any."""
    return _office_events().search(sentence)


@functools.cache
def _title_pattern() -> re.Pattern:
    lex = load_lexicon("role_titles")
    titles = sorted(_titles(), key=len, reverse=True)
    former = "|".join(re.escape(w) for w in lex["former_words"])
    names = sorted({n for t in timelines() for n in t.names}, key=len, reverse=True)
    particles = "|".join(re.escape(p) for p in lex["name_particles"])
    title_rx = "|".join(re.escape(t) for t in titles).replace(r"\ ", r"\s+")
    return re.compile(
        rf"(?:\b(?P<former>{former})\s*(?:-\s*)?)?\b(?P<title>{title_rx})(?P<elect>-elect|\s+elect)?\s+"
        rf"(?:(?:{particles})\s+)?(?P<name>{'|'.join(re.escape(n) for n in names)})(?!\w)(?!\s+(?-i:[A-Z][a-z]))",
        re.I)


def find_titles(text: str) -> list[TitleMention]:
    """Role titles followed by the name of someone in the timelines."""
    out = []
    for m in _title_pattern().finditer(text):
        if not m.group("name")[0].isupper() or not m.group("title")[0].isupper() and not m.group("former"):
            continue
        if re.search(r"\bthen[-\s]+$", text[max(0, m.start() - 6):m.start()], re.I):
            continue  # "then-President-elect Trump": the title is dated by the writer, not the dateline
        role = _titles()[re.sub(r"\s+", " ", m.group("title")).lower()]
        name = m.group("name")
        terms = tuple(t for t in timelines() if t.role == role and name.lower() in (n.lower() for n in t.names))
        modifier = "elect" if m.group("elect") else "former" if m.group("former") else ""
        out.append(TitleMention(m.start(), m.end(), role, modifier, name, terms))
    return out
