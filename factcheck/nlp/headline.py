"""Headline versus body: opposing predicates over a shared subject and object, and headline terms the
body never mentions.

Method: a lexicon of opposing predicates (rules/lexicons/predicates_opposing.yaml), negation that flips
a predicate, predicates that are not asserted (plans, conditions, modals) left out, and a shared
subject and object between the two clauses, with country names and demonyms (headline_entities.yaml)
and related nouns (headline_related_nouns.yaml) counted as the same thing. After de Marneffe,
Rafferty and Manning, "Finding Contradictions in Text" (ACL 2008). Precision over recall.
"""
import functools
import re
from types import SimpleNamespace
from typing import NamedTuple

from ..model import Document, Sentence
from ..rules import load_lexicon
from .tokens import (BOUNDARIES, Phrases, Token, body_sentences, clause_end, clause_start, match_phrases,
                     phrase_keys, sentence_tokens)

_OBJECT_WINDOW = 5
_OBJECT_SPAN = 12
_NEGATION_WINDOW = 3
_SUBJECT_REACH = 20
MAX_CONTRADICTIONS = 3
# Quotes do not end a claim ('Ukraine "keeps control" of Kursk'); conjunctions start a new one.
PUNCTUATION = BOUNDARIES - set("\"“”")
MIN_COVERAGE = 0.1  # below this share of the headline's terms in the body, the claim is not there
_DEBUNK_BEFORE = 2  # sentences before and after a debunking one that may name what it debunks
_DEBUNK_AFTER = 1
_RATED_REACH = 10  # words between a rating verb and its 'as' ("rated the giant crab photograph as")
_AS = {("as",): True}
_CONTRACTED = {(): True}
_SPEAKER_WORDS = 4  # at most this many words before a headline's colon make a speaker label
MIN_BODY_WORDS = 15  # a shorter body (a caption, a teaser) cannot be expected to carry the headline


class Predicate(NamedTuple):
    """One opposing-predicate occurrence with its clause's subject and object terms."""

    pair: str
    positive: bool  # after negation
    words: str
    subject: frozenset[str]
    object: frozenset[str]
    start: int  # offsets of the clause (document text, or the title for the headline)
    end: int
    names: frozenset[str] = frozenset()  # terms written as proper names (mid-sentence capitals)


class Contradiction(NamedTuple):
    """A body sentence that says the opposite of the headline."""

    headline: Predicate
    body: Predicate
    sentence: Sentence


def contradictions(analysis) -> list[Contradiction]:
    """Body sentences stating the opposite of a headline clause (at most MAX_CONTRADICTIONS)."""
    return _cached(analysis)["contradictions"]


def missing_terms(analysis) -> list[str] | None:
    """The headline's terms when the body mentions too few of them; None when it is supported."""
    return _cached(analysis)["missing"]


def predicates(sentence: Sentence, document: Document) -> list[Predicate]:
    """The asserted opposing predicates of a sentence, negation applied."""
    tokens = sentence_tokens(sentence, document)
    lex = _lexicon()
    negations = match_phrases(tokens, lex.negations)
    out = []
    places = None
    present = {t.norm for t in tokens}
    for name, keys, sides, objects in lex.pairs:
        if present.isdisjoint(keys.starts):
            continue
        for i, j in match_phrases(tokens, keys):
            positive = sides[tuple(t.norm for t in tokens[i:j])]
            if objects[positive] and not _has_object(tokens, j, objects[positive]):
                if name not in lex.place_objects:
                    continue
                places = _places(sentence, document) if places is None else places
                if not _place_follows(tokens, j, places):
                    continue
            negated = _negated(tokens, i, negations)
            if not negated and not _asserted(tokens, i, negations):
                continue
            if negated and (_unasserted_before(tokens, i) or _until_after(tokens, j)):
                continue
            out.append(_predicate(name, positive != negated, tokens, i, j, sentence))
    return out


def terms(tokens: list[Token]) -> frozenset[str]:
    """Content terms of some tokens: entities and related nouns merged, function words dropped."""
    return frozenset(term_words(tokens))


def term_words(tokens: list[Token]) -> dict[str, str]:
    """Each content term of some tokens with the words that gave it ("ukraine": "Ukrainian")."""
    lex = _lexicon()
    out: dict[str, str] = {}
    covered = set()
    for i, j in match_phrases(tokens, lex.entity_keys):
        if not tokens[i].is_cap or (tokens[i].norm in lex.upper_forms and not tokens[i].text.isupper()):
            continue
        out.setdefault(lex.entity_keys[tuple(t.norm for t in tokens[i:j])], " ".join(t.text for t in tokens[i:j]))
        covered.update(range(i, j))
    for k, t in enumerate(tokens):
        if k in covered or not t.is_word or t.norm in lex.stopwords:
            continue
        out.setdefault(lex.related.get(t.norm) or lex.predicate_terms.get(t.norm) or stem(t.norm), t.text)
    return out


