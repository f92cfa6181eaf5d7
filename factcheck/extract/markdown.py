"""Markdown -> Document: front matter parsed, syntax stripped, every text offset mapped to its real line.

Each kept run of characters is anchored at the line and column it came from, so a finding in the
stripped text points at the right place in the .md file even after links, emphasis and markers go.
"""
from __future__ import annotations

import re
from datetime import date, datetime

from .widgets import absolute_stamp_signal, byline_name, is_widget_line, relative_stamp_signal
from ..model import Acquired, DateSignal, Document, FactcheckError, SourceMap

_FRONT_OPEN = re.compile(r"\A---[ \t]*\r?\n")
_FRONT_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", re.M)
_FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})")
_HEADING = re.compile(r"^[ \t]{0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^[ \t]{0,3}(?:=+|-+)[ \t]*$")
_RULE = re.compile(r"^[ \t]{0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_LIST = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?")
_QUOTE = re.compile(r"^[ \t]{0,3}(?:>[ \t]?)+")
_REF_DEF = re.compile(r"^[ \t]{0,3}\[[^\]]+\]:[ \t]*\S+")
_TABLE_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$")
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_INLINE = re.compile(
    r"(?P<image>!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\])"
    r"|(?P<link>\[(?P<label>[^\]]+)\](?:\([^)]*\)|\[[^\]]*\]))"
    r"|(?P<auto><(?P<url>https?://[^>\s]+)>)"
    r"|(?P<tag></?[a-zA-Z][^>]*>)"
    r"|(?P<code>`+)"
    r"|(?P<emph>(?<![\w*])\*{1,3}(?=\S)|(?<=\S)\*{1,3}(?![\w*])|(?<![\w_])_{1,3}(?=\S)|(?<=\S)_{1,3}(?![\w_])|~~)"
)


def extract_markdown(text: str, acquired: Acquired) -> Document:
    """Read a Markdown draft: front matter, title, byline, date, and the prose with line mapping."""
    front, body_start = _front_matter(text, acquired.source)
    lines = _source_lines(text, body_start)
    builder = _Builder()
    title = _front_string(front, "title")
    title_line, title_col = 1, 1
    if title:
        title_line, title_col = _front_key_position(text, "title")
    in_fence = ""
    was_quote = False
    author = _author(front)
    signals = _front_dates(front)
    for number, line, following in lines:
        fence = _FENCE.match(line)
        if in_fence:
            if fence and fence.group(1)[0] == in_fence[0] and len(fence.group(1)) >= len(in_fence):
                in_fence = ""
            continue
        if fence:
            in_fence = fence.group(1)
            builder.end_paragraph()
            continue
        heading = _HEADING.match(line)
        if heading and title is None and heading.group(1) == "#":
            title = _plain(heading.group(2))
            title_line, title_col = number, heading.start(2) + 1
            builder.end_paragraph()
            continue
        stripped = line.strip()
        signal = None
        if stripped:
            signal = relative_stamp_signal(stripped, acquired.fetched_at) or absolute_stamp_signal(stripped)
        if signal is not None:
            signals.append(signal)
        byline = byline_name(_plain(stripped)) if not author and len(builder.paragraphs) < 2 else None
        author = author or byline
        if (not stripped or _RULE.match(line) or _REF_DEF.match(line) or _TABLE_RULE.match(line)
                or signal is not None or byline or is_widget_line(stripped)
                or (_SETEXT.match(line) and builder.open)):
            builder.end_paragraph()
            continue
        if heading:
            builder.end_paragraph()
            builder.add_line(heading.group(2), number, heading.start(2) + 1)
            builder.end_paragraph()
            continue
        if following is not None and _SETEXT.match(following) and following.strip():
            builder.end_paragraph()
        content, column = _strip_block_markers(line)
        is_quote = bool(_QUOTE.match(line))
        if _LIST.match(line) or is_quote and _LIST.match(line[_QUOTE.match(line).end():]) or is_quote != was_quote:
            builder.end_paragraph()
        was_quote = is_quote
        builder.add_line(content, number, column)
    builder.end_paragraph()
    return Document(source=acquired.source, text=builder.text, title=title, author=author,
                    url=acquired.url, date_signals=tuple(signals),
                    source_map=SourceMap(builder.text, tuple(builder.anchors) or ((0, 1, 1),)),
                    title_line=title_line, title_column=title_col, content_type="text/markdown",
                    fetched_at=acquired.fetched_at, raw=text, front_matter=front,
                    paragraphs=tuple(builder.paragraphs))


class _Builder:
    """Accumulates stripped text with (offset, line, column) anchors and paragraph spans."""

    def __init__(self):
        self.parts: list[str] = []
        self.length = 0
        self.anchors: list[tuple[int, int, int]] = []
        self.paragraphs: list[tuple[int, int]] = []
        self.start: int | None = None

    @property
    def open(self) -> bool:
        return self.start is not None

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def add_line(self, content: str, line: int, column: int) -> None:
        pieces = [(t, c) for t, c in _inline_pieces(content, column) if t]
        pieces = _trim(pieces)
        if not pieces:
            return
        if self.start is None:
            self._emit("\n\n" if self.length else "", None)
            self.start = self.length
        else:
            self._emit("\n", None)
        for piece, col in pieces:
            self._emit(piece, (line, col))

    def end_paragraph(self) -> None:
        if self.start is not None:
            self.paragraphs.append((self.start, self.length))
            self.start = None

    def _emit(self, piece: str, where: tuple[int, int] | None) -> None:
        if not piece:
            return
        if where is not None:
            self.anchors.append((self.length, *where))
        self.parts.append(piece)
        self.length += len(piece)


