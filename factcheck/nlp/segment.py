"""Sentence segmentation with offsets, for news copy as written and as scraped.

One precompiled regex finds the candidate boundaries of a block (terminal punctuation, line breaks);
a few rules over each candidate's neighbours (the token before it, the word after it) decide whether
it ends a sentence. Abbreviations and sentence-opening words are data:
rules/lexicons/abbreviations.yaml. Blank lines always end a sentence; a single line break ends one
unless the text is hard-wrapped prose or the next line starts in lower case.
"""
import functools
import re
from types import SimpleNamespace
from typing import Iterator

from ..lazy_pattern import LazyPattern
from ..model import Document, Sentence
from ..rules import load_lexicon

WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")  # a word: letters, hyphenated parts joined, no digits
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n\s*")
_CANDIDATE = re.compile(
    r"(?P<nl>\n)|(?P<cjk>[。！？]+[」』）》〉”’]*)"
    r"|(?P<punct>…+|\.(?:\ ?\.){2,}|[.!?]+)(?P<close>[)\]\"'”’»]*)"
    r"(?=(?P<space>\s*)(?P<open>[(\[\"'“‘«]*)(?P<next>\w*))"
)
_CANDIDATE_START = re.compile(r"[\n。！？….!?]")  # the first character of every _CANDIDATE match
_SPEAKER = LazyPattern(r"([A-Z][\w'’.-]*)(?:\s+[A-Z][\w'’.-]*){0,2}\s+([a-z]+)\b")
_TIME_WORD = LazyPattern(r"[ \t]+time\b")
_ACRONYM = LazyPattern(r"(?:[A-Za-z]\.)+[A-Za-z]")
_LIST_MARKER = re.compile(
    r"(?P<bullet>[•⁃▪◦‣])?[ \t]*(?:(?P<num>\d{1,3}|[a-z])(?P<delim>\.\)|[.)]))?(?=\s)")
_INLINE_MARKER = LazyPattern(r"(?<=\s)(\d{1,3}|[a-z])(\.\)|[.)])(?=\s)")
_MARKER_TOKEN = re.compile(r"[•⁃▪◦‣]?\(?(?:\d{1,3}|[A-Za-z])")
_LIST_LINE_START = "-*•⁃▪◦‣#>|+"
_OPEN_QUOTES = "\"'“‘«"
_URL_HINTS = ("@", "/", "www")
_WRAP_WIDTHS = (40, 120)  # hard-wrapped prose: narrower blocks are lists, wider ones one-line paragraphs


class _Lexicon(SimpleNamespace):
    """The segmentation lexicon (rules/lexicons/abbreviations):
    built once per process."""
    exact: dict[str, str]
    folded: dict[str, str]
    openers: frozenset[str]
    fragment_openers: frozenset[str]
    after_times: frozenset[str]
    exclamation_names: frozenset[str]
    speech_verbs: frozenset[str]


def segment(text: str) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences in ``text``, trimmed of surrounding white space."""
    return [(s, e) for s, e, _ in _segment_region(text, 0, len(text))]


@functools.cache
def stopwords(*lists: str) -> frozenset[str]:
    """Words to leave out when comparing content: the function words of rules/lexicons/number_units.yaml
    plus the named lists: "months" (number_units) or a list of rules/lexicons/corpus_words.yaml
    ("reporting_verbs", "not_names", "query_stopwords"). Lowercase."""
    units, words = load_lexicon("number_units"), load_lexicon("corpus_words")
    out = {str(w).lower() for w in units["function_words"]}
    for name in lists:
        out |= {str(w).lower() for w in (units if name == "months" else words)[name]}
    return frozenset(out)


def split_sentences(document: Document) -> list[Sentence]:
    """The document's sentences, by paragraph, located in the original input; the title flagged."""
    text = document.text
    title = document.title_span
    pieces: list[tuple[int, int, int]] = []
    if document.paragraphs:
        for a, b, index in _paragraph_regions(document):
            pieces.extend((s, e, index) for s, e, _ in _segment_region(text, a, b))
        pieces.sort()
    else:
        paragraph = 0
        for a, b in _around(0, len(text), title):
            is_title = title is not None and (a, b) == tuple(title)
            found = _segment_region(text, a, b)
            pieces.extend((s, e, -1 if is_title else paragraph + p) for s, e, p in found)
            if found and not is_title:
                paragraph += found[-1][2] + 1
    return _sentences(document, pieces)