def negation_stance(sentence: Sentence, document: Document, want_negated=None,
                    want_plain=None) -> tuple[dict[str, Predicate], dict[str, Predicate]]:
    """The sentence's asserted verbs by stem: (negated ones, plain ones), as 'not:<stem>' predicates.

    "Argentina's president didn't adopt a boy" gives negated {"adopt"}; every other content word of
    an asserted clause is a plain candidate ("adopts" in "President adopts boy"). ``want_negated`` and
    ``want_plain`` (sets of stems) limit the search to what can conflict with a headline.
    """
    tokens = sentence_tokens(sentence, document)
    lex = _lexicon()
    spans = match_phrases(tokens, lex.negations)
    verbs = {_negated_verb(tokens, b) for _, b in spans} - {None}
    if not verbs and want_plain is not None and not want_plain:
        return {}, {}  # no negated verb, and no plain one wanted: most body sentences under most headlines
    negated: dict[str, Predicate] = {}
    plain: dict[str, Predicate] = {}
    for k, t in enumerate(tokens):
        if not t.is_word or t.norm in lex.stopwords or t.norm in lex.light_verbs:
            continue
        key = stem(t.norm)
        if k in verbs:
            if (want_negated is None or key in want_negated) and not _unasserted_before(tokens, k) \
                    and not _until_after(tokens, k + 1):
                negated.setdefault(key, _predicate("not:" + key, False, tokens, k, k + 1, sentence, reach=False))
        elif (want_plain is None or key in want_plain) and not _negated(tokens, k, spans) \
                and _asserted(tokens, k, spans):
            plain.setdefault(key, _predicate("not:" + key, True, tokens, k, k + 1, sentence, reach=False))
    return negated, plain


def results(sentence: Sentence, document: Document) -> list[Predicate]:
    """The asserted match results of a sentence, as 'result' predicates: subject = the winner's name
    words, object = the loser's ("Rovers beat Town", "Town lost 2-1 to Rovers", "Rovers 2 Town 1")."""
    tokens = sentence_tokens(sentence, document)
    lex = _lexicon()
    negations = match_phrases(tokens, lex.negations)
    out = []
    for kind in ("win", "lose", "passive"):
        for i, j in match_phrases(tokens, lex.results[kind]):
            if kind == "passive" and (i == 0 or tokens[i - 1].norm not in lex.result_auxiliaries):
                continue
            verb_at = i - 1 if kind == "passive" else i
            if _negated(tokens, verb_at, negations) or not _result_asserted(tokens, verb_at, negations):
                continue
            before = _side(tokens, verb_at, -1)
            k = _skip_score(tokens, j)
            if kind != "win":
                linkers = lex.result_linkers if kind == "lose" else {"by"}
                if k >= len(tokens) or tokens[k].norm not in linkers:
                    continue
                k += 1
            after = _side(tokens, k, 1)
            if before and after:
                winner, loser = (before, after) if kind == "win" else (after, before)
                out.append(_result(winner, loser, tokens, verb_at, k))
    return out + _score_lines(tokens)


def stem(word: str) -> str:
    """A light suffix strip so 'denies'/'denied', 'files'/'filed'/'file' and 'soldiers'/'soldier' compare equal."""
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith(("ss", "us", "is")):
            word = word[: len(word) - len(suffix)] + repl
            break
    return word[:-1] if word.endswith("e") and len(word) > 3 and not word.endswith("ee") else word


# -- internals ---------------------------------------------------------------------------------------

def _cached(analysis) -> dict:
    return analysis.headline_checks


