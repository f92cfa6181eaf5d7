"""Proper names in running text: capitalised word runs cut into names, titles set apart, kinds.

A run of capitalised words (joined by spaces and connectors such as "of", "de", "van der") is cut
at possessives, sentence ends, function words and calendar words; a sentence-initial common word
("The", "Despite", "Officials") is dropped; a title ("Russian President", "Gen.") is split off and
can be read back with title_before(). The kind comes from lexicons in rules/lexicons/names.yaml:
organisation words, place names and words, given names and person titles; default "other".
"""
import functools
import re
from types import SimpleNamespace
from typing import NamedTuple

from ..lazy_pattern import LazyPattern
from ..model import NameMention
from ..rules import load_lexicon

_SPACE = "[ \u00a0]"
_INITIAL_BEFORE = set(".!?…:;\n—–")
_OPENERS = set("\"'“‘«([")
_WORD = re.compile(r"\S+")
_SPACE_IN = re.compile(_SPACE)
_COMMON_SUFFIXES = ("ly", "ing", "ed")
_LAST_WORD = re.compile(r"([a-z]+)[ \u00a0]+$")
_LONG_WORD = re.compile(r"[^\W\d_][\w'’-]{3,}")
# Every capital past "Z" that the run pattern knows (U+0041 to U+052F: Latin, Greek, Cyrillic) lies here:
_LATE_LETTER = LazyPattern("[\u00c0-\u052f]")


class _Lexicon(SimpleNamespace):
    """The proper-name lexicon (rules/lexicons/names):
    built once per process."""
    run: LazyPattern  # capitalised runs, capitals from Latin to Cyrillic
    ascii_run: LazyPattern  # the same runs where the capitals are A-Z only
    connectors: frozenset[str]
    function_words: frozenset[str]
    common_words: frozenset[str]
    calendar: frozenset[str]
    of_heads: frozenset[str]
    heads: frozenset[str]
    ambiguous_heads: frozenset[str]
    modifiers: frozenset[str]
    complements: tuple[tuple[str, ...], ...]
    lower_titles: frozenset[str]
    lower_heads: frozenset[str]
    org_words: frozenset[str]
    org_names: frozenset[str]
    place_words: frozenset[str]
    place_prefixes: frozenset[str]
    place_after: frozenset[str]
    place_before: frozenset[str]
    place_names: frozenset[str]
    demonyms: frozenset[str]
    given_names: frozenset[str]
    dotted: frozenset[str]
    name_parts: frozenset[str]

    def known(self, word: str) -> bool:
        """Whether a word is a name in one of the lexicons (so never a common word)."""
        return any(word in s or word.title() in s for s in
                   (self.given_names, self.place_names, self.org_names, self.demonyms))


class _Token(NamedTuple):
    """A word of a capitalised run, and whether it is a connector ("de", "of the")."""
    start: int
    end: int
    word: str
    connector: bool = False


def find_names(text: str, start: int = 0, end: int | None = None) -> list[NameMention]:
    """The proper names in text[start:end], with absolute offsets and a kind."""
    end = len(text) if end is None else end
    surnames = _surnames(text)
    return [_mention(text, part, title, _lexicon(), surnames)
            for part, title in _parts(text, start, end, _lexicon(), surnames)]


def title_before(text: str, mention: NameMention) -> str | None:
    """The title written just before a name ("President-elect", "Secretary of State"), or None."""
    lex = _lexicon()
    window = max(0, mention.start - 120)
    words = list(_WORD.finditer(text, window, mention.start))
    if not words or text[words[-1].end():mention.start].strip(" \u00a0"):
        return None
    tokens = [_Token(m.start(), m.end(), m.group(), m.group() in ("of", "the")) for m in words]
    first = _title_chunk_ending(tokens, lex)
    if first is None:
        return None
    return text[tokens[first].start:tokens[-1].end]


def _title_chunk_ending(tokens: list[_Token], lex: _Lexicon) -> int | None:
    """Index of the first token of a title ending the token list, or None."""
    n = len(tokens)
    i = n
    for phrase in lex.complements:
        k = len(phrase)
        if n > k + 1 and [t.word for t in tokens[n - k:]] == list(phrase) and tokens[n - k - 1].word == "of":
            i = n - k - 1
            break
    if i == 0 or not _is_head(tokens[i - 1].word, lex):
        return None
    i -= 1
    while i > 0 and _is_title_word(tokens[i - 1].word, lex) and not _names_pair(tokens, i - 1, lex):
        i -= 1
    return i


def _names_pair(tokens: list[_Token], i: int, lex: _Lexicon) -> bool:
    """Whether tokens i-1 and i form a known name ("White House"): the title starts after it."""
    if i == 0:
        return False
    pair = f"{tokens[i - 1].word} {tokens[i].word}"
    return pair in lex.org_names or pair in lex.place_names


