"""Word tokens with offsets, phrase matching and clause boundaries: the shared ground of the
attribution and headline analyses (plain regular expressions, no tagger)."""
import functools
import operator
import re
from typing import Iterable, Iterator, NamedTuple

from ..lazy_pattern import LazyPattern
from ..model import Document, Sentence

_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}"  # U.S., U.K.
    r"|[^\W\d_](?:[\w'’\-]*\w)?(?:['’]s)?"  # words, possessives, hyphenated
    r"|\d+(?:,\d{3})*(?:\.\d+)?%?"
    r"|n['’]t|['’]ll"
    r"|[^\w\s]"
)
BOUNDARIES = frozenset(",;:()[]\"“”—–?!")
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you"})


class Token(NamedTuple):
    """A word, number or punctuation mark with its absolute offsets in the document text."""

    text: str
    start: int
    end: int
    norm: str  # norm(text): lowercase, curly quotes straightened, possessive 's dropped

    @property
    def is_cap(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalpha()

    @property
    def is_boundary(self) -> bool:
        return self.text in BOUNDARIES


def norm(word: str) -> str:
    """A token's normal form: lowercase, curly quotes straightened, possessive 's dropped."""
    low = word.lower()
    if "’" in low:
        low = low.replace("’", "'")
    return low[:-2] if len(low) > 2 and low[-2:] == "'s" else low


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """The tokens of ``text``, offsets shifted by ``offset``."""
    return list(_scan(text, offset))


@functools.lru_cache(maxsize=2048)
def _sentence_tokens(text: str, offset: int) -> tuple[Token, ...]:
    """Tokens of a sentence, kept: the attribution and headline analyses each read every sentence."""
    tokens = _scan(text, offset)
    return skip_tickers(tokens) if "(" in text else tokens  # a ticker is bracketed: most sentences have none


def skip_tickers(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """Tokens without a short bracketed ticker or abbreviation after a name ("Calder Foods (CLD) said",
    "(NYSE: CLD)", "(WHO)"), so the name stays next to its verb."""
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        k = _ticker_end(tokens, i) if tokens[i].text == "(" and out and out[-1].is_cap and out[-1].is_word else 0
        if k:
            i = k
            continue
        out.append(tokens[i])
        i += 1
    return tuple(out)


def _ticker_end(tokens: tuple[Token, ...], i: int) -> int:
    """Index past a '(' ... ')' group of one to three upper-case codes at ``i`` (a colon allowed), else 0."""
    if tokens[i].text != "(":
        return 0
    k = i + 1
    codes = 0
    while k < len(tokens) and k - i <= _TICKER_MAX and tokens[k].text != ")":
        t = tokens[k].text
        if t == ":" and codes == 1:
            pass
        elif _CODE.fullmatch(t):
            codes += 1
        else:
            return 0
        k += 1
    return k + 1 if k < len(tokens) and tokens[k].text == ")" and 1 <= codes <= 2 else 0


_TICKER_MAX = 4
_CODE = LazyPattern(r"[A-Z][A-Z0-9&]{1,6}")


def _scan(text: str, offset: int) -> tuple[Token, ...]:
    folded = text.lower().replace("’", "'")
    if len(folded) != len(text) or "Σ" in text:  # lower() changed a length or read a capital sigma's context
        return tuple([Token(word, offset + start, offset + end, norm(word)) for word, start, end in _words(text)])
    # _words() inlined, and norm() of each word read as its slice of the folded text (possessive dropped):
    # this loop runs for every word of every sentence (issue 14)
    if "n't" not in folded and "'s" not in folded:  # most sentences: no "n't" to split off, no 's to drop
        return tuple([Token(m.group(), offset + m.start(), offset + m.end(), folded[m.start():m.end()])
                      for m in _TOKEN.finditer(text)])
    out = []
    for m in _TOKEN.finditer(text):
        word = m.group()
        start, end = m.span()
        if word[-3:] in _NOT:
            cut = end - 3
            out.append(Token(word[:-3], offset + start, offset + cut, _possessive_dropped(folded[start:cut])))
            word, start = word[-3:], cut
        low = folded[start:end]
        out.append(Token(word, offset + start, offset + end, low[:-2] if len(low) > 2 and low[-2:] == "'s" else low))
    return tuple(out)


def _possessive_dropped(low: str) -> str:
    return low[:-2] if len(low) > 2 and low[-2:] == "'s" else low


def _words(text: str) -> Iterator[tuple[str, int, int]]:
    """(token text, start, end) in ``text``; "don't" is two tokens, "do" and "n't"."""
    for m in _TOKEN.finditer(text):
        word = m.group()
        start, end = m.span()
        if word[-3:] in _NOT:
            cut = len(word) - 3
            yield word[:cut], start, start + cut
            yield word[cut:], start + cut, end
        else:
            yield word, start, end


_NOT = ("n't", "n’t")


def sentence_tokens(sentence: Sentence, document: Document) -> list[Token]:
    """Tokens of a body sentence (document offsets) or of the headline (offsets into the title)."""
    if sentence.is_headline or sentence.start < 0:
        return list(_sentence_tokens(sentence.text, 0))
    return list(_sentence_tokens(document.text[sentence.start:sentence.end], sentence.start))


class Phrases(dict):
    """Lexicon phrases, normalised token tuples -> the phrase as written, with the index match_phrases
    needs (first word -> the lengths of the phrases it starts, longest first), built on first use."""

    @functools.cached_property
    def starts(self) -> dict[str, tuple[int, ...]]:
        index: dict[str, set[int]] = {}
        for k in self:
            if k:
                index.setdefault(k[0], set()).add(len(k))
        return {w: tuple(sorted(ns, reverse=True)) for w, ns in index.items()}


def phrase_keys(phrases: Iterable[str]) -> Phrases:
    """Lexicon phrases as tuples of normalised tokens, for match_phrases."""
    return Phrases({phrase_key(p): p for p in phrases if p})


def phrase_key(phrase: str) -> tuple[str, ...]:
    """A phrase as normalised tokens; a word of letters alone is one token (most lexicon entries:
    answered without running the tokenizer, ~2 us each, on some 1,800 entries at start-up)."""
    if phrase.isalpha():
        return (phrase.lower(),)
    return tuple(norm(word) for word, _, _ in _words(phrase))


def match_phrases(tokens: list[Token], keys: Phrases) -> list[tuple[int, int]]:
    """Non-overlapping (i, j) token spans matching a phrase, longest first, left to right."""
    starts = keys.starts
    norms = list(map(_NORM, tokens))
    if starts.keys().isdisjoint(norms):  # most sentences hold no phrase of a given lexicon
        return []
    spans, end = [], 0
    for i in [i for i, word in enumerate(norms) if word in starts]:  # only a phrase's first word can open one
        if i < end:
            continue
        for n in starts[norms[i]]:
            if i + n <= len(norms) and tuple(norms[i:i + n]) in keys:
                spans.append((i, i + n))
                end = i + n
                break
    return spans


_NORM = operator.attrgetter("norm")


def clause_start(tokens: list[Token], i: int, boundaries: frozenset[str] = BOUNDARIES) -> int:
    """Index of the first token of the clause that ends just before token ``i``."""
    j = i
    while j > 0 and tokens[j - 1].text not in boundaries and tokens[j - 1].norm not in boundaries:
        j -= 1
    return j


def clause_end(tokens: list[Token], j: int, boundaries: frozenset[str] = BOUNDARIES) -> int:
    """Index just past the clause that starts at token ``j``."""
    k = j
    while k < len(tokens) and tokens[k].text not in boundaries and tokens[k].norm not in boundaries \
            and tokens[k].text != ".":
        k += 1
    return k


def paragraph_spans(document: Document) -> list[tuple[int, int]]:
    """Paragraph (start, end) offsets: the extractor's, else blank-line blocks, else lines."""
    if document.paragraphs:
        return list(document.paragraphs)
    return list(_text_paragraphs(document.text))


@functools.lru_cache(maxsize=64)
def _text_paragraphs(text: str) -> tuple[tuple[int, int], ...]:
    spans = [(m.start(), m.end()) for m in re.finditer(r"\S(?:.*?\S)?(?=\n\s*\n|\s*\Z)", text, re.S)]
    if len(spans) <= 1:
        spans = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
    return tuple(spans or [(0, len(text))])


def body_sentences(analysis) -> list[Sentence]:
    """The body's sentences: the title (when it sits in the text) and furniture lines left out."""
    document = analysis.document
    title = document.title_span
    out = []
    for s in analysis.sentences:
        if s.is_headline or (title and s.start < title[1] and title[0] < s.end):
            continue
        if document.title and s.text.strip() == document.title.strip():
            continue
        out.append(s)
    return out


def ignorecase_fold(text: str) -> str:
    """``text`` lowercased as re.IGNORECASE reads it for ASCII letters, which it also matches with
    exactly four other characters (the re documentation: "İ", "ı", "ſ", "K")."""
    return (text if text.isascii() else text.translate(_IGNORECASE_ASCII)).lower()


_IGNORECASE_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def phrases_in_any_case(folded: str, phrases: Iterable[str]) -> list[str]:
    """The ``phrases`` (in their order) that a case-insensitive pattern could find in the text whose
    ignorecase_fold is ``folded``: those whose every word occurs in it. A phrase that is not ASCII is
    always kept: the fold is exact only for ASCII."""
    return [p for p in phrases if not p.isascii() or all(w.lower() in folded for w in p.split())]


def finditer_in_stretches(pattern: re.Pattern, text: str, cue: re.Pattern, ends: str) -> Iterator[re.Match]:
    """``pattern.finditer(text)``, run only over the stretches of text between the characters ``ends``
    that hold a hit of ``cue`` (searched in ignorecase_fold(text)) where a word starts: on a long text a
    small part of it (issue 14). The same matches, as long as

    - no match holds one of ``ends``, which are neither word characters nor white space (so such a mark
      ends a stretch as the end of the text would for the pattern's look-aheads), and
    - every match holds a hit of ``cue`` starting a word: lowercase ASCII words of a pattern that
      ignores case (the fold is exact for ASCII), or that reads them as written in lowercase."""
    folded = ignorecase_fold(text)
    if not ends or len(folded) != len(text):
        yield from pattern.finditer(text)
        return
    stretch_end = re.compile(f"[{re.escape(ends)}]")
    done = 0  # the text is scanned up to here: a stretch's end mark, or the text's end
    pos = 0
    while (hit := cue.search(folded, pos)) is not None:
        if hit.start() > 0 and _WORD_CHAR.match(text, hit.start() - 1):
            pos = hit.start() + 1  # inside a word ("thus"): no match's cue word starts there
            continue
        start = max(text.rfind(c, done, hit.start()) for c in ends) + 1
        end = stretch_end.search(text, hit.start())
        done = pos = end.start() if end else len(text)
        yield from pattern.finditer(text, start, done)


_WORD_CHAR = re.compile(r"\w")
