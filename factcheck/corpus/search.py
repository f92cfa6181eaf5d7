"""Finding the corpus sentences that may speak of the same thing: BM25 candidates, rapidfuzz re-rank.

Retrieval uses the claim's rarer words only: a word found in more than ``max_term_frequency`` corpus
sentences says little about which sentence is relevant and would make the work per claim grow with
the corpus, so it is left out (like a stop word learned from the corpus).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..nlp.numbers import singular
from ..rules import load_lexicon
from .backend import CorpusStore, Hit, TermQuery

_TERM = re.compile(r"[^\W\d_]+")
_DIGITS = re.compile(r"\d+")
_MAX_TERMS = 8


@dataclass(frozen=True, slots=True)
class Candidate:
    """A corpus sentence and how close its wording is to the claim (0-100)."""

    hit: Hit
    similarity: float


def search(store: CorpusStore, text: str, limit: int = 10, best_by_terms: int = 0) -> list[Candidate]:
    """The ``limit`` corpus sentences closest to ``text``: BM25 candidates re-ranked by fuzzy similarity;
    then the ``best_by_terms`` best by BM25 not among them, whatever their wording (a short claim retold
    from a long sentence: "Ukraine owes Gazprom $1.2 billion" / "Kuchma ... planned to visit Russian gas
    giant Gazprom ... Ukraine's $1.2 billion debt")."""
    query = fts_query(store, text)
    if query is None:
        return []
    hits = store.match(query, max(limit, int(_settings()["candidates"])))
    scored = [Candidate(h, similarity(text, h.text)) for h in hits]
    ranked = sorted(scored, key=lambda c: (-c.similarity, c.hit.score))[:limit]
    best = sorted(scored, key=lambda c: c.hit.score)[:best_by_terms]
    return ranked + [c for c in best if c not in ranked]


def similarity(text: str, other: str) -> float:
    """How alike two sentences are worded (0-100): rapidfuzz's token-set ratio of their lower-cased text,
    contractions written out ("It's valued at" / "It is valued at")."""
    from rapidfuzz import fuzz

    return fuzz.token_set_ratio(_written_out(text.lower()), _written_out(other.lower()))


_CONTRACTION = re.compile(r"\b(it|he|she|that|there|what|who)['’]s\b|\b(wo|ca)n['’]t\b|n['’]t\b|['’](re|ve|ll)\b")
_FULL = {"re": " are", "ve": " have", "ll": " will", "wo": "will not", "ca": "can not"}


def _written_out(text: str) -> str:
    """Lower-case text with its contractions written out: "it's" -> "it is", "didn't" -> "did not"."""
    if "'" not in text and "’" not in text:
        return text
    return _CONTRACTION.sub(lambda m: f"{m.group(1)} is" if m.group(1) else _FULL.get(m.group(2) or m.group(3), " not"),
                            text)


def fts_query(store: CorpusStore, text: str) -> TermQuery | None:
    """An OR-query of the text's informative words, rarest first (None: nothing to search by)."""
    terms = query_terms(text)
    counts = store.document_counts(terms)
    present = sorted((counts[t], t) for t in terms if counts.get(t))
    if not present:
        return None
    cap = int(_settings()["max_term_frequency"])
    chosen = [t for n, t in present if n <= cap][:_MAX_TERMS]
    if not chosen:
        return TermQuery(tuple(t for _, t in present[:2]), require_all=True)
    return TermQuery(tuple(chosen))


def query_terms(text: str) -> list[str]:
    """Lowercased content words of ``text`` and their singulars, without stop words, and its figures'
    digit groups ("663", "189" of "8,189.49"): a figure is a key that survives rewording (synonyms,
    voice, clause order), and a common one is dropped like a common word."""
    stop = _stopwords()
    terms: dict[str, None] = {}
    for digits in _DIGITS.findall(text):
        if len(digits) >= 2 and digits.strip("0"):
            terms[digits] = None
    for word in _TERM.findall(text.lower()):
        if len(word) < 2 or word in stop:
            continue
        terms[word] = None
        one = singular(word)
        if one != word:
            terms[one] = None
    return list(terms)


def _stopwords() -> frozenset[str]:
    from ..nlp.segment import stopwords

    return stopwords("query_stopwords")


@functools.cache
def _settings() -> dict:
    return load_lexicon("corpus_words")
