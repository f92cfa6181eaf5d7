"""Sentence segmentation benchmark: accuracy per file and speed, factcheck against pySBD.

Reads ../shared/bench/segmentation/*.jsonl (a case scores when the stripped sentences equal
``expected`` exactly) and times each segmenter on all the texts repeated to about 1 MB.
pySBD is compared only when it is installed; it is not a dependency.

    python bench/segmentation.py [--failures] [--size-kb 1000]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "bench" / "segmentation"
FILES = ("news_en.jsonl", "golden_rules_en.jsonl")

sys.path.insert(0, str(ROOT))


def factcheck_segmenter() -> Callable[[str], list[str]]:
    """factcheck.nlp.segment.segment as a text -> sentences function."""
    from factcheck.nlp.segment import segment

    return lambda text: [text[s:e].strip() for s, e in segment(text)]


def pysbd_segmenter() -> Callable[[str], list[str]] | None:
    """pySBD's English segmenter, or None when it is not installed."""
    try:
        import pysbd
    except ImportError:
        return None
    seg = pysbd.Segmenter(language="en", clean=False)
    return lambda text: [s.strip() for s in seg.segment(text) if s.strip()]


def load_cases(name: str) -> list[dict]:
    """The cases of one benchmark file."""
    with open(DATA / name, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def accuracy(segment: Callable[[str], list[str]], cases: list[dict],
             failures: list | None = None) -> float:
    """Share of cases whose sentences equal the expected ones exactly."""
    good = 0
    for case in cases:
        got = segment(case["text"])
        if got == case["expected"]:
            good += 1
        elif failures is not None:
            failures.append((case, got))
    return good / len(cases)


def speed_kb_s(segment: Callable[[str], list[str]], texts: list[str]) -> float:
    """Kilobytes (UTF-8) of text segmented per second, one call per text, best of two runs."""
    size = sum(len(t.encode("utf-8")) for t in texts) / 1024
    best = float("inf")
    for _ in range(2):
        t0 = time.perf_counter()
        for text in texts:
            segment(text)
        best = min(best, time.perf_counter() - t0)
    return size / best


def corpus(cases: list[dict], size_kb: int) -> list[str]:
    """All the texts repeated to about ``size_kb`` KB."""
    one = [c["text"] for c in cases]
    reps = max(1, size_kb * 1024 // max(1, sum(len(t.encode("utf-8")) for t in one)))
    return one * reps


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--failures", action="store_true", help="print the cases factcheck misses")
    parser.add_argument("--size-kb", type=int, default=1000, help="text size for the speed run")
    args = parser.parse_args()
    if not DATA.is_dir():
        print(f"benchmark data not found: {DATA}", file=sys.stderr)
        return 2
    segmenters = {"factcheck": factcheck_segmenter()}
    sbd = pysbd_segmenter()
    if sbd is None:
        print("pySBD not installed: comparing factcheck only", file=sys.stderr)
    else:
        segmenters["pySBD"] = sbd
    all_cases = {name: load_cases(name) for name in FILES}
    texts = corpus([c for cases in all_cases.values() for c in cases], args.size_kb)
    one_text = "\n\n".join(texts)
    failures: list = []
    print(f"{'segmenter':<10} " + " ".join(f"{n:>22}" for n in FILES)
          + f" {'KB/s':>9} {'KB/s one text':>14}")
    for label, seg in segmenters.items():
        scores = [accuracy(seg, all_cases[n], failures if label == "factcheck" else None) for n in FILES]
        per_text = speed_kb_s(seg, texts)
        whole = f"{speed_kb_s(seg, [one_text]):>14.0f}" if label == "factcheck" else f"{'-':>14}"
        print(f"{label:<10} " + " ".join(f"{s:>22.3f}" for s in scores) + f" {per_text:>9.0f} {whole}")
    size = len(one_text.encode("utf-8")) / 1024
    print(f"speed: {len(texts)} texts, {size:.0f} KB (the benchmark texts repeated), one call per text;"
          " 'one text': all of it in one call (pySBD skipped there: its cost grows faster than linear)")
    if args.failures:
        for case, got in failures:
            print(f"\n#{case['id']}: {case['text']!r}\n  expected {case['expected']}\n  got      {got}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
