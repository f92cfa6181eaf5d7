"""Every check on the 181 real pages of ../shared/bench/extraction: findings per rule, errors, time.

These pages are ordinary published articles and blog posts, so nearly every finding on them is a false
alarm to look at (a few are real: an unnamed source, a relayed report). The figure an editor cares about
is how many findings each rule raises per page; a crash or an internal error is a bug.

    python bench/pages.py [--show RULE]
"""
from __future__ import annotations

import argparse
import collections
import gzip
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from factcheck.extract import extract  # noqa: E402
from factcheck.model import Acquired, FactcheckError, Options  # noqa: E402
from factcheck.pipeline import check_document  # noqa: E402

PAGES = ROOT.parent / "shared" / "bench" / "extraction" / "html"
FETCHED = datetime(2019, 12, 1, tzinfo=timezone.utc)  # about when the benchmark pages were saved


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--show", metavar="RULE", help="print each finding of this rule")
    args = parser.parse_args()
    if not PAGES.is_dir():
        sys.exit(f"{PAGES} not found: this benchmark needs ../shared beside the clone")
    counts: collections.Counter = collections.Counter()
    pages_with: collections.Counter = collections.Counter()
    errors, crashes, pages = [], [], 0
    started = time.perf_counter()
    options = Options(today=FETCHED.date())
    for path in sorted(PAGES.glob("*.html.gz")):
        pages += 1
        acquired = Acquired(source=path.name, data=gzip.open(path).read(), content_type="text/html",
                            fetched_at=FETCHED)
        try:
            result = check_document(extract(acquired), options)
        except FactcheckError as exc:
            errors.append((path.name, str(exc)))
            continue
        except Exception as exc:  # noqa: BLE001 - a bug: count it, keep going
            crashes.append((path.name, f"{type(exc).__name__}: {exc}"))
            continue
        for rule in {f.rule for f in result.findings}:
            pages_with[rule] += 1
        for f in result.findings:
            counts[f.rule] += 1
            if f.rule == args.show:
                print(f"{path.name[:12]} {f.line}:{f.column} {f.message}\n    {f.sentence[:160]}")
    elapsed = time.perf_counter() - started
    print(f"{pages} pages, {elapsed:.1f} s ({pages / elapsed:.1f} pages/s), "
          f"{len(errors)} unreadable, {len(crashes)} crashes")
    print(f"{'rule':<26} {'findings':>8} {'per page':>9} {'pages':>6}")
    for rule, n in counts.most_common():
        print(f"{rule:<26} {n:>8} {n / pages:>9.2f} {pages_with[rule]:>6}")
    for name, message in errors + crashes:
        print(f"  {name[:12]}: {message}")


if __name__ == "__main__":
    main()
