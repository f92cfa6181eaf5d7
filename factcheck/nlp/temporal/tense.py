"""Tense and aspect of the clause a date expression belongs to, from word lists and clause heuristics.

No part-of-speech model: verb groups are recognised from rules/lexicons (irregular verbs, tense
markers) plus the regular "-ed" past. A date takes the tense of the nearest verb group, preferring
its own clause; crossing a clause boundary (comma, "that", "who"...) costs distance.
"""
import functools
import re
from typing import NamedTuple

from ...lazy_pattern import LazyPattern
from ...rules import load_lexicon

class Tense(NamedTuple):
    """The tense of a clause: label, the words that decided it, and whether it is reported or quoted."""

    tense: str
    cue: str = ""
    reported: bool = False  # a reporting verb ("said", "according to") governs the clause
    quoted: bool = False  # the date sits inside quotation marks
    plan: bool = False  # the words between the verb and the date speak of a plan, schedule or forecast
    same_clause: bool = False  # the deciding verb group is in the date's own clause
    cue_before: bool = False  # the deciding verb group comes before the date

    @property
    def is_past(self) -> bool:
        return self.tense == "past"

    @property
    def is_future(self) -> bool:
        return self.tense == "future"


_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?(?:-[a-z]+)?")
_BREAK = re.compile(r",(?!\d)|[;:()\u2014\u2013\"“”]|\s-\s|\b(?:that|which|who|whom|whose|when|where|while|but|because|"
                    r"although|though|whereas|after|before|if|unless|until)\b")
