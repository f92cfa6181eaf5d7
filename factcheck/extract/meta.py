"""Page metadata: JSON-LD objects, the headline, the byline and date signals (meta tags, <time>, stamps)."""
from __future__ import annotations

import bisect
import functools
import json
import re
from datetime import datetime

from .widgets import (absolute_stamp_signal, dedupe_signals, find_date_text, relative_stamp,
                              relative_stamp_signal)
from ..lazy_pattern import LazyPattern
from ..model import DateSignal

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
_PUBLICATION_META = re.compile(  # article_date_original, article:publicationdate, publication_date, pdate ...
    r"^(?:\w+[:._-])?(?:p?date|pubdate)$|publi(?:sh|cation)\w*[:._-]?(?:date|time)"
    r"|(?:date|time)[:._-]?(?:publi|orig|issued)|first[:._-]?published|^article[:._-]published$", re.I)
_NOT_PUBLICATION = LazyPattern(r"modif|updat|revis|expir|copyright|found|birth|event|start|end|valid|rss|index", re.I)
_NOT_ARTICLE = ("videoobject", "imageobject", "audioobject", "mediaobject", "clip", "person", "organization",
                "newsmediaorganization", "comment", "event", "product", "breadcrumblist", "website", "review")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{2}):(\d{2}))?")
_COMPACT = LazyPattern(r"^(\d{4})(\d{2})(\d{2})(?:$|[T ]\d)")
_URL_DATE = LazyPattern(r"/((?:19|20)\d\d)[/-](\d{1,2}|[a-z]{3})[/-](\d{1,2})(?=[/-])"  # /2015/03/18/, /2019/nov/18/
                        r"|[/-]((?:19|20)\d\d)(\d\d)(\d\d)(?=/?$|[/.?#])", re.I)  # -20191115/
