"""source (path | URL | "-") -> Document: acquire the bytes, extract the text.

The one way a source becomes a Document, shared by the pipeline and the corpus ingest, so neither
imports the other.
"""
from __future__ import annotations

from .model import Document, Options


def load_document(source: str, options: Options) -> Document:
    """source -> Acquired -> Document."""
    from .acquire import acquire
    from .extract import extract

    return extract(acquire(source, timeout=options.timeout, max_bytes=options.max_bytes))