def text_spans(document: Document, sentences: list[Sentence]) -> tuple[tuple[int, int], ...]:
    """segment(document.text), given ``sentences`` = split_sentences(document): their own spans when
    split_sentences segmented the text's own blank-line blocks (an extracted page's paragraphs, a draft
    without a title line), so that a long page is split once, not twice (issue 14); else split anew."""
    text = document.text
    if document.paragraphs:
        regions = sorted((a, b) for a, b, _ in _paragraph_regions(document))
    else:
        regions = _around(0, len(text), document.title_span)
    if [block for a, b in regions for block in _blocks(text, a, b)] == _blocks(text, 0, len(text)):
        return tuple((s.start, s.end) for s in sentences)  # the same blocks, each split by _segment_block
    return tuple(segment(text))


def _paragraph_regions(document: Document) -> list[tuple[int, int, int]]:
    """(start, end, paragraph index) of the stretches split_sentences segments in a document with
    paragraphs: each paragraph cut at the title's ends, and the title (index -1) when no paragraph holds it."""
    title = document.title_span
    regions = [(a, b, index) for index, (lo, hi) in enumerate(document.paragraphs) for a, b in _around(lo, hi, title)]
    if title and not any(lo <= title[0] and title[1] <= hi for lo, hi in document.paragraphs):
        regions.append((title[0], title[1], -1))
    return regions


def _around(lo: int, hi: int, title: tuple[int, int] | None) -> list[tuple[int, int]]:
    """[lo, hi) cut at the title span's ends so that no sentence crosses them."""
    if not title or title[1] <= lo or title[0] >= hi:
        return [(lo, hi)]
    points = [lo, *(p for p in title if lo < p < hi), hi]
    return [(a, b) for a, b in zip(points, points[1:]) if a < b]


def _sentences(document: Document, pieces: list[tuple[int, int, int]]) -> list[Sentence]:
    text = document.text
    title = document.title_span
    out = []
    line, line_start, cursor = 1, 0, 0
    for s, e, paragraph in pieces:
        if document.source_map is None:
            newlines = text.count("\n", cursor, s)
            if newlines:
                line += newlines
                line_start = text.rfind("\n", cursor, s) + 1
            cursor = s
            position = (line, s - line_start + 1)
        else:
            position = document.locate(s)
        headline = title is not None and title[0] <= s and e <= title[1]
        out.append(Sentence(text=text[s:e], start=s, end=e, line=position[0], column=position[1],
                            paragraph=paragraph, is_headline=headline))
    return out


@functools.cache
def _lexicon() -> _Lexicon:
    data = load_lexicon("abbreviations")
    exact: dict[str, str] = {}
    folded: dict[str, str] = {}
    for kind in ("may_end", "end_before_capital", "months", "before_numbers", "never_end"):
        for word in data.get(kind) or ():
            word = str(word)
            (folded if word.islower() else exact)[word] = kind
    words = {key: frozenset(map(str, data.get(key) or ()))
             for key in ("sentence_openers", "fragment_openers", "after_times", "exclamation_names",
                         "speech_verbs")}
    return _Lexicon(exact=exact, folded=folded, openers=words["sentence_openers"],
                    fragment_openers=words["fragment_openers"], after_times=words["after_times"],
                    exclamation_names=words["exclamation_names"], speech_verbs=words["speech_verbs"])


def _segment_region(text: str, lo: int, hi: int) -> list[tuple[int, int, int]]:
    """(start, end, paragraph) of the sentences in text[lo:hi]; paragraphs counted from 0."""
    out: list[tuple[int, int, int]] = []
    paragraph = 0
    for start, end in _blocks(text, lo, hi):
        paragraph = _segment_block(text, start, end, paragraph, out)
    return out


