"""extract: decoding, HTML/Markdown/plain-text reading, metadata, source maps, the benchmark subset."""
from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from factcheck.extract import decode, extract
from factcheck.extract.widgets import absolute_stamp_signal, is_widget_line, relative_stamp
from factcheck.model import Acquired, FactcheckError
from conftest import need_shared

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "kursk-article.txt"
FETCHED = datetime(2024, 12, 30, 9, 30, tzinfo=timezone.utc)


def _doc(data: bytes | str, kind: str = "text/html", charset: str | None = None, source: str = "page"):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return extract(Acquired(source=source, data=data, content_type=kind, charset=charset, fetched_at=FETCHED))


def _page(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"


PROSE = ("<p>The city council approved the new budget on Tuesday after a long debate about school funding "
         "and road repairs in the northern districts.</p>"
         "<p>Officials said the plan would take effect in March, pending a final review by the state auditor, "
         "who has raised concerns about two line items.</p>")


@pytest.fixture(scope="module")
def kursk():
    return _doc((ROOT / "fixtures" / "kursk.html").read_bytes(), source="fixtures/kursk.html")


def test_seed_page_title_is_the_headline(kursk):
    assert kursk.title == "Russian army again fails to fulfill Putin's Kursk mission, Ukraine keeps control of region"
    line = kursk.raw.splitlines()[kursk.title_line - 1]
    assert line[kursk.title_column - 1:].startswith("Russian army again fails")


@pytest.mark.parametrize("furniture", ["Loading comments...", "3 days ago", "28", "Related articles",
                                       "Copy link", "Advertisement", "War in Ukraine", "All rights reserved"])
def test_seed_page_drops_furniture(kursk, furniture):
    assert furniture not in kursk.text


def test_seed_page_keeps_the_body_paragraphs_verbatim(kursk):
    need_shared("seed", "kursk-article.txt")
    lines = SEED.read_text(encoding="utf-8").splitlines()
    expected = [line for line in lines[5:] if line.strip() and line.strip() != "Loading comments..."]
    assert [kursk.text[s:e] for s, e in kursk.paragraphs] == expected
    assert "losses.Despite" in kursk.text and "Bloomberg ." in kursk.text


def test_seed_page_relative_stamp_is_a_weak_signal(kursk):
    stamps = [s for s in kursk.date_signals if "3 days ago" in s.basis]
    assert stamps and stamps[0].weak and stamps[0].value == (FETCHED - timedelta(days=3)).date().isoformat()
    assert all(s.weak for s in kursk.date_signals)


def test_seed_page_paragraphs_map_to_their_lines(kursk):
    raw_lines = kursk.raw.splitlines()
    for start, _end in kursk.paragraphs:
        line, column = kursk.locate(start)
        assert raw_lines[line - 1][column - 1:].startswith(kursk.text[start:start + 12])


@pytest.mark.parametrize("stamp, days", [
    ("3 days ago", 3), ("Updated 2 days ago", 2), ("yesterday", 1), ("Posted: 1 week ago", 7),
    ("an hour ago", 1 / 24), ("5h ago", 5 / 24), ("today", 0),
])
def test_relative_stamps(stamp, days):
    assert relative_stamp(stamp) == timedelta(days=days)


@pytest.mark.parametrize("line", ["He left three days ago.", "2 days ago, the minister resigned in protest",
                                  "Yesterday's vote was close"])
def test_sentences_are_not_stamps(line):
    assert relative_stamp(line) is None
    assert not is_widget_line(line)


@pytest.mark.parametrize("line, value", [
    ("Published: December 27, 2024", "2024-12-27"), ("Updated on Friday, Dec. 27, 2024 at 10:30 a.m. ET", "2024-12-27"),
    ("Posted 27th December 2024", "2024-12-27"), ("published: Sept. 3, 2024", "2024-09-03"),
    ("First published 2024-12-27 10:00", "2024-12-27"), ("Published by Oxford University Press", None),
    ("Published: February 30, 2024", None),
])
def test_visible_stamps(line, value):
    signal = absolute_stamp_signal(line)
    assert (signal.value if signal else None) == value
    assert signal is None or (is_widget_line(line) and not signal.weak)


def test_visible_stamp_in_html_and_plain_text():
    html = _page("<article><p class='info'>Published: <time>December 27, 2024</time></p>" + PROSE + "</article>")
    doc = _doc(html)
    assert [(s.value, s.basis) for s in doc.date_signals] == [("2024-12-27", "visible stamp 'Published: December 27, 2024'")]
    assert "Published" not in doc.text
    plain = _doc("Rates rise again\n\nPublished: Sept. 3, 2024\n\nThe bank raised its main rate on Friday.\n",
                 kind="text/plain")
    assert [s.value for s in plain.date_signals] == ["2024-09-03"]
    assert [plain.text[s:e] for s, e in plain.paragraphs] == ["The bank raised its main rate on Friday."]


@pytest.mark.parametrize("line, widget", [("28", True), ("1.2K shares", True), ("Loading comments...", True),
                                          ("Share this article", True), ("Read more", True),
                                          ("28 people died.", False), ("Share prices fell.", False)])
def test_widget_lines(line, widget):
    assert is_widget_line(line) is widget


MARKDOWN = """---
title: "Council approves budget"
author: Jane Doe
date: 2024-12-26
---

Intro with **bold** and a [link to the report](http://example.org/r) here.
Second line of the *same* paragraph.

<!-- factcheck: ignore weekday-mismatch -->
## What changes

- first item with `code`
- second item
> A quote from the mayor.

```python
print("dropped")
```
Last words.
"""


@pytest.fixture(scope="module")
def markdown():
    return _doc(MARKDOWN, kind="text/markdown", source="draft.md")


def test_markdown_metadata(markdown):
    assert markdown.title == "Council approves budget"
    assert (markdown.title_line, markdown.title_column) == (2, 9)
    assert markdown.author == "Jane Doe"
    assert [(s.value, s.basis) for s in markdown.date_signals] == [("2024-12-26", "front matter date")]
    assert markdown.front_matter["author"] == "Jane Doe"
    assert "<!-- factcheck: ignore weekday-mismatch -->" in markdown.raw


@pytest.mark.parametrize("word, line, column", [
    ("Intro", 7, 1), ("bold", 7, 14), ("link", 7, 28), ("here", 7, 70), ("same", 8, 21),
    ("What", 11, 4), ("first", 13, 3), ("code", 13, 20), ("second", 14, 3), ("quote", 15, 5), ("Last", 20, 1),
])
def test_markdown_offsets_map_to_real_lines(markdown, word, line, column):
    offset = markdown.text.index(word)
    assert markdown.locate(offset) == (line, column)
    assert MARKDOWN.splitlines()[line - 1][column - 1:].startswith(word)


@pytest.mark.parametrize("gone", ["**", "http://example.org", "](", "print(", "```", "<!--", "- first", "> A", "##"])
def test_markdown_syntax_is_stripped(markdown, gone):
    assert gone not in markdown.text


def test_markdown_title_from_heading():
    doc = _doc("Intro line.\n\n# The real title\n\nBody text of the draft, long enough to read.\n",
               kind="text/markdown")
    assert doc.title == "The real title" and doc.title_line == 3 and "The real title" not in doc.text


def test_markdown_with_windows_line_endings():
    md = "---\r\ntitle: Hello world\r\ndate: 2024-01-02\r\n---\r\n\r\nSome *text* on line six.\r\nAnd [more](x) on seven.\r\n"
    doc = _doc(md, kind="text/markdown")
    assert doc.title == "Hello world" and doc.date_signals[0].value == "2024-01-02"
    assert doc.locate(doc.text.index("more")) == (7, 6) and "\r" not in doc.text


@pytest.mark.parametrize("kind, data", [
    ("text/markdown", "# Rates rise again\n\n*By Jane Doe*\n\nThe bank raised its main rate on Friday.\n"),
    ("text/plain", "Rates rise again\n\nBy Jane Doe\n\nThe bank raised its main rate on Friday.\n"),
])
def test_byline_line_in_drafts(kind, data):
    doc = _doc(data, kind=kind)
    assert doc.author == "Jane Doe"
    assert [doc.text[s:e] for s, e in doc.paragraphs] == ["The bank raised its main rate on Friday."]


def test_markdown_broken_front_matter_names_the_line():
    with pytest.raises(FactcheckError, match=r"draft\.md:3: invalid front matter"):
        _doc("---\ntitle: ok\nauthor: [unclosed\n---\n\nBody.\n", kind="text/markdown", source="draft.md")


def test_plain_text_seed():
    need_shared("seed", "kursk-article.txt")
    raw = SEED.read_text(encoding="utf-8")
    doc = _doc(SEED.read_bytes(), kind="text/plain")
    assert doc.text == raw and doc.raw == raw
    assert doc.title == raw.splitlines()[0] and doc.title_span == (0, len(doc.title)) and doc.title_line == 1
    paragraphs = [doc.text[s:e] for s, e in doc.paragraphs]
    assert len(paragraphs) == 8 and paragraphs[0].startswith("Ukrainian forces")
    assert not any(p in ("3 days ago", "28", "Loading comments...") for p in paragraphs)
    assert [s.basis for s in doc.date_signals] == ["relative stamp '3 days ago'"]
    assert doc.locate(doc.paragraphs[1][0]) == (7, 1)


def test_plain_text_without_headline():
    doc = _doc("The minister said on Monday that the talks would resume.\nThey did not.\n", kind="text/plain")
    assert doc.title is None and doc.paragraphs == ((0, len(doc.text.rstrip())),)


@pytest.mark.parametrize("data, kind, charset, expected", [
    ("Café déjà vu, naïve résumé.".encode("latin-1"), "text/plain", "ISO-8859-1", "Café déjà vu"),
    ("Café crème: a story.".encode("utf-8"), "text/plain", None, "Café crème"),
    ("Café crème: a story.".encode("utf-16"), "text/plain", None, "Café crème"),
    ("Price: 5 €, café.".encode("cp1252"), "text/plain", "no-such-charset", "5 €, café"),
    (b"Caf\xc3\xa9 \xff\xfe broken but still here.", "text/plain", None, "Café \ufffd\ufffd broken"),
    (_page("<p>Москва сегодня объявила о новых мерах поддержки экономики и бизнеса в регионах страны.</p>",
           '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">').encode("cp1251"),
     "text/html", None, "Москва сегодня"),
    (_page("<p>Zürich: Die Behörden prüfen den Vorfall, der sich am Montag ereignet hat, sehr genau.</p>",
           '<meta charset="iso-8859-1">').encode("latin-1"), "text/html", None, "Zürich: Die Behörden"),
])
def test_decoding(data, kind, charset, expected):
    assert expected in _doc(data, kind=kind, charset=charset).text


def test_header_charset_wins_over_meta():
    html = _page("<p>Le café était fermé ce matin, selon les habitants du quartier interrogés sur place.</p>",
                 '<meta charset="utf-8">').encode("latin-1")
    assert "café était" in decode(html, "latin-1", content_type="text/html")


@pytest.mark.parametrize("data", [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
                                  b"%PDF-1.4\n\x00\x01\x02\x03" * 10])
def test_binary_is_refused(data):
    with pytest.raises(FactcheckError, match="binary"):
        _doc(data, kind="text/plain")


@pytest.mark.parametrize("data, kind", [
    (_page("<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><div>28</div>"), "text/html"),
    (_page(""), "text/html"),
    ("   \n\n  ", "text/plain"),
    ("---\ntitle: only front matter\n---\n", "text/markdown"),
])
def test_no_text_is_an_error(data, kind):
    with pytest.raises(FactcheckError, match="no article text found in page"):
        _doc(data, kind=kind)


BLOG = """<!DOCTYPE html><html><head><title>Harbour dredging to start in spring &raquo; Coastal Courier</title>
<meta property="og:title" content="Harbour dredging to start in spring"></head>
<body><div id="page"><div id="masthead"><ul class="menu"><li><a href="/">Home</a></li><li><a href="/local">Local</a></li>
<li><a href="/sport">Sport</a></li></ul></div>
<div id="content"><div class="post"><h1 class="entry-title">Harbour dredging to start in spring</h1>
<div class="entry-meta">Posted by <a rel="author" href="/u/mo">Mo Ahmed</a> · 2 hours ago</div>
<div class="entry-content">
<p>Dredging of the inner harbour will begin in April, the port authority confirmed on Wednesday, after two years of delays caused by a dispute over where the silt should be dumped.</p>
<h2>Fishing fleet relieved</h2>
<p>Skippers said the work was overdue. "Some boats can only leave at high tide," said one trawler owner, who asked not to be named because of an ongoing contract talk.</p>
<p>The project is expected to cost 4.2 million pounds and last eleven weeks.</p>
<div class="sharedaddy"><h3>Share this:</h3><ul><li><a href="#">Facebook</a></li><li><a href="#">X</a></li></ul></div>
</div></div>
<div id="comments" class="comments-area"><h2>3 thoughts on this</h2><ol class="comment-list">
<li><p>I have lived by this harbour for forty years and I have never seen it this shallow, the council should have acted much sooner than this.</p></li>
<li><p>Where is the silt going to go? Nobody in the village has been told anything about the dumping site and we deserve an answer before April.</p></li>
</ol></div></div>
<div id="secondary" class="widget-area"><section class="widget"><h2>Recent posts</h2><ul>
<li><a href="/a">Lifeboat crew honoured for winter rescue off the headland</a></li>
<li><a href="/b">New ferry timetable announced for the summer season</a></li></ul></section>
<section class="widget newsletter"><p>Sign up for our weekly newsletter and get the best local stories delivered straight to your inbox every Friday morning.</p></section></div>
<div id="colophon"><p>Copyright 2024 Coastal Courier. Proudly powered by a content management system.</p></div>
</div></body></html>"""


def test_generic_blog_page():
    doc = _doc(BLOG)
    paragraphs = [doc.text[s:e] for s, e in doc.paragraphs]
    assert paragraphs[0].startswith("Dredging of the inner harbour")
    assert "Fishing fleet relieved" in paragraphs
    assert paragraphs[-1] == "The project is expected to cost 4.2 million pounds and last eleven weeks."
    assert doc.title == "Harbour dredging to start in spring" and doc.author == "Mo Ahmed"
    assert [s.basis for s in doc.date_signals] == ["relative stamp '2 hours ago'"]
    for furniture in ("Share this", "forty years", "newsletter", "Lifeboat crew", "Copyright", "Sport"):
        assert furniture not in doc.text


def test_layout_wrapper_with_a_furniture_like_class_is_kept():
    comment = "<li class='comment'><p>I disagree with every word of this, and so does everyone on my street. " * 3
    html = _page("<div class='layout has-sidebar'><h1>Budget approved</h1>" + PROSE + "</div>"
                 "<ol class='comment-list'>" + comment * 6 + "</ol>")
    doc = _doc(html)
    assert doc.text.startswith("The city council approved") and "I disagree" not in doc.text


def test_broken_html_still_extracts():
    broken = ("<html><body><div class='story'><h1>Flood warning issued<p>Heavy rain is expected to continue "
              "through the weekend across the river valley, forecasters said on Friday.<p>Residents near the "
              "banks were told to move valuables upstairs <b>before Saturday night<div>and stay alert")
    doc = _doc(broken)
    assert doc.title == "Flood warning issued"
    assert "Heavy rain is expected" in doc.text and "Residents near the banks" in doc.text


def test_html_sniffed_from_plain_text():
    doc = _doc(_page("<h1>Budget approved</h1>" + PROSE), kind="text/plain")
    assert doc.content_type == "text/html" and doc.title == "Budget approved" and "<p>" not in doc.text


JSON_LD = """<script type="application/ld+json">
{"@context": "https://schema.org", "@graph": [
  {"@type": "WebSite", "name": "Example News"},
  {"@type": "NewsArticle", "headline": "Council approves budget",
   "datePublished": "2024-12-26T08:15:00+00:00", "dateModified": "2024-12-27T10:00:00Z",
   "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "Ravi Patel"}]}
]}</script>"""


def test_json_ld_metadata():
    doc = _doc(_page("<h1>Council approves budget</h1>" + PROSE, head=JSON_LD + "<title>Budget | Example</title>"))
    assert doc.title == "Council approves budget"
    assert doc.author == "Jane Doe, Ravi Patel"
    signals = {(s.value, s.basis, s.weak) for s in doc.date_signals}
    assert ("2024-12-26T08:15", "json-ld datePublished", False) in signals
    assert ("2024-12-27T10:00", "json-ld dateModified", False) in signals


@pytest.mark.parametrize("head, body, value, basis", [
    ('<meta property="article:published_time" content="2023-05-04T12:00:00Z">', "", "2023-05-04T12:00",
     "meta article:published_time"),
    ('<meta itemprop="datePublished" content="2023-05-04">', "", "2023-05-04", "itemprop datePublished"),
    ("", '<time datetime="2023-05-04">May 4</time>', "2023-05-04", "time datetime"),
    ("", '<span class="updated">Updated 2 days ago</span>', "2024-12-28", "relative stamp 'Updated 2 days ago'"),
])
def test_html_date_signals(head, body, value, basis):
    doc = _doc(_page("<article>" + body + PROSE + "</article>", head=head))
    assert any(s.value == value and s.basis == basis for s in doc.date_signals)
    assert "Updated 2 days ago" not in doc.text


def test_json_ld_article_body_vouches_for_the_right_blocks():
    article = ["The regional water authority raised its rates for the first time in six years on Monday, citing "
               "the cost of replacing pipes laid in the 1950s across the eastern suburbs.",
               "Households will pay about four dollars more each month, the authority said, while large industrial "
               "users face a steeper increase that will be phased in over two years.",
               "Consumer groups said they would challenge the decision before the utilities board next spring."]
    other = ("A long serialised story about a lighthouse keeper who counts the ships that pass each night and "
             "writes their names in a ledger that nobody has ever asked to read, season after season. ")
    body_json = json.dumps({"@type": "NewsArticle", "headline": "Water rates rise", "articleBody": " ".join(article)})
    html = _page("<div class='main'><div class='story'>" + "".join(f"<p>{p}</p>" for p in article) + "</div>"
                 "<div class='feature'>" + "".join(f"<p>{other}{i}</p>" for i in range(4)) + "</div></div>",
                 head=f'<script type="application/ld+json">{body_json}</script>')
    doc = _doc(html)
    assert [doc.text[s:e] for s, e in doc.paragraphs] == article


@pytest.mark.parametrize("head, title", [
    ('<meta property="og:title" content="Rates rise again | The Ledger"><meta property="og:site_name" '
     'content="The Ledger">', "Rates rise again"),
    ("<title>The Ledger - Rates rise again: what it means for you</title>"
     '<meta property="og:site_name" content="The Ledger">', "Rates rise again: what it means for you"),
    ('<meta name="twitter:title" content="Rates rise again">', "Rates rise again"),
])
def test_html_title_without_h1(head, title):
    assert _doc(_page(PROSE, head=head)).title == title


def test_byline_is_not_body_text():
    head = '<meta name="author" content="Priya Raman">'
    doc = _doc(_page("<article><h1>Budget approved</h1><p>By Priya Raman, Local Government Reporter</p>"
                     + PROSE + "</article>", head=head))
    assert doc.author == "Priya Raman" and "Priya" not in doc.text and doc.text.startswith("The city council")


@pytest.mark.parametrize("line, author", [
    ("By <a href='/a'>Jane Doe</a> | Published December 27, 2024", "Jane Doe"),
    ("By Jane Doe and Tom O'Neill, Reuters", "Jane Doe and Tom O'Neill"),
    ("By Monday, officials said, the roads would be open again.", None),
])
def test_visible_byline(line, author):
    doc = _doc(_page(f"<article><h1>Budget approved</h1><div>{line}</div>{PROSE}</article>"))
    assert doc.author == author
    assert ("By " in doc.text) is (author is None)


def test_html_byline_and_title_fallbacks():
    head = '<title>Budget approved after long debate - The Daily Example</title><meta name="author" content="By Ann Lee">'
    doc = _doc(_page(PROSE, head=head))
    assert doc.title == "Budget approved after long debate" and doc.author == "Ann Lee"


def test_extract_does_not_import_parsers_at_import_time():
    code = "import sys, factcheck.extract, factcheck.cli; print('lxml' in sys.modules or 'bs4' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "False"


def test_benchmark_subset():
    need_shared("bench", "extraction")
    sys.path.insert(0, str(ROOT / "bench"))
    import extraction

    result = extraction.run(limit=10)
    assert result["f1"] > 0.9


@pytest.mark.parametrize("second_line, author, stamp", [
    ("By Tom Reyes", "Tom Reyes", None),
    ("By Ann Lee | July 16, 2025", "Ann Lee", "2025-07-16"),
    ("By Ann Lee \u00b7 Tuesday, July 15, 2025", "Ann Lee", "2025-07-15"),
    ("Published: July 16, 2025", None, "2025-07-16"),
])
def test_plain_headline_with_a_masthead_line_under_it(second_line, author, stamp):
    text = f"Fair returns with a bigger midway\n{second_line}\n\nThe fair opens next week, its president said.\n"
    doc = extract(Acquired(source="d.txt", data=text.encode(), content_type="text/plain"))
    assert doc.title == "Fair returns with a bigger midway"
    assert doc.author == author
    assert [s.value for s in doc.date_signals] == ([stamp] if stamp else [])


def test_plain_first_line_followed_by_prose_is_not_a_title():
    text = "The fair opens next week\nwith a bigger midway, its president said.\n"
    doc = extract(Acquired(source="d.txt", data=text.encode(), content_type="text/plain"))
    assert doc.title is None


@pytest.mark.parametrize("key", ["date", "publishDate", "pubDate", "published", "publish_date"])
def test_markdown_front_matter_date_keys(key):
    text = f"---\ntitle: T\n{key}: 2022-06-07\n---\n\nThe library reopened on Tuesday.\n"
    doc = extract(Acquired(source="d.md", data=text.encode(), content_type="text/markdown"))
    assert [s.value for s in doc.date_signals] == ["2022-06-07"]


@pytest.mark.parametrize("second_line", [
    "WASHINGTON, Wednesday, November 5, 2014 \u2014 Democrats kept their majority, party leaders said.",
    "LONDON (Reuters) - Shares fell on Monday, traders said.",
    "KYIV, Ukraine (AP) \u2014 Drones struck a power plant overnight, officials said.",
])
def test_plain_headline_directly_over_a_wire_dateline(second_line):
    text = f"Democrats keep control of the Senate\n{second_line}\n\nMore text follows here.\n"
    doc = extract(Acquired(source="d.txt", data=text.encode(), content_type="text/plain"))
    assert doc.title == "Democrats keep control of the Senate"


def test_plain_first_line_over_a_capitalised_sentence_is_not_a_title():
    text = "The council met with\nNASA engineers on Monday to discuss the launch.\n"
    doc = extract(Acquired(source="d.txt", data=text.encode(), content_type="text/plain"))
    assert doc.title is None


def test_og_published_time_is_a_date_signal():
    page = ('<html><head><meta property="og:published_time" content="2021-09-14T10:00:00Z"></head>'
            '<body><article><h1>Board approves stadium plan</h1><p>The board approved the plan on Tuesday '
            'after a long debate, its chair said. The vote was close.</p></article></body></html>')
    doc = extract(Acquired(source="p.html", data=page.encode(), content_type="text/html"))
    assert any(s.value.startswith("2021-09-14") and "og:published_time" in s.basis for s in doc.date_signals)


# --- issue 11: date, byline and title signals as real pages write them (snippets from real pages) ---

def _signal_dates(doc) -> dict[str, str]:
    return {s.basis: s.value[:10] for s in doc.date_signals}


@pytest.mark.parametrize("head, body, value, basis_start", [
    ('<meta name="date" content="Tuesday, Aug. 17, 2010">', "", "2010-08-17", "meta date"),
    ('<meta name="article_date_original" content="Monday, December 29, 2014,  3:02 PM">', "", "2014-12-29",
     "meta article_date_original"),
    ('<meta property="article:publicationdate" content="2015-03-18T09:00:00-04:00">', "", "2015-03-18",
     "meta article:publicationdate"),
    ('<meta name="article:published" content="2019-11-18T17:56:27.000Z">', "", "2019-11-18", "meta article:published"),
    ('<meta name="pdate" content="20191119">', "", "2019-11-19", "meta pdate"),
    ('<meta name="datepublished" content="20141229 18:22:00">', "", "2014-12-29", "meta datepublished"),
    ('<meta property="og:article:published_time" content="2014-9-5T12:00Z">', "", "2014-09-05",
     "meta og:article:published_time"),
    ("", '<h1>Oil prices</h1><p class="byline">By Jane Doe</p><span>Tue Dec 30, 2014 4:33pm IST</span>',
     "2014-12-30", "visible date under the headline"),
    ("", "<h1>Oil prices</h1><div>Published: 11/18/2011</div>", "2011-11-18", "visible"),
    ("", "<h1>Oil prices</h1><div>02/10/2020</div>", "2020-02-10", "visible date under the headline"),
    ("", "<h1>Oil prices</h1><span>2022-04-26 21:21:50</span>", "2022-04-26", "visible date under the headline"),
    ("", "<h1>Oil prices</h1><span>By Jason Tabrys \u2022 12.29.14</span>", "2014-12-29",
     "visible date under the headline"),
    ("", "<h1>Oil prices</h1><p>Date 19.01.2020</p>", "2020-01-19", "visible date under the headline"),
    ("<title>Oil prices | India Post</title>", '<h2 class="article-title">Oil prices</h2><div class="date"><div>November 20</div><div><font>15:23</font>'
     "<font>2019</font></div></div>", "2019-11-20", "visible date under the headline"),
    ('<link rel="canonical" href="https://www.example.com/2015/03/18/us/oil-prices.html">', "", "2015-03-18",
     "date in the URL"),
    ('<meta property="og:url" content="https://www.politifact.com/article/2019/nov/18/guide/">', "", "2019-11-18",
     "date in the URL"),
    ('<link rel="canonical" href="https://www.quantamagazine.org/tuft-cells-taste-danger-20191115/">', "",
     "2019-11-15", "date in the URL"),
])
def test_real_page_date_signals(head, body, value, basis_start):
    doc = _doc(_page("<article>" + body + PROSE + "</article>", head=head))
    assert any(v == value and b.startswith(basis_start) for b, v in _signal_dates(doc).items()), doc.date_signals


def test_day_first_page_reads_numeric_dates_day_first():
    page = '<html lang="pt-BR"><body><article><h1>Atendimento</h1><span>05/10/2018 - Publicado</span>' + PROSE
    assert "2018-10-05" in _signal_dates(_doc(page + "</article></body></html>")).values()


@pytest.mark.parametrize("body", [
    "<h1>Tariffs explained</h1><figure><figcaption>A cargo ship leaves PortMiami, on Aug. 31, 2019.</figcaption>"
    "</figure>",
    "<h1>Tariffs explained</h1><aside class='related'><a href='/x'>What we are reading this week, December 31, "
    "2014</a></aside>",
])
def test_captions_and_related_links_are_no_headline_date(body):
    doc = _doc(_page("<article>" + body + PROSE + "</article>"))
    assert not any(s.basis.startswith("visible date") for s in doc.date_signals)


def test_embedded_video_date_is_not_the_article_date():
    video = ('<script type="application/ld+json">{"@type": "VideoObject", "name": "Clip",'
             ' "datePublished": "2019-04-18T14:44:36-04:00"}</script>')
    doc = _doc(_page("<article>" + PROSE + "</article>", head=video))
    assert not any(s.value.startswith("2019-04-18") for s in doc.date_signals)


def test_relative_stamp_without_fetch_time_stays_unresolved():
    page = _page("<article><span>5 days ago</span>" + PROSE + "<p>Today, <a href='/x'>the mayor</a> spoke.</p>"
                 "</article>")
    doc = extract(Acquired(source="saved.html", data=page.encode(), content_type="text/html"))
    stamps = [s for s in doc.date_signals if "relative stamp" in s.basis]
    assert [(s.value, s.weak) for s in stamps] == [("", True)]
    assert "5 days ago" in stamps[0].basis and "Today" not in stamps[0].basis


@pytest.mark.parametrize("author, expected", [
    ("Bryan Walsh Tuesday, Aug. 17, 2010", "Bryan Walsh"),
    ("Reuters Updated: January 16, 2020", "Reuters"),
    ("9:39AM BST 05 Oct 2011", None),
    ("No Author", None),
    ("admin", None),
    ("Staff", None),
    ("By C. Ryanne Laratonda | Posted Feb. 27, 2014, 5:17 p.m.", "C. Ryanne Laratonda"),
    ("Antonio Regalado on December 4, 2014", "Antonio Regalado"),
    ("View all posts by Daniel Lemire", "Daniel Lemire"),
    ("Monday Jones", "Monday Jones"),
    ("Jo Smith on Tuesday, May 5, 2015", "Jo Smith"),
    ("Reporting on Climate", "Reporting on Climate"),
    ("Sunday Times Staff", "Sunday Times Staff"),
    ("Dana A. Ford and Tom Watkins, CNN", "Dana A. Ford and Tom Watkins, CNN"),
])
def test_author_without_dates_or_placeholders(author, expected):
    head = f'<meta name="author" content="{author}"><meta name="byl" content="By Jane Roe">'
    doc = _doc(_page("<article>" + PROSE + "</article>", head=head))
    assert doc.author == (expected or "Jane Roe")


@pytest.mark.parametrize("head, body, author", [
    ('<meta name="article_author" content="Darcie Moran | dmoran@mlive.com">', "", "Darcie Moran"),
    ("", '<div class="gnt_ar_by">By <a>Kevin Johnson</a> and <a>Kevin McCoy</a></div>'
         '<div class="article-byline"><span>DANICA KIRKA and JILL LAWLESS</span><span>Associated Press</span></div>',
     "DANICA KIRKA and JILL LAWLESS Associated Press"),
    ("", '<span class="byline">/ Cory Doctorow / 10:08 am Fri Jul 19, 2013</span>', "Cory Doctorow"),
])
def test_author_from_real_bylines(head, body, author):
    assert _doc(_page("<article>" + body + PROSE + "</article>", head=head)).author == author


@pytest.mark.parametrize("head, body, title", [
    ('<meta property="og:title" content="Final manoeuvre of AirAsia flight raises questions">',
     "<h1>Final manoeuvre of AirAsia flight raises questions Add to ...</h1>",
     "Final manoeuvre of AirAsia flight raises questions"),
    ('<meta property="og:title" content="Letters: Coddling criminals | Undermining road">',
     "<h1>Letters to the Editor | Letters: Coddling criminals | Undermining road</h1>",
     "Letters: Coddling criminals | Undermining road"),
    ('<meta property="og:title" content="Jennifer Lawrence at the game"><meta name="twitter:title" '
     'content="DailyCaller">', '<h1><a href="http://dailycaller.com">DailyCaller</a></h1><h1>Jennifer Lawrence '
     'at the game</h1>', "Jennifer Lawrence at the game"),
    ("<title>About bugs \u2013 Vortex Cannon Entertainment</title>", "<h1>About bugs</h1>", "About bugs"),
])
def test_title_without_sections_or_ui_text(head, body, title):
    assert _doc(_page("<article>" + body + PROSE + "</article>", head=head)).title == title
