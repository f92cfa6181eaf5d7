"""Article body extraction benchmark: precision, recall, F1, accuracy and speed of factcheck.extract.

Data: ../shared/bench/extraction/ (181 real pages and their hand-checked bodies). The metric is the
benchmark's own: bags of 4-token shingles (tokens are \\w+ runs), tp/fp/fn normalised per document,
P and R averaged over documents, F1 = 2PR/(P+R); accuracy = share of documents whose tokens match exactly.

    python bench/extraction.py [--limit N] [--worst K] [--show KEY]
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "bench" / "extraction"
_TOKEN = re.compile(r"\w+")


def load_cases(limit: int | None = None) -> list[tuple[str, str, bytes, str]]:
    """(key, url, raw html bytes, true body) for the benchmark's pages, in a stable order."""
    truth = json.loads((DATA / "ground-truth.json").read_text(encoding="utf-8"))
    keys = sorted(truth)[:limit] if limit else sorted(truth)
    return [(k, truth[k].get("url", ""), gzip.decompress((DATA / "html" / f"{k}.html.gz").read_bytes()),
             truth[k].get("articleBody", "")) for k in keys]


def predict(url: str, data: bytes) -> str:
    """The extracted body, or '' when the extractor refuses the page."""
    from factcheck.extract import extract
    from factcheck.model import Acquired, FactcheckError

    acquired = Acquired(source=url or "page", data=data, content_type="text/html", url=url,
                        fetched_at=datetime(2020, 1, 1, tzinfo=timezone.utc))
    try:
        return extract(acquired).text
    except FactcheckError:
        return ""


def shingle_scores(true: str, pred: str, n: int = 4) -> tuple[float, float, float]:
    """Normalised (tp, fp, fn) over the bags of n-token shingles."""
    t, p = Counter(_shingles(true, n)), Counter(_shingles(pred, n))
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def metrics(scores: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    """Precision and recall averaged over documents, and their F1."""
    precision = statistics.mean(_ratio(tp, fp, fn) for tp, fp, fn in scores if tp + fp > 0)
    recall = statistics.mean(_ratio(tp, fn, fp) for tp, fp, fn in scores if tp + fn > 0)
    return precision, recall, 2 * precision * recall / (precision + recall)


def _ratio(tp: float, wrong: float, other: float) -> float:
    if wrong == other == 0:
        return 1.0
    if tp == wrong == 0:
        return 0.0
    return tp / (tp + wrong)


def _shingles(text: str, n: int) -> list[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    return [tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i:i + n]]


def run(limit: int | None = None) -> dict:
    """Extract every page; return the metrics, speed and per-page scores."""
    cases = load_cases(limit)
    scores, exact, per_page = [], 0, []
    elapsed = 0.0
    for key, url, data, true in cases:
        start = time.perf_counter()
        pred = predict(url, data)
        elapsed += time.perf_counter() - start
        score = shingle_scores(true, pred)
        scores.append(score)
        exact += _TOKEN.findall(true) == _TOKEN.findall(pred)
        per_page.append((key, url, score))
    precision, recall, f1 = metrics(scores)
    return {"pages": len(cases), "precision": precision, "recall": recall, "f1": f1,
            "accuracy": exact / len(cases), "pages_per_second": len(cases) / elapsed, "per_page": per_page}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="only the first N pages (by key)")
    parser.add_argument("--worst", type=int, default=0, help="list the K pages with the lowest F1")
    parser.add_argument("--show", help="print the extracted text of one page (key prefix)")
    args = parser.parse_args()
    if not DATA.is_dir():
        sys.exit(f"benchmark data not found: {DATA}")
    if args.show:
        for key, url, data, true in load_cases():
            if key.startswith(args.show):
                print(url, "\n---- predicted\n" + predict(url, data) + "\n---- true\n" + true)
        return
    result = run(args.limit)
    print(f"{'pages':>6} {'precision':>9} {'recall':>7} {'F1':>6} {'accuracy':>8} {'pages/s':>8}")
    print(f"{result['pages']:>6} {result['precision']:>9.3f} {result['recall']:>7.3f} {result['f1']:>6.3f} "
          f"{result['accuracy']:>8.3f} {result['pages_per_second']:>8.1f}")
    ranked = sorted(result["per_page"], key=lambda r: _page_f1(r[2]))
    for key, url, (tp, fp, fn) in ranked[:args.worst]:
        print(f"{_page_f1((tp, fp, fn)):.3f} P={_ratio(tp, fp, fn):.2f} R={_ratio(tp, fn, fp):.2f} {key[:10]} {url}")


def _page_f1(score: tuple[float, float, float]) -> float:
    tp, fp, fn = score
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


if __name__ == "__main__":
    main()