def annotate(analysis) -> dict:
    """The headline's contradictions and missing support (Analysis.headline_checks keeps them)."""
    headline = analysis.headline
    if headline is None or not headline.text.strip():
        return {"contradictions": [], "missing": None}
    document = analysis.document
    body = body_sentences(analysis)
    heads = predicates(headline, document)
    everyone = terms(sentence_tokens(headline, document)) & _lexicon().entity_names
    heads = [h if h.subject & everyone else _with_subject(h, h.subject | everyone) for h in heads]
    head_results = results(headline, document)
    negated, plain = negation_stance(headline, document)
    head_tokens = sentence_tokens(headline, document)
    if match_phrases(head_tokens, _lexicon().negative_predicates):
        plain = {}  # "Falls Short of 4K, Runs at 1080p": a body's "does not run in 4K" agrees
    debunkable = not any(t.norm in _lexicon().debunk_excludes for t in head_tokens) and not _speaker_label(head_tokens)
    found: list[Contradiction] = []
    cue = _conflict_cue(heads, head_results, negated, plain, debunkable)
    for n, sentence in enumerate(body):
        if len(found) >= MAX_CONTRADICTIONS:
            break
        if cue is not None and "Σ" not in sentence.text and not cue.search(sentence.text.lower().replace("’", "'")):
            continue  # none of the tests below can find anything in it: not tokenised (see _conflict_cue)
        hit = _first_conflict(heads, predicates(sentence, document)) if heads else None
        if hit is None and head_results:
            hit = _result_conflict(head_results, results(sentence, document))
        if hit is None and (negated or plain):
            hit = _negation_conflict(negated, plain, sentence, document)
        if hit is None and debunkable:
            hit = _debunk(headline, sentence, body[max(0, n - _DEBUNK_BEFORE):n + 1 + _DEBUNK_AFTER], document)
        if hit is None and debunkable:
            hit = _against_reports(headline, sentence, document)
        if hit is not None:
            found.append(Contradiction(hit[0], hit[1], sentence))
    return {"contradictions": found, "missing": None if found else _missing(headline, body, document)}


def _conflict_cue(heads, head_results, negated, plain, debunkable) -> re.Pattern | None:
    """A pattern that the lowercased text of every body sentence able to conflict with the headline
    matches; None when there is none (every sentence is read).

    Each test of annotate() finds nothing in a sentence without a phrase of its lexicon: the opposing
    predicates of the headline's pairs, a negation (for the verbs the headline asserts), a debunking
    verdict, a denial of reports. A phrase is found only where each of its words is a token's normal form,
    a piece of the sentence's text lowercased (tokens.norm; exact unless the text has a capital sigma).
    So a sentence whose text lacks a word of every such phrase is skipped untokenised: the attribution
    analysis tokenises every sentence already, and most sentences hold no such word (issue 14).
    Match results and the verbs a negated headline denies (any word's stem) have no fixed words."""
    if head_results or negated:
        return None
    lex = _lexicon()
    pairs = {h.pair for h in heads}
    phrases = [k for name, keys, _, _ in lex.pairs if name in pairs for k in keys]
    if plain:
        phrases += list(lex.negations)
    if debunkable:
        phrases += list(lex.debunk_verdicts) + list(lex.against_reports)
    if not phrases:
        return None
    words = {max(k, key=len, default="") for k in phrases}  # one word a phrase: the longest, likely the rarest
    if "" in words:
        return None
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


def _result_conflict(heads: list[Predicate], bodies: list[Predicate]):
    """A body result between the headline's two sides with the other winner; a sentence that also
    agrees is mixed, skipped."""
    for h in heads:
        same = [b for b in bodies if b.subject & h.subject and b.object & h.object]
        other = [b for b in bodies if b.subject & h.object and b.object & h.subject]
        if other and not same:
            return h, other[0]
    return None


def _side(tokens: list[Token], k: int, step: int) -> frozenset[str]:
    """The name words of a side next to token ``k`` (before it when ``step`` is -1, from it when 1);
    empty unless every word is capitalised."""
    lex = _lexicon()
    words = []
    at = k - 1 if step < 0 else k
    while 0 <= at < len(tokens) and len(words) < lex.result_side_words:
        t = tokens[at]
        if not t.is_word or not t.is_cap or t.norm in lex.result_stops:
            break
        words.append(t.norm)
        at += step
    return frozenset(words)


def _skip_score(tokens: list[Token], k: int) -> int:
    """The index after a score ('2-1', '3 – 0') starting at ``k``, or ``k``."""
    while k < len(tokens) and (tokens[k].text.isdigit() or tokens[k].text in ("-", "–", "—")):
        k += 1
    return k


def _score_lines(tokens: list[Token]) -> list[Predicate]:
    """'Rovers 1 Town 2', 'Rovers 1, Town 2' and 'Rovers 1-2 Town': the side with more goals won."""
    out = []
    for k, t in enumerate(tokens):
        if not t.text.isdigit() or k == 0:
            continue
        first = _side(tokens, k, -1)
        if not first:
            continue
        nxt = k + 2 if k + 1 < len(tokens) and tokens[k + 1].text in (",", "-", "–") else k + 1
        if nxt < len(tokens) and tokens[nxt].text.isdigit() and tokens[k + 1].text != ",":
            second, goals = _side(tokens, nxt + 1, 1), int(tokens[nxt].text)
        else:
            second = _side(tokens, nxt, 1)
            end = nxt + len(second)
            if not second or end >= len(tokens) or not tokens[end].text.isdigit():
                continue
            goals = int(tokens[end].text)
        if not second or int(t.text) == goals or second & first:
            continue
        winner, loser = (first, second) if int(t.text) > goals else (second, first)
        out.append(_result(winner, loser, tokens, k - len(first), min(len(tokens), k + 4)))
    return out


