"""The credibility score (placeholder until the credibility work lands)."""
from __future__ import annotations


def credibility(analysis, findings) -> dict | None:
    """{"score": 0-100, "signals": [...]} for the document, or None when not computed."""
    return None
