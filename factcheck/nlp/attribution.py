"""Who says so: attribution cues, the source each names (a person, an institution, nobody), outlets
whose reporting is relayed, and checkable claims left without a source.

Convention: AP Stylebook ("anonymous sources"), Reuters Handbook of Journalism ("sourcing"): a reader
should be able to tell who stands behind each fact. Word lists live in rules/lexicons/.
"""
import functools
import re
from types import SimpleNamespace
from typing import NamedTuple

from ..lazy_pattern import LazyPattern
from ..model import Document, Sentence
from ..rules import load_lexicon
from .tokens import (PRONOUNS, Phrases, Token, body_sentences, clause_end, clause_start, ignorecase_fold,
                     match_phrases, norm, phrase_keys, phrases_in_any_case, sentence_tokens, tokenize)

NAMED_KINDS = ("named", "institutional", "pronoun")
_NP_MAX = 8


class Attribution(NamedTuple):
    """One attribution cue in a sentence and the kind of source it names."""

    kind: str  # named, institutional, pronoun, anonymous, other
    cue: str  # the words that attribute, e.g. "one official said"
    source: str  # the source phrase, e.g. "one official"
    start: int
    end: int
    sentence: Sentence


class Relay(NamedTuple):
    """Another outlet whose reporting the article passes on."""

    outlet: str
    domain: str | None
    start: int
    end: int
    sentence: Sentence


class Checkable(NamedTuple):
    """A checkable sentence (a number with what it counts, or a strong assertion) and its trigger."""

    trigger: str
    start: int
    end: int
    sentence: Sentence


def attributions(analysis) -> list[Attribution]:
    """Every attribution cue in the body, in order (computed once per analysis)."""
    return _cached(analysis)["attributions"]


def relays(analysis) -> list[Relay]:
    """Every mention of another outlet's reporting in the body."""
    return _cached(analysis)["relays"]


def claims(analysis) -> list[Checkable]:
    """The body's checkable sentences, each with the words that make it checkable."""
    return _cached(analysis)["claims"]


def unattributed(analysis) -> list[Checkable]:
    """Checkable sentences with no attribution in the sentence nor in its paragraph, the first of each
    paragraph only (one finding says the paragraph needs a source).

    Advice verbs ("the agency recommends") source their own sentence only, not the paragraph's facts.
    """
    advice = _lexicon().sentence_only
    found = attributions(analysis)
    own = {a.sentence.start for a in found} | {r.sentence.start for r in relays(analysis)}
    sourced = {analysis.paragraph_index(a.sentence) for a in found if _cue_verb(a) not in advice}
    sourced |= {analysis.paragraph_index(r.sentence) for r in relays(analysis)}
    sourced |= _led_in(analysis, sourced)
    out, seen = [], set()
    for c in claims(analysis):
        paragraph = analysis.paragraph_index(c.sentence)
        if c.sentence.start not in own and paragraph not in sourced and paragraph not in seen:
            seen.add(paragraph)
            out.append(c)
    return out


_LIST_ITEMS = 15  # paragraphs a lead-in line can introduce
_LIST_ITEM_CHARS = 400  # a longer paragraph is prose again, not an item of the list


def _led_in(analysis, sourced: set[int]) -> set[int]:
    """The items of a list introduced by a sourced lead-in line ("The audit's main findings include:",
    "Officials listed the damage:"): the source of the lead-in is the source of every item."""
    text, spans = analysis.document.text, analysis.paragraphs
    out: set[int] = set()
    for k, (start, end) in enumerate(spans):
        lead = text[start:end].rstrip()
        if not lead.endswith(":"):
            continue
        if k not in sourced and not any(t.norm in _claims().source_nouns for t in tokenize(lead)):
            continue
        for j in range(k + 1, min(len(spans), k + 1 + _LIST_ITEMS)):
            item_start, item_end = spans[j]
            if item_end - item_start > _LIST_ITEM_CHARS:
                break
            out.add(j)
            if text[item_start:item_end].rstrip().endswith(":"):
                break
    return out


def find_attributions(sentence: Sentence, document: Document, extra_phrases: dict | None = None) -> list[Attribution]:
    """The attribution cues of one sentence, each with the kind of source it names.

    ``extra_phrases``: more anonymity phrases (phrase_keys form), e.g. from the user's lexicon rules.
    """
    lex = _lexicon()
    tokens = sentence_tokens(sentence, document)
    found: list[Attribution] = []
    taken: list[tuple[int, int]] = []
    phrases = Phrases({**lex.anonymous_phrases, **extra_phrases}) if extra_phrases else lex.anonymous_phrases
    for i, j in match_phrases(tokens, phrases):
        found.append(_make("anonymous", tokens, i, j, i, j, sentence, document))
        taken.append((i, j))
    firm = _firm_subject(tokens, sentence, document)
    if firm is not None:
        found.append(firm)
    quoted = _quoted(tokens)
    for i, j in match_phrases(tokens, lex.cues):
        if any(a <= i < b for a, b in taken) or i in quoted:
            continue
        cue = tuple(t.norm for t in tokens[i:j])
        if cue in lex.prepositions:
            hit = _after(tokens, i, j, sentence, document)
        else:
            hit = _verb(tokens, i, j, sentence, document)
        if hit is not None and hit.kind == "anonymous" and (cue in lex.data_verbs or _survey(hit, tokens)):
            hit = Attribution("other", hit.cue, hit.source, hit.start, hit.end, hit.sentence)
        elif hit is not None and hit.kind == "anonymous" and _named_staff(hit, tokens, document):
            hit = Attribution("institutional", hit.cue, hit.source, hit.start, hit.end, hit.sentence)
        if hit is not None:
            found.append(hit)
    return sorted(found, key=lambda a: a.start)


