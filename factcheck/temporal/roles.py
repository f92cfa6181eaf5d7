"""Role timelines (who held which office when) from rules/timelines/*.yaml, and role titles in text."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

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
    source: str = "rules/timelines"  # where the term is written: the bundled folder or a user rule file

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


@dataclass(frozen=True, slots=True, eq=False)
class _Catalog:
    """The terms, title words (lower case -> role) and title pattern for one set of rule folders."""

    terms: tuple[Term, ...]
    titles: dict
    pattern: re.Pattern


def timelines(options=None) -> tuple[Term, ...]:
    """Every term in rules/timelines/ plus the user's timeline rules (``options.rules_dirs``), validated."""
    return _catalog_for(options).terms


def _catalog_for(options) -> _Catalog:
    return _catalog(tuple(options.rules_dirs) if options is not None else ())


@functools.lru_cache(maxsize=16)
def _catalog(dirs: tuple[str, ...]) -> _Catalog:
    """Bundled timelines merged with the user timelines of ``dirs`` (a bad entry names its file)."""
    folder = rules_dir() / "timelines"
    files = [(str(path), load_yaml(path) or {}) for path in sorted(folder.glob("*.yaml"))] if folder.is_dir() else []
    if dirs:
        from ..model import Options
        from ..userrules import timeline_rules

        files += [(str(rule["source"]), rule) for rule in timeline_rules(Options(rules_dirs=dirs))]
    terms: list[Term] = []
    titles: dict[str, str] = {}
    for path, data in files:
        role = data.get("role")
        for title in data.get("titles") or (role,):
            titles[str(title).lower()] = role
        for i, entry in enumerate(data.get("terms") or ()):
            terms.append(_term(entry, role, path, i))
    return _Catalog(tuple(terms), titles, _title_pattern(titles, terms))


def _term(entry: dict, role: str, path: str, i: int) -> Term:
    source = "rules/timelines" if Path(path).parent == rules_dir() / "timelines" else path
    try:
        names = (entry["person"],) + tuple(entry.get("aliases") or ())
        return Term(entry["person"], role, _day(entry["from"]), _day(entry.get("to")),
                    _day(entry.get("elected")), names, source)
    except (KeyError, TypeError, ValueError) as exc:
        raise FactcheckError(f"{path}: term {i + 1}: needs person, from (YYYY-MM-DD), to ({exc})") from None


def _day(value) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def term_start_years(month: int, day: int, options=None, text: str | None = None) -> list[int]:
    """Years in which some term in the timelines began on this month and day (of someone named in
    ``text`` when given: "the governor, who took office on January 20" is no president)."""
    return sorted({t.start.year for t in timelines(options) if (t.start.month, t.start.day) == (month, day)
                   and (text is None or _named_in(t, text))})


def _named_in(term: Term, text: str) -> bool:
    return any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) for name in term.names)


@functools.cache
def _office_events() -> re.Pattern:
    words = load_lexicon("tense_markers")["office_events"]
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b", re.I)


def office_event_near(sentence: str) -> re.Match | None:
    """The office-taking phrase ("took office", "sworn in") in the sentence, if any."""
    return _office_events().search(sentence)


def _title_pattern(titles: dict, terms: list[Term]) -> re.Pattern:
    lex = load_lexicon("role_titles")
    former = "|".join(re.escape(w) for w in lex["former_words"])
    names = sorted(sorted({n for t in terms for n in t.names}), key=len, reverse=True)
    particles = "|".join(re.escape(p) for p in lex["name_particles"])
    title_rx = "|".join(re.escape(t) for t in sorted(titles, key=len, reverse=True)).replace(r"\ ", r"\s+")
    return re.compile(
        rf"(?:\b(?P<former>{former})\s*(?:-\s*)?)?\b(?P<title>{title_rx})(?P<elect>-elect|\s+elect)?\s+"
        rf"(?:(?:{particles})\s+)?(?P<name>{'|'.join(re.escape(n) for n in names)})(?!\w)(?!\s+(?-i:[A-Z][a-z]))",
        re.I)


def find_titles(text: str, options=None) -> tuple[TitleMention, ...]:
    """Role titles followed by the name of someone in the timelines (bundled and the user's)."""
    return _find_titles(text, _catalog_for(options))


@functools.lru_cache(maxsize=8)
def _find_titles(text: str, catalog: _Catalog) -> tuple[TitleMention, ...]:
    out = []
    for m in catalog.pattern.finditer(text):
        if not m.group("name")[0].isupper() or not m.group("title")[0].isupper() and not m.group("former"):
            continue
        if re.search(r"\bthen[-\s]+$", text[max(0, m.start() - 6):m.start()], re.I):
            continue  # "then-President-elect Trump": the title is dated by the writer, not the dateline
        role = catalog.titles[re.sub(r"\s+", " ", m.group("title")).lower()]
        name = m.group("name")
        terms = tuple(t for t in catalog.terms if t.role == role and name.lower() in (n.lower() for n in t.names))
        modifier = "elect" if m.group("elect") else "former" if m.group("former") else ""
        out.append(TitleMention(m.start(), m.end(), role, modifier, name, terms))
    return tuple(out)
