"""Sentence splitting with offsets (placeholder: being replaced by the segmentation work)."""
from __future__ import annotations

import re

from .model import Document, Sentence

_BOUNDARY = re.compile(r"[^.!?\n]+(?:[.!?]+|$)", re.M)


def segment(text: str) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences in ``text``."""
    spans = []
    for m in _BOUNDARY.finditer(text):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            spans.append((s, e))
    return spans


def split_sentences(document: Document) -> list[Sentence]:
    """The document's sentences, located in the original input."""
    out = []
    for s, e in segment(document.text):
        line, col = document.locate(s)
        out.append(Sentence(text=document.text[s:e], start=s, end=e, line=line, column=col))
    return out