def find_relays(sentence: Sentence, document: Document, patterns: "RelayPatterns | None" = None) -> list[Relay]:
    """Outlets whose reporting the sentence relays ("reported by Bloomberg", "Reuters reported").

    ``patterns``: relay_patterns(document.text), built once for all the body's sentences (default: built
    for the sentence alone).
    """
    lex = _lexicon()
    headline = sentence.is_headline or sentence.start < 0
    base = 0 if headline else sentence.start
    chunk = sentence.text if headline else document.text[sentence.start:sentence.end]
    if patterns is None or headline:
        patterns = relay_patterns(chunk)
    out = []
    for m in patterns.outlet.finditer(chunk) if patterns.outlet_words.search(chunk) else ():
        before, after = chunk[:m.start()], chunk[m.end():]
        if _person_named(chunk, m.start("name"), m.end("name")):
            continue
        told = lex.relay_before.search(before)
        cue_span = (base + told.start(), base + m.end("name")) if told else None
        if told and (_interview(before[:told.start()], told.group(0))
                     or _named_interview(told.group(0), sentence, document, cue_span)):
            continue
        if told or lex.verb_after.match(after):
            name = m.group("name")
            out.append(Relay(name, outlet_domain(name), base + m.start("name"),
                             base + m.end("name"), sentence))
    media = patterns.media.finditer(chunk) if _may_name_media(chunk) else ()
    for m in media:
        name = m.group("name").strip()
        if name.endswith(".") and not re.search(r"\.\w\.$", name):
            name = name[:-1]
        start = base + m.start("name")
        if any(r.start <= start < r.end for r in out) or not _could_be_outlet(name, document, start):
            continue
        lead = chunk[m.start():m.start("name")]  # the cue and media noun: 'told Indonesian newspaper '
        if re.match(r"told\b", lead, re.I) and _interview(chunk[:m.start()], "told"):
            continue  # 'Lt. Tri Wobowo told Indonesian newspaper Kompas': a named person's interview
        out.append(Relay(name, outlet_domain(name), start, start + len(name), sentence))
    for m in patterns.named_media.finditer(chunk) if patterns.named_media_words.search(chunk) else ():
        name, start = m.group("name"), base + m.start("name")
        told = lex.relay_before.search(chunk[:m.start()])
        cue_span = (base + told.start(), base + m.end("name")) if told else None
        if told and (_interview(chunk[:m.start()][:told.start()], told.group(0))
                     or _named_interview(told.group(0), sentence, document, cue_span)):
            continue
        cued = told or _REPORT_IN.search(chunk[:m.start()]) \
            or lex.verb_after.match(chunk[m.end():])
        if cued and not any(r.start <= start < r.end for r in out) and _could_be_outlet(name, document, start):
            out.append(Relay(name, outlet_domain(name), start, start + len(name), sentence))
    # one relay a name: 'Daily Express' is not also 'Express'
    kept = [r for r in out if not any(o is not r and o.start <= r.start and r.end <= o.end
                                      and (o.end - o.start) > (r.end - r.start) for o in out)]
    return sorted(kept, key=lambda r: r.start)


class RelayPatterns(NamedTuple):
    """find_relays' three outlet patterns (rules/lexicons/attribution_outlets), built for one text."""
    outlet: re.Pattern  # a listed outlet name, or capitalised words ending in a suffix ('the Kyiv Post')
    media: re.Pattern  # a name in a media slot ('according to the newspaper Kommersant'), any case
    named_media: re.Pattern  # a capitalised name before a media noun ('the Punch newspaper')
    # The words every match of a pattern holds as written, one looked for before running it: most
    # sentences have none, and the patterns (no fixed first character) cost ten times more (issue 14).
    outlet_words: re.Pattern  # a listed name or suffix
    named_media_words: re.Pattern  # the first word of a media noun


def relay_patterns(text: str | None = None) -> RelayPatterns:
    """find_relays' patterns holding only the listed names and words that occur in ``text`` (all of them
    when None, or for a text longer than _PER_TEXT_MAX), longest first as in the full patterns.

    A listed word the text lacks cannot match anywhere in it (or in a part of it), so the patterns find
    exactly what the full ones find there, and compile in a fraction of their ~3 ms (issue 10). The
    case-sensitive lists keep an entry that occurs as written; the media slot, which ignores case, keeps
    a phrase whose every word occurs ignoring case (tokens.phrases_in_any_case). Looking for the words
    costs ~0.1 us a character: past _PER_TEXT_MAX it would cost more than the compiling it saves.
    """
    return _relay_patterns_in(text if text is not None and len(text) <= _PER_TEXT_MAX else None)


_PER_TEXT_MAX = 12_000  # characters


def _relay_patterns_in(text: str | None) -> RelayPatterns:
    outlets = load_lexicon("attribution_outlets")
    lists = [outlets["names"], outlets["suffixes"], outlets.get("not_after") or [], outlets["relay"],
             outlets["media_nouns"], outlets.get("media_nouns_after") or [], outlets.get("not_media_names") or []]
    longest_first = (0, 3, 4, 5)  # names, relay, media_nouns, media_nouns_after; the others in lexicon order
    lists = [sorted(words, key=len, reverse=True) if k in longest_first else words for k, words in enumerate(lists)]
    if text is not None:
        folded = ignorecase_fold(text)
        written = [[w for w in words if w in text] for words in lists[:3] + lists[5:]]
        any_case = [phrases_in_any_case(folded, words) for words in lists[3:5]]
        lists = written[:3] + any_case + written[3:]
    return _relay_compiled(*map(tuple, lists))


@functools.lru_cache(maxsize=32)
def _relay_compiled(names, suffixes, places, relays, nouns, nouns_after, skip) -> RelayPatterns:
    return RelayPatterns(_outlet_pattern(names, suffixes, places), _media_pattern(relays, nouns),
                         _named_media_pattern(nouns_after, skip), re.compile(_alternatives(names + suffixes)),
                         re.compile(_alternatives(sorted({n.split()[0] for n in nouns_after if n.split()}))))


_REPORT_IN = LazyPattern(r"\b(?:a|the)\s+(?:\w+\s+)?report\s+in\s+$", re.I)


def _may_name_media(chunk: str) -> bool:
    """Whether lex.media_pattern can match: in plain ASCII text (where its ignore-case is plain ASCII
    case) only with 'reported' or a media noun, which most sentences lack; other text is left to it."""
    if not chunk.isascii():
        return True
    low = chunk.lower()
    return any(word in low for word in _media_words())


@functools.cache
def _media_words() -> tuple[str, ...]:
    """The literal words media_pattern needs one of: 'reported' (by) or a media noun (lexicon order)."""
    return ("reported", *(str(n).lower() for n in load_lexicon("attribution_outlets")["media_nouns"]))


def _interview(before: str, cue: str) -> bool:
    """'Hunt told the BBC', 'she told the Guardian': someone on record giving an outlet an interview,
    which the article quotes; only an unnamed teller ('two officials told Reuters') relays its reporting."""
    if cue.split()[0].lower() != "told":
        return False
    subject = re.split(r"[,;:\"“”—–()]", before)[-1]
    tokens = tokenize(subject)
    return classify_source(tokens) != "anonymous" and not match_phrases(tokens, _lexicon().anonymous_phrases)


def _named_interview(cue: str, sentence: Sentence, document: Document, span: tuple[int, int]) -> bool:
    """'In an interview with Le Figaro, Macron said ...': a named person's interview with an outlet is
    on record, the article quotes the person; only an unnamed speaker ('in an interview with Reuters, a
    senior official said') leaves the outlet's reporting as the source."""
    if not re.match(r"in\s+an\s+interview\s+with\b", cue, re.I):
        return False
    return any(a.kind in NAMED_KINDS and (a.end <= span[0] or a.start >= span[1])
               for a in find_attributions(sentence, document))


