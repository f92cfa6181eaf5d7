"""Page metadata: JSON-LD objects, the headline, the byline and date signals (meta tags, <time>, stamps)."""
from __future__ import annotations

import bisect
import json
import re
from datetime import datetime
from email.utils import parsedate_to_datetime

from .extract_widgets import absolute_stamp_signal, dedupe_signals, relative_stamp_signal
from .model import DateSignal

_ARTICLE_TYPES = ("article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
                  "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "socialmediaposting",
                  "liveblogposting", "scholarlyarticle", "techarticle", "report", "webpage", "posting")
_META_DATES = (
    ("article:published_time", False), ("og:article:published_time", False), ("og:published_time", False),
    ("datepublished", False),
    ("article:modified_time", False), ("og:updated_time", False), ("datemodified", False),
    ("pubdate", False), ("publishdate", False), ("publish-date", False), ("publish_date", False),
    ("date", False), ("dc.date", False), ("dc.date.issued", False), ("dcterms.created", False),
    ("dcterms.date", False), ("sailthru.date", False), ("parsely-pub-date", False),
    ("article.published", False), ("published_time", False), ("original-publish-date", False),
)
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?")
_TITLE_SEPARATORS = re.compile(r"\s+(?:[|\u2013\u2014\-:·•»]|::)\s+")
_ELSEWHERE = re.compile(r"related|recommend|sidebar|comment|footer|trending|popular|more-|recirc|promo|teaser",
                        re.I)
_WORD = re.compile(r"\w+")
_STAMP_LEAD = re.compile(r"(?:last\s+|first\s+)?(?:updated|published|posted|modified)\b", re.I)
_STAMP_WORDS = re.compile(r"ago|yesterday|today|just now", re.I)


def json_ld_objects(root) -> list[dict]:
    """Article-like JSON-LD objects on the page (flattening @graph and lists), articles first."""
    found: list[dict] = []
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads((script.text or "").strip().rstrip(";"), strict=False)
        except ValueError:
            continue
        _collect(data, found)
    return sorted(found, key=lambda o: not _is_article(o))


def find_title(root, objects: list[dict], raw: str) -> tuple[str | None, int, int]:
    """The headline: an <h1> that agrees with the metadata, else og:title, JSON-LD, <title>."""
    site = _meta(root, "og:site_name") or _meta(root, "application-name")
    meta_titles = [_strip_site(t, site) for t in (_meta(root, "og:title"), _ld_value(objects, "headline"),
                                                 _meta(root, "twitter:title")) if t]
    meta_titles = [t for t in meta_titles + [_title_tag(root, site)] if t]
    h1s = [(h, _clean_text(h.text_content())) for h in list(root.iter("h1"))[:6]]
    h1s = [(h, t) for h, t in h1s if t]
    for h1, text in h1s:
        if any(_similar(text, t) for t in meta_titles):
            return (text, *_position(raw, text, h1.sourceline))
    if meta_titles:
        text = meta_titles[0]
        return (text, *_position(raw, text, None))
    if h1s:
        return (h1s[0][1], *_position(raw, h1s[0][1], h1s[0][0].sourceline))
    return None, 1, 1


def find_author(root, objects: list[dict]) -> str | None:
    """The byline: JSON-LD author, meta author, rel=author, itemprop=author or a .byline element."""
    for obj in objects:
        name = _author_name(obj.get("author"))
        if name:
            return name
    for key in ("author", "article:author", "byl", "sailthru.author", "parsely-author", "dc.creator"):
        value = _meta(root, key)
        if value and not value.startswith(("http://", "https://")):
            return _strip_by(value)
    for xpath in ('//*[@rel="author"]', '//*[@itemprop="author"]',
                  '//*[contains(concat(" ", normalize-space(@class), " "), " byline ")]',
                  '//*[contains(@class, "author-name")]'):
        for el in root.xpath(xpath)[:3]:
            text = _strip_by(_clean_text(el.text_content()))
            if text and len(text) < 80:
                return text
    return None


def find_date_signals(root, objects: list[dict], fetched_at: datetime | None) -> tuple[DateSignal, ...]:
    """Every date hint on the page: JSON-LD, meta tags, <time datetime>, and weak relative stamps."""
    signals: list[DateSignal] = []
    dated = [o for o in objects if any(_iso(o.get(k)) for k in ("datePublished", "dateCreated", "dateModified"))]
    for obj in dated[:1]:
        for key in ("datePublished", "dateCreated", "dateModified"):
            value = _iso(obj.get(key))
            if value:
                signals.append(DateSignal(value, f"json-ld {key}"))
    for el in root.iter("meta"):
        name = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip()
        if name.lower() in dict(_META_DATES):
            value = _iso(el.get("content"))
            if value:
                kind = "itemprop" if el.get("itemprop") else "meta"
                signals.append(DateSignal(value, f"{kind} {name}"))
    for el in root.xpath("//*[@itemprop='datePublished' or @itemprop='dateModified'][not(self::meta)]")[:4]:
        value = _iso(el.get("datetime") or el.get("content") or el.text_content())
        if value:
            signals.append(DateSignal(value, f"itemprop {el.get('itemprop')}"))
    for el in list(root.iter("time"))[:20]:
        value = _iso(el.get("datetime"))
        if value and not _elsewhere(el):
            signals.append(DateSignal(value, "time datetime"))
    signals.extend(_visible_stamps(root))
    signals.extend(_relative_stamps(root, fetched_at))
    return dedupe_signals(signals)