_UPDATED_WORD = LazyPattern(r"\b(?:updated?|modified|last edited|revised)\b", re.I)
_TITLE_SEPARATORS = re.compile(r"\s+(?:[|\u2013\u2014\-:·•»]|::)\s+")
_ELSEWHERE = LazyPattern(r"related|recommend|sidebar|comment|footer|trending|popular|more-|recirc|promo|teaser",
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
    h1s = [(h, _clean_text(text_content(h))) for h in list(root.iter("h1"))[:6] if not _logo(h)]
    h1s = [(h, t) for h, t in h1s if t]
    tab = _clean_text(root.findtext(".//title") or "")
    for meta_title in meta_titles:  # og:title first: a twitter:title may be the site's name
        for h1, text in h1s:
            if _similar(text, meta_title) or text == _TITLE_SEPARATORS.split(tab)[0] != site:
                shown = _without_furniture(text, meta_title)
                return (shown, *_position(raw, shown, h1.sourceline))
    if meta_titles:
        text = meta_titles[0]
        return (text, *_position(raw, text, None))
    if h1s:
        return (h1s[0][1], *_position(raw, h1s[0][1], h1s[0][0].sourceline))
    return None, 1, 1


def _logo(h1) -> bool:
    """An <h1> that is the site's logo: a single link to the home page."""
    links = h1.findall(".//a")
    href = links[0].get("href", "") if len(links) == 1 else ""
    return bool(links) and re.fullmatch(r"(?:https?://[^/]+)?/?(?:index\.\w+)?", href.strip()) is not None


def _without_furniture(h1: str, meta_title: str) -> str:
    """The headline without a section or widget run into the <h1> ("Local News | Headline",
    "Headline Add to ..."): the metadata title when the <h1> is it plus a few words around it."""
    at = h1.lower().find(meta_title.lower())
    if at < 0 or h1 == meta_title or len(_WORD.findall(h1)) - len(_WORD.findall(meta_title)) > 5:
        return h1
    before, after = h1[:at].strip(), h1[at + len(meta_title):].strip()
    if (not before or _TITLE_SEPARATORS.search(f" {before} ")) or (not after or after.endswith(("...", "\u2026"))):
        return meta_title
    return h1


def find_author(root, objects: list[dict]) -> str | None:
    """The byline: JSON-LD author, meta author, rel=author, itemprop=author or a .byline element; a
    date or stamp run into it is cut off and a placeholder ("No Author", "admin") is no byline."""
    for obj in objects:
        name = _author_name(obj.get("author"))
        if name:
            return name
    for key in ("author", "article:author", "og:article:author", "article_author", "byl", "sailthru.author",
                "parsely-author", "dc.creator"):
        value = _meta(root, key)
        if value and not value.startswith(("http://", "https://")) and clean_author(value):
            return clean_author(value)
    for xpath in ('//*[@rel="author"]', '//*[@itemprop="author"]',
                  '//*[contains(concat(" ", normalize-space(@class), " "), " byline ")]',
                  '//*[contains(@class, "author-name")]', '//*[contains(@class, "byline")]'):
        for el in root.xpath(xpath)[:3]:
            text = clean_author(" ".join(el.itertext()))
            if text and len(text) < 80:
                return text
    return None


_MONTH_NAME = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"


@functools.cache
def _author_tail() -> re.Pattern:
    """Where a date, a time or a stamp label starts in a byline (compiled when a byline is first cleaned)."""
    return re.compile(
        r"(?:\s*[|,·•\u2013\u2014-]\s*|\s+|^)(?:(?:updated|published|posted|last updated|modified)\b:?\s*|"
        r"on\s+(?=[a-z]+\.?,?\s+(?:[a-z]+\.?\s+)?\d|\d)|"  # "on December 4, 2014", "on Tuesday, ...", "on 12/04/2014"
        r"(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?=" + _MONTH_NAME + r"\s*\d|\d)|"
        r"(?:mon|tues?|wed|thu|thurs?|fri|sat|sun)\.?,?\s+(?=" + _MONTH_NAME + r"\s*\d)|"
        + _MONTH_NAME + r"\s+\d|\d{1,2}\s+" + _MONTH_NAME + r"\s+\d|\d{1,2}[:/.]\d|\d{4}-\d\d)", re.I)


_EMAIL = re.compile(r"\S+@\S+\.\w+")
_AUTHOR_LEAD = re.compile(r"^(?:(?:view all posts|posted|written|words|story)\s+)?by:?\s+", re.I)
_PLACEHOLDER_AUTHOR = LazyPattern(r"^(?:no author|none|null|n/?a|unknown|staff|admin|administrator|anonymous|author|"
                                  r"guest|webmaster|editor|name|by|user|default)$", re.I)


def clean_author(text: str) -> str | None:
    """A byline as a reader would write it: "Bryan Walsh Tuesday, Aug. 17, 2010" -> "Bryan Walsh",
    "Reuters Updated: January 16, 2020" -> "Reuters", "9:39AM BST 05 Oct 2011" -> None, "No Author" -> None."""
    text = _AUTHOR_LEAD.sub("", _EMAIL.sub("", _clean_text(text)))
    tail = _author_tail().search(text)
    if tail:
        text = text[:tail.start()]
    text = text.strip(" |,·•-\u2013\u2014:;*/")
    if not re.search(r"[^\W\d_]", text) or _PLACEHOLDER_AUTHOR.match(text):
        return None
    return text


def find_date_signals(root, objects: list[dict], fetched_at: datetime | None, title: str | None = None,
                      url: str | None = None) -> tuple[DateSignal, ...]:
    """Every date hint on the page: JSON-LD, meta tags, <time datetime>, the visible date under the
    headline, a date in the URL, and weak relative stamps."""
    signals: list[DateSignal] = []
    dated = [o for o in objects if not _not_article(o) and
             any(_iso(o.get(k)) for k in ("datePublished", "dateCreated", "dateModified"))]
    for obj in dated[:1]:
        for key in ("datePublished", "dateCreated", "dateModified"):
            value = _iso(obj.get(key))
            if value:
                signals.append(DateSignal(value, f"json-ld {key}"))
    for el in root.iter("meta"):
        name = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip()
        if name.lower() in dict(_META_DATES) or _PUBLICATION_META.search(name) and not _NOT_PUBLICATION.search(name):
            value = _iso(el.get("content"))
            if value:
                kind = "itemprop" if el.get("itemprop") else "meta"
                signals.append(DateSignal(value, f"{kind} {name}"))
    for el in root.xpath("//*[@itemprop='datePublished' or @itemprop='dateModified'][not(self::meta)]")[:4]:
        value = _iso(el.get("datetime") or el.get("content") or text_content(el))
        if value:
            signals.append(DateSignal(value, f"itemprop {el.get('itemprop')}"))
    for el in list(root.iter("time"))[:20]:
        value = _iso(el.get("datetime"))
        if value and not _elsewhere(el):
            signals.append(DateSignal(value, "time datetime"))
    signals.extend(_visible_stamps(root))
    signals.extend(_headline_stamp(root, title))
    signals.extend(_url_date(root, url))
    signals.extend(_relative_stamps(root, fetched_at))
    return dedupe_signals(signals)


def text_content(element) -> str:
    """All the text inside ``element`` (lxml.html's ``text_content()``, on any lxml element)."""
    return _string_value()(element)


@functools.cache
def _string_value():
    from lxml import etree

    return etree.XPath("string()", smart_strings=False)


def _headline_stamp(root, title: str | None) -> list[DateSignal]:
    """The date a reader sees under the headline: the first full date in the short lines that follow
    the <h1> ("By Jane Doe | Posted Feb. 27, 2014", "Date 19.01.2020", "12.29.14"), before the prose."""
    heads = [h for h in root.iter("h1", "h2", "h3") if not _logo(h)]
    h1 = next((h for h in heads if title and _clean_text(text_content(h)) == title),
              next((h for h in heads if h.tag == "h1"), None))
    if h1 is None:
        return []
    dayfirst = _day_first(root)
    seen, previous = 0, ""
    for node in h1.xpath("following::text()[position() <= 400]"):
        owner = node.getparent()
        text = _clean_text(str(node))
        if not text or owner is None or not isinstance(owner.tag, str) or owner.tag in _NOT_SHOWN:
            continue
        seen += len(text)
        if seen > 1200:
            break
        found = find_date_text(text, dayfirst) if len(text) <= 160 else None
        if not found and any(c.isdigit() for c in text):  # a stamp split over elements: November 20 | 15:23 | 2019
            short = [a for a in list(owner.iterancestors())[:2] if _cleaned_length_at_most(text_content(a), 60)]
            owner = short[0] if short else owner
            text = _clean_text(" ".join(owner.itertext()))
            found = find_date_text(text, dayfirst)
        if found and _stamp_owner(owner, text):
            kind = "updated " if _UPDATED_WORD.search(f"{previous} {text[:found[1]]}") else ""
            shown = text[found[1]:found[2]]
            return [DateSignal(found[0].isoformat(), f"visible {kind}date under the headline: {shown}")]
        previous = text
    return []


_NOT_SHOWN = ("script", "style", "noscript", "option", "title", "template")


def _stamp_owner(owner, text: str) -> bool:
    """A date stamp sits in a short element of its own: not in a prose paragraph, a long link (a related
    story), a photo caption or a sidebar."""
    if len(_clean_text(text_content(owner))) > 200 or owner.tag == "a" and len(text) > 40:
        return False
    for el in owner.iterancestors():
        if el.tag in ("figure", "figcaption") or "caption" in f"{el.get('class', '')}".lower():
            return False
    return "caption" not in f"{owner.get('class', '')}".lower() and not _elsewhere(owner)


def _url_date(root, url: str | None) -> list[DateSignal]:
    """A date in the article's address (/2015/03/18/, /2019/nov/18/, -20191115/), from the URL it was
    read from or its canonical / og:url."""
    links = [url] + [el.get("href") for el in root.xpath('//link[@rel="canonical"]')[:1]] + [_meta(root, "og:url")]
    for link in filter(None, links):
        match = _URL_DATE.search(link.split("://", 1)[-1])
        if not match:
            continue
        y, m, d = match.group(1, 2, 3) if match.group(1) else match.group(4, 5, 6)
        month = int(m) if m.isdigit() else _MONTH_ABBR.get(m.lower())
        try:
            return [DateSignal(datetime(int(y), month or 0, int(d)).date().isoformat(), f"date in the URL '{link}'")]
        except ValueError:
            continue
    return []


_MONTH_ABBR = {m: i + 1 for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split())}