def _result(winner, loser, tokens, i, j) -> Predicate:
    words = " ".join(t.text for t in tokens[max(0, i - 3):min(len(tokens), j + 3)])
    return Predicate("result", True, words, winner, loser, tokens[max(0, i - 3)].start,
                     tokens[min(len(tokens), j + 3) - 1].end)


def _result_asserted(tokens: list[Token], i: int, negations) -> bool:
    """Not 'hope to beat', 'could beat', 'Can Rovers beat Town?'."""
    if i > 0 and tokens[i - 1].norm in ("to", "will", "would", "could", "can", "may", "might", "must", "should"):
        return False
    return not _unasserted_before(tokens, i)


def _negation_conflict(negated, plain, sentence, document):
    """A body sentence that negates a verb the headline asserts, or asserts one it negates."""
    body_negated, body_plain = negation_stance(sentence, document, set(plain), set(negated))
    for heads, bodies in ((plain, body_negated), (negated, body_plain)):
        for key in heads.keys() & bodies.keys():
            if _share_clause(heads[key], bodies[key], key):
                return heads[key], bodies[key]
    return None


def _share_clause(h: Predicate, b: Predicate, key: str) -> bool:
    lex = _lexicon()
    ha, ba = h.subject | h.object, b.subject | b.object
    if _entities_clash(ha, ba, lex.entity_names) or (h.names and b.names and not h.names & ba):
        return False
    return len((ha & ba) - {key}) >= 2


def _debunk(headline: Sentence, sentence: Sentence, around: list[Sentence], document: Document):
    """'The third breast story is a hoax' under a headline that tells the story as fact; ``around`` (the
    sentence and its neighbours) must share two terms with the headline ("I think this is a hoax")."""
    lex = _lexicon()
    tokens = sentence_tokens(sentence, document)
    norms = {t.norm for t in tokens}
    if norms.isdisjoint(lex.debunk_verdicts.starts) or norms.isdisjoint(lex.debunk_firsts):
        return None  # a verdict needs its first word and a word that opens it: most sentences have neither
    negations = match_phrases(tokens, lex.debunk_negations)
    for k, t in enumerate(tokens):
        relatives = frozenset()  # "neighbours who claimed the video was staged": the claim frames the verdict
        if t.norm in lex.debunk_subjects and t.norm != t.text.lower().replace("’", "'"):
            verdict = _debunk_verdict(tokens, k + 1, _CONTRACTED)  # "it's a hoax": the 's is the link
        elif t.norm in lex.debunk_subjects:
            verdict = _debunk_verdict(tokens, k + 1, lex.debunk_links)
        elif t.norm in lex.debunk_open_firsts:
            verdict = _debunk_verdict(tokens, k, lex.debunk_open_links)  # "has been exposed as a sham"
            relatives = lex.relatives  # "the woman who claimed ... has been proved a hoax": the claimant is exposed
        elif t.norm in lex.rating_verbs:
            verdict = _rating(tokens, k + 1)  # "Snopes rated the story as false"
        else:
            continue
        if verdict is None or _unasserted_before(tokens, k, relatives):
            continue
        start, end = verdict
        if any(a >= k - _NEGATION_WINDOW and a < start for a, _ in negations):
            continue  # "this is not a hoax"; a verdict may hold its own negation ("is not true")
        context = frozenset().union(*(terms(sentence_tokens(s, document)) for s in around))
        head = terms(sentence_tokens(headline, document))
        if len(head & context) < 2:
            continue
        verdict = " ".join(x.text for x in tokens[k:end])
        body = Predicate("debunk", False, verdict, context, frozenset(), tokens[k].start, tokens[end - 1].end)
        return Predicate("debunk", True, "the headline's story", head, frozenset(), 0, len(headline.text)), body
    return None


def _against_reports(headline: Sentence, sentence: Sentence, document: Document):
    """'X has not become godmother of the boy, despite what you may have read': the writer denies the
    reports, in a sentence that negates a verb and shares two more terms with the headline."""
    lex = _lexicon()
    tokens = sentence_tokens(sentence, document)
    marker = match_phrases(tokens, lex.against_reports)
    if not marker:
        return None
    negated, _ = negation_stance(sentence, document)
    head = terms(sentence_tokens(headline, document))
    for key, b in negated.items():
        if len((head & (b.subject | b.object | terms(tokens))) - {key}) >= 2:
            i, j = marker[0]
            words = f"{b.words} ... {' '.join(t.text for t in tokens[i:j])}"
            body = Predicate("against-reports", False, words, b.subject, b.object, b.start, b.end, b.names)
            return Predicate("against-reports", True, "the headline's story", head, frozenset(), 0,
                             len(headline.text)), body
    return None