def _visible_stamps(root) -> list[DateSignal]:
    out: list[DateSignal] = []
    body = root.find("body")
    for el in (body if body is not None else root).iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "noscript") or len(out) >= 3:
            continue
        for text, owner in ((el.text, el), (el.tail, el.getparent())):
            if not text or owner is None or not _STAMP_LEAD.match(text.lstrip(" \t\n·•|")):
                continue
            line = " ".join(owner.text_content().split())
            lead = _STAMP_LEAD.search(line) if len(line) <= 120 else None
            signal = absolute_stamp_signal(line[lead.start():]) if lead else None
            if signal is not None and not _elsewhere(owner):
                out.append(signal)
    return out


def _relative_stamps(root, fetched_at: datetime | None) -> list[DateSignal]:
    out = []
    if fetched_at is None:
        return out
    body = root.find("body")
    for el in (body if body is not None else root).iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "noscript"):
            continue
        for text in (el.text, el.tail):
            if text and len(text.strip()) <= 40 and _STAMP_WORDS.search(text):
                signal = relative_stamp_signal(text, fetched_at)
                owner = el if text is el.text else el.getparent()
                if signal is not None and owner is not None and not _elsewhere(owner):
                    out.append(signal)
        if len(out) >= 3:
            break
    return out


def _collect(data, found: list[dict]) -> None:
    if isinstance(data, list):
        for item in data:
            _collect(item, found)
    elif isinstance(data, dict):
        if "@graph" in data:
            _collect(data["@graph"], found)
        if any(k in data for k in ("headline", "datePublished", "articleBody", "author")):
            found.append(data)


def _is_article(obj: dict) -> bool:
    kinds = obj.get("@type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return any(isinstance(k, str) and k.lower() in _ARTICLE_TYPES[:-2] for k in kinds)


def _ld_value(objects: list[dict], key: str) -> str | None:
    for obj in objects:
        value = obj.get(key)
        if isinstance(value, str) and value.strip():
            return _clean_text(value)
    return None


def _meta(root, key: str) -> str | None:
    for el in root.iter("meta"):
        name = el.get("property") or el.get("name") or el.get("itemprop") or ""
        if name.strip().lower() == key:
            value = _clean_text(el.get("content") or "")
            if value:
                return value
    return None


def _title_tag(root, site: str | None) -> str | None:
    el = root.find(".//title")
    if el is None:
        return None
    text = _strip_site(_clean_text(el.text_content()), site)
    parts = _TITLE_SEPARATORS.split(text) if text else []
    return max(parts, key=len) if len(parts) > 1 else text or None


def _strip_site(title: str, site: str | None) -> str:
    """'Headline | Site' -> 'Headline' when the page names its site."""
    if not site:
        return title
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) > 1 and parts[-1].strip().lower() == site.lower():
        return title[:title.rfind(parts[-1])].rstrip(" |-:\u2013\u2014·•»").strip()
    return title


def _similar(a: str, b: str) -> bool:
    wa, wb = set(_WORD.findall(a.lower())), set(_WORD.findall(b.lower()))
    if not wa or not wb:
        return False
    return len(wa & wb) / min(len(wa), len(wb)) >= 0.7


def _position(raw: str, title: str, line: int | None) -> tuple[int, int]:
    line_starts = [0] + [m.end() for m in re.finditer(r"\n", raw)]
    start = line_starts[min(len(line_starts), line) - 1] if line else 0
    words = _WORD.findall(title)
    found = -1
    if words:
        pattern = re.compile(r"\W+".join(re.escape(w) for w in words[:3]))
        match = pattern.search(raw, start) if line else _body_search(raw, pattern)
        found = match.start() if match else -1
    if found < 0:
        if line:
            return line, 1
        return 1, 1
    line_no = bisect.bisect_right(line_starts, found)
    return line_no, found - line_starts[line_no - 1] + 1


def _body_search(raw: str, pattern: re.Pattern):
    body = re.search(r"<body\b", raw, re.I)
    return pattern.search(raw, body.start() if body else 0) or pattern.search(raw)


def _author_name(value) -> str | None:
    if isinstance(value, list):
        names = [n for n in (_author_name(v) for v in value) if n]
        return ", ".join(dict.fromkeys(names)) if names else None
    if isinstance(value, dict):
        value = value.get("name")
    if isinstance(value, str) and value.strip() and not value.startswith(("http://", "https://")):
        return _strip_by(_clean_text(value))
    return None


def _strip_by(text: str) -> str:
    return re.sub(r"^(?:by|written by|von|par|por)\s+", "", text.strip(), flags=re.I).strip()


def _clean_text(text: str) -> str:
    return " ".join(text.split())


def _iso(value) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    match = _ISO.search(value)
    if match:
        y, m, d, hh, mm = match.groups()
        if not (1 <= int(m) <= 12 and 1 <= int(d) <= 31):
            return None
        return f"{y}-{m}-{d}T{hh}:{mm}" if hh else f"{y}-{m}-{d}"
    return _parse_text_date(value)


def _parse_text_date(value: str) -> str | None:
    try:
        return parsedate_to_datetime(value).strftime("%Y-%m-%dT%H:%M")
    except (TypeError, ValueError, IndexError):
        pass
    from .temporal.dates import parse_date

    day = parse_date(value, whole=True)
    return day.isoformat() if day else None


def _elsewhere(el) -> bool:
    while el is not None:
        if el.tag in ("nav", "aside", "footer"):
            return True
        hints = f"{el.get('class', '')} {el.get('id', '')}"
        if hints.strip() and _ELSEWHERE.search(hints):
            return True
        el = el.getparent()
    return False

