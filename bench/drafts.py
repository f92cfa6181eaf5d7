"""Benchmark: lint N generated Markdown drafts of about 800 words each (default 1,000) with -j JOBS.

    python bench/drafts.py [--drafts 1000] [--words 800] [--jobs 2]

Drafts are written to a temporary folder (deleted afterwards); the script runs the installed CLI
(``python -m factcheck check DIR --format json``) once and prints a table: drafts, words, jobs, wall
time, drafts a second, CPU seconds of all its processes (independent of other load on the machine),
findings.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SENTENCES = [
    "The city council approved the budget on Tuesday, March 11, by a vote of seven to two.",
    "Library director Maria Ortega said the money would pay for longer weekend hours.",
    "\"We have waited four years for this,\" Ortega said after the vote.",
    "The plan includes $2.4 million for repairs to the roof of the central branch.",
    "Two members who voted against it said the repairs should be put out to tender first.",
    "It is unclear whether the work will begin before the summer.",
    "According to the council's minutes, attendance at the branch rose 12% last year.",
    "The county highways department said the coastal road would reopen next week.",
    "Engineers inspected the sea wall on Monday and found cracks in three places.",
    "Residents said the closure had added twenty minutes to their commute.",
    "The mayor, who took office in 2022, has promised to publish the inspection reports.",
    "Officials declined to say how much the repairs would cost.",
    "A spokesperson for the transport authority said buses would be diverted prior to the work.",
    "The museum will stay open until 9 p.m. on Thursdays, its director said.",
    "Some experts say the wall should have been replaced a decade ago.",
    "The council's finance committee will review the figures in April.",
]


def make_drafts(folder: Path, count: int, words: int, seed: int = 7) -> int:
    """Write ``count`` drafts of about ``words`` words; return the total number of words."""
    rng = random.Random(seed)
    total = 0
    for i in range(count):
        paragraphs, n = [], 0
        while n < words:
            paragraph = " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(3, 5)))
            paragraphs.append(paragraph)
            n += len(paragraph.split())
        total += n
        sub = folder / f"section{i % 10}"
        sub.mkdir(exist_ok=True)
        (sub / f"draft{i:04}.md").write_text(
            f"---\ntitle: Draft number {i}\nauthor: Staff\ndate: 2025-03-{1 + i % 28:02}\n---\n\n"
            f"# Draft number {i}\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--drafts", type=int, default=1000)
    parser.add_argument("--words", type=int, default=800)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--rules", default="bundled:style", help="user rules folder ('' for none)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="factcheck-drafts-") as tmp:
        folder = Path(tmp)
        words = make_drafts(folder, args.drafts, args.words)
        command = [sys.executable, "-m", "factcheck", "check", str(folder), "--format", "json", "--no-config",
                   "-j", str(args.jobs), "--fail-on", "never"]
        if args.rules:
            command += ["--rules", args.rules]
        env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
        cpu_before = _children_cpu()
        began = time.perf_counter()
        out = subprocess.run(command, capture_output=True, text=True, env=env)
        elapsed = time.perf_counter() - began
        cpu = _children_cpu() - cpu_before
    if out.returncode not in (0, 1):
        sys.exit(f"factcheck failed ({out.returncode}): {out.stderr.strip()[:500]}")
    report = json.loads(out.stdout)
    findings = sum(len(d["findings"]) for d in report["documents"])
    errors = sum(1 for d in report["documents"] if d["error"])
    print(f"{'drafts':>7} {'words':>9} {'jobs':>5} {'seconds':>8} {'drafts/s':>9} {'cpu s':>7} "
          f"{'cpu ms/draft':>12} {'findings':>9} {'errors':>7}")
    print(f"{args.drafts:>7} {words:>9} {args.jobs:>5} {elapsed:>8.1f} {args.drafts / elapsed:>9.1f} {cpu:>7.1f} "
          f"{1000 * cpu / args.drafts:>12.0f} {findings:>9} {errors:>7}")
    print(f"load average during the run (1 min): {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


if __name__ == "__main__":
    main()
