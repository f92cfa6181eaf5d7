"""Blind evaluation: every article of a blind set against its expected.yaml.

Four sets: fixtures/blind (the default), fixtures/blind2, blind3 and blind4, each written by a
different engineer. Each set was written from the specs only (issues 3 and 5, `factcheck rules explain`),
without reading the checks or the other fixtures, the way outside reviewers write theirs. Per rule: TP = a `must`
expectation met by a finding, FN = one not met, FP = a finding that a `must_not` expectation forbids
(each forbidden finding counts once). Findings no expectation speaks of are counted as unjudged and
listed with --unjudged. The clock is pinned to 2026-11-25.

    python bench/blind.py [fixtures/blind2 | fixtures/blind3 | fixtures/blind4] [--unjudged]
"""
from __future__ import annotations

import sys
from collections import Counter
from datetime import date
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from factcheck.model import Options  # noqa: E402
from factcheck.pipeline import check_source  # noqa: E402

BLIND = ROOT / "fixtures" / "blind"
OPTIONS = Options(today=date(2026, 11, 25), enable=("unattributed-claim",))  # opt-in rules measured too


def _norm(text: str) -> str:
    """Lower-case with collapsed whitespace, for substring matching."""
    return " ".join(text.split()).lower()


def _matches(finding, rule: str, words: str) -> bool:
    """True when the finding is of `rule` and its sentence contains `words`."""
    return finding.rule == rule and _norm(words) in _norm(finding.sentence)


def _forbids(spec, finding) -> bool:
    """True when a must_not entry (a rule, or [rule, words]) forbids the finding."""
    if isinstance(spec, str):
        return finding.rule == spec
    return _matches(finding, spec[0], spec[1])


def evaluate(case: dict, folder: Path = BLIND) -> tuple[list, list, list, list]:
    """One article -> (hits, misses, false alarms, unjudged findings), each as (rule, text) rows."""
    result = check_source(str(folder / case["file"]), OPTIONS)
    if result.error:
        return [], [(rule, f"{words} [source error: {result.error}]") for rule, words in case.get("must") or []], [], []
    findings = list(result.findings)
    hits, misses = [], []
    for rule, words in case.get("must") or []:
        (hits if any(_matches(f, rule, words) for f in findings) else misses).append((rule, words))
    alarms, unjudged = [], []
    for f in findings:
        if any(_forbids(spec, f) for spec in case.get("must_not") or []):
            alarms.append((f.rule, f.sentence))
        elif not any(_matches(f, rule, words) for rule, words in case.get("must") or []):
            unjudged.append((f.rule, f.sentence))
    return hits, misses, alarms, unjudged


def main(argv: list[str]) -> int:
    """Print the per-rule table, then every miss and false alarm."""
    folders = [Path(a) for a in argv if not a.startswith("--")]
    folder = (folders[0] if folders[0].is_absolute() else Path.cwd() / folders[0]) if folders else BLIND
    cases = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))
    tp, fn, fp, un = Counter(), Counter(), Counter(), Counter()
    missed, alarmed, loose = [], [], []
    for case in cases:
        hits, misses, alarms, unjudged = evaluate(case, folder)
        for rule, _ in hits:
            tp[rule] += 1
        for rule, text in misses:
            fn[rule] += 1
            missed.append((case["file"], rule, text))
        for rule, text in alarms:
            fp[rule] += 1
            alarmed.append((case["file"], rule, text))
        for rule, text in unjudged:
            un[rule] += 1
            loose.append((case["file"], rule, text))
    rules = sorted(set(tp) | set(fn) | set(fp) | set(un))
    print(f"{'rule':26} {'TP':>4} {'FP':>4} {'FN':>4} {'prec':>6} {'recall':>7} {'unjudged':>9}")
    for rule in rules + ["ALL"]:
        t, p, n, u = ((sum(c.values()) for c in (tp, fp, fn, un)) if rule == "ALL"
                      else (tp[rule], fp[rule], fn[rule], un[rule]))
        prec = f"{t / (t + p):.2f}" if t + p else "-"
        rec = f"{t / (t + n):.2f}" if t + n else "-"
        print(f"{rule:26} {t:4} {p:4} {n:4} {prec:>6} {rec:>7} {u:9}")
    print(f"\n{len(cases)} articles")
    print("\nMISSES (expected, not found):")
    for file, rule, text in missed:
        print(f"  {file}  {rule}  «{text}»")
    print("\nFALSE ALARMS (forbidden, found):")
    for file, rule, text in alarmed:
        print(f"  {file}  {rule}  «{' '.join(text.split())}»")
    if "--unjudged" in argv:
        print("\nUNJUDGED findings:")
        for file, rule, text in loose:
            print(f"  {file}  {rule}  «{' '.join(text.split())}»")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