def _is_head(word: str, lex: _Lexicon) -> bool:
    return word in lex.heads or word in lex.lower_heads


def _is_title_word(word: str, lex: _Lexicon) -> bool:
    return word in lex.heads or word in lex.modifiers or word.islower() and word in lex.lower_titles


@functools.cache
def _lexicon() -> _Lexicon:
    data = load_lexicon("names")

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w) for w in data.get(key) or ())

    heads = words("title_heads") | words("ambiguous_heads")
    modifiers = words("title_modifiers")
    org_words, place_words = words("org_words"), words("place_words")
    complements = tuple(sorted((tuple(str(c).split()) for c in data.get("title_complements") or ()),
                               key=len, reverse=True))
    capitals = _class_body(c for c in map(chr, range(0x41, 0x0530)) if c.isupper())  # Latin to Cyrillic
    name_parts = frozenset(w for key in ("place_names", "org_names", "demonyms")
                           for name in data.get(key) or () for w in str(name).split())
    return _Lexicon(
        run=LazyPattern(_run_pattern(words("connectors"), words("hyphen_prefixes"), capitals)),
        ascii_run=LazyPattern(_run_pattern(words("connectors"), words("hyphen_prefixes"), "A-Z")),
        connectors=words("connectors"), function_words=words("function_words"),
        common_words=words("common_words"), calendar=words("calendar_words"),
        of_heads=words("of_heads") | org_words | place_words | heads | modifiers,
        heads=heads, ambiguous_heads=words("ambiguous_heads"), modifiers=modifiers,
        complements=complements,
        lower_titles=frozenset(w.lower() for w in heads | modifiers if "." not in w),
        lower_heads=frozenset(w.lower() for w in heads if "." not in w),
        org_words=org_words, org_names=words("org_names"), place_words=place_words,
        place_prefixes=words("place_prefixes"), place_after=words("place_nouns_after"),
        place_before=words("place_prepositions_before"),
        place_names=words("place_names"), demonyms=words("demonyms"), given_names=words("given_names"),
        dotted=_dotted_words() | frozenset(w for w in heads | place_words | org_words if w.endswith(".")),
        name_parts=name_parts)


def _run_pattern(connectors: frozenset[str], prefixes: frozenset[str], capitals: str) -> str:
    """Capitalised words (initials, acronyms, "al-Assad") joined by spaces and connectors; ``capitals``
    is the inside of the character class of capital letters."""
    def alternatives(words):
        return "|".join(map(re.escape, sorted(sorted(words), key=len, reverse=True)))

    up = capitals
    token = (rf"(?:[{up}]\.){{2,}}|[{up}][a-z]{{0,3}}\.(?=\s+[{up}])"
             rf"|(?:{alternatives(prefixes)})-[{up}][\w'’]*(?:-[\w'’]+)*|[{up}][\w&'’]*(?:-[\w'’]+)*")
    conn = alternatives(connectors | {"of the", "of", "for the", "for"})
    return rf"(?<![\w'’@./-])(?:{token})(?:{_SPACE}(?:(?:{conn}){_SPACE})*(?:{token}))*"


def _run_in(text: str, start: int, end: int, lex: _Lexicon) -> LazyPattern:
    """The run pattern for text[start:end]. Nine articles in ten write every name with A-Z capitals;
    where no letter past U+00BF occurs, the pattern for A-Z alone finds the same runs and compiles in a
    fifth of the time of the one with every capital up to Cyrillic (its class is 300 characters long,
    ten times over)."""
    return lex.run if _LATE_LETTER.search(text, start, end) else lex.ascii_run


def _dotted_words() -> frozenset[str]:
    """Capitalised abbreviations from the segmentation lexicon, with their period ("Gen.", "Jr.")."""
    data = load_lexicon("abbreviations")
    return frozenset(f"{w}." for key in ("never_end", "may_end", "before_numbers")
                     for w in data.get(key) or () if str(w)[:1].isupper())


