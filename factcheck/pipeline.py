"""The one function that runs source -> findings for one document, and its inspect twin."""
from __future__ import annotations

from typing import Any

from .analysis import Analysis
from .loader import load_document
from .model import Document, FactcheckError, Finding, Options, Result

__all__ = ["check_source", "check_document", "inspect_document", "load_document"]


def check_source(source: str, options: Options) -> Result:
    """Acquire, extract and check one source; a user-facing failure becomes Result.error."""
    try:
        return check_document(load_document(source, options), options)
    except FactcheckError as exc:
        return Result(source=source, error=str(exc))


def check_document(document: Document, options: Options, corpus: Any = None) -> Result:
    """Run the selected checks on one document and collect what the reporters need.

    ``corpus`` is an open corpus store the caller owns; without one, the corpus of ``options`` (if
    any) is opened for this document and closed when it is done.
    """
    if corpus is None and options.corpus:
        from .corpus import open_corpus

        with open_corpus(options.corpus) as store:
            return check_document(document, options, corpus=store)
    return _check(Analysis(document, options, corpus=corpus))


def _check(analysis: Analysis) -> Result:
    from .checks import selected_checks
    from .credibility.score import credibility
    from .suppress import apply_suppressions

    document, options, corpus = analysis.document, analysis.options, analysis.corpus
    findings: list[Finding] = []
    for check in selected_checks(options):
        findings.extend(check.run(analysis))
    findings, unused = apply_suppressions(document, findings, options)
    findings = _apply_severity(findings, options)
    findings.sort(key=lambda f: (f.line, f.column, f.rule))
    claims = None
    if corpus is not None:
        from .corpus.crossref import claims as corpus_claims

        claims = tuple(corpus_claims(analysis))
    return Result(source=document.source, document=document, dateline=analysis.dateline,
                  findings=tuple(findings), claims=claims, credibility=credibility(analysis, findings),
                  unused_suppressions=tuple(unused))


def inspect_document(document: Document, options: Options) -> dict[str, Any]:
    """What the tool saw: metadata, sentences, dates and numbers, offsets into ``text``."""
    analysis = Analysis(document, options)
    return {
        "source": document.source,
        "title": document.title,
        "author": document.author,
        "dateline": analysis.dateline.to_json(),
        "date_signals": [{"value": s.value, "basis": s.basis, "weak": s.weak} for s in document.date_signals],
        "text": document.text,
        "sentences": [{"text": s.text, "line": s.line, "column": s.column, "start": s.start, "end": s.end}
                      for s in analysis.sentences],
        "dates": [{"text": d.text, "start": d.start, "end": d.end, "type": d.type, "value": d.value}
                  for d in analysis.dates],
        "numbers": [{"text": n.text, "start": n.start, "end": n.end, "value": n.value, "unit": n.unit}
                    for n in analysis.numbers],
    }


def _apply_severity(findings: list[Finding], options: Options) -> list[Finding]:
    overrides = dict(options.severity)
    if not overrides:
        return findings
    return [f._replace(severity=overrides[f.rule]) if f.rule in overrides else f for f in findings]
