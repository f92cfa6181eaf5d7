"""The one function that runs source -> findings for one document, and its inspect twin."""
from __future__ import annotations

import dataclasses
import functools
from typing import Any

from .analysis import Analysis
from .model import Document, FactcheckError, Finding, Options, Result


def check_source(source: str, options: Options) -> Result:
    """Acquire, extract and check one source; a user-facing failure becomes Result.error."""
    try:
        return check_document(load_document(source, options), options)
    except FactcheckError as exc:
        return Result(source=source, error=str(exc))


def load_document(source: str, options: Options) -> Document:
    """source -> Acquired -> Document."""
    from .acquire import acquire
    from .extract import extract

    return extract(acquire(source, timeout=options.timeout, max_bytes=options.max_bytes))


def check_document(document: Document, options: Options, corpus: Any = None) -> Result:
    """Run the selected checks on one document and collect what the reporters need."""
    from .credibility.score import credibility
    from .suppress import apply_suppressions

    if corpus is None and options.corpus:
        corpus = _open_corpus(options.corpus)
    analysis = Analysis(document, options, corpus=corpus)
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


def selected_checks(options: Options) -> list:
    """The built-in and user checks after --select / --ignore."""
    from .checks import all_checks
    from .userrules import user_checks

    checks = list(all_checks().values()) + user_checks(options)
    chosen = [c for c in checks if not options.select or c.id in options.select]
    return [c for c in chosen if c.id not in options.ignore]


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


@functools.lru_cache(maxsize=4)
def _open_corpus(path: str):
    """One read-only connection per corpus per process, shared by every document it checks."""
    from .corpus import open_corpus

    return open_corpus(path)


def _apply_severity(findings: list[Finding], options: Options) -> list[Finding]:
    overrides = dict(options.severity)
    if not overrides:
        return findings
    return [dataclasses.replace(f, severity=overrides[f.rule]) if f.rule in overrides else f for f in findings]
