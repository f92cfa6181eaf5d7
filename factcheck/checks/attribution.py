"""Checks: who says so (anonymous sources, unattributed claims, relayed reporting).

Authority: AP Stylebook, "anonymous sources"; Reuters Handbook of Journalism, "sourcing"; the
attribution verbs, anonymity markers, outlets and hedges are lexicons in rules/lexicons/.
"""
from __future__ import annotations

import re
from typing import Iterable

from ..nlp.attribution import attributions, hedge_in, relays, unattributed
from ..model import Evidence, Finding
from .base import check


@check(id="anonymous-source", severity="info",
       summary="A claim is attributed to unnamed people ('one official said', 'people familiar with the matter').",
       example="U.S. officials estimate that the brigade lost a third of its vehicles in the first week.")
def anonymous_source(analysis) -> Iterable[Finding]:
    """A claim attributed to people the reader cannot identify.

    Readers weigh a claim by who makes it. AP Stylebook ("anonymous sources") allows unnamed sources
    only when the information is not available on record, the source is reliable and in a position
    to know, and the story says why anonymity was granted; the Reuters Handbook asks for the most
    precise description possible. This rule marks "U.S. officials estimate", "one official said",
    "people familiar with the matter", "on condition of anonymity" so an editor can check each.
    Named people ("John Kirby ... told reporters") and institutions speaking on record ("the White
    House said") are not reported, nor is an unnamed person inside a statement a named source makes
    later in the sentence ("The staff member who reported the call recalled ..., the U.S. attorney's
    office said"). One finding per sentence.
    """
    found = attributions(analysis)
    on_record = {a.sentence.start: a.start for a in found
                 if a.kind in ("named", "institutional") and _ends_sentence(a, analysis.document)}
    seen = set()
    for a in found:
        if a.kind != "anonymous" or a.sentence.start in seen or on_record.get(a.sentence.start, -1) > a.start:
            continue
        seen.add(a.sentence.start)
        yield analysis.finding("anonymous-source",
                               f"attributed to an unnamed source ('{a.cue}'): name the source or say why "
                               "anonymity was granted", a.sentence, a.start, a.end)


@check(id="unattributed-claim", severity="info",
       summary="A checkable number or strong assertion with no source in its sentence or paragraph.",
       example="The Kursk region is defended by about 12,000 North Korean soldiers who support Russian forces.",
       opt_in=True)
def unattributed_claim(analysis) -> Iterable[Finding]:
    """A sentence states a checkable figure or a superlative and nobody is cited for it.

    A share ("rose to 4.2%"), a sum of a million or more, a sizeable count of people or things that
    matter ("about 12,000 soldiers", any count in a sentence about deaths or injuries) or a "largest
    ever" is the kind of statement a reader may want to verify; when neither the sentence nor its
    paragraph says where it comes from (an attribution verb, "according to", a relayed outlet), the
    reader cannot. Hedges such as "reportedly" do not count as a source (Wikipedia Manual of Style,
    "Words to watch: unsupported attributions"). Only English third-person prose is judged: prices,
    specs, recipes, stat lines, box scores, market moves, recorded results, forecasts, figures in
    quotations and dates are not claims. One finding per paragraph (rules/lexicons/claim_counts.yaml).

    Opt-in (`--enable unattributed-claim`, or `enable = unattributed-claim` in the config): on 170 real
    published pages, judged by reading, only 42 of its 90 findings (0.47) were figures an editor would
    send back for a source; the rest were market data, background facts of the story, an organisation's
    own data and reference figures. Turn it on for drafts, where an unsourced figure is worth a question.
    """
    for c in unattributed(analysis):
        hedge = hedge_in(c.sentence, analysis.document)
        tail = f"; '{hedge}' does not say who reports it" if hedge else ""
        yield analysis.finding("unattributed-claim",
                               f"'{c.trigger}' is stated without a source in this sentence or paragraph{tail}",
                               c.sentence, c.start, c.end)


@check(id="secondhand-report", severity="info",
       summary="The article relays another outlet's reporting; the finding names the outlet.",
       example="The army is short of infantry and artillery shells. This is reported by Bloomberg.")
def secondhand_report(analysis) -> Iterable[Finding]:
    """The article passes on another outlet's reporting ("This is reported by Bloomberg").

    Relayed reporting is only as good as the original, and details are often lost or sharpened in the
    retelling. The finding names the outlet so an editor can go to the original report and check it
    says what the article says (Reuters Handbook, "sourcing": credit other media and verify before
    repeating). An article on the outlet's own domain (or its saved page's canonical link) citing
    itself is not reported, nor is an agency's own copy ("WASHINGTON (Reuters) —") citing the agency.
    """
    from ..nlp.attribution import is_own_outlet

    own = {d for d in (_own_domain(analysis.document), _wire_credit(analysis.document)) if d}
    for r in relays(analysis):
        if any(is_own_outlet(r.outlet, d) for d in own):
            continue
        evidence = (Evidence(text=f"original report by {r.outlet}", source=r.domain),)
        yield analysis.finding("secondhand-report",
                               f"relays reporting by {r.outlet}: check the original before repeating it",
                               r.sentence, r.start, r.end, evidence=evidence)


def _ends_sentence(a, document) -> bool:
    """'..., the U.S. attorney's office said.': the attribution closes its sentence."""
    if a.sentence.start < 0:
        return False
    return not document.text[a.end:a.sentence.end].strip(" .\"'”’\n")


_WIRE_CREDIT = re.compile(r"\(([A-Z][\w .&'-]{1,40})\)\s*[-—–]")


def _wire_credit(document) -> str | None:
    """'WASHINGTON (Reuters) — ...': the story is the credited agency's own copy (its domain)."""
    from ..nlp.attribution import outlet_domain

    m = _WIRE_CREDIT.search(document.text[:400])
    return outlet_domain(m.group(1)) if m else None


def _own_domain(document) -> str | None:
    """The publishing domain: the fetched URL, else the page's canonical / og:url link."""
    from ..credibility.reputation import domain_of, publishing_url

    url = publishing_url(document)
    return domain_of(url) if url else None


__register__ = [anonymous_source, unattributed_claim, secondhand_report]
