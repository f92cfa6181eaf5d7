"""Sourcing flags on real pages, judged by reading: anonymous-source, secondhand-report, unattributed-claim.

Runs every check over the real pages in fixtures/realpages/ (170 English news pages from extraction
projects' test suites, see its ORIGIN.md) and looks each finding of the three sourcing rules up in
bench/sourcing_judgements.yaml, where a person who read the sentence in its page wrote down whether an
editor would want it flagged (`yes`) or not (`no`, with why). Prints per rule: findings, judged correct,
false alarms, precision; findings nobody has judged yet are listed (judge them, then run again).

    python bench/sourcing.py [--unjudged] [--pages GLOB]
"""
from __future__ import annotations

import argparse
import collections
import gzip
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from factcheck.extract import extract  # noqa: E402
from factcheck.model import Acquired, FactcheckError, Options  # noqa: E402
from factcheck.pipeline import check_document  # noqa: E402

PAGES = ROOT / "fixtures" / "realpages"
SHARED = ROOT.parent / "shared" / "bench" / "extraction" / "html"  # 181 more real pages, read in place
JUDGEMENTS = ROOT / "bench" / "sourcing_judgements.yaml"
RULES = ("anonymous-source", "secondhand-report", "unattributed-claim")


def findings(pattern: str, folder: Path = PAGES) -> list[tuple[str, str, str, str]]:
    """(page, rule, sentence, message) of every sourcing finding on the pages."""
    out = []
    for path in sorted(folder.glob(pattern)):
        data = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
        acquired = Acquired(source=path.name, data=data, content_type="text/html")
        try:
            result = check_document(extract(acquired), Options(select=RULES))
        except FactcheckError:
            continue
        out += [(path.name, f.rule, f.sentence, f.message) for f in result.findings if f.rule in RULES]
    return out


def key(sentence: str, message: str) -> str:
    """How a finding is named in the judgements: the start of its sentence and of its message."""
    return " ".join(sentence.split())[:70] + " | " + " ".join(message.split())[:45]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--unjudged", action="store_true", help="print the findings nobody has judged")
    parser.add_argument("--pages", default=None, help="which pages (a glob in the set's folder)")
    parser.add_argument("--shared", action="store_true",
                        help="the 181 pages of ../shared/bench/extraction instead (judged after this issue's fixes)")
    args = parser.parse_args()
    folder = SHARED if args.shared else PAGES
    args.pages = args.pages or "*.html.gz"
    if not folder.is_dir():
        sys.exit(f"{folder} not found")
    judged = yaml.safe_load(JUDGEMENTS.read_text(encoding="utf-8")) if JUDGEMENTS.is_file() else {}
    judged = judged or {}
    counts = {rule: collections.Counter() for rule in RULES}
    unjudged = []
    for page, rule, sentence, message in findings(args.pages, folder):
        verdict = (judged.get(page) or {}).get(rule, {}).get(key(sentence, message))
        if verdict is None:
            counts[rule]["unjudged"] += 1
            unjudged.append((page, rule, key(sentence, message), message))
            continue
        counts[rule]["correct" if str(verdict).startswith("yes") else "false"] += 1
    pages = len(list(folder.glob(args.pages)))
    print(f"{pages} real pages ({folder.relative_to(ROOT.parent)}), judged by reading\n")
    print(f"{'rule':<22} {'findings':>8} {'correct':>8} {'false':>6} {'precision':>9} {'unjudged':>8}")
    for rule in RULES:
        c = counts[rule]
        total = c["correct"] + c["false"] + c["unjudged"]
        judged_n = c["correct"] + c["false"]
        precision = f"{c['correct'] / judged_n:.2f}" if judged_n else "-"
        print(f"{rule:<22} {total:>8} {c['correct']:>8} {c['false']:>6} {precision:>9} {c['unjudged']:>8}")
    if args.unjudged:
        print()
        for page, rule, sentence, message in unjudged:
            print(f"{page} | {rule} | {sentence} | {message}")


if __name__ == "__main__":
    main()
