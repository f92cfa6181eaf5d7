"""Temporal tagging benchmark: DATE expressions of the TimeML news in ../shared/bench/temporal/.

Scoring as in that folder's README: DATE expressions only (gold DATE vs predicted DATE; TIME, DURATION
and SET predictions are neither credited nor charged); relaxed match = overlapping spans, strict =
same span; value accuracy = share of gold DATEs matched (relaxed) by a prediction whose value equals
the gold value at the gold's granularity: week numbers compared without zero padding (2000-W7 ==
2000-W07) and trailing unspecified TIMEX3 components dropped (gold "1949-XX" is the year 1949, "1994-XX-XX"
the year 1994). The "exact" column compares the raw strings (only the week padding normalised).
Also times the tagging (find_dates + tense of every mention) of a 2,000-word article, and the whole
temporal family on it (dateline with metadata, dates, the six checks).

    python bench/temporal.py
"""
from __future__ import annotations

import json
import re
import statistics
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from factcheck.model import Dateline  # noqa: E402
from factcheck.nlp.temporal import find_dates  # noqa: E402
from factcheck.nlp.temporal.dates import sentence_spans  # noqa: E402
from factcheck.nlp.temporal.tense import tense_of  # noqa: E402

DATA = ROOT.parent / "shared" / "bench" / "temporal"
FILES = ("tbaq_aquaint.jsonl", "tbaq_timebank.jsonl")


def _exact(value: str | None) -> str | None:
    return re.sub(r"-W0(\d)", r"-W\1", value) if value else value


def _norm(value: str | None) -> str | None:
    return re.sub(r"(?:-XX)+$", "", _exact(value)) if value else value


def score(path: Path, verbose: bool = False) -> dict:
    """Relaxed/strict precision, recall, F1 and value accuracy of DATE expressions in one JSONL file."""
    tp_relaxed_gold = tp_relaxed_pred = tp_strict = n_gold = n_pred = right_value = right_exact = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        dct = date.fromisoformat(doc["dct"][:10])
        preds = [d for d in find_dates(doc["text"], Dateline(date=dct, basis="dct", confidence="high"))
                 if d.type == "DATE"]
        gold = [g for g in doc["timexes"] if g["type"] == "DATE"]
        n_gold += len(gold)
        n_pred += len(preds)
        for g in gold:
            overlapping = [p for p in preds if p.start < g["end"] and g["start"] < p.end]
            if overlapping:
                tp_relaxed_gold += 1
                best = min(overlapping, key=lambda p: abs(p.start - g["start"]) + abs(p.end - g["end"]))
                right_exact += any(_exact(p.value) == _exact(g["value"]) for p in overlapping)
                if any(_norm(p.value) == _norm(g["value"]) for p in overlapping):
                    right_value += 1
                elif verbose:
                    print(f"VALUE {doc['dct']} {g['text']!r} gold={g['value']} got={best.value} {best.text!r}")
            elif verbose:
                print(f"MISS  {doc['dct']} {g['text']!r} {g['value']} | "
                      f"{doc['text'][max(0, g['start'] - 60):g['end'] + 30]!r}")
            if any(p.start == g["start"] and p.end == g["end"] for p in preds):
                tp_strict += 1
            elif verbose and overlapping:
                print(f"SPAN  {g['text']!r} got {[p.text for p in overlapping]}")
        for p in preds:
            if any(p.start < g["end"] and g["start"] < p.end for g in gold):
                tp_relaxed_pred += 1
            elif verbose:
                print(f"FP    {doc['dct']} {p.text!r} {p.value} | {doc['text'][max(0, p.start - 50):p.end + 30]!r}")
    return {
        "gold": n_gold, "pred": n_pred,
        "relaxed": _f1(tp_relaxed_pred / max(n_pred, 1), tp_relaxed_gold / max(n_gold, 1)),
        "strict": _f1(tp_strict / max(n_pred, 1), tp_strict / max(n_gold, 1)),
        "value_acc": right_value / max(n_gold, 1), "value_exact": right_exact / max(n_gold, 1),
    }


