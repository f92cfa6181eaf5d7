"""Whom a sentence is about: the names that make a claim and a corpus sentence speak of the same thing.

A ``Side`` is one side of a comparison (an article sentence or a corpus sentence) with its figures, dates
and names. Two sides are about the same thing when they share a name, whole ("Ogden Projects" is not
"Ogden Corp."), counting a country and its people as one, a name and its initials as one, the aliases of
rules/lexicons/aliases.yaml, and the names of a sentence's story for one that says only "the company" or
"it". A capitalised first word is no name when the other side writes it in lower case ("Revenue rose").
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date

from ..model import NumberMention
from ..nlp.numbers import american, count_value, find_numbers, singular, spelled_values
from ..nlp.segment import WORD as _WORD
from ..rules import load_lexicon
from . import facts as facts_mod

_POSSESSIVE_OPENER = re.compile(r"([A-Z][^\W\d_]*)['’]s\s+[a-z]")  # "Women's participation"
_OPENER = re.compile(r"([A-Z][^\W\d_]*(?:-[^\W\d_]+)*)\s+[a-z]")  # "Sales were", not "Denmark's"
_LISTED_OPENER = re.compile(r"([A-Z][^\W\d_]*),\s+[a-z]")  # "Towers, walls and gates"
# a relative clause after a description ("the company, which is 61%-owned by Murphy Oil Corp.,"), not after a
# name ("Ford, which holds a 12.45% stake in Jaguar": whom Ford's clause names is part of the claim)
_RELATIVE_CLAUSE = re.compile(r"\b[a-z][a-z-]*,\s*(?:which|who|whose|whom)\b[^,;]*(?:,|$)")
YEAR = re.compile(r"\b(?:1[89]\d\d|20\d\d)\b")
DECADE = re.compile(r"\b(?:1[89]|20)\d0s\b")  # "the 1990s": a period of ten years, its own kind of year
_RELATIVE_YEAR = re.compile(r"\b(last|this|next)\s+year\b", re.I)
_YEAR_STEP = {"last": -1, "this": 0, "next": 1}
@functools.cache
def _relative_month_name() -> re.Pattern:
    """ "last November", "next March": a month written in full and capitalised (not "the last march")."""
    return re.compile(rf"\b([Ll]ast|[Nn]ext)\s+({'|'.join(facts_mod.month_names())})\b")


@functools.cache
def _years_ago() -> re.Pattern:
    """ "two years ago", "a year ago", "12 years ago": a count of years back from the side's date, written
    exactly (not "about two years ago", "nearly 70 years ago" or "a few years ago", which are rough)."""
    words = [w for w, v in spelled_values().items() if " " not in w and v < 100] + ["a", "one"]
    hedge = r"(?<!about )(?<!around )(?<!nearly )(?<!almost )(?<!roughly )(?<!some )(?<!than )(?<!over )" \
            r"(?<!under )(?<!least )(?<!most )(?<!perhaps )(?<!maybe )(?<!ly )"
    return re.compile(hedge + r"\b(?P<n>\d{1,2}|" + "|".join(sorted(words, key=len, reverse=True))
                      + r")\s+years?\s+ago\b", re.I)


def relative_month_names(text: str, when: date | None = None) -> set[tuple[str, int, int | None]]:
    """Each month the sentence names from its date ("last November", "next March"), as (step, month, year): the
    year from ``when``, None without it or when either year could be meant ("next April" in a February story)."""
    months = facts_mod.month_numbers()
    return {(m.group(1).lower(), months[m.group(2).casefold()], _month_year(m, when) if when is not None else None)
            for m in _relative_month_name().finditer(text)}


def _month_year(m: re.Match, when: date) -> int | None:
    """The year of "last November" in a June story (the year before) or "next March" in a June story (the
    year after); None when the month could fall in either year ("last February" in a March story)."""
    month = facts_mod.month_numbers()[m.group(2).casefold()]
    if m.group(1).lower() == "last":
        return when.year - 1 if month > when.month else None
    return when.year + 1 if month < when.month else None


def year_spans(text: str, when: date | None = None) -> list[tuple[int, int, str]]:
    """The years a sentence writes ("1991") or speaks ("in nineteen ninety-one"), with where they stand, and
    its decades ("in the 1990s", kept as "1990s"); with its date ``when``, also "last year", "this year",
    "next year" ("to more than 300,000 last year" in a 1998 story: 1997) and "two years ago" (1996)."""
    found = [(m.start(), m.end(), m.group()) for m in YEAR.finditer(text)]
    found += [(m.start(), m.end(), m.group()) for m in DECADE.finditer(text)]
    if when is not None:
        found += [(m.start(), m.end(), str(when.year + _YEAR_STEP[m.group(1).casefold()]))
                  for m in _RELATIVE_YEAR.finditer(text)]
        found += [(m.start(), m.end(), str(year)) for m in _relative_month_name().finditer(text)
                  if (year := _month_year(m, when)) is not None]
    pattern, value = _spoken_year()
    for m in pattern.finditer(text):
        if m.group("century"):
            year = (19 if m.group("century").lower() == "nineteen" else 20) * 100 \
                + value[m.group("tens").casefold()] + value.get((m.group("ones") or "").lower(), 0)
            start = m.start("century")
        else:
            year = 2000 + value.get((m.group("after") or "").lower(), 0)
            start = m.end() - len(m.group().split(None, 1)[1])
        found.append((start, m.end(), str(year)))
    if when is not None and not found:
        # ... and, in a sentence giving no other year, "two years ago" (a year it writes tells the time better:
        # "started there 11 years ago ... throughout the 1990s")
        found = years_ago(text, when)
    return sorted(found)


def years_ago(text: str, when: date) -> list[tuple[int, int, str]]:
    """The years a sentence of date ``when`` writes as a count of years back ("two years ago": two years before
    ``when``'s year)."""
    return [(m.start(), m.end(), str(when.year - int(count_value(m.group("n"), article=True))))
            for m in _years_ago().finditer(text)]


@functools.cache
def _spoken_year() -> tuple[re.Pattern, dict[str, int]]:
    """A year as broadcast transcripts speak it, after a word that leads to a year ("in nineteen ninety-one",
    "by the year two thousand", "since two thousand and three"), and the value of each number word, from
    the spelled numbers of rules/lexicons/number_units.yaml."""
    value = {w: v for w, v in spelled_values().items() if " " not in w}
    value["one"] = 1
    ones = [w for w, v in value.items() if 1 <= v <= 9]
    teens = [w for w, v in value.items() if 10 <= v <= 19]
    tens = [w for w, v in value.items() if 20 <= v <= 90 and v % 10 == 0]
    pattern = re.compile(
        r"\b(?:in|since|until|by|from|to|of|year)\s+(?:(?P<century>nineteen|twenty)[\s-](?P<tens>"
        + "|".join(tens + teens) + r")(?:[\s-](?P<ones>" + "|".join(ones) + r"))?"
        r"|two\s+thousand(?:\s+and)?(?:[\s-](?P<after>" + "|".join(teens + ones) + r"))?)\b", re.I)
    return pattern, value


@dataclass(frozen=True)
class Side:
    """The comparable content of one side (claim or corpus sentence), offsets relative to ``offset``."""

    text: str
    offset: int
    numbers: tuple[NumberMention, ...]
    dates: tuple[tuple[int, int, str], ...]
    facts: facts_mod.Facts
    when: date | None = None  # the article's dateline, or the corpus document's date
    known: tuple[str, ...] = ()  # the claim's: the names its article writes ("rex tillerson", "michael t. flynn")

    @functools.cached_property
    def words(self) -> frozenset[str]:
        return frozenset(singular(w) for w in _WORD.findall(self.text.lower()) if len(w) > 2)

    @functools.cached_property
    def context_words(self) -> frozenset[str]:
        """The name words of whom the sentence's story names, else of whom its article names: whom a sentence
        naming no one is about ("International sales made up roughly 60% of the company's sales")."""
        return self.facts.story_words if self.facts.story else self.known_words

    @functools.cached_property
    def known_words(self) -> frozenset[str]:
        """The name words of every name the claim's article writes."""
        return facts_mod.Facts(names=self.known).name_words

    @functools.cached_property
    def calendar_days(self) -> frozenset[str]:
        """The days the sentence writes as calendar dates ("Aug. 28"), not named relative to its date."""
        return frozenset(value for start, end, value in self.dates
                         if facts_mod.find_calendar_dates(self.text[start - self.offset:end - self.offset]))

    @functools.cached_property
    def figures(self) -> tuple[NumberMention, ...]:
        """Every figure the sentence writes, compared or not (``numbers`` holds those compared), offsets
        relative to the text; read once per side, however many candidates it meets."""
        return tuple(find_numbers(self.text))

    @functools.cached_property
    def opener(self) -> str | None:
        """The sentence's first word when capitalised only there ("Sales were...", "Loan originations..."):
        perhaps a name, perhaps just an opener."""
        text = self.text.lstrip()
        first = _OPENER.match(text)
        if first is None or first.group(1) in text[first.end(1):]:
            return None
        return singular(first.group(1).lower())

    @functools.cached_property
    def name_spans(self) -> list[tuple[int, int, str]]:
        """The names the sentence writes, with where (facts.name_spans), read once for ``opening_name`` and
        ``doer``."""
        return facts_mod.name_spans(self.text)

    @functools.cached_property
    def opening_name(self) -> str | None:
        """The name of two words or more the sentence opens with ("american airlines kent powell" of "American
        Airlines' Kent Powell reported"), else None."""
        spans = self.name_spans
        if spans and not self.text[:spans[0][0]].strip() and " " in spans[0][2]:
            return spans[0][2]
        return None

    @functools.cached_property
    def doer(self) -> str | None:
        """The name of two words or more the main clause opens with, after an opening phrase and "the", and
        before a verb ("los angeles times" of "Citing witnesses, the Los Angeles Times named ..."; not "The
        Mountain View, Calif., company said"), else None."""
        spans = self.name_spans
        if not spans or " " not in spans[0][2] or not _SUBJECT_START.fullmatch(self.text, 0, spans[0][0]) \
                or not _DOING_AFTER.match(self.text, spans[0][1]):
            return None
        return spans[0][2]

    @functools.cached_property
    def aside_names(self) -> frozenset[str]:
        """Name words written only inside a relative clause ("the company, which is 61%-owned by Murphy Oil
        Corp., had a loss"): whom the clause mentions, not whom the sentence is about."""
        asides = list(_RELATIVE_CLAUSE.finditer(self.text))
        if not asides:
            return frozenset()
        rest = _RELATIVE_CLAUSE.sub(" ", self.text).lower()
        inside = " ".join(m.group() for m in asides).lower()
        words = frozenset(w for w in self.facts.name_words
                          if w[0] != "^" and w in inside and not re.search(r"\b" + re.escape(w), rest))
        keys = {facts_mod.initials(name) for name in self.facts.names  # and their initials ("^bh")
                if {singular(w) for w in name.split() if not facts_mod.is_legal_form(w)} <= words}
        return words | (keys - {None})

    @functools.cached_property
    def years(self) -> frozenset[str]:
        return frozenset(year for _, _, year in year_spans(self.text, self.when))

    @functools.cached_property
    def years_told_ago(self) -> bool:
        """Every year the side gives is a count of years back from its date ("two years ago")."""
        return self.when is not None and {year for _, _, year in years_ago(self.text, self.when)} == self.years


_SETTING = re.compile(r"(?:In|At|On|From|Outside|Inside|Across|Throughout)\s[^,;]{1,40},")
_SUBJECT_START = re.compile(r"\s*(?:[^,;:]{0,40},\s+)?(?:the\s+)?", re.I)
# a verb after the name, perhaps after a phrase between commas (", citing witnesses, identified")
_DOING_AFTER = re.compile(r"(?:,[^,;]{1,60},)?\s+(?:[a-z]+ed|[a-z]+s|is|was|are|were|has|have|had|will|would|said)\b")


def subject_shared(claim: Side, other: Side) -> bool:
    """The claim's first name (usually whom the sentence is about: "Adolph Coors holds ...") is one the
    corpus sentence uses too, whole; sharing only a place ("the U.S.") says little."""
    mine, theirs = names_of(claim, other)
    if not mine:
        return False
    if claim.facts.story and _described(claim.text) and shared(claim.facts.story_words, theirs) \
            and all(" " not in name for name in claim.facts.names):
        # "The Montreal textile maker also reported ...", after a sentence about Dominion Textile (not "The
        # nearby King Fahd Academy also has ...", which names its own subject)
        return True
    titles = facts_mod.title_words()
    setting = _SETTING.match(claim.text)  # "In Finland, the government ...": the subject comes after
    # the surnames the corpus sentence writes after a title alone ("Mr Bowen's", "Mr. Lortie")
    titled = {name.split()[-1] for name in other.facts.names
              if len(name.split()) > 1 and all(w in titles for w in name.split()[:-1])}
    for k, name in enumerate(claim.facts.names):
        if setting and name in setting.group().lower() and len(claim.facts.names) > 1:
            continue
        if k + 1 < len(claim.facts.names) and _affiliation(claim.text, name):
            continue  # "White House spokesman Josh Earnest said ...": whom it is about is Earnest
        if any(key in mine and shared(frozenset({key}), theirs) for key in facts_mod.initial_keys(name)):
            return True  # "Hewlett-Packard" / "HP", "Food and Drug Administration" / "FDA"
        if " " in name and name in other.text and not set(name.split()) <= titles \
                and re.search(rf"\b{re.escape(name)}\b", other.text):
            # "The Security Council insists" / "The UN security council insists": the name written in lower case
            # (not a title: "The Prime Minister told" / "the former Conservative prime minister joked")
            return True
        words = frozenset(singular(w) for w in name.split()
                          if w not in titles and not facts_mod.is_legal_form(w)) & mine
        if len(name.split()) > 1 and (name.split()[-1] in other.facts.names or name.split()[-1] in titled
                                      or name.split()[-1] in other.facts.story):
            return True  # "Pierre Lortie" / "Mr. Lortie", or "she" in a story about Wiig
        if words:  # the whole name ("Ogden Projects" is not its parent "Ogden Corp."), two words of a long one
            need = min(len(words), 2)
            if len(shared(words, theirs)) >= need or _alias_named(name, other, mine, theirs):
                return True
            # "Poughkeepsie also expects" in a story that names "Poughkeepsie Savings": the short form
            first = singular(name.split()[0])
            return first in other.facts.names and len(shared(words, theirs | other.facts.story_words)) >= need
    return bool(shared(mine, theirs))


def same_subject(claim: Side, other: Side) -> bool:
    """Both name the same people/places, when both name any; two sentences that name no one ("The company
    has about 31 million shares outstanding") are not about the same thing when their stories differ."""
    mine, theirs = names_of(claim, other)
    if not (mine or theirs) and claim.facts.story and other.facts.story:
        # ... unless the claim's article names whom the corpus sentence's story names ("The custom became law
        # in 1947" after a sentence naming Tawil, "The custom became official law in 1974" after one naming
        # Kirchner, in an article naming both); not for a sentence describing a company ("The company has 12
        # million shares outstanding" in a roundup naming Amdahl and Savin is one of them, whichever)
        return bool(shared(claim.facts.story_words, other.facts.story_words)
                    or not _described(claim.text) and shared(claim.known_words, other.facts.story_words))
    return not (mine and theirs) or bool(shared(mine, theirs))


def names_of(claim: Side, other: Side) -> tuple[frozenset[str], frozenset[str]]:
    """Both sides' name words, without a capitalised first word that is no name here: one the other
    side writes in lower case ("Revenue rose" / "Ogden's revenue rose", "Third-quarter net" / "in the
    third quarter"), a spelled number
    ("Seventy-five million copies"), or a side's only name that the other side does not share ("Sales
    were", "Management acted")."""
    return _firm_names(claim, other), _firm_names(other, claim)


def _firm_names(side: Side, other: Side) -> frozenset[str]:
    names = own_names(side, other)
    # "The company said it lost ...": whom its story names, when the other sentence names them too (the
    # story only ties two sentences; it never parts them: an unnamed sentence stays unnamed otherwise); not
    # for a description its own opening names ("As for Amy Schumer, the comedian ...")
    if side.facts.story and (not names or _refers_to_story(side, names)) and shared(
            side.facts.story_words, other.facts.name_words | other.facts.story_words):
        return names | side.facts.story_words
    return names


def _refers_to_story(side: Side, names: frozenset[str]) -> bool:
    """The sentence opens by describing whom its story names ("The company", "In Tulsa, it", "In the Kursk
    region, where ..., they"), not someone its opening phrase names ("As for Amy Schumer, the comedian")."""
    m = REFERRING.match(side.text)
    if m is None:
        return False
    opening = side.text[:m.end()]
    return "," not in opening or _SETTING.match(side.text) is not None \
        or not any(w in names for w in _WORD.findall(opening.lower()))


# a sentence whose subject is "the company", "the Los Angeles thrift", "it" (after any opening phrase)
def _described(text: str) -> bool:
    """The sentence opens by describing a company instead of naming it ("The Montreal textile maker",
    "The airline"): the heads are rules/lexicons/corpus_words.yaml's described_heads."""
    return _described_pattern().match(text) is not None


@functools.cache
def _described_pattern() -> re.Pattern:
    heads = "|".join(re.escape(str(w)) for w in load_lexicon("corpus_words")["described_heads"])
    return re.compile(rf"The\s+(?:[\w.&'-]+\s+){{0,3}}?(?:{heads})\b")


REFERRING = re.compile(r"(?:[^,;:]{0,60},\s+)?(?:the|its?|he|she|they|their|his|her)\b", re.I)


@functools.cache
def _figure_openers() -> frozenset[str]:
    """What a figure counts, capitalised as a sentence's first word (rules/lexicons/corpus_words.yaml
    figure_openers: "Profit", "Unemployment"): no name."""
    return frozenset(str(w).lower() for w in load_lexicon("corpus_words")["figure_openers"])


def own_names(side: Side, other: Side) -> frozenset[str]:
    """The name words a side writes itself (not its story's), without an opener that is no name here."""
    return _own_names(side, other, lone=True)


def written_names(side: Side, other: Side) -> frozenset[str]:
    """The name words a side writes itself, without an opener that either side writes in lower case
    ("Revenue rose" / "Amdahl's revenue rose") or that spells a number; a lone opener the other side does
    not share stays ("Provigo was the most active stock")."""
    return _own_names(side, other, lone=False)


def _own_names(side: Side, other: Side, lone: bool) -> frozenset[str]:
    names = side.facts.name_words - side.aside_names
    opener = side.opener
    if opener is None:
        # the first of a list ("Towers, walls and gates stand" / "towers, walls and city gates can be found") or a
        # word owning what the sentence tells ("Women's participation ... reached" / "women's participation in the
        # workforce has recovered"), written in lower case by either sentence: a common word; a name stays ("Aetna,
        # too, lost", "Bethlehem's sales slid")
        for pattern, after in ((_LISTED_OPENER, 1), (_POSSESSIVE_OPENER, 0)):
            m = pattern.match(side.text.lstrip())
            if m and singular(m.group(1).lower()) in names \
                    and _written_lower(m.group(1), side.text[m.end(after):], other.text):
                return names - {singular(m.group(1).lower())}
        return names
    if opener not in names:
        return names
    opening = {opener, facts_mod.initials(opener)}  # the word, and the initials of "Non-interest"
    if opener in _figure_openers():
        return names - opening  # "Unemployment among young people rose to 20%": what a figure counts
    common = _written_lower(opener, side.text[len(opener):], other.text)
    if not lone:
        return names - opening if common or _spelled_number(opener) else names
    # a lone opener is a name when the other side, or the story it refers to, names it ("IBM also noted" /
    # "The company said", after a sentence about IBM)
    named = other.facts.name_words | other.facts.story_words
    alone = names <= opening and not shared(names, named) and opener not in places()  # "Mexico pumped" stays
    known = side.known + other.known + side.facts.story + other.facts.story
    theirs = other.opener if _only_opener(other) else other.opening_name
    if alone and not common and theirs and theirs != opener and not _spelled_number(opener) \
            and not _written_lower(theirs, side.text, other.text) and not _OPENING_PHRASE.match(side.text) \
            and not (theirs == other.opener and _OPENING_PHRASE.match(other.text)) \
            and not in_one_name(opener, theirs, known):
        # "Flynn was sworn in" / "Tillerson was sworn in", "Ruritel shares fell" / "Zendabank shares rose",
        # "Delta reported" / "American Airlines' Kent Powell reported": two sentences each opening with its own
        # name, unless the article or a story writes both words in one name ("Igor Vorozhbitsyn"), or a sentence
        # opens with a phrase ("Determined to teach her boyfriend a lesson, she ...")
        return names
    if alone and _body_after(side.text, opener):
        return names  # "Mpumalanga police said": the opener names whose police
    if common or _spelled_number(opener) or alone:
        return names - opening
    if _common_form(side.text.lstrip().split(None, 1)[0], opener, known) and not shared(frozenset((opener,)), named):
        # "Investigators also want to question Kopp" / "Kopp also is wanted for questioning": whom it is about
        # is Kopp
        return names - opening
    return names


def _alias_named(name: str, other: Side, mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """The other side names, itself and not in an aside, a name of one alias group with ``name`` ("Republicans
    have had six years" / "The GOP has had six years"); ``mine``, ``theirs``: both sides' name words, whose alias
    keys say first whether any group is shared at all."""
    if not any(k[0] == "@" and k in theirs for k in mine):
        return False
    keys = alias_keys(name)
    return bool(keys) and any(keys & alias_keys(n) and {singular(w) for w in n.split()} <= theirs
                              for n in other.facts.names)


def alias_keys(name: str) -> frozenset[str]:
    """The alias groups (rules/lexicons/aliases.yaml) a whole name, as written and lowercased, belongs to
    ("republicans": @41, "u.s": @0)."""
    return frozenset(k for k in facts_mod.Facts(names=(name,)).name_words if k.startswith("@"))


_COMMON_ENDINGS = re.compile(r"[A-Z][a-z]+(?:ing|ed|ly|[^s'’]s)")


def _common_form(word: str, opener: str, known: tuple[str, ...]) -> bool:
    """A sentence's capitalised first word in the form of a common word ("Investigators", "Eating", "Recently"), as
    rules/lexicons/names.yaml reads one: no country, people or name of the lexicons (nor of an alias group: "Isis"),
    and no surname of a name the article or a story writes ("Jones said" after "Tom Jones")."""
    if not _COMMON_ENDINGS.fullmatch(word) or opener in places() or opener in _lexicon_names():
        return False
    return not any(len(name.split()) > 1 and singular(name.split()[-1]) == opener for name in known) \
        and not alias_keys(word.lower())


@functools.cache
def _lexicon_names() -> frozenset[str]:
    """The given names and the names of organisations of rules/lexicons/names.yaml, as name words are."""
    lex = load_lexicon("names")
    return frozenset(singular(str(name).lower()) for key in ("given_names", "org_names") for name in lex[key])


def _body_after(text: str, opener: str) -> bool:
    """The word after the opener is an institution's head ("Mpumalanga police", "Kent officials")."""
    m = _NEXT_WORD.match(text, len(opener))
    return m is not None and singular(m.group(1)) in institution_heads()


_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")


@functools.cache
def role_heads() -> frozenset[str]:
    """The head nouns of a role (rules/lexicons/role_titles.yaml: "spokesman", "minister", "ceo")."""
    return frozenset(str(w).lower() for w in load_lexicon("role_titles")["role_heads"])


# a role and another name after a name, which then only says whose the role is ("White House spokesman Josh
# Earnest", "Apple CEO Tim Cook", "Honda Motor Co.'s chief executive Takanobu Ito")
_ROLE_THEN_NAME = re.compile(r"(?:['’]s)?\s+((?:[a-z]+\s+){0,2}(?:[a-z]+|[A-Z]{2,4}))\s+[A-Z]")


def _affiliation(text: str, name: str) -> bool:
    """The name only says whose the role of the next name is ("White House spokesman Josh Earnest said")."""
    at = text.lower().find(name)
    m = _ROLE_THEN_NAME.match(text, at + len(name)) if at >= 0 else None
    return m is not None and m.group(1).split()[-1].lower() in role_heads()


@functools.cache
def institution_heads() -> frozenset[str]:
    """The one-word heads of institutions (rules/lexicons/attribution_institutions.yaml: "police", "ministry")."""
    return frozenset(singular(str(w).lower()) for w in load_lexicon("attribution_institutions")["heads"]
                     if " " not in str(w))


def _only_opener(side: Side) -> bool:
    """The side names no one but by its capitalised first word ("Tillerson was sworn in Feb. 1")."""
    opener = side.opener
    names = side.facts.name_words - side.aside_names
    return opener is not None and bool(names) and names <= {opener, facts_mod.initials(opener)} \
        and not _spelled_number(opener)


_OPENING_PHRASE = re.compile(r"[^,;:]{0,60},")  # a comma within the first words: an opening phrase


def _written_lower(word: str, *texts: str) -> bool:
    """The word is written in lower case in one of the texts ("Management acted" / "the management"), if in its
    American spelling ("Neighbours say" / "neighbors said")."""
    forms = dict.fromkeys((word, american(word.lower())))
    lowered = re.compile(r"(?<![\w-])(?:" + "|".join(r"[-\s]".join(map(re.escape, w.split("-"))) for w in forms) + ")",
                         re.I)
    return any(m.group()[0].islower() for text in texts for m in lowered.finditer(text))


def in_one_name(word: str, other: str, known: tuple[str, ...]) -> bool:
    """The article or a story writes both words in one name ("Igor Vorozhbitsyn" for "Igor" / "Vorozhbitsyn";
    not "Michael T. Flynn" and "Rex Tillerson"), as name words are, singular ("Rivers" / "Joan Rivers")."""
    def written(w: str, words: list[str]) -> bool:
        return w in words or any(x.startswith(w) and singular(x) == w for x in words)

    return any(written(word, words) and written(other, words) for words in (name.split() for name in known))


def shared(mine: frozenset[str], theirs: frozenset[str]) -> frozenset[str]:
    """Name words both sides use (of ``mine``), a country and its people counting as one ("Kenya" / "Kenyan",
    "Iraq" / "Iraqi", "Israel" / "Israelis"), a name and its initials too ("HP" / "Hewlett-Packard")."""
    mine = frozenset(w for w in mine if not facts_mod.is_legal_form(w))
    theirs = frozenset(w for w in theirs if not facts_mod.is_legal_form(w))
    out = set(mine & theirs)
    out.update(a for a in mine - theirs if "^" + a in theirs)
    out.update("^" + b for b in theirs - mine if "^" + b in mine)
    countries = _countries()
    for a in mine - theirs:
        if a.startswith("^"):
            continue
        for b in theirs - mine:
            short, long_ = sorted((a, b), key=len)
            if len(short) >= 4 and long_.startswith(short) and len(long_) - len(short) <= 3:
                out.add(a)
            elif a in countries and countries[a] == countries.get(b):
                out.add(a)  # "Argentine" / "Argentina"
    return frozenset(out)


@functools.cache
def _countries() -> dict[str, str]:
    """A country's one-word name, its initials and its peoples' names, lowercased and singular, to the country:
    rules/lexicons/headline_entities.yaml, keeping only the forms rules/lexicons/names.yaml gives as demonyms
    (its capitals and metonyms, "Moscow" for Russia, name another thing in a claim)."""
    demonyms = {singular(w.lower()) for w in load_lexicon("names")["demonyms"]}
    out = {}
    for country, forms in load_lexicon("headline_entities").items():
        words = [singular(w.lower()) for w in [country, *forms] if " " not in w and "." not in w]
        out.update((w, country) for w in words if w in demonyms or w == singular(country.lower()))
        # and its initials, as names are read: "US", "U.S." (u.s), "UK"
        out.update((w.lower().rstrip("."), country) for w in forms if w.replace(".", "").isupper())
    return out


def _spelled_number(word: str) -> bool:
    return all(part in _spelled_words() for part in word.split("-"))


@functools.cache
def places() -> frozenset[str]:
    """Countries and their peoples (rules/lexicons/names.yaml), lowercased and singular, as name words are:
    a name even as a sentence's lone first word."""
    lex = load_lexicon("names")
    return frozenset(singular(name.lower()) for key in ("place_names", "demonyms") for name in lex[key]
                     if " " not in name)  # "Kenya", "Australian"; not the "Coast" of "Ivory Coast"


@functools.cache
def _spelled_words() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_lexicon("number_units")["spelled"]) | {"one"}