def _person_named(text: str, start: int, end: int) -> bool:
    """'Mayor Michael Bloomberg', 'Mayor Bloomberg': an outlet's name after a given name or a title
    is a person's surname."""
    from .names import find_names, title_before

    for name in find_names(text, max(0, start - 120), min(len(text), end + 40)):
        if name.start < end and start < name.end and (name.kind == "person" or title_before(text, name)):
            return True
    return False


_FRACTION_WORDS = re.compile(r"(?:(?:an?|one|two|three)[\s-]+)?(?:half|thirds?|quarters?|fifths?|tenths?)\b"
                             r"|an?\s+(?:thousand|million|billion)\b", re.I)


def find_claim(sentence: Sentence, document: Document, numbers=()) -> Checkable | None:
    """What makes the sentence checkable: a counted number or a strong assertion, else None.

    Not claims: instructions ("Heat the oven to 350 degrees"), market moves in a markets report,
    figures in quotations, examples after "may"/"if", scores and tallies ("voted 12-6"), compound
    adjectives ("a three-party coalition"), durations, ages and ranks.
    """
    lex = _lexicon()
    tokens = sentence_tokens(sentence, document)
    inside = _quoted(tokens)
    if not tokens or tokens[-1].text == "?" or not _prose(tokens, inside) or _imperative(tokens, document) \
            or match_phrases(tokens, lex.not_claim_phrases) or _market_move(tokens) \
            or not _claims().source_nouns.isdisjoint([t.norm for t in tokens]):
        return None
    if any(n.unit in lex.record_units or re.match(r"-\d", document.text[n.end:n.end + 2]) for n in numbers):
        return None  # a recorded result or odds ("voted 12-6", "5,000-1 outsiders"): the record is the source
    if _vote_shares(tokens, sentence, document):
        return None  # "The UK votes by 52% to 48% to leave": a held vote's tally
    quoted = {tokens[k].start for k in inside}
    for n in numbers:
        if _FRACTION_WORDS.match(n.text):
            continue  # "less than half", "a quarter of sites", "a million tweets": a manner of speaking
        if n.start in quoted or _compound(document, n) or _hypothetical(tokens, n.start) \
                or _reference(tokens, n.start) or _squad(tokens, n) or _denominator(document, n):
            continue
        if _claim_figure(n, document, _casualty_count(tokens, n)):
            return Checkable(_describe(n), n.start, n.end, sentence)
    if any(_price(n) for n in numbers):
        return None  # "dropped to an all-time low at just $139": sales copy
    scoped = bool(match_phrases(tokens, _claims().scopes))
    spans = [(i, j) for i, j in match_phrases(tokens, lex.assertions)
             if tokens[i].start not in quoted and _asserted(tokens, i, j, scoped)]
    if spans:
        i, j = spans[0]
        return Checkable(_span_text(document, tokens, i, j), tokens[i].start, tokens[j - 1].end, sentence)
    return None


_PER = re.compile(r"\b(?:per|for\s+every|in\s+every|out\s+of\s+every|of\s+every|every)\s+$", re.I)


def _denominator(document: Document, number) -> bool:
    """'66 per 100,000 people', 'one in every 10,000 residents': the base of a rate counts nobody."""
    return bool(_PER.search(document.text[max(0, number.start - 16):number.start]))


_SHARE_PAIR = LazyPattern(r"(?<![\w.])(?<!from )(\d+(?:\.\d+)?)\s?(?:%|per\s?cent|percent)\s+to\s+"
                          r"(\d+(?:\.\d+)?)\s?(?:%|per\s?cent|percent)", re.I)


def _vote_shares(tokens: list[Token], sentence: Sentence, document: Document) -> bool:
    """'votes by 52% to 48%': two shares of one vote (the winner's first), in a sentence about a vote."""
    if _lexicon().vote_words.isdisjoint([t.norm for t in tokens]):
        return False
    text = sentence.text if sentence.is_headline or sentence.start < 0 else document.text[sentence.start:sentence.end]
    for m in _SHARE_PAIR.finditer(text):
        first, second = float(m.group(1)), float(m.group(2))
        before = [t.norm for t in tokenize(text[:m.start()])][-2:]
        if (first >= second and 50 <= first + second <= 100.5
                and not {(w,) for w in before} & _lexicon().market_moves.keys()):
            return True
    return False


def _claim_figure(number, document: Document, casualties: bool = False) -> bool:
    """A share, a large sum or a sizeable count of people or things: not a price, a spec or a stat line.

    ``casualties``: the sentence reports deaths or injuries, where any count is a claim ("3 people died").
    """
    lex = _claims()
    if number.value is None:
        return False
    if number.unit in lex.units:
        following = re.findall(r"[\w-]+", document.text[number.end:number.end + 20])[:1]
        return not (following and following[0].lower() in lex.not_after)
    if number.unit and re.fullmatch(r"[A-Z]{3}", number.unit):  # an ISO currency code
        return not _price(number)
    if number.unit:
        return False
    if number.value >= lex.min_any_count:  # "1.2 million units", "a population of 8.4 million"
        return not number.noun or number.noun.lower() not in _lexicon().not_counted
    if not number.noun or number.noun.lower() not in lex.nouns:
        return False
    return number.value >= lex.min_count or casualties or (number.hedge or "").lower() in lex.hedges


def _asserted(tokens: list[Token], i: int, j: int, scoped: bool) -> bool:
    """An assertion the sentence makes: a superlative only with a scope ('the largest ... in history'),
    which stays a claim after a modal ('would affect ..., the largest attack in history'); any other
    assertion only outside a condition or an example."""
    superlative = _lexicon().assertions[tuple(t.norm for t in tokens[i:j])] in _claims().superlatives
    if superlative:
        return scoped
    return not _hypothetical(tokens, tokens[i].start)


def _casualty_count(tokens: list[Token], number) -> bool:
    """'3 people died', 'killed 12 civilians', 'the deaths of 4 miners': a word of death or injury
    attached to the count, in its clause; 'lost a player to injury ... with ten men' is none."""
    lex = _claims()
    at = sum(1 for t in tokens if t.start < number.start)
    after = [t.norm for t in tokens[at:clause_end(tokens, at)]][1:1 + lex.casualty_after]
    before = [t.norm for t in tokens[clause_start(tokens, at):at]][-lex.casualty_before:]
    return any(w in lex.casualty_words for w in after + before)


def _squad(tokens: list[Token], number) -> bool:
    """'played the last half hour with ten men', 'down to 10 players': a side's size in a match
    report, not a count anyone needs to source."""
    lex = _claims()
    if number.value is None or number.value > lex.squad_max or (number.noun or "").lower() not in lex.squad_nouns:
        return False
    at = sum(1 for t in tokens if t.start < number.start)
    words = tuple(t.norm for t in tokens[max(0, at - 2):at])
    return any(words[len(words) - len(p):] == p for p in lex.squad_before)


