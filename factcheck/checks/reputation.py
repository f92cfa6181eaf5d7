"""Checks: the publishing domain's reputation, from rules/sources/ and the user's ratings file.

Authority: each rating names its own source (Wikipedia:Reliable sources/Perennial sources, the site's
own satire disclaimer, or editorial judgment); see rules/sources/ratings.yaml.
"""
from __future__ import annotations

from typing import Iterable

from ..credibility.reputation import domain_of, load_ratings, lookup, publishing_url
from ..model import Evidence, Finding, Sentence
from .base import check

SEVERITY = {"unreliable": "warning", "satire": "warning", "mixed": "info"}


@check(id="source-reputation", severity="warning",
       summary="The publishing domain is rated unreliable or satire (warning) or mixed (info).",
       example="https://www.theonion.com/council-votes-to-close-library (rated satire)")
def source_reputation(analysis) -> Iterable[Finding]:
    """The article comes from a domain with a known record.

    A claim's weight depends on who publishes it. The rating comes from the bundled lists in
    rules/sources/ (wire services and public broadcasters, deprecated sites, sites that call
    themselves satire), overridden by the user's own file (`factcheck sources import`). Severity:
    warning for "unreliable" and "satire" (a satire piece passed off as news, or a deprecated source,
    should stop an editor), info for "mixed" (reliable on some topics only: attribute and check),
    nothing for "reliable". A domain not in any list is unknown, not bad, and is not reported.
    Subdomains take their parent's rating (www.bbc.co.uk -> bbc.co.uk).
    """
    url = publishing_url(analysis.document)
    rating = lookup(url, load_ratings(analysis.options.sources_file)) if url else None
    if rating is None or rating.rating not in SEVERITY:
        return
    sentence = analysis.headline or _first(analysis)
    if sentence is None:
        return
    where = f" ({rating.notes})" if rating.notes else ""
    yield analysis.finding("source-reputation",
                           f"{domain_of(url)} is rated {rating.rating}{where}",
                           sentence, None if sentence.is_headline else sentence.start,
                           evidence=(Evidence(text=f"rating: {rating.rating}", source=rating.source or None),),
                           severity=SEVERITY[rating.rating])


def _first(analysis) -> Sentence | None:
    return analysis.sentences[0] if analysis.sentences else None


__register__ = [source_reputation]