def _day_first(root) -> bool:
    """Does the page's language write numeric dates day first (05/10/2018 = 5 October)?"""
    lang = (root.get("lang") or "").lower()
    return bool(lang) and (not lang.startswith("en") or lang[3:] in ("gb", "uk", "au", "nz", "ie", "in", "za"))


def _not_article(obj: dict) -> bool:
    kinds = obj.get("@type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return any(isinstance(k, str) and k.lower() in _NOT_ARTICLE for k in kinds) and not _is_article(obj)


def _visible_stamps(root) -> list[DateSignal]:
    out: list[DateSignal] = []
    body = root.find("body")
    for el in (body if body is not None else root).iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "noscript") or len(out) >= 3:
            continue
        for text, owner in ((el.text, el), (el.tail, el.getparent())):
            if not text or owner is None or not _STAMP_LEAD.match(text.lstrip(" \t\n·•|")):
                continue
            line = " ".join(text_content(owner).split())
            lead = _STAMP_LEAD.search(line) if len(line) <= 120 else None
            signal = absolute_stamp_signal(line[lead.start():]) if lead else None
            if signal is not None and not _elsewhere(owner):
                out.append(signal)
    return out


def _relative_stamps(root, fetched_at: datetime | None) -> list[DateSignal]:
    """"3 days ago" stamps standing alone in their element (not "Today, ..." opening a sentence),
    counted from the fetch time; a saved file has none, so the stamp is kept unresolved (no value)."""
    out = []
    body = root.find("body")
    for el in (body if body is not None else root).iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "noscript"):
            continue
        for text, owner in ((el.text, el), (el.tail, el.getparent())):
            if not text or len(text.strip()) > 40 or not _STAMP_WORDS.search(text) or owner is None or \
                    not _ends_with_stamp(owner, text) or _elsewhere(owner):
                continue
            signal = relative_stamp_signal(text, fetched_at)
            if signal is None and fetched_at is None and relative_stamp(text) is not None:
                basis = f"relative stamp '{_clean_text(text)}' (no fetch time to count from)"
                signal = DateSignal("", basis, weak=True)
            if signal is not None:
                out.append(signal)
        if len(out) >= 3:
            break
    return out


