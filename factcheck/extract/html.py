"""HTML -> Document: title, byline and date signals from metadata, the article body without furniture.

The body is found the way a reader skims: drop what is never prose (scripts, navigation, share bars,
comment widgets, "related" lists, named by tag or by class/id hints from rules/lexicons/boilerplate.yaml),
cut the rest into text blocks, score each container by the clean prose close below it (long, few links),
keep the prose blocks of the best one and of look-alike paragraphs split off by ads. A JSON-LD
articleBody, when present and plausible, overrules that choice if the two clearly disagree.
"""
from __future__ import annotations

import bisect
import functools
import re

from .meta import find_author, find_date_signals, find_title, json_ld_objects, text_content
from .widgets import byline_name, is_widget_line
from ..lazy_pattern import LazyPattern
from ..model import Acquired, Document, FactcheckError, SourceMap

_DROP_TAGS = ("script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed",
              "video", "audio", "picture", "img", "input", "button", "select", "textarea", "option", "head",
              "link", "meta", "nav", "aside", "footer", "header", "figure", "figcaption", "dialog", "menu")
_BLOCK_TAGS = frozenset({
    "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl",
    "dt", "dd", "blockquote", "pre", "table", "tr", "tbody", "thead", "tfoot", "caption",
    "address", "center", "details", "summary", "hr", "br", "body", "html", "form", "fieldset", "legend"})
