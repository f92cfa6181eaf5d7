"""The credibility score: signals computed from the document and its findings, weighted by
rules/weights.yaml, each with the reason it has its value, so the score explains itself."""
from __future__ import annotations

import functools
from typing import Any, Callable

from ..rules import load_yaml, rules_dir
from ..nlp.attribution import NAMED_KINDS, attributions, claims
from .reputation import load_ratings, lookup, publishing_url


def credibility(analysis, findings) -> dict | None:
    """{"score": 0-100, "signals": [{"name", "value", "weight", "why"}]} for the document."""
    weights = _weights()
    counts = _count(findings)
    signals = []
    for name, compute in SIGNALS.items():
        value, why = compute(analysis, counts, weights)
        signals.append({"name": name, "value": None if value is None else round(value, 2),
                        "weight": float(weights["signals"].get(name, 0.0)), "why": why})
    counted = [s for s in signals if s["value"] is not None and s["weight"] > 0]
    total = sum(s["weight"] for s in counted)
    score = round(100 * sum(s["weight"] * s["value"] for s in counted) / total) if total else None
    return {"score": score, "signals": signals}


# -- signals: each returns (value in 0..1 or None when it does not apply, why) -------------------------

def byline(analysis, counts, weights):
    author = analysis.document.author or analysis.document.front_matter.get("author")
    if author:
        return 1.0, f"byline: {author}"
    return 0.0, "no byline: nobody signs the story"


def dateline(analysis, counts, weights):
    table = weights["dateline"]
    d = analysis.dateline
    if d.date is None or counts.get("dateline-missing"):
        return table["missing"], "no date: the reader cannot tell when the story speaks from"
    if counts.get("dateline-conflict"):
        return table["conflict"], f"dated {d.date.isoformat()} but the date signals disagree"
    return table.get(d.confidence, table["low"]), f"dated {d.date.isoformat()} ({d.confidence} confidence; {d.basis})"


def named_attribution(analysis, counts, weights):
    if not _ran(analysis, "anonymous-source", "unattributed-claim"):
        return None, _NOT_RUN
    sentences = _claim_sentences(analysis)
    if not sentences:
        return None, "no checkable claims or attributions"
    named = sum(1 for state in sentences.values() if state == "named")
    return named / len(sentences), f"{named} of {len(sentences)} claims have a named source"


def anonymous_sourcing(analysis, counts, weights):
    if not _ran(analysis, "anonymous-source"):
        return None, _NOT_RUN
    attributed = {a.sentence.start for a in attributions(analysis)}
    anonymous = counts.get("anonymous-source", 0)
    if not attributed and not anonymous:
        return None, "no attributions"
    share = min(1.0, anonymous / max(len(attributed), anonymous, 1))
    return 1.0 - share, f"{anonymous} of {len(attributed)} attributed sentences cite unnamed sources"


def secondhand_sourcing(analysis, counts, weights):
    if not _ran(analysis, "secondhand-report"):
        return None, _NOT_RUN
    n = counts.get("secondhand-report", 0)
    value = max(0.0, 1.0 - weights["per_finding"]["secondhand-sourcing"] * n)
    return value, f"{n} passage(s) relay another outlet's reporting" if n else "no relayed reporting"


def headline_consistency(analysis, counts, weights):
    table = weights["headline"]
    if analysis.headline is None:
        return None, "no headline"
    if not _ran(analysis, "headline-contradiction", "headline-unsupported"):
        return None, _NOT_RUN
    if counts.get("headline-contradiction"):
        return table["contradicted"], "the body contradicts the headline"
    if counts.get("headline-unsupported"):
        return table["unsupported"], "the headline's claim is not in the body"
    return table["consistent"], "no conflict found between headline and body"


def domain_rating(analysis, counts, weights):
    url = publishing_url(analysis.document)
    if not url:
        return None, "no publishing domain (file or stdin)"
    rating = lookup(url, load_ratings(analysis.options.sources_file))
    if rating is None:
        return None, "domain not rated: unknown, not counted"
    source = f"; {rating.source}" if rating.source else ""
    return float(weights["ratings"][rating.rating]), f"{rating.domain} rated {rating.rating}{source}"


def corpus_contradictions(analysis, counts, weights):
    if analysis.corpus is None:
        return None, "no corpus to compare with"
    if not _ran(analysis, *[c for c in _all_rules() if c.startswith("corpus-")]):
        return None, _NOT_RUN
    n = sum(v for k, v in counts.items() if k.startswith("corpus-"))
    value = max(0.0, 1.0 - weights["per_finding"]["corpus-contradictions"] * n)
    return value, f"{n} claim(s) contradicted by the corpus" if n else "no claim contradicted by the corpus"


def temporal_errors(analysis, counts, weights):
    if not _ran(analysis, *weights["temporal_rules"]):
        return None, _NOT_RUN
    n = sum(counts.get(rule, 0) for rule in weights["temporal_rules"])
    value = max(0.0, 1.0 - weights["per_finding"]["temporal-errors"] * n)
    return value, f"{n} date or tense error(s)" if n else "no date or tense errors"


SIGNALS: dict[str, Callable[..., tuple[float | None, str]]] = {
    "byline": byline,
    "dateline": dateline,
    "named-attribution": named_attribution,
    "anonymous-sourcing": anonymous_sourcing,
    "secondhand-sourcing": secondhand_sourcing,
    "headline-consistency": headline_consistency,
    "domain-rating": domain_rating,
    "corpus-contradictions": corpus_contradictions,
    "temporal-errors": temporal_errors,
}


# -- internals ---------------------------------------------------------------------------------------

_NOT_RUN = "its rules were not run (--select / --ignore): not counted"


def _ran(analysis, *rules: str) -> bool:
    """Whether any of ``rules`` ran on this document (not deselected)."""
    return any(analysis.options.runs(r) for r in rules)


def _all_rules() -> list[str]:
    from ..checks import all_checks

    return list(all_checks())

def _count(findings) -> dict[str, int]:
    counts: dict[str, int] = {}
    for f in findings:
        counts[f.rule] = counts.get(f.rule, 0) + 1
    return counts


def _claim_sentences(analysis) -> dict[int, str]:
    """Sentence start -> named / anonymous / unattributed, for checkable or attributed sentences."""

    by_sentence: dict[int, set[str]] = {}
    by_paragraph: dict[int, set[str]] = {}
    for a in attributions(analysis):
        by_sentence.setdefault(a.sentence.start, set()).add(a.kind)
        by_paragraph.setdefault(analysis.paragraph_index(a.sentence), set()).add(a.kind)
    starts = {c.sentence.start: c.sentence for c in claims(analysis)}
    starts.update({a.sentence.start: a.sentence for a in attributions(analysis)})
    out = {}
    for start, sentence in starts.items():
        own = by_sentence.get(start, set())
        around = by_paragraph.get(analysis.paragraph_index(sentence), set())
        if own & set(NAMED_KINDS) or (not own and around & set(NAMED_KINDS)):
            out[start] = "named"
        elif "anonymous" in own or "anonymous" in around:
            out[start] = "anonymous"
        else:
            out[start] = "unattributed"
    return out


@functools.cache
def _weights() -> dict[str, Any]:
    return load_yaml(rules_dir() / "weights.yaml")