def _price(number) -> bool:
    """A sum of money below the claim threshold: a price or a fare."""
    return bool(number.unit and re.fullmatch(r"[A-Z]{3}", number.unit) and number.value is not None
                and number.value < _claims().min_money)


def _reference(tokens: list[Token], offset: int) -> bool:
    """'the 15% tariffs', 'the $53 million figure McKinley cited': a figure the reader already knows."""
    before = [t for t in tokens if t.end <= offset]
    return bool(before) and before[-1].norm in _claims().reference_words


def _prose(tokens: list[Token], quoted: set[int]) -> bool:
    """An English sentence in the third person: not a stat line, a list item, foreign copy, code, a
    personal account or sales copy addressed to the reader ("you pay only $12.99")."""
    lex = _claims()
    norms = [t.norm for t in tokens]
    if not _MARKUP.isdisjoint(norms):
        return False  # script or markup left in the text
    linking = sum(1 for n in norms if n in lex.function_words)
    if linking < lex.min_function_words:
        rest = [t for t in tokens[1:] if t.is_word]
        if not linking or not rest or sum(t.is_cap for t in rest) * 2 >= len(rest):
            return False  # a short sentence needs a linking word and lowercase words ("Turnout was 67 percent.")
    if not quoted:
        return lex.person_words.isdisjoint(norms)
    return not any(n in lex.person_words for k, n in enumerate(norms) if k not in quoted)


_MARKUP = frozenset("{}=")


def hedge_in(sentence: Sentence, document: Document) -> str | None:
    """The first hedge word ("reportedly", "allegedly") in the sentence, if any."""
    tokens = sentence_tokens(sentence, document)
    spans = match_phrases(tokens, _lexicon().hedges)
    if not spans:
        return None
    i, j = spans[0]
    return " ".join(t.text for t in tokens[i:j])


def classify_source(tokens: list[Token], names=None) -> str:
    """named / institutional / pronoun / anonymous / other for a source phrase's tokens.

    ``names``: the name mentions in the phrase (factcheck.nlp.names), or None when names.py is absent.
    """
    lex = _lexicon()
    words = [t for t in tokens if t.is_word]
    if not words:
        return "other"
    norms = [t.norm for t in words]
    if norms[0] in PRONOUNS or norms[0] in {"and", "but", "or", "then", "who", "which"}:
        return "pronoun"
    if _linked_source(norms, lex):
        return "anonymous"
    if any(n.kind == "person" and tokens[0].start <= n.start < tokens[-1].end for n in names or ()):
        return "named"
    anon = [k for k, n in enumerate(norms) if n in lex.anonymity_nouns and _is_head(words, k, lex)]
    if anon and any(n in lex.poll_markers for n in norms):
        return "other"
    if anon and _firm_analysts(words, anon[0], lex):
        return "institutional"
    if anon:
        first = anon[0]
        if _name_run(words[first + 1:], lex) >= 2 and not _is_of_phrase(norms, first):
            return "named"
        if norms[first] in lex.staff_nouns and _organisation_before(words, first, names):
            return "institutional"
        if _institution_document(words, first, lex):
            return "institutional"
        return "anonymous"
    if any(n in lex.poll_markers for n in norms):
        return "other"
    if _has_institution(words, lex):
        return "institutional"
    if _name_run(words, lex) >= 2:
        return "named"
    if any(n in lex.spokespeople or n in lex.institution_heads for n in norms):
        return "institutional"
    if norms[0] == "the" and norms[-1] in lex.roles:
        return "named"
    if any(t.is_cap and t.norm not in lex.known_words and t.norm not in lex.not_names and _in_names(t, names)
           for t in words):
        return "named"
    return "other"


# -- internals ---------------------------------------------------------------------------------------

def _cached(analysis) -> dict:
    return analysis.attribution


def annotate(analysis) -> dict:
    """The body's attributions, relays and checkable claims (Analysis.attribution keeps them)."""
    document = analysis.document
    sentences = body_sentences(analysis)
    numbers = _numbers(analysis)
    extra = _user_phrases(analysis.options)
    found, relayed, checkable = [], [], []
    outlets = relay_patterns(document.text)
    for s in sentences:
        here = find_attributions(s, document, extra)
        found.extend(here)
        relayed.extend(find_relays(s, document, outlets))
        counted = [n for n in analysis.in_sentence(numbers, s) if not any(a.start <= n.start < a.end for a in here)]
        claim = find_claim(s, document, counted)
        if claim is not None:
            checkable.append(claim)
    return {"attributions": _resolve_definites(found, document), "relays": relayed, "claims": checkable}


def _user_phrases(options) -> dict:
    """Anonymity phrases from the user's lexicon rules (``lexicon: anonymity``, ``key: phrases``)."""
    if not options.rules_dirs:
        return {}
    from ..userrules import user_lexicon

    return _phrase_keys(tuple(user_lexicon("anonymity", options, key="phrases")))


@functools.lru_cache(maxsize=8)
def _phrase_keys(phrases: tuple[str, ...]) -> dict:
    return phrase_keys(phrases)


_OF_THE = LazyPattern(r"\b(?:officials?|spokes(?:man|woman|person|people)|representatives?|administrators?|"
                      r"executives?|leaders?|staff)\s+(?:at|of|from|for|with)\s+the\s+([A-Za-z][\w-]+)\s*$", re.I)


def _named_institution_before(source: str, text: str, before: int) -> bool:
    """'officials at the university said' after 'Harvard University' was named: the institution is
    named, so its officials speak for it on record."""
    m = _OF_THE.search(source)
    if m is None:
        return False
    head = m.group(1)
    head = head[0].upper() + head[1:].lower()
    return re.search(rf"\b(?:[A-Z][\w&'.-]*\s+){{1,4}}{re.escape(head)}\b", text[:before]) is not None


def _resolve_definites(found: list[Attribution], document: Document | None = None) -> list[Attribution]:
    """'The lawmaker further noted' after 'Iraqi lawmaker Ali Hassan said' refers to a named source;
    'officials at the university said' after 'Harvard University' speak for a named institution."""
    out, named_heads = [], set()
    for a in found:
        words = [w.lower() for w in re.findall(r"[\w'-]+", a.source)]
        if a.kind == "anonymous" and len(words) >= 2 and words[0] == "the" and words[-1] in named_heads:
            a = Attribution("pronoun", a.cue, a.source, a.start, a.end, a.sentence)
        elif a.kind == "anonymous" and document is not None and a.sentence.start >= 0 \
                and _named_institution_before(a.source, document.text, a.sentence.start):
            a = Attribution("institutional", a.cue, a.source, a.start, a.end, a.sentence)
        elif a.kind == "named":
            named_heads.update(w for w in words if w in _lexicon().anonymity_nouns)
        out.append(a)
    return out


