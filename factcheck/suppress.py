"""Inline and document-level suppressions (placeholder until the editorial-CI work lands)."""
from __future__ import annotations


def apply_suppressions(document, findings, options):
    """(kept findings, unused suppressions) after the document's suppression comments."""
    return list(findings), []
