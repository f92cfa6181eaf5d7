"""How check time and memory grow with page size: 100 KB, 1 MB and 10 MB pages of real newswire text.

Each page is an HTML article whose paragraphs are TimeML news sentences (../shared/bench/temporal),
repeated until the page reaches the size; each size is checked in a fresh process (`factcheck check
PAGE --format json`), timed, with its peak memory. Near-linear growth means the time per MB stays flat.

    python bench/scale.py [--sizes 100K,1M,10M]
"""
from __future__ import annotations

import argparse
import html
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT.parent / "shared" / "bench" / "temporal" / "tbaq_aquaint.jsonl"
UNITS = {"K": 1024, "M": 1024 * 1024}


def paragraphs() -> list[str]:
    """Real news paragraphs (about four sentences each)."""
    out = []
    for line in NEWS.read_text(encoding="utf-8").splitlines():
        text = json.loads(line)["text"]
        out += [" ".join(p.split()) for p in text.split("\n\n") if len(p.split()) > 12]
    return out


def page(size: int, paras: list[str]) -> bytes:
    head = ("<!doctype html><html><head><meta charset='utf-8'><title>Scale test</title>"
            "<meta property='article:published_time' content='2000-06-15'></head><body><article>"
            "<h1>Scale test</h1>")
    body, total, i = [], len(head), 0
    while total < size:
        p = f"<p>{html.escape(paras[i % len(paras)])}</p>\n"
        body.append(p)
        total += len(p.encode("utf-8"))
        i += 1
    return (head + "".join(body) + "</article></body></html>").encode("utf-8")


def measure(path: Path) -> tuple[float, float, int]:
    """Wall seconds, peak MB of the child, and the exit code."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "factcheck", "check", str(path), "--format", "json",
                           "--max-bytes", str(64 * 1024 * 1024)], capture_output=True, cwd=ROOT)
    elapsed = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, max(peak, before) / 1024, proc.returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100K,1M,10M")
    args = parser.parse_args()
    if not NEWS.is_file():
        sys.exit(f"{NEWS} is missing (../shared beside the clone)")
    paras = paragraphs()
    print(f"{'size':>6} {'bytes':>10} {'seconds':>8} {'s per MB':>9} {'peak MB':>8} exit")
    with tempfile.TemporaryDirectory() as tmp:
        for label in args.sizes.split(","):
            size = int(float(label[:-1]) * UNITS[label[-1].upper()]) if label[-1].upper() in UNITS else int(label)
            path = Path(tmp) / f"page-{label}.html"
            path.write_bytes(page(size, paras))
            seconds, peak, code = measure(path)
            mb = path.stat().st_size / 1024 / 1024
            print(f"{label:>6} {path.stat().st_size:>10,} {seconds:>8.2f} {seconds / mb:>9.2f} {peak:>8.0f} {code:>4}")


if __name__ == "__main__":
    main()