def _describe(number) -> str:
    from .numbers import describe

    return describe(number)


def _numbers(analysis) -> list:
    return list(analysis.numbers)


def _verb(tokens, i, j, sentence, document) -> Attribution | None:
    lex = _lexicon()
    if i > 0 and (tokens[i].is_cap or tokens[i - 1].norm in lex.not_cue_after):
        return None
    if i > 0 and tokens[i].norm in lex.noun_cues and tokens[i - 1].norm in lex.noun_cue_modifiers \
            and (i < 2 or tokens[i - 2].norm not in {"a", "an", "the", "one", "another", "this", "that"}):
        return None  # "in official reports": a noun ("one official claims" keeps its verb)
    if i > 0 and tokens[i].norm in lex.noun_cues and tokens[i - 1].norm in lex.noun_adjectives:
        return None  # "than the original estimate": a noun, no source
    if any(t.norm in ("not", "n't", "never") for t in tokens[max(0, i - 2):i]):
        return None  # "officials have not said": nothing is attributed
    if tokens[i].norm == "told" and j < len(tokens) and _public_audience(tokens, j):
        return None  # "a member of the group told the crowd": a public speech, no source kept unnamed
    start = clause_start(tokens, i)
    if start == i:
        return _after_comma(tokens, i, j, sentence, document) if i > 0 else None
    start = max(start, i - _NP_MAX)
    np = _subject(tokens, start, i)
    if not np or np[0].norm in lex.negative_subjects:
        return None  # "No family members have confirmed it": nothing is attributed
    if len(np) > 1 and np[-1].norm in _lexicon().relative_markers:
        return None  # "the staff member who reported the call": a relative clause, not a source
    inner = [k for k, t in enumerate(np) if k > 0 and t.norm in _lexicon().relative_markers]
    if inner:  # "vehicles ... that industry analysts say will boost sales": the source follows "that"
        start += inner[-1] + 1
        np = np[inner[-1] + 1:]
    if np[0].norm in {"who", "which"}:
        return _make("pronoun", tokens, start, j, start, start + 1, sentence, document)
    if np[0].norm == "as" and tokens[i].norm in lex.expectation_verbs:
        return None  # "..., as American officials expected": what someone foresaw, no claim attributed
    kind = _appositive_kind(tokens, start, document) or classify_source(np, _names(document, np))
    return _make(kind, tokens, start, j, start, start + len(np), sentence, document)


def _public_audience(tokens, j: int) -> bool:
    """'told the crowd', 'told supporters': the words after 'told' name a public audience."""
    words = [t.norm for t in tokens[j:j + 3] if t.is_word]
    words = words[1:] if words[:1] in (["the"], ["a"], ["his"], ["her"], ["their"]) else words
    return bool(words) and words[0] in _lexicon().public_audiences


def _after_comma(tokens, i, j, sentence, document) -> Attribution | None:
    """'..., said one official' (inverted) or 'John Kirby, a spokesman for X, told' (appositive)."""
    if tokens[i - 1].text not in ",\"“”—–":
        return None
    if tokens[i - 1].text == ",":
        a = clause_start(tokens, i - 1)
        if a >= 2 and tokens[a - 1].text == ",":
            b = clause_start(tokens, a - 1)
            subject = [t for t in tokens[b:a - 1] if t.is_word]
            if 1 <= len(subject) <= 5:
                kind = _apposed_kind(subject, tokens[a:i - 1], document)
                return _make(kind, tokens, b, j, b, i - 1, sentence, document)
    end = clause_end(tokens, j)
    np = tokens[j:end]
    if not np or len(np) > 5 or np[0].norm in _lexicon().not_inverted:
        return None
    return _make(classify_source(np, _names(document, np)), tokens, i, end, j, end, sentence, document)


def _cue_verb(a: Attribution) -> str:
    """The attribution's verb as written in the lexicon, e.g. 'recommends' in 'The agency recommends'."""
    keys = _lexicon().cues
    words = tuple(t.norm for t in tokenize(a.cue))
    for n in range(len(words)):
        for m in range(len(words), n, -1):
            if words[n:m] in keys:
                return " ".join(words[n:m])
    return ""


def _imperative(tokens: list[Token], document: Document) -> bool:
    """'Heat the oven to 350 degrees', 'Whisk 2 cups of flour': an instruction, not a claim."""
    lex = _lexicon()
    if len(tokens) < 3 or not tokens[0].is_cap or not tokens[0].is_word:
        return False
    first = tokens[0].norm
    if first in lex.known_words or first in lex.not_names or first in lex.not_imperative or first in PRONOUNS \
            or first.endswith(("s", "ed", "ing") + lex.noun_suffixes):
        return False
    return tokens[1].norm in lex.imperative_followers or tokens[1].text[:1].isdigit()


def _market_move(tokens: list[Token]) -> bool:
    """'The pound fell 0.6%', 'Brent crude futures climbed 82 cents': observable market data."""
    lex = _lexicon()
    norms = [t.norm for t in tokens]
    moves = match_phrases(tokens, lex.market_moves)
    return bool(moves) and any(n in lex.market_subjects for n in norms[:moves[0][0]])


def _compound(document: Document, number) -> bool:
    """'a three-party coalition', '5,000-1 outsiders': the number is part of a compound word."""
    return document.text[number.end:number.end + 1] == "-" if number.end > 0 else False


def _hypothetical(tokens: list[Token], offset: int) -> bool:
    """'A jar may hold three servings': an example or a condition (a modal before the figure in its
    sentence, or anywhere in its clause), not a claim."""
    lex = _lexicon()
    at = sum(1 for t in tokens if t.start < offset)
    clause = tokens[:clause_end(tokens, at)]
    forecasts = match_phrases(clause, lex.forecasts)
    nouns = {i for i in range(1, len(clause)) if clause[i - 1].norm in lex.noun_adjectives}  # "the previous forecast"
    return any(i not in nouns and not any(a <= i < b for a, b in forecasts)
               for i, _ in match_phrases(clause, lex.hypothetical))


def _firm_subject(tokens: list[Token], sentence: Sentence, document: Document) -> Attribution | None:
    """'Analysts at Raymond James cut their price target': the subject is the claim's own source."""
    lex = _lexicon()
    words = [k for k, t in enumerate(tokens[:4]) if t.is_word]
    if len(words) < 3 or tokens[0].norm not in lex.survey_nouns:
        return None
    if tokens[1].norm not in ("at", "of", "from", "with") or not tokens[2].is_cap:
        return None
    end = 3
    while end < len(tokens) and tokens[end].is_cap:
        end += 1
    return _make("institutional", tokens, 0, end, 0, end, sentence, document)