def _ends_with_stamp(owner, text: str) -> bool:
    """The stamp closes a short element ("Posted by Mo Ahmed · 2 hours ago"), not opens a sentence
    ("Today, the mayor said ...")."""
    whole = _clean_text(text_content(owner))
    return len(whole) <= 60 and whole.rstrip(" .").endswith(_clean_text(text).strip(" ·•|,.()[]-\u2013\u2014"))


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
    text = _strip_site(_clean_text(text_content(el)), site)
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
        return clean_author(value)
    return None


def _clean_text(text: str) -> str:
    return " ".join(text.split())


def _cleaned_length_at_most(text: str, limit: int) -> bool:
    """``len(_clean_text(text)) <= limit``, without cleaning all of a long text (the article's, 10 MB: issue
    14): a text whose first characters hold more than ``limit`` that are not white space is longer cleaned."""
    if len("".join(text[:4 * limit].split())) > limit:
        return False
    return len(_clean_text(text)) <= limit


def _iso(value) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    match = _ISO.search(value) or _COMPACT.match(value)
    if match:
        y, m, d, hh, mm = (match.groups() + (None, None))[:5]
        if not (1 <= int(m) <= 12 and 1 <= int(d) <= 31):
            return None
        return f"{y}-{int(m):02d}-{int(d):02d}T{hh}:{mm}" if hh else f"{y}-{int(m):02d}-{int(d):02d}"
    return _parse_text_date(value)


def _parse_text_date(value: str) -> str | None:
    from email.utils import parsedate_to_datetime  # RFC 2822 dates are rare; the import is not

    try:
        return parsedate_to_datetime(value).strftime("%Y-%m-%dT%H:%M")
    except (TypeError, ValueError, IndexError):
        pass
    from ..nlp.temporal.dates import parse_date

    day = parse_date(value, whole=True)
    if day is None and len(value) <= 60:  # "Tuesday, Aug. 17, 2010 4:33pm", "Dec. 29 2014"
        found = find_date_text(value)
        day = found[0] if found else None
    return day.isoformat() if day else None


def _elsewhere(el) -> bool:
    while el is not None and el.tag not in ("body", "html"):  # their classes describe the whole page
        if el.tag in ("nav", "aside") or el.tag == "footer" and next(el.iterancestors("article"), None) is None:
            return True
        hints = f"{el.get('class', '')} {el.get('id', '')}"
        if hints.strip() and _ELSEWHERE.search(hints):
            return True
        el = el.getparent()
    return False