@functools.lru_cache(maxsize=16)
def _lower_words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\b[a-z][a-z'’-]+\b", text))


@functools.lru_cache(maxsize=16)
def _surnames(text: str) -> frozenset[str]:
    """Last words of the people named in full in ``text`` ("Trump" after "Donald Trump")."""
    lex = _lexicon()
    found = set()
    for part, title in _parts(text, 0, len(text), lex, frozenset(), whole_names=True):
        words = [t.word for t in part if not t.connector]
        if len(words) > 1 and _mention(text, part, title, lex, frozenset()).kind == "person":
            found.add(words[-1])
    return frozenset(found)


def _parts(text: str, start: int, end: int, lex: _Lexicon, surnames: frozenset[str],
           whole_names: bool = False) -> list[tuple[list[_Token], str | None]]:
    """Token lists of the names in text[start:end], each with the title before it (if any); with
    ``whole_names``, only those a run of two words or more can give (a lone word is one word at most)."""
    out = []
    line, title_case, scanned = -1, False, 0
    for m in _run_in(text, start, end, lex).finditer(text, start, end):
        if whole_names and _SPACE_IN.search(text, m.start(), m.end()) is None:
            continue  # the line found for the next run stays right: rfind returns the last newline before it
        newline = text.rfind("\n", scanned, m.start())
        scanned = m.start()
        if line < 0 or newline >= 0:
            line = (newline if newline >= 0 else text.rfind("\n", 0, m.start())) + 1
            title_case = _is_title_case(text, line)
        for part in _split_run(text, m.start(), m.end(), lex, surnames, title_case):
            out.extend(_split_titles(part, lex))
    return out


def _is_title_case(text: str, line: int) -> bool:
    """Whether the line at ``line`` is a Title Case headline (every word capitalised, no final stop)."""
    end = text.find("\n", line)
    end = len(text) if end < 0 else end
    if end - line > 200:
        return False
    content = text[line:end].rstrip(" \t\r\"'”’")
    if not content or content[-1] in ".!?":
        return False
    words = _LONG_WORD.findall(content)
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _split_run(text: str, lo: int, hi: int, lex: _Lexicon, surnames: frozenset[str],
               title_case: bool = False) -> list[list[_Token]]:
    """Cut a run of capitalised words at possessives, sentence ends and non-name words."""
    parts: list[list[_Token]] = []
    current: list[_Token] = []
    initial = _sentence_initial(text, lo)

    def close() -> None:
        while current and current[-1].connector:
            current.pop()
        if current:
            parts.append(current.copy())
        current.clear()

    for m in _WORD.finditer(text, lo, hi):
        word = m.group()
        if word[0].islower() and "-" not in word or word == "&":
            if current and (word not in ("of", "for", "the") or _of_allowed(current, word, lex)):
                current.append(_Token(m.start(), m.end(), word, connector=True))
            else:
                close()
            continue
        token, cut_after, ends_sentence = _clean(m.start(), word, lex)
        if _not_a_name(text, token.word, lex, surnames, initial and not current, bool(current), title_case):
            close()
            initial = ends_sentence
            continue
        current.append(token)
        initial = ends_sentence
        if cut_after or ends_sentence:
            close()
    close()
    return parts


def _not_a_name(text: str, word: str, lex: _Lexicon, surnames: frozenset[str], sentence_first: bool,
                continuing: bool, title_case: bool) -> bool:
    """Whether a capitalised word is no part of a name here (calendar, function or common word)."""
    if word in lex.calendar:
        return True
    if word in lex.function_words and (word != "The" or continuing or sentence_first):
        return True
    if (sentence_first or title_case) and _is_common(text, word, lex, surnames):
        return True
    return title_case and not _is_name_elsewhere(text, word, lex, surnames)


def _of_allowed(current: list[_Token], word: str, lex: _Lexicon) -> bool:
    """"of"/"for" join after an organisation, place or title word, or inside such a name already."""
    if word == "the":
        return current[-1].word in ("of", "for")
    if current[-1].connector:
        return False
    return current[-1].word in lex.of_heads or any(t.word in ("of", "for") for t in current)


def _clean(start: int, word: str, lex: _Lexicon) -> tuple[_Token, bool, bool]:
    """The token without possessive, final period or lower-case hyphen tail; whether to cut after it."""
    if word.endswith(".") and not _is_dotted_name(word, lex):
        return _Token(start, start + len(word) - 1, word[:-1]), True, True
    for suffix in ("'s", "’s", "'", "’"):
        if word.endswith(suffix) and len(word) > len(suffix):
            return _Token(start, start + len(word) - len(suffix), word[:-len(suffix)]), True, False
    if "-" in word and word not in lex.heads:
        head, _, tail = word.rpartition("-")
        if tail.isalpha() and tail.islower() and head[:1].isupper():
            return _Token(start, start + len(head), head), True, False
    return _Token(start, start + len(word), word), False, False


def _is_dotted_name(word: str, lex: _Lexicon) -> bool:
    """Initials, acronyms and abbreviations that belong to a name ("F.", "U.S.", "Gen.", "Jr.")."""
    return len(word) == 2 or word.count(".") > 1 or word in lex.dotted


def _sentence_initial(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and (text[i] in " \t\u00a0" or text[i] in _OPENERS):
        i -= 1
    if i < 0 or text[i] in _INITIAL_BEFORE:
        return True
    if text[i] in "\"”’'" and i > 0 and text[i - 1] in ".!?":
        return True
    return text[i] == "-" and i > 0 and text[i - 1] == " "


def _is_name_elsewhere(text: str, word: str, lex: _Lexicon, surnames: frozenset[str]) -> bool:
    """In a Title Case headline, keep only words known as names or capitalised again in the text."""
    return (lex.known(word) or word in lex.name_parts or word in surnames or word.isupper()
            or text.count(word) > 1)


def _is_common(text: str, word: str, lex: _Lexicon, surnames: frozenset[str]) -> bool:
    """Whether a sentence-initial capitalised word is an ordinary word rather than a name."""
    if word in lex.function_words or word in lex.common_words or word in lex.calendar:
        return True
    if lex.known(word) or word in surnames or not word[1:].islower():
        return False
    if word.lower() in _lower_words(text):
        return True
    return word.endswith(_COMMON_SUFFIXES) or word.endswith("s") and not word.endswith("ss")


def _split_titles(part: list[_Token], lex: _Lexicon) -> list[tuple[list[_Token], str | None]]:
    """Set a title apart from the name it introduces: "Russian President Vladimir Putin"."""
    words = [t.word for t in part]
    for i in range(len(part)):
        span = _title_at(part, i, lex)
        if span is None:
            continue
        j = span
        before = part[:i]
        while before and before[-1].connector:
            before.pop()
        title = " ".join(words[i:j])
        rest = part[j:]
        if rest:
            return ([(before, None)] if before else []) + [(rest, title)]
        if i and part[i - 1].connector:
            return [(part, None)]
        return [(before, None)] if before else []
    return [(part, None)]


def _title_at(part: list[_Token], i: int, lex: _Lexicon) -> int | None:
    """End index of a title starting at token i, or None."""
    if part[i].connector or not _is_title_word(part[i].word, lex):
        return None
    if _names_pair(part, i, lex):
        return None
    k, last_head = i, None
    while k < len(part) and not part[k].connector and _is_title_word(part[k].word, lex):
        if part[k].word in lex.heads:
            last_head = k
        k += 1
    if last_head is None:
        return None
    j = last_head + 1
    if j < len(part) and part[j].word == "of":
        for phrase in lex.complements:
            words = [t.word for t in part[j + 1:j + 1 + len(phrase)]]
            if words == list(phrase):
                j += 1 + len(phrase)
                break
    if last_head == i and part[i].word in lex.ambiguous_heads:
        if j >= len(part) or part[j].word not in lex.given_names:
            return None
    if j < len(part) and part[j].connector:
        return None
    return j


def _mention(text: str, part: list[_Token], title: str | None, lex: _Lexicon,
             surnames: frozenset[str]) -> NameMention:
    start, end = part[0].start, part[-1].end
    return NameMention(text=text[start:end], start=start, end=end,
                       kind=_kind(text, part, title, lex, surnames))


def _kind(text: str, part: list[_Token], title: str | None, lex: _Lexicon,
          surnames: frozenset[str]) -> str:
    words = [t.word for t in part if not t.connector]
    name = " ".join(t.word for t in part)
    variants = {name, name.title()} if name.isupper() and len(name) > 3 else {name}
    if variants & lex.place_names:
        return "place"
    if variants & lex.org_names:
        return "org"
    if variants & lex.demonyms:
        return "other"
    if any(w in lex.org_words for w in words):
        return "org"
    if words[-1] in lex.place_words or words[0] in lex.place_prefixes:
        return "place"
    after = _WORD.match(text, _skip_spaces(text, part[-1].end))
    if after and after.group().rstrip(".,;:") in lex.place_after:
        return "place"
    if _word_before(text, part[0].start) in lex.place_before:
        return "place"
    if title or words[0] in lex.given_names or len(words) == 1 and words[0] in surnames:
        return "person"
    return "other"


def _word_before(text: str, pos: int) -> str:
    """The lower-case word just before ``pos`` ("near" in "near Pokrovsk"), or ""."""
    m = _LAST_WORD.search(text, max(0, pos - 20), pos)
    return m.group(1) if m else ""


def _skip_spaces(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] == " ":
        pos += 1
    return pos


def _class_body(chars) -> str:
    """The inside of a regex character class holding exactly ``chars`` (letters), with runs of
    consecutive code points written as ranges: "ABC...Z" is "A-Z". A shorter class compiles faster."""
    points = sorted(set(map(ord, chars)))
    runs: list[list[int]] = []
    for p in points:
        if runs and p == runs[-1][1] + 1:
            runs[-1][1] = p
        else:
            runs.append([p, p])
    return "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in runs)