MAX_FRONT_MATTER = 64 * 1024


def _front_matter(text: str, source: str) -> tuple[dict, int]:
    opening = _FRONT_OPEN.match(text)
    if not opening:
        return {}, 0
    closing = _FRONT_CLOSE.search(text, opening.end())
    if not closing:
        raise FactcheckError(f"{source}:1: front matter opened with '---' is never closed")
    import yaml

    from ..rules import refuse_alias_bombs

    block = text[opening.end():closing.start()]
    if len(block) > MAX_FRONT_MATTER:
        raise FactcheckError(f"{source}:1: front matter is larger than {MAX_FRONT_MATTER // 1024} KB; "
                             "a draft's metadata never needs that much")
    refuse_alias_bombs(block, f"{source}:2: front matter")
    try:
        data = yaml.safe_load(block)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        context = getattr(exc, "context_mark", None)
        if context is not None and (mark is None or mark.line >= block.count("\n")):
            mark = context
        line = mark.line + 2 if mark is not None else 1
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise FactcheckError(f"{source}:{line}: invalid front matter: {problem}") from None
    except ValueError as exc:  # a date-shaped value that is no date: 2024-13-45
        raise FactcheckError(f"{source}: invalid front matter: {exc}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise FactcheckError(f"{source}:2: front matter must be a mapping of keys to values")
    end = closing.end()
    if text[end:end + 2] == "\r\n":
        end += 2
    elif text[end:end + 1] == "\n":
        end += 1
    return data, end


def _source_lines(text: str, start: int) -> list[tuple[int, str, str | None]]:
    first_line = text.count("\n", 0, start) + 1
    body = _COMMENT.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text[start:])
    raw_lines = body.split("\n")
    out = []
    for i, line in enumerate(raw_lines):
        following = raw_lines[i + 1].rstrip("\r") if i + 1 < len(raw_lines) else None
        out.append((first_line + i, line.rstrip("\r"), following))
    return out


def _strip_block_markers(line: str) -> tuple[str, int]:
    position = 0
    while True:
        quote = _QUOTE.match(line, position)
        if quote and quote.end() > position:
            position = quote.end()
            continue
        bullet = _LIST.match(line, position)
        if bullet and bullet.end() > position:
            position = bullet.end()
            continue
        break
    while position < len(line) and line[position] in " \t":
        position += 1
    return line[position:], position + 1


def _inline_pieces(content: str, column: int) -> list[tuple[str, int]]:
    pieces: list[tuple[str, int]] = []
    position = 0
    for match in _INLINE.finditer(content):
        pieces.append((content[position:match.start()], column + position))
        if match.group("link"):
            label_start = match.start("label")
            pieces.extend(_inline_pieces(match.group("label"), column + label_start))
        elif match.group("auto"):
            pieces.append((match.group("url"), column + match.start("url")))
        position = match.end()
    pieces.append((content[position:], column + position))
    return pieces


def _trim(pieces: list[tuple[str, int]]) -> list[tuple[str, int]]:
    pieces = [(t, c) for t, c in pieces if t]
    while pieces and not pieces[0][0].strip():
        pieces.pop(0)
    while pieces and not pieces[-1][0].strip():
        pieces.pop()
    if not pieces:
        return []
    first, col = pieces[0]
    lead = len(first) - len(first.lstrip())
    pieces[0] = (first[lead:], col + lead)
    last, col = pieces[-1]
    pieces[-1] = (last.rstrip(), col)
    return [(t, c) for t, c in pieces if t]


def _plain(text: str) -> str:
    return "".join(t for t, _ in _inline_pieces(text, 1)).strip()


def _front_string(front: dict, key: str) -> str | None:
    value = front.get(key)
    if isinstance(value, (str, int, float)) and str(value).strip():
        return str(value).strip()
    return None


def _author(front: dict) -> str | None:
    for key in ("author", "byline", "authors"):
        value = front.get(key)
        if isinstance(value, list):
            value = ", ".join(str(v.get("name", "")) if isinstance(v, dict) else str(v) for v in value)
        if isinstance(value, dict):
            value = value.get("name")
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


DATE_KEYS = ("date", "publishDate", "pubDate", "published", "publish_date", "published_at", "datePublished")


def _front_dates(front: dict) -> list[DateSignal]:
    key = next((k for k in DATE_KEYS if front.get(k)), "date")
    value = front.get(key)
    if isinstance(value, datetime):
        iso = value.strftime("%Y-%m-%dT%H:%M")
    elif isinstance(value, date):
        iso = value.isoformat()
    elif isinstance(value, str) and re.match(r"\d{4}-\d{2}-\d{2}", value.strip()):
        iso = value.strip()[:10]
        time = re.match(r"\d{4}-\d{2}-\d{2}[T ](\d{2}:\d{2})", value.strip())
        iso = f"{iso}T{time.group(1)}" if time else iso
    else:
        return []
    return [DateSignal(iso, "front matter date" if key == "date" else f"front matter {key}")]


def _front_key_position(text: str, key: str) -> tuple[int, int]:
    match = re.search(rf"^{re.escape(key)}[ \t]*:[ \t]*['\"]?", text, re.M)
    if not match:
        return 1, 1
    line = text.count("\n", 0, match.start()) + 1
    return line, match.end() - match.start() + 1