def _survey(hit: Attribution, tokens: list[Token]) -> bool:
    """'analysts had expected, according to LSEG data': a consensus of a poll, not an unnamed source."""
    lex = _lexicon()
    heads = {t.norm for t in tokenize(hit.source)} & lex.survey_nouns
    return bool(heads) and any(t.norm in lex.survey_context for t in tokens)


def _quoted(tokens: list[Token]) -> set[int]:
    """Indices of tokens inside quotation marks (straight quotes pair up in order)."""
    inside, out, depth = False, set(), 0
    if _QUOTES.isdisjoint([t.text for t in tokens]):
        return out  # most sentences quote no one
    for k, t in enumerate(tokens):
        if t.text == "“":
            depth += 1
        elif t.text == "”":
            depth = max(0, depth - 1)
        elif t.text == '"':
            inside = not inside
        elif inside or depth:
            out.add(k)
    return out


_QUOTES = frozenset('“”"')


def outlet_domain(name: str) -> str | None:
    """The outlet's main domain: 'BBC News' -> bbc.co.uk, 'The Post' -> None."""
    domains = outlet_domains(name)
    return domains[0] if domains else None


def outlet_domains(name: str) -> tuple[str, ...]:
    """Every domain the outlet publishes on ('BBC' -> bbc.co.uk, bbc.com), from rules/lexicons."""
    domains = _lexicon().outlet_domains
    words = re.sub(r"^[Tt]he\s+", "", name).split()
    for n in range(len(words), 0, -1):
        found = domains.get(" ".join(words[:n]))
        if found:
            return found
    return ()


def is_own_outlet(name: str, domain: str) -> bool:
    """Whether the outlet ``name`` is the site at ``domain`` itself: one of its listed domains, or, for
    an outlet not listed, a domain whose name spells the outlet's ('Kaieteur News' on
    kaieteurnewsonline.com, 'The Clarion' on theclarion.ng)."""
    domain = domain.lower().removeprefix("www.")
    listed = outlet_domains(name)
    if listed:
        return any(domain == d or domain.endswith("." + d) for d in listed)
    squashed = re.sub(r"[^a-z0-9]", "", name.lower())
    label = domain.split(".")[0] if not domain.startswith(("news.", "m.", "amp.")) else domain.split(".")[1]
    return len(squashed) >= 4 and (squashed in label or squashed.removeprefix("the") in label)


def _could_be_outlet(name: str, document: Document, start: int) -> bool:
    """A name after 'reported by' that is not an institution nor a person ('reported by Suspilne')."""
    lex = _lexicon()
    words = tokenize(name)
    if not words or lex.institution_pattern.search(name) or all(t.norm in lex.known_words for t in words):
        return False
    if any(t.norm in lex.institution_heads or t.norm in lex.spokespeople for t in words):
        return False
    persons = _names(document, [Token(name, start, start + len(name), norm(name))]) if start >= 0 else []
    return not any(n.kind == "person" for n in persons or ())


def _apposed_kind(subject: list[Token], apposition: list[Token], document) -> str:
    """'Michael Flynn's successor, who ..., said' / 'A senior official, speaking ..., said'."""
    first = classify_source(subject, _names(document, subject))
    if first in NAMED_KINDS or not apposition or apposition[0].norm in {"who", "which", "speaking"}:
        return first
    return classify_source(apposition, _names(document, apposition))


def _subject(tokens, start, i) -> list[Token]:
    """The source phrase before a verb: the clause's words, minus auxiliaries at its end."""
    np = tokens[start:i]
    while np and np[-1].norm in _lexicon().subject_trailers:
        np = np[:-1]
    return np


def _appositive_kind(tokens, start, document) -> str | None:
    """'John Kirby, a spokesman for ..., told': the phrase before the commas names the source."""
    if start < 2 or tokens[start - 1].text != ",":
        return None
    before_start = clause_start(tokens, start - 1)
    before = [t for t in tokens[before_start:start - 1] if t.is_word]
    if 2 <= len(before) <= 4 and _name_run(before, _lexicon()) == len(before):
        return "named"
    return None


def _after(tokens, i, j, sentence, document) -> Attribution:
    """'according to X': the source follows the cue."""
    end = clause_end(tokens, j)
    np = tokens[j:min(end, j + _NP_MAX)]
    if not np or np[0].norm == "that":  # "said in a statement that ...": the source is the verb's subject
        return _make("other", tokens, i, j, i, j, sentence, document)
    if np[-1].norm in _lexicon().document_nouns:  # "according to her official ABC bio": a document
        return _make("other", tokens, i, j + len(np), j, j + len(np), sentence, document)
    kind = classify_source(np, _names(document, np))
    return _make(kind, tokens, i, j + len(np), j, j + len(np), sentence, document)


def _make(kind, tokens, i, j, si, sj, sentence, document) -> Attribution:
    return Attribution(kind=kind, cue=_span_text(document, tokens, i, j, sentence),
                       source=_span_text(document, tokens, si, sj, sentence),
                       start=tokens[i].start, end=tokens[j - 1].end, sentence=sentence)


def _span_text(document, tokens, i, j, sentence=None) -> str:
    if i >= j:
        return ""
    if sentence is not None and sentence.start < 0:
        return sentence.text[tokens[i].start:tokens[j - 1].end]
    return document.text[tokens[i].start:tokens[j - 1].end]


def _names(document: Document, np: list[Token]) -> list:
    if not np:
        return []
    from .names import find_names

    return find_names(document.text, np[0].start, np[-1].end)


def _institution_document(words: list[Token], first: int, lex) -> bool:
    """'a report by the council's highways officers': a document its authors' institution owns."""
    norms = [t.norm for t in words[:first]]
    k = 1 if norms[:1] in (["a"], ["the"], ["an"]) else 0
    if k >= len(norms) or norms[k] not in lex.document_nouns or norms[k + 1:k + 2] not in (["by"], ["from"]):
        return False
    return any(t.text.lower().replace("’", "'").endswith("'s") for t in words[k + 2:first])


def _linked_source(norms: list[str], lex) -> bool:
    """'People familiar with the board's discussions', 'a person close to the minister': a vague
    subject tied by a link to whatever it knows, with no name of its own."""
    k = 0
    while k < len(norms) and norms[k] in lex.known_qualifiers:
        k += 1
    if k >= len(norms) or norms[k] not in lex.link_subjects:
        return False
    return any(tuple(norms[k + 1:k + 1 + len(link)]) == link for link in lex.links)