def _rating(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """The verdict of '<rated> <what> as <verdict>' from the token after the verb, or None."""
    for k in range(i, min(len(tokens), i + _RATED_REACH)):
        if tokens[k].norm == "as":
            return _debunk_verdict(tokens, k, _AS)
        if tokens[k].is_boundary and tokens[k].text not in "\"“”'‘’":
            return None
    return None


def _speaker_label(tokens: list[Token]) -> bool:
    """'Russia and Syria: U.S. forces block refugees' or 'Report: ...' is a claim put in someone's
    mouth (a fact-check's or a wire headline), not the paper's own: a colon after country names joined
    by 'and', or after a source noun."""
    lex = _lexicon()
    colon = next((k for k, t in enumerate(tokens) if t.text == ":"), None)
    if colon is None or not 0 < colon <= _SPEAKER_WORDS:
        return False
    label = [t for t in tokens[:colon] if t.norm not in lex.speaker_joiners]
    if len(label) == 1 and label[0].norm in lex.speaker_nouns:
        return True
    parties = terms(label)
    return bool(parties) and parties <= lex.entity_names and all(t.is_cap for t in label)


def _debunk_verdict(tokens: list[Token], i: int, links: dict) -> tuple[int, int] | None:
    """Start and end index of the verdict in '<link> [fillers] <verdict>' starting at token ``i``, or None."""
    lex = _lexicon()
    link = _phrase_at(tokens, i, links)
    if link is None:
        return None
    k = link
    while True:
        nxt = _phrase_at(tokens, k, lex.debunk_fillers)
        if nxt is None:
            break
        k = nxt
    verdict = _phrase_at(tokens, k, lex.debunk_verdicts)
    if verdict is not None:
        return k, verdict
    if k > link:
        verdict = _phrase_at(tokens, k - 1, lex.debunk_verdicts)
    return None if verdict is None else (k - 1, verdict)


def _phrase_at(tokens: list[Token], i: int, keys: dict) -> int | None:
    """End index of the longest phrase of ``keys`` starting exactly at token ``i``."""
    for n in sorted({len(k) for k in keys}, reverse=True):
        if i + n <= len(tokens) and tuple(t.norm for t in tokens[i:i + n]) in keys:
            return i + n
    return None


def _negated_verb(tokens: list[Token], b: int) -> int | None:
    """Index of the verb a negation ending at ``b`` applies to ("didn't actually adopt" -> adopt)."""
    lex = _lexicon()
    k = b
    while k < len(tokens) and tokens[k].norm in lex.negation_skip:
        k += 1
    if k < len(tokens) and tokens[k].is_word and tokens[k].norm not in lex.stopwords:
        return k
    return None


def _with_subject(p: Predicate, subject: frozenset[str]) -> Predicate:
    """A headline clause ("Currency Tumble") inherits the headline's entities ("Saudi Stocks, ...")."""
    return Predicate(p.pair, p.positive, p.words, subject, p.object, p.start, p.end, p.names)


def _first_conflict(heads: list[Predicate], bodies: list[Predicate]):
    """The first body predicate opposing a headline one; a sentence that also agrees is mixed, skipped."""
    for b in bodies:
        for h in heads:
            if h.pair == b.pair and h.positive != b.positive and _same_parties(h, b):
                agrees = any(o.pair == h.pair and o.positive == h.positive for o in bodies)
                if not agrees:
                    return h, b
    return None


def _same_parties(h: Predicate, b: Predicate) -> bool:
    """Shared subject, and a shared object unless the headline names none; entities must agree."""
    lex = _lexicon()
    shared = h.subject & b.subject
    if not shared or _entities_clash(h.subject, b.subject, lex.entity_names):
        return False
    if h.names and b.names and not h.names & (b.subject | b.object):
        return False
    if not h.object or h.pair in lex.intransitive:
        return len(shared) >= min(2, len(h.subject))  # the subject alone must match well
    if _entities_clash(h.object, b.object, lex.entity_names):
        return False
    return bool(h.object & (b.object | b.subject))


def _entities_clash(a: frozenset[str], b: frozenset[str], entities: frozenset[str]) -> bool:
    ea, eb = a & entities, b & entities
    return bool(ea and eb and not ea & eb)


def _missing(headline: Sentence, body: list[Sentence], document: Document) -> list[str] | None:
    """The headline's unmentioned terms when it is an English claim over a real body, else None."""
    tokens = sentence_tokens(headline, document)
    verbs = {pair[0] for pair in _lexicon().pairs}  # "opens" is covered by any "close": it says nothing of the topic
    head = {term: word for term, word in term_words(tokens).items() if term not in verbs}
    if len(head) < 3 or len(body) < 2 or not _is_claim(tokens):
        return None
    if sum(len(sentence_tokens(s, document)) for s in body) < MIN_BODY_WORDS:
        return None
    seen = set()
    for s in body:
        seen |= terms(sentence_tokens(s, document))
    seen |= {t.rstrip("e") for t in seen}  # "hibernate" in the body covers "hibernating" ("hibernat")
    covered = {t for t in head if t in seen or t.rstrip("e") in seen}
    if len(covered) / len(head) >= MIN_COVERAGE:
        event = _headline_event(tokens)
        return None if event is None or _event_in_body(event[0], body, document) else [event[1]]
    return [word for term, word in head.items() if term not in covered]


def _headline_event(tokens: list[Token]) -> tuple[str, str] | None:
    """The headline's main event (its group in headline_events.yaml, and the words) when its main
    verb is one: 'Mayor resigns amid audit' -> ('resign', 'resigns'); None for a quote, a question, a
    speaker label, or an event after a subordinating word ('... after minister resigns')."""
    lex = _lexicon()
    if any(t.text in "\"“”‘’'?" for t in tokens) or _speaker_label(tokens):
        return None
    spans = match_phrases(tokens, lex.event_heads)
    if not spans:
        return None
    i, j = spans[0]
    if i == 0 or any(t.norm in lex.event_subordinators or t.is_boundary for t in tokens[:i]):
        return None
    if not _result_asserted(tokens, i, ()) or tokens[i - 1].norm in lex.determiners:
        return None
    return lex.event_heads[tuple(t.norm for t in tokens[i:j])], " ".join(t.text for t in tokens[i:j])


def _event_in_body(event: str, body: list[Sentence], document: Document) -> bool:
    keys = _lexicon().event_bodies[event]
    return any(match_phrases(sentence_tokens(s, document), keys) for s in body)


def _is_claim(tokens: list[Token]) -> bool:
    """An English headline that says something: mostly Latin letters, and a lowercase word or a
    linking word ('Mayor Resigns Amid Probe'), not a label ('Vortex Cannon Entertainment')."""
    letters = "".join(t.text for t in tokens if t.is_word)
    if not letters or sum(c.isascii() for c in letters) < 0.8 * len(letters):
        return False
    return any(t.is_word and (not t.is_cap or t.norm in _lexicon().claim_words) for t in tokens)


def _predicate(name, positive, tokens, i, j, sentence, reach: bool = True) -> Predicate:
    start = clause_start(tokens, i, _lexicon().clause_boundaries)
    end = min(clause_end(tokens, j, _lexicon().clause_boundaries), j + _OBJECT_SPAN)
    subject = terms(tokens[start:i]) - _lexicon().verb_terms
    if not subject and reach:  # "Workers at the plant in Wentzville, Missouri, voted to reject": look past the commas
        subject = terms([t for t in tokens[max(0, i - _SUBJECT_REACH):i] if not t.is_boundary]) - _lexicon().verb_terms
    return Predicate(pair=name, positive=positive, words=" ".join(t.text for t in tokens[i:j]),
                     subject=subject, object=terms(tokens[j:end]),
                     start=tokens[start].start, end=tokens[max(end - 1, j - 1)].end,
                     names=_proper_names(tokens, start, end, sentence.is_headline))


def _proper_names(tokens: list[Token], start: int, end: int, headline: bool) -> frozenset[str]:
    """Terms of capitalised words after the first ("Bakhmut"); none in a Title Case headline."""
    words = [t for t in tokens if t.is_word and len(t.text) > 3]
    if headline and words and sum(t.is_cap for t in words) >= 0.8 * len(words):
        return frozenset()
    caps = [t for k, t in enumerate(tokens[start:end], start) if k > 0 and t.is_word and t.is_cap]
    return terms(caps) - _lexicon().entity_names


def _has_object(tokens: list[Token], j: int, objects: frozenset[str]) -> bool:
    return _in_object_window(tokens, j, lambda t: t.norm in objects)


def _in_object_window(tokens: list[Token], j: int, test) -> bool:
    """Whether a token passing ``test`` follows position ``j`` before a clause boundary, within reach."""
    for t in tokens[j:j + _OBJECT_WINDOW]:
        if t.is_boundary:
            return False
        if test(t):
            return True
    return False


def _places(sentence: Sentence, document: Document) -> set[int]:
    """Start offsets of the place names in a sentence."""
    from .names import find_names

    if sentence.is_headline or sentence.start < 0:
        found = find_names(sentence.text)
    else:
        found = find_names(document.text, sentence.start, sentence.end)
    return {n.start for n in found if n.kind == "place"}


def _place_follows(tokens: list[Token], j: int, places: set[int]) -> bool:
    """'holds Kursk', 'lost the town of Avdiivka': a place within the object window."""
    return _in_object_window(tokens, j, lambda t: t.start in places)


def _until_after(tokens: list[Token], j: int) -> bool:
    """'did not sign the bill until Friday' says he signed it."""
    return any(t.norm in ("until", "till") for t in tokens[j:clause_end(tokens, j, _lexicon().clause_boundaries)])


def _negated(tokens: list[Token], i: int, negations: list[tuple[int, int]]) -> bool:
    start = clause_start(tokens, i, _lexicon().clause_boundaries)
    return any(a >= start and i - _NEGATION_WINDOW <= b <= i for a, b in negations)


def _asserted(tokens: list[Token], i: int, negations: list[tuple[int, int]]) -> bool:
    if i > 0 and tokens[i - 1].norm == "to" and (i < 2 or tokens[i - 2].norm not in _lexicon().to_asserted):
        return False
    if any(t.norm == "had" for t in tokens[max(0, i - 2):i]):
        return False  # past perfect: background to the story ("shares had fallen for a week")
    if i > 0 and (tokens[i - 1].norm in _lexicon().determiners or tokens[i - 1].norm in _lexicon().prepositions):
        return False
    return not _unasserted_before(tokens, i)


def _unasserted_before(tokens: list[Token], i: int, relatives: frozenset = frozenset()) -> bool:
    """A plan, condition or report before token ``i``; a claim inside a relative clause ("the woman who
    claimed she had a third breast has been proved a hoax") does not count when ``relatives`` are given."""
    lex = _lexicon()
    start = clause_start(tokens, i, PUNCTUATION)
    window = tokens[start:i]
    if any(t.text == "?" for t in tokens[i:]):
        return True
    return any(a == 0 or window[a - 1].norm not in relatives for a, _ in match_phrases(window, lex.unasserted))


class _Lex(SimpleNamespace):
    """The headline lexicons (opposing predicates, entities, events, stopwords):
    built once per process."""
    pairs: tuple  # (name, keys, {key: is_positive}, {True: objects, False: objects})
    intransitive: frozenset  # pairs judged on the subject alone ("shares rise" / "shares fell")
    place_objects: frozenset  # pairs whose object may be a place name ("holds Kursk")
    predicate_terms: dict  # every predicate form -> its pair, so "wins" and "won" count as one term
    negations: dict
    unasserted: dict
    entity_keys: dict
    entity_names: frozenset
    upper_forms: frozenset
    related: dict
    stopwords: frozenset
    debunk_subjects: frozenset
    debunk_links: dict
    against_reports: dict  # "contrary to reports", "despite what you may have read": the writer's own denial
    debunk_open_links: dict  # links strong enough without a story noun before them ("been exposed as")
    debunk_open_firsts: frozenset
    relatives: frozenset  # "who claimed": a claim in a relative clause names the claimant, not the verdict's frame
    rating_verbs: frozenset  # a fact-checker's verdict: "rated the story as false"
    debunk_firsts: frozenset  # the words a verdict follows: subjects, open links' first words, rating verbs
    debunk_fillers: dict
    debunk_verdicts: dict
    debunk_excludes: frozenset
    debunk_negations: dict  # negations with "n't" read right: "this isn't a hoax" is no verdict
    speaker_joiners: frozenset  # "Russia and Syria:": words that join the names of a speaker label
    speaker_nouns: frozenset  # "Report:", "Sources:": a headline label naming a source
    clause_boundaries: frozenset  # punctuation (not quotes) and the conjunctions that start a new claim
    determiners: frozenset  # "the retreat": a predicate word used as a noun
    prepositions: frozenset  # "saved him from becoming": a gerund after a preposition is not a claim
    to_asserted: frozenset  # "voted to reject": the infinitive states what was decided
    verb_terms: frozenset  # decision verbs are not part of a subject ("voted")
    light_verbs: frozenset  # too common to compare across a negation ("did not say")
    negation_skip: frozenset  # adverbs and auxiliaries between a negation and its verb
    negative_predicates: dict  # "falls short", "fails": the headline already says something negative
    claim_words: frozenset  # linking words that make a Title Case headline a claim
    results: dict  # match results: win / lose / passive verb phrases (phrase_keys form)
    result_linkers: frozenset  # "lost to": the word before the winner
    result_auxiliaries: frozenset  # "were beaten by"
    result_stops: frozenset  # words that end a side's name ("Town In Friendly")
    result_side_words: int
    event_heads: dict  # headline verb forms of an event -> its group ("resigns" -> "resign")
    event_bodies: dict  # group -> the body words that mention it (phrase_keys form)
    event_subordinators: frozenset  # "... after minister resigns": the event is background


@functools.cache
def _lexicon() -> _Lex:
    data = load_lexicon("predicates_opposing")
    pairs = []
    written: dict[str, str] = {}  # each positive and negative form, words joined by spaces -> its pair
    for p in data["pairs"]:
        pos, neg = phrase_keys(p["positive"]), phrase_keys(p["negative"])
        sides = {**{k: False for k in neg}, **{k: True for k in pos}}
        objects = {True: frozenset(p.get("positive_objects") or ()), False: frozenset(p.get("negative_objects") or ())}
        pairs.append((p["name"], Phrases({**neg, **pos}), sides, objects))
        written.update({" ".join(k): p["name"] for k in {**pos, **neg}})
    events = load_lexicon("headline_events")
    entities = load_lexicon("headline_entities")
    entity_keys = Phrases()
    for name, forms in entities.items():
        canon = name.lower()
        for form in [name, *forms]:
            entity_keys.update({k: canon for k in phrase_keys([form])})
    related = {}
    for group, words in load_lexicon("headline_related_nouns").items():
        for w in words:
            related[w.lower()] = group
    open_links = phrase_keys(data["debunk"].get("open_links") or ())
    open_firsts = frozenset(k[0] for k in open_links)
    rating_verbs = frozenset(data["debunk"].get("rating_verbs") or ())
    return _Lex(pairs=tuple(pairs), intransitive=frozenset(p["name"] for p in data["pairs"] if p.get("intransitive")),
                place_objects=frozenset(p["name"] for p in data["pairs"] if p.get("place_objects")),
                predicate_terms={k: v for k, v in written.items() if " " not in k},
                negations=phrase_keys(data["negations"]),
                unasserted=phrase_keys(data["unasserted"]), entity_keys=entity_keys,
                entity_names=frozenset(entity_keys.values()),
                upper_forms=frozenset(f.lower() for forms in entities.values() for f in forms if f.isupper()),
                related=related,
                stopwords=frozenset(w.lower() for w in load_lexicon("headline_stopwords")["words"]),
                debunk_subjects=frozenset(data["debunk"]["subjects"]),
                debunk_links=phrase_keys(data["debunk"]["links"]),
                against_reports=phrase_keys(data["debunk"].get("against_reports") or ()),
                debunk_open_links=open_links,
                debunk_open_firsts=open_firsts,
                debunk_firsts=frozenset(data["debunk"]["subjects"]) | open_firsts | rating_verbs,
                debunk_fillers=phrase_keys(data["debunk"]["fillers"]),
                rating_verbs=rating_verbs,
                relatives=frozenset(data["debunk"].get("relatives") or ()),
                debunk_verdicts=_keys(data["debunk"]["verdicts"]),
                debunk_excludes=frozenset(k[0] for k in _keys(data["debunk"]["headline_excludes"])),
                debunk_negations=_keys(data["negations"]),
                speaker_joiners=frozenset(data["debunk"].get("speaker_joiners") or ()),
                speaker_nouns=frozenset(data["debunk"].get("speaker_nouns") or ()),
                clause_boundaries=PUNCTUATION | frozenset(data["clause_conjunctions"]),
                determiners=frozenset(data["determiners"]),
                prepositions=frozenset(data.get("prepositions") or ()),
                to_asserted=frozenset(data["to_asserted"]),
                verb_terms=frozenset(stem(w) for w in data["to_asserted"]),
                light_verbs=frozenset(data.get("light_verbs") or ()),
                negation_skip=frozenset(data.get("negation_skip") or ()),
                negative_predicates=phrase_keys(data.get("negative_predicates") or ()),
                claim_words=frozenset(data.get("claim_words") or ()),
                results={k: phrase_keys(data.get("results", {}).get(k) or ()) for k in ("win", "lose", "passive")},
                result_linkers=frozenset(data.get("results", {}).get("lose_linkers") or ()),
                result_auxiliaries=frozenset(data.get("results", {}).get("passive_auxiliaries") or ()),
                result_stops=frozenset(data.get("results", {}).get("side_stops") or ()),
                result_side_words=int(data.get("results", {}).get("max_side_words") or 3),
                event_heads=Phrases({k: g for g, e in events.items() for k in phrase_keys(e["headline"])}),
                event_bodies={g: phrase_keys(e["body"]) for g, e in events.items()},
                event_subordinators=frozenset(data.get("event_subordinators") or ()))


def _keys(phrases) -> Phrases:
    """phrase_keys without the empty word it leaves before a clitic ("n't" -> ("n't",), not ("", "n't")).

    Used where a missed "n't" costs precision (a headline that says "Didn't", a body that says "isn't a
    hoax"); the predicate negations keep phrase_keys' reading, which the benchmarks were measured with."""
    return Phrases({tuple(w for w in k if w): v for k, v in phrase_keys(phrases).items()})
