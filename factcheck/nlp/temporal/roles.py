"""Role timelines (who held which office when) from rules/timelines/*.yaml, and role titles in text.

The user's own timelines are data the caller passes in (``with_user_timelines``; the Analysis does it
from the user's rule folders), so the temporal engine never reads user rule files itself.
"""
import functools
import re
from datetime import date
from pathlib import Path
from typing import Iterator, NamedTuple, Sequence

from ...model import FactcheckError
from ...rules import load_lexicon, load_yaml, rules_dir
from ..segment import phrase_pattern
from ..tokens import finditer_in_stretches, ignorecase_fold, phrases_in_any_case


class Term(NamedTuple):
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


class TitleMention(NamedTuple):
    """A role title attached to a name: "President-elect Donald Trump", "former Prime Minister Johnson"."""

    start: int
    end: int
    role: str
    modifier: str  # elect, former, or "" for the plain title
    name: str
    terms: tuple[Term, ...]  # the named person's terms in that role


class Timelines(NamedTuple):
    """The terms, title words (lower case -> role) and people's names of a set of timeline files."""

    terms: tuple[Term, ...]
    titles: dict
    names: tuple[str, ...]  # every name of every term, longest first: the names a title pattern tries


@functools.cache
def bundled_timelines() -> Timelines:
    """The timelines of rules/timelines/, validated."""
    return _build(_bundled_files())


def with_user_timelines(user: Sequence[dict]) -> Timelines:
    """The bundled timelines plus the user's, each ``{role, titles, terms, source}`` in the shape of a
    rules/timelines file (userrules.timeline_rules gives them); a bad entry names its file."""
    if not user:
        return bundled_timelines()
    return _build(_bundled_files() + tuple((str(data["source"]), data) for data in user))


def timelines(catalog: Timelines | None = None) -> tuple[Term, ...]:
    """Every term of ``catalog`` (default: the bundled timelines)."""
    return (catalog or bundled_timelines()).terms


@functools.cache
def _bundled_files() -> tuple[tuple[str, dict], ...]:
    folder = rules_dir() / "timelines"
    return tuple((str(path), load_yaml(path) or {}) for path in sorted(folder.glob("*.yaml"))) \
        if folder.is_dir() else ()


def _build(files) -> Timelines:
    terms: list[Term] = []
    titles: dict[str, str] = {}
    for path, data in files:
        role = data.get("role")
        for title in data.get("titles") or (role,):
            titles[str(title).lower()] = role
        for i, entry in enumerate(data.get("terms") or ()):
            terms.append(_term(entry, role, path, i))
    names = sorted(sorted({n for t in terms for n in t.names}), key=len, reverse=True)
    return Timelines(tuple(terms), titles, tuple(names))


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


def term_start_years(month: int, day: int, catalog: Timelines | None = None, text: str | None = None) -> list[int]:
    """Years in which some term in the timelines began on this month and day (of someone named in
    ``text`` when given: "the governor, who took office on January 20" is no president)."""
    return sorted({t.start.year for t in timelines(catalog) if (t.start.month, t.start.day) == (month, day)
                   and (text is None or _named_in(t, text))})


def _named_in(term: Term, text: str) -> bool:
    # a name's pattern is compiled only when each of its words is in the text: most names are not
    return any(all(word in text for word in str(name).split())
               and re.search(rf"(?<!\w){phrase_pattern(name)}(?!\w)", text) for name in term.names)


