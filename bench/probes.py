"""Precision probes: invented claim/corpus pairs that a careless checker gets wrong.

    python bench/probes.py [fixtures/corpus-pairs/probes.jsonl]

Each line holds a trusted sentence (``corpus``), a retelling (``claim``) and the verdict it must get or must
not get (``expect``: "supported", "contradicted", "unverified", or "not supported" / "not contradicted").
Written in session 11 (statement traps with one word or role changed, one-word swaps, role swaps in figure
sentences, false-alarm traps); none is a case of the test suite, so the pairs that still fail are listed, by
probe, as what is left to fix. Each pair is checked alone against a corpus of its one sentence.
"""
from __future__ import annotations

import json
import sys
import tempfile
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from factcheck.corpus.ingest import build_corpus  # noqa: E402
from factcheck.model import Document, Options  # noqa: E402
from factcheck.pipeline import check_document  # noqa: E402


def main(argv: list[str]) -> int:
    source = Path(argv[0]) if argv else ROOT / "fixtures" / "corpus-pairs" / "probes.jsonl"
    cases = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    totals, wrong = Counter(), Counter()
    with tempfile.TemporaryDirectory() as tmp:
        for i, case in enumerate(cases):
            verdict = _verdict(Path(tmp) / f"p{i}", case)
            expect = case["expect"]
            ok = verdict != expect[4:] if expect.startswith("not ") else verdict == expect
            totals[case["probe"]] += 1
            if not ok:
                wrong[case["probe"]] += 1
                print(f"wrong: expected {expect}, got {verdict}: {case['claim']}")
    print()
    for probe, n in totals.items():
        print(f"{probe}: {wrong[probe]} wrong of {n}")
    return 0


def _verdict(folder: Path, case: dict) -> str:
    folder.mkdir()
    (folder / "c.jsonl").write_text(json.dumps({"text": case["corpus"], "source": "Probe", "date": "2015-01-05"})
                                    + "\n", encoding="utf-8")
    build_corpus(str(folder / "c.db"), [str(folder / "c.jsonl")])
    result = check_document(Document(source="probe", text=case["claim"]),
                            Options(corpus=str(folder / "c.db"), dateline=date(2015, 1, 7)))
    return next((c.verdict for c in result.claims if c.verdict != "unverified"), "unverified")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