_CONTAINERS = frozenset({"div", "section", "article", "main", "body", "td", "form", "center", "html"})
_MARKUP = re.compile(r"^\s*<[a-zA-Z!/][^>]*>")
_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_HIDDEN_STYLE = LazyPattern(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")
_SPACE_RUN = re.compile(r"\s{2,}")  # the runs _SPACE.sub(" ", ...) shortens


class Block:
    """A run of text a reader sees as one paragraph, with the element that holds it (filled in by _walk)."""

    __slots__ = ("owner", "tag", "line", "parts", "link_chars", "starts_with_link", "text", "marks")

    def __init__(self, owner, tag: str, line: int = 0):
        self.owner = owner
        self.tag = tag
        self.line = line
        self.parts: list[tuple[str, int]] = []  # (raw text, source line hint)
        self.link_chars = 0
        self.starts_with_link: bool | None = None
        self.text = ""
        self.marks: list[tuple[int, int, str]] = []  # (offset in text, line hint, word)

    @property
    def link_density(self) -> float:
        return self.link_chars / max(1, len(self.text))


def extract_html(text: str, acquired: Acquired) -> Document:
    """Read a web page: metadata for title, byline and dates; body paragraphs with a map back."""
    root = _parse(text, acquired.source)
    objects = json_ld_objects(root)
    title, title_line, title_col = find_title(root, objects, text)
    author = find_author(root, objects)
    signals = find_date_signals(root, objects, acquired.fetched_at, title, acquired.url)
    article_body = _json_ld_body(objects)
    _clean(root)
    blocks = _blocks(root)
    chosen = [b for b in _choose_blocks(blocks, article_body) if not _same_words(b.text, title)]
    author = author or _visible_byline(chosen[:3])
    chosen = [b for b in chosen if not _is_byline(b.text, author)]
    body, paragraphs, anchors = _assemble(chosen, text)
    return Document(source=acquired.source, text=body, title=title, author=author, url=acquired.url,
                    date_signals=signals, source_map=SourceMap(body, tuple(anchors) or ((0, 1, 1),)),
                    title_line=title_line, title_column=title_col, content_type="text/html",
                    fetched_at=acquired.fetched_at, raw=text, paragraphs=tuple(paragraphs))


def _same_words(a: str, b: str | None) -> bool:
    """Whether ``a`` has the words of ``b`` (the title), ignoring case: read only as far as they agree,
    not every word of every block of a long page (issue 14)."""
    if not b:
        return False
    mine = _WORD.finditer(a.lower())
    for word in _WORD.findall(b.lower()):
        m = next(mine, None)
        if m is None or m.group() != word:
            return False
    return next(mine, None) is None


def _visible_byline(blocks: list[Block]) -> str | None:
    for block in blocks:
        name = byline_name(block.text)
        if name:
            return name
    return None


def _is_byline(text: str, author: str | None) -> bool:
    return bool(author) and len(text) < len(author) + 40 and author.lower() in text.lower()


def _parse(text: str, source: str):
    from lxml import etree  # not lxml.html: its element classes add nothing the extractor uses

    cleaned = _XML_DECL.sub(lambda m: "\n" * m.group(0).count("\n"), text)
    # lxml refuses to hold control characters in element text (ESC, form feed, NUL): one space each,
    # so every offset into the page stays where it was
    cleaned = _NOT_XML_TEXT.sub(" ", cleaned)
    if not cleaned.strip():
        raise FactcheckError(f"no article text found in {source}")
    try:
        parser = etree.HTMLParser(huge_tree=True)
        root = etree.fromstring(cleaned, parser)
        if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
            # deeper than libxml2 parses at all (2,048 levels): it stops there and drops the rest, so
            # parse again with the nesting beyond a sane depth taken out (its text is kept)
            root = etree.fromstring(flatten_deep_nesting(cleaned), etree.HTMLParser(huge_tree=True))
    except (etree.ParserError, ValueError):
        root = None
    if root is None:
        raise FactcheckError(f"no article text found in {source}")
    return root


_NOT_XML_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_TAG = LazyPattern(r"<(/?)([A-Za-z][\w:-]*)[^>]*?(/?)>")
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
MAX_DEPTH = 512


def flatten_deep_nesting(html: str, max_depth: int = MAX_DEPTH) -> str:
    """``html`` without the tags nested deeper than ``max_depth`` (their text stays in place).

    No article needs hundreds of nested elements; a page that has them is broken or hostile, and a
    parser that stops at its depth limit would silently drop everything after them.
    """
    out, kept, last = [], [], 0
    for m in _TAG.finditer(html):
        closing, name, self_closing = m.group(1), m.group(2).lower(), m.group(3)
        out.append(html[last:m.start()])
        last = m.end()
        if closing:
            if kept and kept[-1][0] == name:
                _, keep = kept.pop()
                if keep:
                    out.append(m.group(0))
            elif len(kept) < max_depth:
                out.append(m.group(0))
            continue
        if name in _VOID or self_closing:
            out.append(m.group(0))
            continue
        keep = len(kept) < max_depth
        kept.append((name, keep))
        if keep:
            out.append(m.group(0))
    out.append(html[last:])
    return "".join(out)


def _json_ld_body(objects: list[dict]) -> str:
    for obj in objects:
        body = obj.get("articleBody") or obj.get("text")
        if isinstance(body, str) and len(body) > 200:
            return body
    return ""


def _clean(root) -> None:
    for el in list(root.iter(*_DROP_TAGS)):
        _drop(el)
    for el in list(root.iter()):
        if not isinstance(el.tag, str):
            _drop(el)
    total = _text_len(root)
    for el in list(root.iter()):
        if el.getparent() is None or el.tag in ("html", "body"):
            continue
        if _is_hidden(el) or _is_furniture(el, total):
            _drop(el)


def _drop(el) -> None:
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    previous = el.getprevious()
    parent.remove(el)
    if tail and tail.strip():
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail


def _is_hidden(el) -> bool:
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    style = el.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


def _is_furniture(el, total: int) -> bool:
    hints = f"{el.get('class', '')} {el.get('id', '')}".strip().lower()
    if not hints or el.tag in ("article", "main", "p"):
        return False
    negative, positive = _hint_patterns()
    if not negative.search(hints) or positive.search(hints) or el.find(".//h1") is not None:
        return False
    if any(positive.search(f"{d.get('class', '')} {d.get('id', '')}".lower()) for d in el.iterdescendants()
           if isinstance(d.tag, str) and (d.get("class") or d.get("id"))):
        return False
    return _text_len(el) < 0.5 * total


def _text_len(el) -> int:
    """The length of the element's text with each run of white space read as one space (counted, not
    replaced: the whole page's text is measured, 10 MB on a big page, issue 14)."""
    text = text_content(el)
    return len(text) - sum(m.end() - m.start() - 1 for m in _SPACE_RUN.finditer(text))


@functools.cache
def _hint_patterns() -> tuple[re.Pattern, re.Pattern]:
    from ..rules import load_lexicon

    lexicon = load_lexicon("boilerplate")
    return (re.compile("|".join(f"(?:{p})" for p in lexicon["negative"])),
            re.compile("|".join(f"(?:{p})" for p in lexicon["positive"])))


def _blocks(root) -> list[Block]:
    blocks: list[Block] = []
    body = root.find("body")
    start = body if body is not None else root
    _walk(start, Block(owner=start, tag=start.tag), blocks, in_link=False)
    out = []
    for block in blocks:
        block.text, block.marks = _normalise(block.parts)
        if block.text:
            out.append(block)
    return out


def _walk(el, current: Block, out: list[Block], in_link: bool) -> Block:
    """Depth-first walk that cuts the text into blocks at block-level elements."""
    tag = el.tag if isinstance(el.tag, str) else ""
    link = in_link or tag == "a"
    if tag in _BLOCK_TAGS:
        out.append(current)
        current = Block(owner=el, tag=tag, line=el.sourceline or 0)
    elif tag in ("td", "th"):
        current = _add(current, " ", False, None)
    current = _add(current, el.text, link, el.sourceline)
    for child in el:
        current = _walk(child, current, out, link)
        current = _add(current, child.tail, in_link, child.sourceline)
    if tag in _BLOCK_TAGS:
        out.append(current)
        parent = el.getparent()
        current = Block(owner=parent if parent is not None else el, tag=parent.tag if parent is not None else tag)
    return current


def _add(block: Block, text: str | None, link: bool, line: int | None) -> Block:
    if text:
        if block.starts_with_link is None and text.strip():
            block.starts_with_link = link
            block.line = line or block.line
        block.parts.append((text, line or 0))
        if link:
            block.link_chars += len(text.strip())
    return block


def _choose_blocks(blocks: list[Block], article_body: str) -> list[Block]:
    if not blocks:
        return []
    weights = [_weight(b) for b in blocks]
    parts, singles = _best_parts(blocks, weights)
    chosen = [b for b in blocks if (_inside(b.owner, parts) or id(b) in singles) and _keep(b)]
    if len(article_body) >= 300:
        return _agree_with_metadata(blocks, chosen, article_body)
    return chosen


def _agree_with_metadata(blocks: list[Block], chosen: list[Block], article_body: str) -> list[Block]:
    """If the page's own articleBody disagrees with the chosen blocks, take the blocks it vouches for."""
    reference = _shingles(article_body)
    vouched = [b for b in blocks if _keep(b) and _overlap(b.text, reference) >= 0.5]
    if _coverage(vouched, reference) < 0.5:
        return chosen
    if _coverage(chosen, reference) < 0.3:
        return vouched
    size = sum(len(b.text) for b in chosen)
    off_topic = sum(len(b.text) for b in chosen if _overlap(b.text, reference) < 0.2)
    mostly_off_topic = off_topic > 0.5 * size and len(article_body) > 0.3 * size
    return vouched if mostly_off_topic and _coverage(vouched, reference) >= 0.8 else chosen


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = _WORD.findall(text.lower())
    return {tuple(words[i:i + 4]) for i in range(max(1, len(words) - 3))}


def _overlap(text: str, reference: set) -> float:
    own = _shingles(text)
    return len(own & reference) / len(own) if own else 0.0


def _coverage(blocks: list[Block], reference: set) -> float:
    found = set().union(*(_shingles(b.text) for b in blocks)) if blocks else set()
    return len(found & reference) / max(1, len(reference))


def _weight(block: Block) -> float:
    size, density = len(block.text), block.link_density
    if is_widget_line(block.text) or _MARKUP.match(block.text):
        return 0.0
    if density and block.text.endswith(("...", "\u2026")):
        return -0.5 * size
    if (size >= 80 and density < 0.35) or (size >= 150 and density < 0.6):
        return size * (1 - density) * (0.3 if block.starts_with_link else 1.0)
    if density > 0.5:
        return -0.5 * size
    return 0.0


def _best_parts(blocks: list[Block], weights: list[float]) -> tuple[set, set[int]]:
    """The container with the most clean prose close below it, plus prose styled like its paragraphs.

    Returns the chosen elements and the ids of single blocks taken from outside them."""
    decayed: dict = {}
    for block, weight in zip(blocks, weights):
        if weight <= 0:
            continue
        base = block.owner if block.owner.tag in _CONTAINERS else block.owner.getparent()
        for level, anc in zip(range(4), _ancestors(base)):
            decayed[anc] = decayed.get(anc, 0.0) + weight / (level + 1)
    if not decayed:
        return {blocks[0].owner.getroottree().getroot()}, set()
    top = max(decayed, key=lambda el: decayed[el])
    return _lookalikes(blocks, weights, top)


def _lookalikes(blocks: list[Block], weights: list[float], top) -> tuple[set, set[int]]:
    """Containers of prose styled like the chosen article's paragraphs, split off by ads or widgets."""
    signatures = {_signature(b.owner) for b, w in zip(blocks, weights) if w > 0 and _within(b.owner, top)}
    scope = top
    for _ in range(3):
        scope = scope.getparent() if scope.getparent() is not None else scope
    taken, singles = {top}, set()
    for block, weight in zip(blocks, weights):
        if weight <= 0 or _inside(block.owner, taken):
            continue
        signature = _signature(block.owner)
        if signature in signatures and (signature[1] or signature[3] or _within(block.owner, scope)):
            base = block.owner if block.owner.tag in _CONTAINERS else block.owner.getparent()
            if _within(top, base):
                singles.add(id(block))
            else:
                taken.add(base)
    return taken, singles


def _signature(el) -> tuple:
    parent = el.getparent()
    return (el.tag, _first_class(el), parent.tag if parent is not None else None,
            _first_class(parent) if parent is not None else None)


def _first_class(el) -> str | None:
    names = (el.get("class") or "").split()
    return names[0] if names else None


def _ancestors(el):
    while el is not None:
        yield el
        el = el.getparent()


def _within(el, container) -> bool:
    return any(a is container for a in _ancestors(el))


def _inside(el, containers: set) -> bool:
    return any(a in containers for a in _ancestors(el))


def _keep(block: Block) -> bool:
    if is_widget_line(block.text) or block.link_density > 0.5:
        return False
    if block.tag in _HEADINGS or block.tag == "h1":
        return block.tag != "h1"
    if block.tag == "li" and not block.link_chars:
        return True
    return len(block.text) >= 20 or block.text[-1:] in ".!?\"'”’:。！？」"


def _normalise(parts: list[tuple[str, int]]) -> tuple[str, list[tuple[int, int, str]]]:
    """Collapse whitespace; note where each raw line's first word lands in the collapsed text."""
    out: list[str] = []
    marks: list[tuple[int, int, str]] = []
    length, space = 0, False
    for text, line in parts:
        for i, segment in enumerate(text.split("\n")):
            space = space or i > 0 or segment[:1].isspace()
            words = segment.split()
            if not words:
                continue
            if space and length:
                out.append(" ")
                length += 1
            collapsed = " ".join(words)
            word = _WORD.search(collapsed)
            if word:
                marks.append((length + word.start(), line + i if line else 0, word.group(0)))
            out.append(collapsed)
            length += len(collapsed)
            space = segment[-1:].isspace()
    return "".join(out), marks


def _assemble(blocks: list[Block], raw: str) -> tuple[str, list[tuple[int, int]], list[tuple[int, int, int]]]:
    line_starts = [0] + [m.end() for m in re.finditer(r"\n", raw)]
    parts: list[str] = []
    paragraphs, anchors = [], []
    offset, cursor = 0, 0
    for block in blocks:
        if parts:
            parts.append("\n\n")
            offset += 2
        paragraphs.append((offset, offset + len(block.text)))
        first = True
        for mark_offset, hint, word in block.marks:
            start = max(cursor, line_starts[min(max(hint, 1), len(line_starts)) - 1]) if hint else cursor
            found = raw.find(word, start, start + 20000)
            if found < 0 and not first:
                continue
            if found < 0:
                found = start
            else:
                cursor = found + len(word)
            line = bisect.bisect_right(line_starts, found)
            column = found - line_starts[line - 1] + 1
            if first and mark_offset:
                anchors.append((offset, line, max(1, column - mark_offset)))
            anchors.append((offset + mark_offset, line, column))
            first = False
        if first:
            anchors.append((offset, max(1, block.line or 1), 1))
        parts.append(block.text)
        offset += len(block.text)
    return "".join(parts), paragraphs, anchors