@functools.cache
def _office_events() -> re.Pattern:
    words = load_lexicon("tense_markers")["office_events"]
    phrases = "|".join(phrase_pattern(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\b(?:{phrases})\b", re.I)


def office_event_near(sentence: str) -> re.Match | None:
    """The office-taking phrase ("took office", "sworn in") in the sentence, if any."""
    return _office_events().search(sentence)


@functools.lru_cache(maxsize=64)
def _title_pattern(titles: tuple[str, ...], names: tuple[str, ...]) -> re.Pattern:
    """A role title, then one of ``names`` (tried in the order given: longest first)."""
    lex = load_lexicon("role_titles")
    former = "|".join(re.escape(w) for w in lex["former_words"])
    particles = "|".join(re.escape(p) for p in lex["name_particles"])
    title_rx = "|".join(re.escape(t) for t in sorted(titles, key=len, reverse=True)).replace(r"\ ", r"\s+")
    return re.compile(
        rf"(?:\b(?P<former>{former})\s*(?:-\s*)?)?\b(?P<title>{title_rx})(?P<elect>-elect|\s+elect)?\s+"
        rf"(?:(?:{particles})\s+)?(?P<name>{'|'.join(phrase_pattern(n) for n in names)})(?!\w)(?!\s+(?-i:[A-Z][a-z]))",
        re.I)


def _names_in(text: str, names: tuple[str, ...]) -> tuple[str, ...]:
    """The ``names`` (in their order) that the title pattern could find in ``text``: a name whose
    every word occurs in it, ignoring case. The pattern then holds a handful of names instead of all
    of them and compiles in a fraction of the time (issue 10), with the same matches. Looking for the
    names costs ~30 ns a character: a text longer than _PER_TEXT_MAX, where that is more than the ~3 ms
    of compiling the pattern with every name, takes them all (issue 14)."""
    if len(text) > _PER_TEXT_MAX:
        return names
    return tuple(phrases_in_any_case(ignorecase_fold(text), names))


_PER_TEXT_MAX = 100_000  # characters


def find_titles(text: str, catalog: Timelines | None = None) -> tuple[TitleMention, ...]:
    """Role titles followed by the name of someone in the timelines (default: the bundled ones)."""
    catalog = catalog or bundled_timelines()
    names = _names_in(text, catalog.names)
    if not names:
        return ()
    out = []
    for m in _title_matches(_title_pattern(tuple(catalog.titles), names), text, catalog):
        if not m.group("name")[0].isupper() or not m.group("title")[0].isupper() and not m.group("former"):
            continue
        if re.search(r"\bthen[-\s]+$", text[max(0, m.start() - 6):m.start()], re.I):
            continue  # "then-President-elect Trump": the title is dated by the writer, not the dateline
        role = catalog.titles[re.sub(r"\s+", " ", m.group("title")).casefold()]
        name = " ".join(m.group("name").split())  # a hard-wrapped draft: "Donald\nTrump"
        terms = tuple(t for t in catalog.terms if t.role == role and name.lower() in (n.lower() for n in t.names))
        modifier = "elect" if m.group("elect") else "former" if m.group("former") else ""
        out.append(TitleMention(m.start(), m.end(), role, modifier, name, terms))
    return tuple(out)


# Punctuation that ends a stretch of text for _title_matches (unless a title or name holds one).
_STRETCH_ENDS = ',;:!?()[]"“”'


def _title_matches(pattern: re.Pattern, text: str, catalog: Timelines) -> Iterator[re.Match]:
    """``pattern.finditer(text)``, run only over the stretches between punctuation marks that hold a
    title's first word (tokens.finditer_in_stretches): a 10 MB page in a tenth of the time (issue 14).

    A match holds a title, whose first word starts a word and is followed by white space or "-elect",
    and no mark of _STRETCH_ENDS that no title, name, particle or former word has. Titles that are
    not ASCII take the whole text."""
    lex = load_lexicon("role_titles")
    words = [*catalog.titles, *catalog.names, *map(str, lex["former_words"]), *map(str, lex["name_particles"])]
    ends = "".join(c for c in _STRETCH_ENDS if not any(c in w for w in words))
    firsts = sorted({t.split()[0] for t in catalog.titles if t.split()}, key=len, reverse=True)
    if not firsts or not all(t.isascii() for t in firsts):
        return pattern.finditer(text)
    cue = re.compile(f"(?:{'|'.join(map(re.escape, firsts))})(?=[\\s-])")
    return finditer_in_stretches(pattern, text, cue, ends)