def _name_run(words: list[Token], lex) -> int:
    """Length of the longest run of capitalised words that are not known non-names."""
    best = run = 0
    for t in words:
        run = run + 1 if t.is_cap and t.norm not in lex.known_words and t.norm not in lex.not_names else 0
        best = max(best, run)
    return best


def _in_names(token: Token, names) -> bool:
    """Whether a capitalised word is a name: names.py says so, or, without names.py, any capital
    ("Residents said" is no name; "Acme said" is)."""
    return names is None or any(n.start <= token.start < n.end for n in names)


def _is_head(words: list[Token], k: int, lex) -> bool:
    """'one official said', 'officials at the ministry': the role noun ends the phrase or is followed
    by a preposition, a name or a verb; 'the official program' uses it as an adjective."""
    return k == len(words) - 1 or words[k + 1].norm in lex.followers or words[k + 1].is_cap


def _organisation_before(words: list[Token], k: int, names) -> bool:
    """'Berrien County Health Department officials', 'PG&E officials': an organisation's name (or an
    acronym that is no place) ends right before the staff noun, with nothing but 'the' before it
    ('a Pentagon official', 'two White House officials' are unnamed people)."""
    noun = words[k]
    for n in names or ():
        if 0 < noun.start - n.end <= 1 and _is_organisation(n):
            return all(t.norm == "the" for t in words[:k] if t.end <= n.start)
    return False


def _is_organisation(name) -> bool:
    """An organisation's own name: not a common noun capitalised at a sentence start ('Hospital officials')."""
    lex = _lexicon()
    if all(t.norm in lex.institution_heads or t.norm in lex.known_words for t in tokenize(name.text)):
        return False
    return name.kind == "org" or (name.kind == "other" and re.fullmatch(r"[A-Z][A-Z&]+", name.text) is not None)


def _named_staff(hit: Attribution, tokens: list[Token], document: Document) -> bool:
    """'NASA plans to spend $2.6 billion, agency officials said': 'agency officials', 'company
    executives' or 'executives of both companies', nothing more, refer to organisations the sentence
    names before them."""
    lex = _lexicon()
    words = [t.norm for t in tokenize(hit.source) if t.is_word]
    if words[:1] == ["the"]:
        words = words[1:]
    both = len(words) >= 3 and words[0] in lex.staff_nouns and words[1] == "of" \
        and set(words[2:-1]) <= {"the", "both", "two", "all"}
    if both:
        from .numbers import singular

        words = [singular(words[-1]), words[0]]  # "executives of both companies"
    if len(words) != 2 or words[1] not in lex.staff_nouns or words[0] not in lex.institution_heads:
        return False
    before = [t for t in tokens if t.end <= hit.start]
    names = (_names(document, before) if before and before[0].start >= 0 else None) or ()
    if both:
        return sum(n.kind in ("org", "other") for n in names) >= 2
    return any(_is_organisation(n) for n in names)


def _firm_analysts(words: list[Token], k: int, lex) -> bool:
    """'Analysts at Morgan Stanley said': analysts speak for their named firm, on record."""
    if words[k].norm not in lex.survey_nouns or k + 2 >= len(words):
        return False
    return words[k + 1].norm in ("at", "of", "from", "with") and words[k + 2].is_cap


def _is_of_phrase(norms: list[str], first: int) -> bool:
    """'officials at the National Security Council': the capitals after the noun name a place."""
    return first + 1 < len(norms) and norms[first + 1] in {"at", "of", "in", "from", "for", "with", "inside"}


def _has_institution(words: list[Token], lex) -> bool:
    text = " ".join(t.text for t in words)
    return bool(lex.institution_pattern.search(text))


class _Lex(SimpleNamespace):
    """The attribution lexicons (rules/lexicons/attribution_*, anonymity):
    built once per process."""
    cues: dict
    prepositions: frozenset
    data_verbs: frozenset
    sentence_only: frozenset
    anonymous_phrases: dict
    anonymity_nouns: frozenset
    spokespeople: frozenset
    institution_heads: frozenset
    institution_pattern: re.Pattern
    roles: frozenset
    poll_markers: frozenset
    followers: frozenset
    link_subjects: frozenset
    document_nouns: frozenset
    links: tuple
    known_qualifiers: frozenset
    staff_nouns: frozenset
    relative_markers: frozenset
    survey_nouns: frozenset
    survey_context: frozenset
    known_words: frozenset
    not_names: frozenset
    not_cue_after: frozenset
    not_inverted: frozenset
    noun_cues: frozenset
    expectation_verbs: frozenset
    public_audiences: frozenset
    noun_cue_modifiers: frozenset
    noun_adjectives: frozenset
    negative_subjects: frozenset
    subject_trailers: frozenset
    outlet_domains: dict
    relay_before: LazyPattern  # needed only where an outlet name or media noun is found
    verb_after: LazyPattern
    assertions: dict
    not_counted: frozenset
    not_claim_phrases: dict
    record_units: frozenset
    vote_words: frozenset
    hypothetical: dict
    forecasts: dict  # "will cost": a forecast figure still needs a source
    market_subjects: frozenset
    market_moves: dict
    imperative_followers: frozenset
    not_imperative: frozenset
    noun_suffixes: tuple
    hedges: dict