def _f1(p: float, r: float) -> tuple[float, float, float]:
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def speed(words: int = 2000, runs: int = 20) -> tuple[float, float]:
    """Median wall and CPU milliseconds to tag (find_dates + tense of each mention) a ``words``-word article.

    CPU time is what the code costs; wall time also counts waiting for a core on a shared machine."""
    text = _article(words)
    dateline = Dateline(date(2024, 12, 26), "bench", "high")
    find_dates(text, dateline)
    times, cpu = [], []
    for i in range(runs):
        text = f"{text.rsplit(' #', 1)[0]} #{i}"  # a new text each run: the pattern scan is cached per text
        t0, c0 = time.perf_counter(), time.process_time()
        mentions = find_dates(text, dateline)
        spans = sentence_spans(text)
        cache: dict = {}
        for d in mentions:
            s, e = next(((a, b) for a, b in spans if a <= d.start < b), (0, len(text)))
            masks = tuple((m.start - s, m.end - s) for m in mentions if s <= m.start and m.end <= e)
            tense_of(text[s:e], d.start - s, min(d.end, e) - s, masks=masks, cache=cache)
        times.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    return statistics.median(times), statistics.median(cpu)


def main() -> None:
    if not DATA.is_dir():
        print(f"benchmark data not found at {DATA}")
        return
    verbose = "-v" in sys.argv
    print(f"{'file':24} {'gold':>5} {'pred':>5} {'rel P':>6} {'rel R':>6} {'rel F1':>6} "
          f"{'str P':>6} {'str R':>6} {'str F1':>6} {'value':>6} {'exact':>6}")
    for name in FILES:
        if len(sys.argv) > 1 and sys.argv[-1].endswith(".jsonl") and sys.argv[-1] != name:
            continue
        r = score(DATA / name, verbose)
        print(f"{name:24} {r['gold']:5d} {r['pred']:5d} " + " ".join(f"{x:6.3f}" for x in r["relaxed"]) + " "
              + " ".join(f"{x:6.3f}" for x in r["strict"]) + f" {r['value_acc']:6.3f} {r['value_exact']:6.3f}")
    wall, cpu = speed()
    print(f"tagging a 2,000-word article (find_dates + tense): {wall:.1f} ms wall, {cpu:.1f} ms CPU (median of 20)")
    wall, cpu = checks_speed()
    print(f"temporal checks on it (dateline + dates + 6 checks): {wall:.1f} ms wall, {cpu:.1f} ms CPU (median of 20)")


def _article(words: int) -> str:
    seed = (ROOT.parent / "shared" / "seed" / "kursk-article.txt")
    base = seed.read_text(encoding="utf-8") if seed.is_file() else DATA.joinpath(FILES[0]).read_text()[:8000]
    text = " ".join((base + " ") * (words // max(1, len(base.split())) + 1)).split()
    return " ".join(text[:words])


def checks_speed(words: int = 2000, runs: int = 20) -> tuple[float, float]:
    """Median wall and CPU milliseconds for the temporal checks on a fresh ``words``-word document."""
    from factcheck.analysis import Analysis
    from factcheck.checks.temporal import __register__
    from factcheck.model import DateSignal, Document, Options

    base = _article(words)
    signals = (DateSignal("2024-12-27", "json-ld datePublished"),)
    options = Options(today=date(2026, 11, 25))
    times, cpu = [], []
    for i in range(runs + 1):
        analysis = Analysis(Document(source="bench", text=f"{base} #{i}", date_signals=signals), options)
        _ = analysis.sentences  # split before the clock starts: the figure is the temporal engine's
        t0, c0 = time.perf_counter(), time.process_time()
        for check in __register__:
            list(check.run(analysis))
        if i:  # the first run loads lexicons and compiles patterns
            times.append((time.perf_counter() - t0) * 1000)
            cpu.append((time.process_time() - c0) * 1000)
    return statistics.median(times), statistics.median(cpu)


if __name__ == "__main__":
    main()
