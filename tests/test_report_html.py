"""HTML report: golden file, escaping, one self-contained page, the CLI's --output and --open, and the seed
report rendered in a real headless Chromium."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main
from factcheck.model import Claim, Document, Evidence, Finding, Result
from factcheck.report import render
from report_cases import check_golden, results

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "fixtures" / "kursk.html"
CORPUS = ROOT / "fixtures" / "corpus"


class _Tags(HTMLParser):
    """Start tags and their attributes, to check structure without a browser."""

    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def tags(page: str) -> list[tuple[str, dict]]:
    parser = _Tags()
    parser.feed(page)
    return parser.tags


def test_golden():
    check_golden("report.html", render("html", results()))


HOSTILE_TEXT = ('The minister said <script>alert(1)</script> and </style><b>bold</b> & "quotes" \x1b]0;x\x07 '
                "on Monday, January 7, 2025.")


def hostile_result() -> Result:
    text = HOSTILE_TEXT
    start = text.index("Monday, January 7, 2025")
    doc = Document(source="<draft>.md", text=text, title="<i>Title</i>", author="A <b>B</b>",
                   paragraphs=((0, len(text)),))
    finding = Finding("weekday-mismatch", "error", "January 7, 2025 was a Tuesday <not> a Monday", text, 1, start + 1,
                      start=start, end=start + len("Monday, January 7, 2025"),
                      evidence=(Evidence("<evidence>", source="wire & co", date="2025-01-07"),))
    claims = (Claim(text, "contradicted", (Evidence("It was <Tuesday>", "wire", "2025-01-07"),)),)
    return Result(source="<draft>.md", document=doc, findings=(finding,), claims=claims,
                  credibility={"score": 40, "signals": [{"name": "byline<x>", "value": 0.5, "weight": 1.0,
                                                         "why": "<why>"}]})


def test_everything_from_the_document_is_escaped():
    page = render("html", [hostile_result()])
    assert "<script>alert" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "</style><b>" not in page and "<i>Title</i>" not in page and "&lt;evidence&gt;" in page
    assert "\x1b" not in page and "\x07" not in page and "\\x1b" in page
    assert [t for t, _ in tags(page)].count("script") == 0
    assert [t for t, _ in tags(page)].count("style") == 1


def test_flagged_sentence_is_marked_and_linked_to_its_finding():
    page = render("html", [hostile_result()])
    mark = re.search(r'<mark class="error" id="(doc-0-s0)"[^>]*>(.*?)</mark>', page, re.S)
    assert mark, "the flagged sentence is marked by its severity"
    assert '<strong class="hit">Monday, January 7, 2025</strong>' in mark.group(2)
    assert 'href="#doc-0-f0"' in page and 'id="doc-0-f0"' in page and f'href="#{mark.group(1)}"' in page
    assert "factcheck: ignore weekday-mismatch" in page  # how to suppress it
    assert "contradicted" in page and "It was &lt;Tuesday&gt;" in page  # the claims table


def test_one_self_contained_page():
    page = render("html", [hostile_result()])
    for tag, attrs in tags(page):
        for name in ("src", "href"):
            value = attrs.get(name) or ""
            assert not value.startswith(("http:", "https:", "//")) or tag == "a", (tag, attrs)
        assert not (tag == "link" and attrs.get("rel") == "stylesheet")
    assert "@import" not in page and "url(" not in page
    assert '<html lang="en">' in page and "<main" in page and "@media print" in page


def test_many_documents_get_a_table_of_contents():
    page = render("html", results())
    assert '<nav class="toc"' in page
    assert page.count('<article class="document"') == 3
    assert "no such file" in page


def _runner():
    return CliRunner()


def test_output_writes_any_format_to_a_file(tmp_path):
    out = tmp_path / "report.json"
    result = _runner().invoke(main, ["check", str(SEED), "--format", "json", "--output", str(out)])
    assert result.exit_code == 1
    assert out.read_text().startswith("{") and '"version": 1' in out.read_text()
    assert result.stdout == ""


def test_output_to_an_unwritable_place_is_a_one_line_error(tmp_path):
    result = _runner().invoke(main, ["check", str(SEED), "--format", "html", "--output",
                                     str(tmp_path / "missing" / "report.html")])
    assert result.exit_code == 2
    assert "cannot write the report" in result.stderr and "Traceback" not in result.output


def test_open_without_a_browser_writes_the_page_and_says_where(tmp_path, monkeypatch):
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "BROWSER"):
        monkeypatch.delenv(var, raising=False)
    out = tmp_path / "r.html"
    result = _runner().invoke(main, ["check", str(SEED), "--open", "--output", str(out)])
    assert result.exit_code == 1
    assert out.read_text().startswith("<!doctype html>")
    assert f"open {out} yourself" in result.stderr


def test_open_asks_for_html(tmp_path):
    result = _runner().invoke(main, ["check", str(SEED), "--open", "--format", "json"])
    assert result.exit_code == 2 and "--open shows the HTML report" in result.output


def _chromium() -> str | None:
    found = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("CI must install chromium (Debian's package) for the browser test")
        pytest.skip("no chromium on this machine")
    return found


def test_seed_report_in_a_real_browser(tmp_path):
    chromium = _chromium()
    page = tmp_path / "report.html"
    result = _runner().invoke(main, ["check", str(SEED), "--corpus", str(CORPUS), "--format", "html",
                                     "--output", str(page)])
    assert result.exit_code == 1, result.output
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
             f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run([chromium, *flags, "--dump-dom", page.as_uri()], capture_output=True, text=True,
                         timeout=120).stdout
    assert '<mark class="error"' in dom, "the founding case is highlighted as an error"
    assert re.search(r'<strong class="hit">January 20</strong>', dom)
    assert "tense-vs-dateline" in dom and "title-anachronism" in dom
    assert "Claims against the corpus" in dom and "Credibility" in dom
    shot = tmp_path / "report.png"
    subprocess.run([chromium, *flags, "--window-size=1280,1800", f"--screenshot={shot}", page.as_uri()],
                   capture_output=True, timeout=120)
    assert shot.is_file() and shot.stat().st_size > 10_000, "the page renders to a screenshot"
