"""Datelines, bylines and titles on real news pages, against truth written down before the tool ran.

Pages: fixtures/realpages/*.html.gz (public extraction projects' test pages, see ORIGIN.md there) and,
when present, the 181 pages of ../shared/bench/extraction/html (truth in bench/realpages_truth.yaml).
Each page is read as a saved file is: no fetch time, no URL but what the page itself says.

A quarter of the pages (by a hash of the file name) is held out: the rules were not tuned on them.

    python bench/datelines.py [--held-out] [--show]      # --show lists every page that is not right
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import re
import sys
from datetime import date
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
PAGES = ROOT / "fixtures" / "realpages"
SHARED = ROOT.parent / "shared" / "bench" / "extraction" / "html"
_DATE_IN_AUTHOR = re.compile(
    r"\d{1,2}[:/.]\d\d|\b(?:19|20)\d\d\b|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d"
    r"|\b(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b,|\b(?:updated|published|posted)\b", re.I)
_PLACEHOLDER = re.compile(r"^(?:no author|none|null|unknown|staff|admin|administrator|anonymous|author|guest|"
                          r"editor|webmaster|name \*?|by)$", re.I)
_TITLE_JUNK = re.compile(  # two section separators, widget text, a dangling separator
    r"\s[|\u2013\u2014:»]\s.*\s[|\u2013\u2014:»]\s|\bAdd to\b|^\s*[|\u2013\u2014-]|[|\u2013\u2014-]\s*$")
_WORD = re.compile(r"\w+")


def held_out(name: str) -> bool:
    """A fixed quarter of the set, by file name, kept out of tuning."""
    return hashlib.sha1(name.encode()).hexdigest()[0] in "0123"


def load_pages() -> list[tuple[str, bytes, dict]]:
    """(name, raw html, truth) for every page with a truth entry."""
    out = []
    truth = yaml.safe_load((PAGES / "truth.yaml").read_text(encoding="utf-8"))
    for name, entry in sorted(truth.items()):
        out.append((name, gzip.decompress((PAGES / name).read_bytes()), entry))
    shared_truth = ROOT / "bench" / "realpages_truth.yaml"
    if SHARED.is_dir():
        for key, entry in sorted(yaml.safe_load(shared_truth.read_text(encoding="utf-8")).items()):
            path = SHARED / f"{key}.html.gz"
            if path.exists():
                out.append((key, gzip.decompress(path.read_bytes()), entry))
    return out


def run_page(name: str, data: bytes, today: date):
    """(document, dateline) as `factcheck check saved.html` sees them: no fetch time, no URL."""
    from factcheck.analysis import Analysis
    from factcheck.extract import extract
    from factcheck.model import Acquired, FactcheckError, Options

    try:
        document = extract(Acquired(source=name, data=data, content_type="text/html"))
    except FactcheckError:
        return None, None
    return document, Analysis(document, Options(today=today)).dateline


def judge(entry: dict, document, dateline, today: date) -> dict:
    """One page's verdicts: date right/wrong/missing, run-date leak, author and title problems."""
    truth = entry.get("date")
    good = [date.fromisoformat(str(d)) for d in [truth] + list(entry.get("accept") or []) if d]
    got = dateline.date if dateline else None
    if truth is None:
        verdict = "none-ok" if got is None else "none-dated"
    elif got is None:
        verdict = "missing"
    else:
        verdict = "right" if any(abs((got - g).days) <= 1 for g in good) else "wrong"
    author = (document.author or "") if document else ""
    title = (document.title or "") if document else ""
    problems = []
    if author and _DATE_IN_AUTHOR.search(author):
        problems.append("author-date")
    if author and _PLACEHOLDER.match(author.strip(" .,:-")):
        problems.append("author-placeholder")
    true_title = entry.get("title") or ""
    if title and (_TITLE_JUNK.search(title) and not _TITLE_JUNK.search(true_title) or
                  true_title and not _similar(title, true_title)):
        problems.append("title")
    true_by = entry.get("byline") or ""
    byline = None if not true_by else bool(set(_WORD.findall(true_by.lower())) & set(_WORD.findall(author.lower())))
    return {"verdict": verdict, "got": got, "leak": got == today and truth != today.isoformat(), "byline": byline,
            "problems": problems, "author": author, "title": title,
            "basis": dateline.basis if dateline else "extraction refused the page"}


def _similar(a: str, b: str) -> bool:
    wa, wb = set(_WORD.findall(a.lower())), set(_WORD.findall(b.lower()))
    return bool(wa and wb) and len(wa & wb) / max(len(wa), len(wb)) >= 0.6


def table(label: str, rows: list[dict]) -> str:
    dated = [r for r in rows if r["verdict"] in ("right", "wrong", "missing")]
    undated = [r for r in rows if r["verdict"].startswith("none")]
    right = sum(r["verdict"] == "right" for r in dated)
    count = lambda key: sum(key in r["problems"] for r in rows)  # noqa: E731
    share = f"{right / len(dated):.1%}" if dated else "-"
    return (f"{label:<10} pages {len(rows):>4} | dated {len(dated):>4}: right {right:>4} ({share}), "
            f"wrong {sum(r['verdict'] == 'wrong' for r in dated):>3}, "
            f"missing {sum(r['verdict'] == 'missing' for r in dated):>3}"
            f" | undated {len(undated):>3}: dateline-missing {sum(r['verdict'] == 'none-ok' for r in undated):>3},"
            f" dated anyway {sum(r['verdict'] == 'none-dated' for r in undated):>3}"
            f" | run-date {sum(r['leak'] for r in rows)} | author date {count('author-date')},"
            f" placeholder {count('author-placeholder')} | title junk {count('title')}"
            f" | byline shares a word with the draft byline {sum(r['byline'] is True for r in rows)}"
            f"/{sum(r['byline'] is not None for r in rows)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--held-out", action="store_true", help="also run the held-out quarter")
    parser.add_argument("--show", action="store_true", help="list every page that is not right")
    args = parser.parse_args()
    today = date.today()
    groups: dict[str, list[dict]] = {"tuning": [], "held-out": []}
    for name, data, entry in load_pages():
        group = "held-out" if held_out(name) else "tuning"
        if group == "held-out" and not args.held_out:
            continue
        document, dateline = run_page(name, data, today)
        row = judge(entry, document, dateline, today)
        groups[group].append(row)
        if args.show and (row["verdict"] in ("wrong", "missing", "none-dated") or row["problems"] or row["leak"]):
            print(f"{name[:48]:<48} {row['verdict']:<10} truth {entry.get('date')} got {row['got']} "
                  f"[{row['basis'][:90]}] {' '.join(row['problems'])} author={row['author'][:40]!r} "
                  f"title={row['title'][:60]!r}")
    for label, rows in groups.items():
        if rows:
            print(table(label, rows))


if __name__ == "__main__":
    main()