_SUBJECTS = {"he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "police", "officials"}
_PRESENT_OPENERS = {"he", "she", "it", "who", "which", "that", "and", "but", "also", "then", "still", "now"}
_PREPOSITIONS = {"in", "of", "for", "with", "and", "or", "from", "on", "at", "into", "about", "as", "than"}
_BLOCKERS = {"the", "a", "an", "this", "these", "those", "its", "his", "her", "their", "our", "my", "to",
             "be", "been", "being", "is", "are", "am", "will", "would", "could", "can", "may", "might",
             "must", "should", "has", "have", "had", "get", "gets", "got", "newly", "recently", "so-called"}


@functools.cache
def _lexicon() -> dict:
    """Compiled views of the tense lexicons (built once per process)."""
    markers = load_lexicon("tense_markers")
    verbs = load_lexicon("irregular_verbs")
    past, participles = set(), set()
    for entry in verbs["verbs"].values():  # "past forms, past participle"
        *forms, participle = (form.strip() for form in entry.split(","))
        past.update(f.lower() for f in forms)
        participles.add(participle.lower())
    ambiguous = {w.lower() for w in verbs.get("ambiguous_past", ())}

    def phrases(key: str) -> re.Pattern:
        words = sorted((str(w).lower() for w in markers[key]), key=len, reverse=True)
        return re.compile(r"(?<![\w'’])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w'’])", re.I)

    return {
        "future": phrases("future"), "future_in_past": phrases("future_in_past"),
        "modal": phrases("modal"), "reporting": phrases("reporting"),
        "present": {w.lower() for w in markers["present"]},
        "not_past_ed": {w.lower() for w in markers["not_past_ed"]},
        "plan": phrases("plan_words"), "forecast": phrases("forecast_words"),
        # asked only about a dated sentence that passed every other test of tense-vs-dateline: compiled on first use
        "fiction": LazyPattern(r"^\W*(?:In|Under)\s+(?:the|a|an|this|that|his|her|their|its|"
                               r"(?:[A-Z][\w.-]*\s+){0,3}[A-Z]\w*['’]s)\s+"
                               r"(?:[\w-]+\s+){0,2}?(?:" + "|".join(re.escape(str(w)) for w in sorted(
                                   markers["fiction_frames"], key=len, reverse=True)) + r")\b", re.I),
        "to_future": re.compile(r"\b(?:" + "|".join(re.escape(w) for w in markers["future_infinitive_verbs"])
                                + r")\s+(?:\w+\s+){0,3}?to\s+[a-z]+", re.I),
        "past": past - ambiguous, "ambiguous": ambiguous & past, "participles": participles,
        "retrospective": frozenset(str(w).lower() for w in markers.get("retrospective_verbs", ())),
        "dated_nouns": frozenset(str(w).lower() for w in markers.get("dated_nouns", ())),
        "later_note": re.compile(r"^\W*(?:" + "|".join(re.escape(str(w)) for w in sorted(
            markers.get("later_notes", ()), key=len, reverse=True)) + r")\s*[:\-–—]", re.I)
        if markers.get("later_notes") else None,
    }


def tense_of(sentence: str, start: int, end: int, *, headline: bool = False,
             masks: tuple[tuple[int, int], ...] = (), cache: dict | None = None) -> Tense:
    """The tense of the clause holding ``sentence[start:end]`` (a date expression).

    ``cache`` (a dict the caller keeps for one text) shares the verb cues of a sentence between its dates.
    """
    lex = _lexicon()
    masked = _mask(sentence, ((start, end),) + tuple(masks))
    if cache is None:
        cues = _cues(masked, lex)
    else:
        cues = cache.get(masked)
        if cues is None:
            cues = cache[masked] = _cues(masked, lex)
    quoted = _inside_quotes(sentence, start)
    before = masked[:start]
    reported = bool(lex["reporting"].search(before)) or "according to" in masked.lower()
    if not cues:
        plan = bool(lex["plan"].search(_clause(masked, start, end)))
        return Tense("headline-present" if headline else "unknown", "", reported, quoted, plan)
    best = min(cues, key=lambda c: _distance(masked, c[0], c[1], start, end))
    label, cue_start, cue_end = best[2], best[0], best[1]
    window = masked[cue_start:start] if cue_start < start else masked[end:cue_end]
    plan = bool(lex["plan"].search(window))
    if label in ("past", "present-perfect") and cue_start < start and lex["to_future"].search(window):
        label = "future-in-past" if label == "past" else "future"
    if label == "future-in-past" and masked[cue_start:cue_end].lower() in ("would", "'d"):
        if not _past_before(masked, cue_start, cues):
            label = "conditional"
    if headline and label in ("present", "unknown"):
        label = "headline-present"
    lo, hi = (cue_end, start) if cue_end <= start else (end, cue_start)
    same = not _BREAK.search(masked, lo, hi) if hi > lo else True
    return Tense(label, sentence[cue_start:cue_end], reported, quoted, plan, same, cue_start < start)


def forecast_words() -> re.Pattern:
    """Words that make a whole sentence a forecast (rules/lexicons/tense_markers: forecast_words)."""
    return _lexicon()["forecast"]


def fiction_frame(sentence: str) -> bool:
    """True when the sentence opens inside a work of fiction ("In the novel, ...", "In Orwell's book, ...")."""
    return bool(_lexicon()["fiction"].search(sentence))


def later_note(sentence: str) -> bool:
    """True when the sentence opens an editor's note, update or correction ("Update: ...",
    "Correction: ..."): it speaks from its own later time, not from the dateline."""
    pattern = _lexicon()["later_note"]
    return bool(pattern and pattern.search(sentence))


def reporting_verbs() -> re.Pattern:
    """Reporting verbs ("said", "told", "announced"...) from rules/lexicons/tense_markers."""
    return _lexicon()["reporting"]


def verb_tenses(sentence: str) -> frozenset[str]:
    """The tense labels of every verb group in ``sentence`` ("was", "will", "says"...)."""
    return frozenset(label for _, _, label in _cues(sentence, _lexicon()))


def clause_of(sentence: str, start: int, end: int, masks: tuple[tuple[int, int], ...] = ()) -> str:
    """The clause of ``sentence`` that holds ``sentence[start:end]`` (date spans in ``masks`` kept whole)."""
    masked = _mask(sentence, ((start, end),) + tuple(masks))
    return _clause(masked, start, end)


def main_clause(sentence: str) -> str:
    """``sentence`` without a trailing attribution (", her spokesman said.", ", said the minister.",
    ", according to officials."): the statement's tense is its own, not the reporting verb's."""
    m = _tail_pattern().search(sentence)
    return sentence[:m.start()] if m else sentence


def retrospective_verbs() -> frozenset[str]:
    """Verbs that look back at a dated event ("mark", "commemorate", "review"; rules/lexicons/tense_markers)."""
    return _lexicon()["retrospective"]


def dated_nouns() -> frozenset[str]:
    """Nouns that carry a date of their own ("the attack on", "the vote on"; rules/lexicons/tense_markers)."""
    return _lexicon()["dated_nouns"]


def plan_words() -> re.Pattern:
    """Words that make a clause a plan, schedule, forecast or condition (rules/lexicons/tense_markers)."""
    return _lexicon()["plan"]


@functools.cache
def _tail_pattern() -> re.Pattern:
    """A trailing attribution: ", X said ...", ", said X", ", according to X" at the sentence's end
    (compiled when main_clause first runs, not with the other tense markers)."""
    words = load_lexicon("tense_markers")["reporting"]
    verbs = "|".join(re.escape(str(w)) for w in words if str(w).lower() != "according")
    name = r"[A-Za-z.'’-]+"
    return re.compile(
        r",\s+(?:according\s+to\s+[^,;:\"“”]{1,60}"
        rf"|(?:{name}\s+){{1,6}}?(?:{verbs})(?:\s+[A-Za-z'’-]+){{0,5}}"
        rf"|said\s+(?:{name}\s+){{0,6}}?{name})[.!?]?\s*$")


def _mask(text: str, spans) -> str:
    """``text`` with the given spans blanked (commas inside "Thursday, Dec. 26" are no boundary)."""
    chars = list(text)
    for s, e in spans:
        for i in range(max(0, s), min(len(chars), e)):
            chars[i] = "_" if not chars[i].isspace() else " "
    return "".join(chars)


def _clause(masked: str, start: int, end: int) -> str:
    left = max((m.end() for m in _BREAK.finditer(masked, 0, start)), default=0)
    m = _BREAK.search(masked, end)
    return masked[left:m.start() if m else len(masked)]


def _inside_quotes(sentence: str, start: int) -> bool:
    """True when an odd number of quotation marks precede ``start`` in the sentence."""
    straight = sentence.count('"', 0, start)
    opened = sentence.count("“", 0, start) - sentence.count("”", 0, start)
    return straight % 2 == 1 or opened > 0 or sentence.count("``", 0, start) > sentence.count("''", 0, start)


def _distance(masked: str, cs: int, ce: int, start: int, end: int) -> float:
    """Characters between cue and date, plus a toll for each clause boundary crossed."""
    lo, hi = (ce, start) if ce <= start else (end, cs)
    crossings = len(_BREAK.findall(masked, lo, hi)) if hi > lo else 0
    gap = max(0, hi - lo)
    return gap + 60 * crossings + (5 if cs >= end else 0)


def _past_before(masked: str, pos: int, cues) -> bool:
    return any(c[2] in ("past", "present-perfect") and c[1] <= pos for c in cues)


def _cues(masked: str, lex: dict) -> list[tuple[int, int, str]]:
    """Verb-group cues in the sentence: (start, end, tense label)."""
    cues: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []
    for key, label in (("future_in_past", "future-in-past"), ("future", "future"), ("modal", "conditional")):
        for m in lex[key].finditer(masked):
            if not any(s < m.end() and m.start() < e for s, e in taken):
                cues.append((m.start(), m.end(), label))
                taken.append(m.span())
    words = list(_WORD.finditer(masked))
    for i, m in enumerate(words):
        if any(s <= m.start() < e for s, e in taken):
            continue
        label = _word_tense(words, i, masked, lex)
        if label:
            cues.append((m.start(), m.end(), label))
    return cues


def _word_tense(words, i: int, masked: str, lex: dict) -> str | None:
    """The tense a single word signals in context, or None."""
    raw = words[i].group()
    w = raw.lower().replace("’", "'")
    adjacent = i and not masked[words[i - 1].end():words[i].start()].strip()
    prev = words[i - 1].group().lower() if adjacent else ""
    nxt = words[i + 1].group().lower() if i + 1 < len(words) else ""
    if w in ("has", "have", "'ve") and _is_participle(nxt, lex, words[i + 2].group().lower()
                                                      if i + 2 < len(words) else ""):
        return "present-perfect"
    if w in ("had", "was", "were", "did"):
        return "past"
    if prev in _PRESENT_OPENERS and len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return "present"  # "and takes office", "who lives", "it remains"
    if w in lex["present"]:
        return None if w in ("has", "have", "do") and prev in ("to", "will", "would") else "present"
    if raw[0].isupper() and adjacent:
        return None  # inside a name ("Fred", "Led Zeppelin")
    if w in lex["past"]:
        return None if prev in _BLOCKERS else "past"
    if w in lex["ambiguous"]:
        return "past" if prev in _SUBJECTS else None
    if w.endswith("ed") and len(w) > 3 and w not in lex["not_past_ed"] and "-" not in w:
        before_adverb = words[i - 2].group().lower() if prev.endswith("ly") and i > 1 else ""
        if prev in _BLOCKERS or prev in _PREPOSITIONS or before_adverb in _BLOCKERS:
            return None  # "the planned trip", "in subordinated notes", "the hastily planned visit"
        return "past"
    return None


def _is_participle(word: str, lex: dict, after: str) -> bool:
    if word in ("been", "not", "already", "also", "just", "now", "since", "never", "recently", "yet"):
        return True
    return word in lex["participles"] or (word.endswith("ed") and len(word) > 3)
