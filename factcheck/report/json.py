"""The JSON report: version 1 of the contract other tools read (see README)."""
from __future__ import annotations

import json
from typing import Sequence

from ..model import Result
from .counts import summary


def render(results: Sequence[Result], **_: object) -> str:
    """Results as the version-1 JSON document."""
    return json.dumps({"version": 1, "documents": [document_json(r) for r in results],
                       "summary": summary(results)}, indent=2, ensure_ascii=False) + "\n"


def document_json(result: Result) -> dict:
    """One document's entry: metadata, dateline, findings, error, and claims/credibility when computed."""
    doc = result.document
    entry = {
        "source": result.source,
        "title": doc.title if doc else None,
        "author": doc.author if doc else None,
        "dateline": result.dateline.to_json() if result.dateline else
        {"date": None, "basis": "not checked", "confidence": "low"},
        "findings": [f.to_json() for f in result.findings],
        "error": result.error,
    }
    if result.claims is not None:
        entry["claims"] = [c.to_json() for c in result.claims]
    if result.credibility is not None:
        entry["credibility"] = result.credibility
    return entry