@functools.cache
def _lexicon() -> _Lex:
    verbs = load_lexicon("attribution_verbs")
    anon = load_lexicon("anonymity")
    inst = load_lexicon("attribution_institutions")
    outlets = load_lexicon("attribution_outlets")
    entities = load_lexicon("headline_entities")
    words = load_lexicon("attribution_function_words")
    claims = load_lexicon("attribution_assertions")
    preps = phrase_keys(verbs["prepositions"])
    qualifiers = frozenset(t.norm for q in anon["qualifiers"] for t in tokenize(q))
    known = set(qualifiers)
    known |= {t.norm for k, v in entities.items() for w in [k, *v] for t in tokenize(w)}
    known |= {w.lower() for w in inst["heads"] + inst["spokespeople"]}
    known |= {w.lower() for w in anon["nouns"]}
    return _Lex(
        cues=Phrases({**phrase_keys(verbs["verbs"]), **preps}),
        prepositions=frozenset(preps),
        data_verbs=frozenset(phrase_keys(verbs.get("data_verbs") or [])),
        sentence_only=frozenset(verbs.get("sentence_only") or []),
        anonymous_phrases=phrase_keys(anon["phrases"]),
        anonymity_nouns=frozenset(anon["nouns"]) - frozenset(anon.get("weak_nouns", [])),
        spokespeople=frozenset(t.norm for p in inst["spokespeople"] for t in tokenize(p)) - {"press"},
        institution_heads=frozenset(w.lower() for w in inst["heads"]),
        institution_pattern=_names_pattern(inst["names"]),
        roles=frozenset(w.lower() for w in inst["roles"]),
        poll_markers=frozenset(anon.get("poll_markers") or ()),
        followers=frozenset(anon["followers"]),
        link_subjects=frozenset(anon.get("link_subjects") or ()),
        document_nouns=frozenset(anon.get("document_nouns") or ()),
        links=tuple(tuple(t.norm for t in tokenize(p)) for p in anon.get("links") or ()),
        known_qualifiers=qualifiers,
        staff_nouns=frozenset(anon["staff_nouns"]),
        relative_markers=frozenset(anon["relative_markers"]),
        survey_nouns=frozenset(anon["survey_nouns"]),
        survey_context=frozenset(anon["survey_context"]),
        known_words=frozenset(known),
        not_names=frozenset(words["not_names"]),
        not_cue_after=frozenset(words["not_cue_after"]),
        not_inverted=frozenset(words["not_cue_after"]) | frozenset(words["not_inverted"]),
        noun_cues=frozenset(words["noun_cues"]),
        expectation_verbs=frozenset(words.get("expectation_verbs") or ()),
        public_audiences=frozenset(words.get("public_audiences") or ()),
        noun_cue_modifiers=frozenset(words["noun_cue_modifiers"]),
        noun_adjectives=frozenset(words.get("noun_adjectives") or ()),
        negative_subjects=frozenset(words["negative_subjects"]),
        subject_trailers=frozenset(words["subject_trailers"]),
        outlet_domains={name: (tuple(d) if isinstance(d, list) else (d,)) for name, d in outlets["names"].items()},
        relay_before=LazyPattern(r"\b(?:%s)\s+(?:the\s+)?$" % "|".join(
            re.escape(p).replace(r"\ ", r"\s+") for p in sorted(outlets["relay"], key=len, reverse=True)), re.I),
        verb_after=LazyPattern(r"\s*,?\s*(?:%s)\b" % "|".join(
            re.escape(p).replace(r"\ ", r"\s+") for p in sorted(outlets["verbs"], key=len, reverse=True)), re.I),
        assertions=phrase_keys(claims["phrases"]),
        not_counted=frozenset(claims["not_counted"]),
        not_claim_phrases=phrase_keys(claims["not_claim_phrases"]),
        record_units=frozenset(claims["record_units"]),
        vote_words=frozenset(claims.get("vote_words") or ()),
        hypothetical=phrase_keys(claims["hypothetical"]),
        forecasts=phrase_keys(claims.get("forecasts") or ()),
        market_subjects=frozenset(w.lower() for w in claims["market_subjects"]),
        market_moves=phrase_keys(claims["market_moves"]),
        imperative_followers=frozenset(claims["imperative_followers"]),
        not_imperative=frozenset(claims["not_imperative"]),
        noun_suffixes=tuple(claims["noun_suffixes"]),
        hedges=phrase_keys(load_lexicon("attribution_hedges")["hedges"]),
    )


class _Claims(SimpleNamespace):
    """What makes a sentence a checkable claim (rules/lexicons/claim_counts):
    built once per process."""
    nouns: frozenset
    units: frozenset
    min_money: float
    min_count: float
    min_any_count: float
    casualty_words: frozenset
    hedges: frozenset
    not_after: frozenset
    person_words: frozenset
    function_words: frozenset
    min_function_words: int
    source_nouns: frozenset
    reference_words: frozenset
    superlatives: frozenset
    scopes: dict
    casualty_before: int
    casualty_after: int
    squad_nouns: frozenset
    squad_before: tuple
    squad_max: float


@functools.cache
def _claims() -> _Claims:
    data = load_lexicon("claim_counts")
    return _Claims(
        nouns=frozenset(w.lower() for w in data["nouns"]),
        units=frozenset(data["units"]),
        min_money=float(data["min_money"]),
        min_count=float(data["min_count"]),
        min_any_count=float(data["min_any_count"]),
        casualty_words=frozenset(data["casualty_words"]),
        hedges=frozenset(data["hedges"]),
        not_after=frozenset(data["not_after"]),
        person_words=frozenset(data["person_words"]),
        function_words=frozenset(data["function_words"]),
        min_function_words=int(data["min_function_words"]),
        source_nouns=frozenset(data["source_nouns"]),
        reference_words=frozenset(data["reference_words"]),
        superlatives=frozenset(data["superlatives"]),
        scopes=phrase_keys(data["scopes"]),
        casualty_before=int(data["casualty_window"]["before"]),
        casualty_after=int(data["casualty_window"]["after"]),
        squad_nouns=frozenset(data["squad"]["nouns"]),
        squad_before=tuple(tuple(t.norm for t in tokenize(p)) for p in data["squad"]["before"]),
        squad_max=float(data["squad"]["max"]),
    )


def _names_pattern(names: list[str]) -> re.Pattern:
    alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(r"(?<![\w.])(?:%s)(?![\w])" % alts)


def _alternatives(words, spaces: str = r"\ ") -> str:
    """The words (in the order given) as one alternation, or a pattern that never matches for none."""
    return "|".join(re.escape(w).replace(r"\ ", spaces) for w in words) or "(?!)"


def _media_pattern(relays: tuple, nouns: tuple) -> re.Pattern:
    """'reported by <Name>' or 'according to the newspaper <Name>': a name in a media slot."""
    cap = r"[A-Z][\w.&'’]*(?:-[\w.&'’]+)*"
    name = r"(?P<name>%s(?:\s+%s){0,3})" % (cap, cap)
    return re.compile(r"(?i:\b(?:(?:first\s+|as\s+|was\s+|is\s+)?reported\s+by\s+(?:the\s+)?|(?:%s)\s+(?:the\s+)?"
                      r"(?:[\w-]+\s+)?(?:%s)\s+))%s" % (_alternatives(relays, r"\s+"), _alternatives(nouns), name))


def _named_media_pattern(nouns: tuple, skip: tuple) -> re.Pattern:
    """'the Punch newspaper': a capitalised name before a media noun (the cue is checked by the caller)."""
    cap = r"[A-Z][\w&'’-]*"
    return re.compile(r"\b[Tt]he\s+(?P<name>(?!(?:%s)\b)%s(?:\s+%s){0,2})\s+(?:%s)\b"
                      % (_alternatives(skip), cap, cap, _alternatives(nouns, r"\s+")))


def _outlet_pattern(names: tuple, suffixes: tuple, places: tuple) -> re.Pattern:
    cap = r"[A-Z][\w&.'’-]*"
    suffix = _alternatives(suffixes)
    return re.compile(r"(?<![\w.])(?:[Tt]he\s+)?(?P<name>(?:%s)(?:\s+(?:%s))?|(?:%s\s+){1,3}(?:%s))(?![\w])"
                      r"(?!\s+(?:%s)\b)" % (_alternatives(names), suffix, cap, suffix, _alternatives(places)))