def _blocks(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The blocks of text[lo:hi] between blank lines, as _segment_region reads them."""
    out = []
    start = lo
    for m in _BLANK_LINE.finditer(text, lo, hi):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, hi))
    return out


def _segment_block(text: str, lo: int, hi: int, paragraph: int,
                   out: list[tuple[int, int, int]]) -> int:
    """Append the sentences of a block (no blank line inside); return the next paragraph number."""
    lex = _lexicon()
    cuts: list[tuple[int, bool]] = []
    chain = _list_cuts(text, lo, hi)
    next_item = 0
    sentence_start = lo
    wrap: tuple[int, bool] | None = None
    for m in _candidates(text, lo, hi):
        while next_item < len(chain) and chain[next_item] <= m.start():
            sentence_start = chain[next_item]
            next_item += 1
            cuts.append((sentence_start, False))
        if m.group("nl") is not None:
            if wrap is None:
                wrap = _wrap_width(text, lo, hi)
            cut = _line_break(text, m.start(), lo, hi, wrap, lex)
            if cut is not None:
                cuts.append((cut, True))
                sentence_start = cut
            continue
        cut = m.end() if m.group("cjk") else _punct_cut(text, m, lo, hi, sentence_start, lex)
        if cut is not None:
            cuts.append((cut, False))
            sentence_start = cut
    cuts.extend((c, False) for c in chain[next_item:])
    cuts.append((hi, True))
    return _emit(text, lo, cuts, paragraph, out)


def _candidates(text: str, lo: int, hi: int) -> Iterator[re.Match]:
    """The matches of _CANDIDATE in text[lo:hi], as finditer finds them, but several times faster: the
    regex engine skips ahead quickly only to a pattern's first character when that is a plain character
    class, so _CANDIDATE (which opens with named groups) is tried only where its first character is."""
    pos = lo
    while (start := _CANDIDATE_START.search(text, pos, hi)) is not None:
        m = _CANDIDATE.match(text, start.start(), hi)  # always matches: each of those characters opens one
        yield m
        pos = m.end()


def _emit(text: str, lo: int, cuts: list[tuple[int, bool]], paragraph: int,
          out: list[tuple[int, int, int]]) -> int:
    start = lo
    used = False
    for cut, new_paragraph in cuts:
        if cut < start:
            continue
        s, e = trim_span(text, start, cut)
        if s < e:
            out.append((s, e, paragraph))
            used = True
        start = cut
        if new_paragraph and used:
            paragraph += 1
            used = False
    return paragraph


def trim_span(text: str, s: int, e: int) -> tuple[int, int]:
    """(s, e) narrowed past the whitespace at both ends of ``text[s:e]``."""
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _wrap_width(text: str, lo: int, hi: int) -> tuple[int, bool]:
    """The block's widest line, and whether several lines come near it (hard-wrapped prose)."""
    lengths = [len(line) for line in text[lo:hi].split("\n")]
    width = max(lengths)
    return width, sum(n >= 0.75 * width for n in lengths[:-1]) >= 2


def _line_break(text: str, p: int, lo: int, hi: int, wrap: tuple[int, bool],
                lex: _Lexicon) -> int | None:
    """Cut at a single line break unless the next line continues the sentence (wrapped prose)."""
    q = p + 1
    while q < hi and text[q] in " \t\r":
        q += 1
    if q >= hi:
        return None
    c = text[q]
    if c.islower():
        return None
    marker = _LIST_MARKER.match(text, q, hi)
    if c in _LIST_LINE_START or marker is not None and marker.group("num"):
        return p
    line_start = max(lo, text.rfind("\n", lo, p) + 1)
    previous = text[line_start:p].rstrip()
    if not previous or previous[-1] in ".!?:\"”'’)":
        return p
    width, several = wrap
    words = text[q:min(hi, q + 40)].split(None, 1)  # none when the line holds only a form feed and the like
    next_word = len(words[0]) if words else 0
    if not _WRAP_WIDTHS[0] <= width <= _WRAP_WIDTHS[1] or (p - line_start) + 1 + next_word <= width:
        return p
    last_word = previous.rsplit(None, 1)[-1]
    hanging = previous[-1] in ",;" or last_word.capitalize() in lex.openers
    return None if several or hanging else p


def _list_cuts(text: str, lo: int, hi: int) -> list[int]:
    """Where the items of an inline list ("1. one 2. two", "• a • b") start, after the first."""
    while lo < hi and text[lo].isspace():
        lo += 1
    m = _LIST_MARKER.match(text, lo, hi)
    if m is None or m.end() == lo:
        return []
    bullet, num, delim = m.group("bullet"), m.group("num"), m.group("delim")
    if bullet:
        return [i for i in _find_all(text, bullet, m.end(), hi) if text[i - 1].isspace()]
    if not num:
        return []
    cuts = []
    for found in _INLINE_MARKER.finditer(text, m.end(), hi):
        following = str(int(num) + 1) if num.isdigit() else chr(ord(num) + 1)
        if found.group(1) == following and found.group(2) == delim:
            cuts.append(found.start())
            num = following
    return cuts


def _find_all(text: str, needle: str, lo: int, hi: int) -> list[int]:
    found = []
    i = text.find(needle, lo, hi)
    while i >= 0:
        found.append(i)
        i = text.find(needle, i + 1, hi)
    return found


def _punct_cut(text: str, m: re.Match, lo: int, hi: int, sentence_start: int,
               lex: _Lexicon) -> int | None:
    """Where the punctuation matched by ``m`` ends a sentence, or None."""
    p0, p1 = m.start(), m.end()
    if p1 >= hi:
        return None
    punct = m.group("punct")
    if not m.group("space"):
        return p1 if _glued(text, m, p0, lo) else None
    q = m.end("open")
    if q >= hi:
        return None
    c = text[q]
    if c.islower():
        return None
    if _quote_then_speaker(text, m, q, lex):
        return None
    if punct[0] == "…" or punct.count(".") >= 3:
        return _ellipsis_cut(text, m, p0, p1, lo, c, sentence_start)
    if punct == "!" and _token_before(text, p0, lo) in lex.exclamation_names:
        return p1 if m.group("next") in lex.openers else None
    if "!" in punct or "?" in punct:
        return p1
    return p1 if _period_ends(text, m, p0, lo, sentence_start, c, lex) else None


def _quote_then_speaker(text: str, m: re.Match, q: int, lex: _Lexicon) -> bool:
    """A closed quotation followed by its speaker: '"Are you serious?" Trump asked.'."""
    close = m.group("close")
    if not close or m.group("open") or not any(c in close for c in _OPEN_QUOTES + "”’"):
        return False
    speaker = _SPEAKER.match(text, q)
    return (speaker is not None and speaker.group(1) not in lex.openers
            and speaker.group(2) in lex.speech_verbs)


def _glued(text: str, m: re.Match, p0: int, lo: int) -> bool:
    """A period with no space before the next sentence: "heavy losses.Despite the risk"."""
    nxt = m.group("next")
    if m.group("close") or m.group("open") or len(nxt) < 2 or not nxt[0].isupper():
        return False
    if not nxt[1:].islower() or p0 - lo < 2 or m.group("punct").count(".") > 1:
        return False
    before = text[p0 - 2:p0]
    if not (before.isalpha() and before.islower() or before[-1].isdigit() or before[-1] in "%)"):
        return False
    after = m.end("next")
    if after < len(text) and text[after] in "@/.":
        return False
    return not any(h in _token_before(text, p0, lo) for h in _URL_HINTS)


def _ellipsis_cut(text: str, m: re.Match, p0: int, p1: int, lo: int, c: str,
                  sentence_start: int) -> int | None:
    """Ellipses end a sentence only before a capital: "that.... She left", not "is . . . I mean"."""
    if not c.isupper() or "(" in m.group("open") or "[" in m.group("open"):
        return None
    if not any(ch.isalnum() for ch in text[sentence_start:p0]):
        return None
    if p0 > lo and text[p0 - 1] == "[":
        return None
    punct = m.group("punct")
    if " " not in punct:
        return p1
    attached = p0 > lo and not text[p0 - 1].isspace()
    dots = punct.count(".")
    if attached and dots >= 4:
        return p0 + 1
    if not attached and dots < 4:
        return None
    return p1


def _period_ends(text: str, m: re.Match, p0: int, lo: int, sentence_start: int, c: str,
                 lex: _Lexicon) -> bool:
    """Whether a period followed by space and a non-lowercase character ends the sentence."""
    ts = _token_start(text, p0, lo)
    token = text[ts:p0].lstrip("([\"'“‘«")
    if not token:
        return True
    if _is_list_marker(text, token, sentence_start, ts):
        return False
    kind = _kind(token, lex)
    if kind == "word":
        return True
    if kind == "never_end" or _starts_number(text, m.end("open"), c):
        return False
    if kind == "before_numbers":
        return True
    if not (c.isupper() or m.group("open")):
        return False
    if _is_fragment(text, sentence_start, p0, lex):
        return False
    nxt = m.group("next")
    if kind == "end_before_capital":
        return not (nxt in lex.after_times or _TIME_WORD.match(text, m.end("next")))
    if kind == "months":
        return True
    if m.group("open"):
        return any(q in m.group("open") for q in _OPEN_QUOTES)
    return nxt in lex.openers or _named_again(text, sentence_start, ts, m.end("next"), nxt)


def _named_again(text: str, sentence_start: int, ts: int, after: int, nxt: str) -> bool:
    """A name already used in the sentence opens the next one after an abbreviation that may end a
    sentence ("... shares of Sansui Electric Co. Sansui expects a loss", "... of its profit from the
    U.S. Ratners also controls"): the name, then a lowercase word."""
    if not nxt or not nxt[0].isupper() or not re.match(r"\s+[a-z]", text[after:after + 3]):
        return False
    return re.search(rf"(?<!\w){re.escape(nxt)}(?!\w)", text[sentence_start:ts]) is not None


def _starts_number(text: str, q: int, c: str) -> bool:
    """Whether the text at ``q`` is a number or an amount ("20", "$1,599")."""
    return c.isdigit() or c in "$€£¥" and text[q + 1:q + 2].isdigit()


def _token_start(text: str, p0: int, lo: int) -> int:
    floor = max(lo, p0 - 80)
    return max(text.rfind(" ", floor, p0), text.rfind("\n", floor, p0), text.rfind("\t", floor, p0),
               text.rfind("\u00a0", floor, p0), floor - 1) + 1


def _token_before(text: str, p0: int, lo: int) -> str:
    return text[_token_start(text, p0, lo):p0]


def _kind(token: str, lex: _Lexicon) -> str:
    """The abbreviation class of the token before a period, or "word"."""
    kind = lex.exact.get(token)
    if not kind and (token.islower() or len(token) > 1 and token.isupper()):
        kind = lex.folded.get(token.lower())
    if not kind and token.islower() and lex.exact.get(token.capitalize()) == "never_end":
        kind = "never_end"
    if kind:
        return kind
    if len(token) == 1 and token.isupper():
        return "initial"
    if len(token) > 2 and "." in token and _ACRONYM.fullmatch(token):
        return "acronym"
    return "word"


def _is_list_marker(text: str, token: str, sentence_start: int, ts: int) -> bool:
    """"1." or "a." opening a sentence (after bullets only) numbers an item, it does not end one."""
    if len(token) > 4 or not _MARKER_TOKEN.fullmatch(token):
        return False
    before = text[sentence_start:ts]
    return not before.strip(" \t\r\n•⁃▪◦‣-")


def _is_fragment(text: str, sentence_start: int, p0: int, lex: _Lexicon) -> bool:
    """Whether the sentence so far is only a short phrase such as "At 5 a.m." (no clause yet)."""
    if p0 - sentence_start > 40:
        return False
    words = text[sentence_start:p0].split()
    return 0 < len(words) <= 4 and words[0] in lex.fragment_openers


def phrase_pattern(phrase: str) -> str:
    """A regex for a lexicon phrase that matches it across any whitespace: a hard-wrapped draft
    ("took\\noffice"), two spaces or a tab between its words is still the phrase."""
    return r"\s+".join(re.escape(word) for word in str(phrase).split())
