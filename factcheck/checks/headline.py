"""Checks: does the headline say what the story says?

Authority: AP Stylebook ("headlines": a headline must be supported by the story) and the IPSO Editors'
Code, clause 1(i) (headlines not supported by the text are a breach of accuracy). Method: opposing
predicates, negation and a shared subject/object (rules/lexicons/predicates_opposing.yaml).
"""
from __future__ import annotations

from typing import Iterable

from ..nlp.headline import contradictions, missing_terms
from ..model import Evidence, Finding
from .base import check


@check(id="headline-contradiction", severity="warning",
       summary="A body sentence states the opposite of the headline's claim.",
       example="# Russian army again fails in Kursk, Ukraine keeps control of region\n"
               "Ukrainian forces have lost about half of the territory they captured in Russia's Kursk region.")
def headline_contradiction(analysis) -> Iterable[Finding]:
    """The story contradicts its own headline.

    Many readers see only the headline; when the body says the opposite ("Ukraine keeps control of
    region" over "Ukrainian forces have lost about half of the territory"), the headline misinforms
    them (IPSO Editors' Code 1(i); AP Stylebook, "headlines"). Detected with opposing predicates
    (keep/hold vs lose/withdraw, rise vs fall, win vs lose, confirm vs deny, succeed vs fail...), a
    negation that flips one of them, and the same subject and object on both sides (country names
    and demonyms are the same party, "region" and "territory" the same object). Plans, conditions and
    modal statements ("could be forced to withdraw") are not assertions and are left out. Also
    reported: the same verb negated on one side only ("did not adopt" / "adopts") with two more
    terms in common, and a body that calls the headline's story a hoax ("the photo was doctored",
    "the report is not true", "it has since been exposed as a sham", "Snopes rated the story as
    false") or denies it in the writer's own voice ("has not signed him, despite what you may have
    read") under a headline that tells it as fact. The verdict must sit near two of the headline's
    terms; it is not a verdict when negated ("this is not a hoax"), framed as someone's claim ("he
    claimed the picture was fake") or a party's denial ("dismissed the reports as false"), and
    headlines that already hedge, question or attribute the claim ("Report: ...", "Russia and Syria:
    ...") are not judged. The finding sits on the body sentence and quotes the headline.
    """
    headline = analysis.headline
    for c in contradictions(analysis):
        body = analysis.document.text[c.body.start:c.body.end]
        message = (f"the headline says \"{headline.text}\" but the body says \"{body}\" "
                   f"({c.headline.words} vs {c.body.words})")
        yield analysis.finding("headline-contradiction", message, c.sentence, c.body.start, c.body.end,
                               evidence=(Evidence(text=headline.text, source="headline"),))


@check(id="headline-unsupported", severity="info",
       summary="The headline's claim appears nowhere in the body.",
       example="# Celebrity chef opens vegan restaurant in Paris\n"
               "The city council approved the budget for the new tram line on Wednesday.")
def headline_unsupported(analysis) -> Iterable[Finding]:
    """The body mentions almost nothing of what the headline says.

    A headline must be supported by the text beneath it (IPSO Editors' Code 1(i)). When fewer than
    10% of the headline's content words (names, countries and their demonyms, nouns, verbs; in
    practice: none of them) occur anywhere in the body, the headline's claim is not in the story: a
    headline left over from another story, or clickbait. Short headlines (fewer than three content
    words) and one-sentence bodies are not judged. Synonyms are not matched, hence the low bar.
    When the headline's main verb is an event (resigns, arrested, dies, sues...: headline_events.yaml),
    the body must also mention that event or its nominalisation (resignation, stepped down); sharing
    only the background nouns ("audit") is not support.
    """
    missing = missing_terms(analysis)
    if not missing or analysis.headline is None:
        return
    shown = ", ".join(f"'{m}'" for m in missing[:6])
    yield analysis.finding("headline-unsupported",
                           f"the headline's claim does not appear in the body: {shown} not mentioned",
                           analysis.headline, None)


__register__ = [headline_contradiction, headline_unsupported]
