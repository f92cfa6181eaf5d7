"""Real-style articles benchmark: every article of fixtures/articles against fixtures/articles/expected.yaml.

For each rule: TP = a `must` expectation (including known-wrong ones) met by a finding, FN = one not met,
FP = a finding that a `must_not` expectation forbids, unjudged = a finding no expectation speaks of
(neither required nor forbidden: read them to grow the expectations). Precision = TP / (TP + FP),
recall = TP / (TP + FN). The clock is pinned to 2026-11-25 as in the tests. With --list, every FP, FN
and unjudged finding is printed with its file and sentence, and every known-wrong row that now holds
(FIXED: move it up into must / must_not, or its strict xfail fails).

    python bench/articles.py [--list]
"""
from __future__ import annotations

import importlib.util
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from factcheck.model import Options  # noqa: E402
from factcheck.pipeline import check_source  # noqa: E402

ARTICLES = ROOT / "fixtures" / "articles"
OPTIONS = Options(today=date(2026, 11, 25), enable=("unattributed-claim",))  # opt-in rules measured too


def _test_module():
    spec = importlib.util.spec_from_file_location("test_articles", ROOT / "tests" / "test_articles.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score(articles: list[dict], matches) -> tuple[dict[str, Counter], list[tuple[str, str, str, str]]]:
    """Per-rule TP/FP/FN/unjudged counts, and the (kind, file, rule, sentence) of every miss."""
    counts: dict[str, Counter] = defaultdict(Counter)
    misses = []
    for a in articles:
        result = check_source(str(ARTICLES / a["file"]), OPTIONS)
        found = [(f.rule, f.sentence) for f in result.findings]
        for k in a["known_wrong"]:
            if _known_fixed(k, found, matches):
                misses.append(("FIXED", a["file"], k["item"][0] if isinstance(k["item"], tuple) else k["item"],
                               f"known-wrong {k['kind']} now holds: promote it ({k['reason']})"))
        musts = a["must"] + [k["item"] for k in a["known_wrong"] if k["kind"] == "must"]
        must_nots = a["must_not"] + [k["item"] for k in a["known_wrong"] if k["kind"] == "must_not"]
        for rule, words in musts:
            hit = any(r == rule and words in s for r, s in found)
            counts[rule]["tp" if hit else "fn"] += 1
            if not hit:
                misses.append(("FN", a["file"], rule, words))
        for finding in found:
            rule, sentence = finding
            if any(matches(finding, x) for x in must_nots):
                counts[rule]["fp"] += 1
                misses.append(("FP", a["file"], rule, sentence))
            elif not any(r == rule and w in sentence for r, w in musts):
                counts[rule]["unjudged"] += 1
                misses.append(("unjudged", a["file"], rule, sentence))
    return counts, misses


def _known_fixed(known: dict, found: list[tuple[str, str]], matches) -> bool:
    """Whether a known-wrong expectation now holds (its strict-xfail test row would XPASS)."""
    if known["kind"] == "must":
        rule, words = known["item"]
        return any(r == rule and words in s for r, s in found)
    return not any(matches(f, known["item"]) for f in found)


def _ratio(num: int, den: int) -> str:
    return f"{num / den:.2f}" if den else "  - "


def main(argv: list[str]) -> None:
    """Print the per-rule table (and with --list every FP, FN, unjudged finding and fixed known-wrong row)."""
    module = _test_module()
    articles = module.load_expectations()
    counts, misses = score(articles, module.matches)
    print(f"{len(articles)} articles, today = {OPTIONS.today}")
    print(f"{'rule':26} {'TP':>4} {'FP':>4} {'FN':>4} {'prec':>5} {'rec':>5} {'unjudged':>9}")
    total = Counter()
    for rule in sorted(counts):
        c = counts[rule]
        total.update(c)
        print(f"{rule:26} {c['tp']:>4} {c['fp']:>4} {c['fn']:>4} {_ratio(c['tp'], c['tp'] + c['fp']):>5} "
              f"{_ratio(c['tp'], c['tp'] + c['fn']):>5} {c['unjudged']:>9}")
    print(f"{'all':26} {total['tp']:>4} {total['fp']:>4} {total['fn']:>4} "
          f"{_ratio(total['tp'], total['tp'] + total['fp']):>5} {_ratio(total['tp'], total['tp'] + total['fn']):>5} "
          f"{total['unjudged']:>9}")
    if "--list" in argv:
        for kind, name, rule, text in sorted(misses):
            print(f"{kind:9} {name:36} {rule:24} {text[:150]}")


if __name__ == "__main__":
    main(sys.argv[1:])
