"""Claims benchmark: cross-reference retold articles against a corpus of the real sentences they retell.

    python bench/claims.py [SET_DIR ...]        (default: fixtures/claims/dev)

Each set folder holds corpus.jsonl, articles/*.md and expected.yaml (article -> [{claim, expect, kind}]).
The corpus is ingested into a temporary database and every article is checked by the real CLI
(``factcheck check --format json --corpus DB``). A claim's verdict is that of the article sentence that
contains it. Printed by kind: contradiction recall, precision, contradicted claims called supported, and
reworded supports found; "contradicted" on a sentence the key does not list is a false alarm.
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str]) -> int:
    sets = [Path(a) for a in argv] or [ROOT / "fixtures" / "claims" / "dev"]
    rows: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    misses: list[str] = []
    for folder in sets:
        _score_set(folder, rows, misses)
    _print(rows)
    if misses:
        print("\nwrong verdicts:")
        for line in misses:
            print("  " + line)
    return 0


def _score_set(folder: Path, rows, misses: list[str]) -> None:
    expected = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8")) or {}
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "corpus.db"
        subprocess.run([sys.executable, "-m", "factcheck", "corpus", "add", str(folder / "corpus.jsonl"),
                        "--db", str(db)], check=True, capture_output=True)
        articles = sorted((folder / "articles").glob("*.md"))
        out = subprocess.run([sys.executable, "-m", "factcheck", "check", "--format", "json", "--no-config",
                              "--corpus", str(db), "--fail-on", "never", "-j", "1", *map(str, articles)],
                             capture_output=True, text=True, check=False)
    if out.returncode not in (0, 1):
        raise SystemExit(f"factcheck check failed: {out.stderr.strip()}")
    for doc in json.loads(out.stdout)["documents"]:
        name = Path(doc["source"]).name
        claims = doc.get("claims") or []
        listed = expected.get(name) or []
        used: set[int] = set()
        for case in listed:
            idx = next((i for i, c in enumerate(claims) if case["claim"] in c["sentence"]), None)
            verdict = claims[idx]["verdict"] if idx is not None else "unverified"
            if idx is not None:
                used.add(idx)
            _count(rows[case["kind"]], case["expect"], verdict)
            _count(rows["TOTAL"], case["expect"], verdict)
            if verdict != case["expect"]:
                misses.append(f"{name}: [{case['kind']}] expected {case['expect']}, got {verdict}: {case['claim']}")
        for i, c in enumerate(claims):
            if i not in used and c["verdict"] == "contradicted":
                rows["unlisted"]["false_alarm"] += 1
                rows["TOTAL"]["false_alarm"] += 1
                misses.append(f"{name}: [unlisted] contradicted: {c['sentence']}")


def _count(row: dict[str, int], expect: str, verdict: str) -> None:
    row["n"] += 1
    row[f"expect_{expect}"] += 1
    if expect == "contradicted":
        row["tp"] += verdict == "contradicted"
        row["wrongly_supported"] += verdict == "supported"
    elif verdict == "contradicted":
        row["false_alarm"] += 1
    if expect == "supported":
        row["supported_found"] += verdict == "supported"
    if expect == "unverified" and verdict == "supported":
        row["unfounded_support"] += 1


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "-"


def _print(rows) -> None:
    head = (f"{'kind':<15}{'claims':>7}{'contra':>8}{'recall':>8}{'precision':>10}{'wrongly-sup':>12}"
            f"{'supports':>10}{'found':>7}{'unfounded-sup':>14}")
    print(head)
    print("-" * len(head))
    for kind in sorted(rows, key=lambda k: (k == "TOTAL", k)):
        r = rows[kind]
        flagged = r["tp"] + r["false_alarm"]
        print(f"{kind:<15}{r['n']:>7}{r['expect_contradicted']:>8}{_ratio(r['tp'], r['expect_contradicted']):>8}"
              f"{_ratio(r['tp'], flagged):>10}{r['wrongly_supported']:>12}{r['expect_supported']:>10}"
              f"{_ratio(r['supported_found'], r['expect_supported']):>7}{r['unfounded_support']:>14}")
    reworded = rows.get("reworded")
    if reworded:
        print(f"\nreworded supports found: {reworded['supported_found']}/{reworded['expect_supported']}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
