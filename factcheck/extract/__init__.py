"""bytes -> Document: decode, then read HTML, Markdown or plain text into body text with a map back.

The extractor knows nothing of rules or checks: it finds the title, byline, date signals and the
article body, and remembers where each piece of text came from in the input.
"""
from __future__ import annotations

import codecs
import re

from .widgets import (absolute_stamp_signal, byline_name, dedupe_signals, is_widget_line,
                              relative_stamp, relative_stamp_signal)
from ..lazy_pattern import LazyPattern
from ..model import Acquired, DateSignal, Document, FactcheckError, SourceMap

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.I)
_WIRE_DATELINE = LazyPattern(r"[A-Z][A-Z.'\u2019 -]{2,}(?:,|\s+\()")
_LOOKS_HTML = LazyPattern(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_BLANK_LINE = LazyPattern(r"\n[ \t]*(?:\r?\n[ \t]*)+")


def extract(acquired: Acquired) -> Document:
    """Turn raw input into a Document: title, byline, date signals, body text and its source map."""
    text = decode(acquired.data, acquired.charset, acquired.source, acquired.content_type)
    kind = "text/html" if acquired.content_type == "application/xhtml+xml" else acquired.content_type
    if kind == "text/plain" and _LOOKS_HTML.match(text[:2048]):
        kind = "text/html"
    if kind == "text/html":
        from .html import extract_html

        document = extract_html(text, acquired)
    elif kind == "text/markdown":
        from .markdown import extract_markdown

        document = extract_markdown(text, acquired)
    else:
        document = extract_plain(text, acquired)
    if not document.text.strip() or not document.paragraphs:
        raise FactcheckError(f"no article text found in {acquired.source}")
    return document


def decode(data: bytes, charset: str | None, source: str = "input", content_type: str = "text/plain") -> str:
    """Bytes -> str: BOM, declared charset, <meta charset>, UTF-8, then cp1252; bad bytes replaced."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="replace")
    _refuse_binary(data, source)
    declared = _codec(charset)
    if declared is None and content_type in ("text/html", "text/plain"):
        match = _META_CHARSET.search(data[:4096])
        declared = _codec(match.group(1).decode("ascii", "replace")) if match else None
    if declared is not None and declared != "utf-8":
        return data.decode(declared, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared == "utf-8" or _mostly_utf8(data):
        return data.decode("utf-8", errors="replace")
    return data.decode("cp1252", errors="replace")


def extract_plain(text: str, acquired: Acquired) -> Document:
    """Plain text: the text is the input itself; a headline-like first line becomes the title."""
    title, title_span = _plain_title(text)
    signals: list[DateSignal] = []
    author = None
    paragraphs: list[tuple[int, int]] = []
    current: list[tuple[int, int]] = []
    for number, (start, end) in enumerate(_lines(text)):
        line = text[start:end].strip()
        is_title = title_span is not None and start <= title_span[0] < end
        signal = _stamp_signal(line, acquired.fetched_at) if line and len(line) <= 120 else None
        signals.extend([signal] if signal else [])
        byline = byline_name(line) if number < 8 and not author and not is_title else None
        author = author or byline
        if not line or is_title or signal or byline or is_widget_line(line):
            paragraphs.extend(_plain_paragraphs(text, current))
            current = []
        else:
            current.append((start, end))
    paragraphs.extend(_plain_paragraphs(text, current))
    title_line = text.count("\n", 0, title_span[0]) + 1 if title_span else 1
    return Document(source=acquired.source, text=text, title=title, author=author, url=acquired.url,
                    date_signals=dedupe_signals(signals), source_map=SourceMap(text), title_line=title_line,
                    content_type="text/plain", fetched_at=acquired.fetched_at, raw=text,
                    paragraphs=tuple(paragraphs), title_span=title_span)


def _refuse_binary(data: bytes, source: str) -> None:
    head = data[:8192]
    if not head:
        return
    controls = sum(1 for b in head if b < 9 or 13 < b < 32 and b != 27)
    if b"\x00" in head or controls > len(head) * 0.05:
        raise FactcheckError(f"{source}: looks like binary data, not text "
                             "(factcheck reads HTML, Markdown and plain text)")


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        codec = codecs.lookup(name.strip().strip("'\"")).name
        b"text".decode(codec, errors="replace")  # rot13, hex, base64, zlib, idna: codecs, not text encodings
    except (LookupError, ValueError, TypeError):  # UnicodeError is a ValueError
        return None
    if codec in ("latin-1", "iso8859-1", "ascii"):
        return "cp1252"
    if codec.startswith(("utf-16", "utf-32")):
        return "utf-8"
    return codec


def _mostly_utf8(data: bytes) -> bool:
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ord(ch) > 127) - bad
    return good > 0 and good * 4 >= bad


def _lines(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in re.finditer(r"\n", text):
        spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _plain_paragraphs(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    from ..nlp.segment import trim_span

    spans = [trim_span(text, s, e) for s, e in lines]
    spans = [(s, e) for s, e in spans if s < e]
    if not spans:
        return []
    if max(e - s for s, e in spans) > 100:
        return spans
    return [(spans[0][0], spans[-1][1])]


def _plain_title(text: str) -> tuple[str | None, tuple[int, int] | None]:
    """A headline-like first line followed by a blank line, or by a byline or date stamp line."""
    match = re.match(r"\s*([^\n]+?)[ \t]*\r?\n(?:[ \t]*\r?\n|([^\n]*)(?:\n|$))", text)
    if not match:
        return None, None
    second = match.group(2)
    if second is not None and not _is_masthead_line(second):
        return None, None
    line = match.group(1)
    words = line.split()
    if not (2 <= len(words) <= 30 and len(line) <= 200) or line.rstrip().endswith((".", ":", ";", ",")):
        return None, None
    if relative_stamp(line) is not None or is_widget_line(line):
        return None, None
    return line, (match.start(1), match.end(1))


def _is_masthead_line(line: str) -> bool:
    """A byline, a date stamp or a wire dateline opening the body ("WASHINGTON, Nov. 5 —", "LONDON (Reuters)"):
    the lines a headline may carry directly under it."""
    line = line.strip()
    return bool(line) and (byline_name(line) is not None or _stamp_signal(line, None) is not None
                           or _WIRE_DATELINE.match(line) is not None)


def _stamp_signal(line: str, fetched_at) -> DateSignal | None:
    """A relative or absolute stamp on the line, or in one of its parts ("By Ann Lee | July 16, 2025")."""
    signal = relative_stamp_signal(line, fetched_at) or absolute_stamp_signal(line)
    parts = re.split(r"\s+[|\u00b7\u2022]\s+|\s+[\u2014\u2013-]\s+", line)
    for part in parts[1:] if len(parts) > 1 and byline_name(line) else ():
        signal = signal or relative_stamp_signal(part, fetched_at) or absolute_stamp_signal(part, bare=True)
    return signal

