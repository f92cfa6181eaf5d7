"""Headline versus body on the FNC-1 stance sample: precision and recall of headline-contradiction.

Each (headline, body) pair is rendered as a page (<h1> headline, <p> paragraphs), extracted like any
HTML input, and checked with the headline checks alone. A headline-contradiction on a "disagree" pair
is a hit; on "agree" or "discuss" it is a false alarm (the costly error). headline-unsupported is
counted too: every FNC-1 pair is related, so each firing is a false alarm.

    python bench/stance.py [--data ../shared/bench/stance/fnc1_sample.jsonl] [--show 5]
"""
from __future__ import annotations

import argparse
import html
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from factcheck.analysis import Analysis  # noqa: E402
from factcheck.checks import all_checks  # noqa: E402
from factcheck.model import Acquired, Document, FactcheckError, Options  # noqa: E402

DATA = ROOT.parent / "shared" / "bench" / "stance" / "fnc1_sample.jsonl"
RULES = ("headline-contradiction", "headline-unsupported")


def render(headline: str, body: str) -> str:
    """The pair as a small HTML page."""
    paragraphs = [p.strip() for p in body.split("\n") if p.strip()]
    ps = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (f"<!doctype html><html><head><title>{html.escape(headline)}</title></head><body><article>"
            f"<h1>{html.escape(headline)}</h1>\n{ps}\n</article></body></html>")


def document(pair: dict) -> Document:
    """Extract the rendered page; fall back to a plain Document if the extractor is unavailable."""
    page = render(pair["headline"], pair["body"])
    try:
        from factcheck.extract import extract

        return extract(Acquired(source=f"fnc1-{pair['id']}", data=page.encode("utf-8"), content_type="text/html"))
    except (ImportError, FactcheckError):
        return Document(source=f"fnc1-{pair['id']}", text=pair["body"], title=pair["headline"])


def run(pairs: list[dict]) -> tuple[dict[str, Counter], list[tuple[dict, object]]]:
    """Findings per stance and rule, plus the contradiction findings for display."""
    checks = [all_checks()[r] for r in RULES]
    options = Options()
    counts: dict[str, Counter] = {}
    shown = []
    for pair in pairs:
        analysis = Analysis(document(pair), options)
        fired = set()
        for check in checks:
            for finding in check.run(analysis):
                fired.add(finding.rule)
                if finding.rule == "headline-contradiction":
                    shown.append((pair, finding))
        c = counts.setdefault(pair["stance"], Counter())
        c["pairs"] += 1
        c.update(fired)
    return counts, shown


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--show", type=int, default=0, help="print this many contradiction findings")
    args = parser.parse_args(argv)
    if not args.data.is_file():
        print(f"benchmark data not found: {args.data}", file=sys.stderr)
        return 2
    pairs = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line.strip()]
    began = time.perf_counter()
    counts, shown = run(pairs)
    elapsed = time.perf_counter() - began
    _table(counts)
    print(f"\n{len(pairs)} pairs in {elapsed:.1f} s")
    for pair, finding in shown[:args.show]:
        print(f"\n[{pair['stance']}] {pair['headline']}\n  {finding.message}")
    return 0


def _table(counts: dict[str, Counter]) -> None:
    rule = "headline-contradiction"
    hits = counts.get("disagree", Counter())[rule]
    disagree = counts.get("disagree", Counter())["pairs"]
    fired = sum(c[rule] for c in counts.values())
    false = {s: c[rule] for s, c in counts.items() if s != "disagree"}
    print(f"{'stance':<10} {'pairs':>6} {'contradiction':>14} {'unsupported':>12}")
    for stance in sorted(counts):
        c = counts[stance]
        print(f"{stance:<10} {c['pairs']:>6} {c[rule]:>14} {c['headline-unsupported']:>12}")
    precision = hits / fired if fired else float("nan")
    recall = hits / disagree if disagree else float("nan")
    print(f"\nheadline-contradiction: precision {precision:.3f} ({hits}/{fired}), recall {recall:.3f} "
          f"({hits}/{disagree}); false alarms: " + ", ".join(f"{s} {n}" for s, n in sorted(false.items())))
    unsupported = sum(c["headline-unsupported"] for c in counts.values())
    total = sum(c["pairs"] for c in counts.values())
    print(f"headline-unsupported: fired on {unsupported} of {total} related pairs ({unsupported / total:.1%})")


if __name__ == "__main__":
    sys.exit(main())
