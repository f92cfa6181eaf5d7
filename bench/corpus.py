"""Benchmark the corpus: ingest rate, size on disk, cross-referencing time at 10k/100k/1M sentences, accuracy.

    python bench/corpus.py                      # 10k, 100k, 1M (the 1M run takes minutes)
    python bench/corpus.py --sizes 10000,100000 # smaller
    python bench/corpus.py --accuracy-only
    python bench/corpus.py --jobs 1 --sizes 100000   # single-process ingest rate
    python bench/corpus.py --wild             # false alarms on real copy: FNC-1 bodies checked against each other
    python bench/corpus.py --wild --supported # ... and every claim called supported, with its evidence, to judge
    python bench/corpus.py --backend sqlite,postgresql --url postgresql://user@host/db --sizes 100000,1000000
                                              # both backends side by side on the same corpus

With PostgreSQL, --url (default $FACTCHECK_TEST_POSTGRES) names a server and a database to connect to:
the benchmark creates scratch databases beside it (factcheck_bench, factcheck_write: the user needs
CREATEDB) and drops them at the end. "sent/s" is the whole add (reading, splitting, extracting facts
in worker processes, writing); "write/s" the store alone: the same analysed documents written again
into an empty corpus in one transaction (inserts or COPY, tokens, indexes, commit); "same" says whether
every claim got the same verdict, evidence and pairs as on the first backend.

The synthetic corpus mixes template sentences (random names, places, numbers, dates over a real
vocabulary) with the fixture corpus, so the claims of the article have something to find. The article
is the seed (../shared/seed, when present) plus claims from fixtures/corpus-pairs, cut to 1,000 words.
"""
from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from factcheck.analysis import Analysis  # noqa: E402
from factcheck.corpus import crossref, init_store, open_corpus, open_store  # noqa: E402
from factcheck.corpus.ingest import add_inputs  # noqa: E402
from factcheck.corpus.store import Store  # noqa: E402
from factcheck.model import Document, Options  # noqa: E402

SEED = ROOT.parent / "shared" / "seed" / "kursk-article.txt"
PAIRS = ROOT / "fixtures" / "corpus-pairs" / "pairs.jsonl"
HELDOUT = ROOT / "fixtures" / "corpus-pairs" / "heldout.jsonl"
NOUNS = ("soldiers troops people homes votes seats passengers tourists workers students patients vehicles "
         "aircraft missiles drones tonnes barrels shares jobs visitors residents migrants refugees officers "
         "doctors teachers farmers buses trains ships houses schools hospitals beds tickets members").split()
VERBS = ("said reported announced confirmed estimated recorded counted delivered sold built deployed sent "
         "lost gained won received exported imported hired cut added evacuated treated").split()
PLACES = ("region province city district county state capital port border valley coast island").split()
EXTRA = ("after talks with officials during the summit amid protests despite the storm before the vote "
         "following the report under the new plan as prices rose while the bank held rates").split(" ")
MONTHS = ("January February March April May June July August September October November December").split()
SYLLABLES = "ka lo mi ra ten vo su bel dor an is ut gar fen hol mar ne pi qu ros sta tri vel wen zor".split()


def name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def synthetic_sentence(rng: random.Random) -> str:
    """A wire-style sentence; like news copy, about half carry a figure or a date (35% count, 20% date, 10% both)."""
    roll = rng.random()
    subject = f"{name(rng)} {rng.choice(VERBS)}"
    where = f"in the {name(rng)} {rng.choice(PLACES)}"
    extra = " ".join(rng.choice(EXTRA).split()[:4])
    when = f"on {rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(2015, 2025)}"
    if roll < 0.45:
        n = rng.choice([rng.randint(2, 999), rng.randint(1, 99) * 1000, round(rng.uniform(1, 99), 1)])
        figure = f"{n:,}%" if rng.random() < 0.25 else f"{n:,} {rng.choice(NOUNS)}"
        date_part = f" {when}" if roll < 0.10 else ""
        return f"{subject} {figure} {where}{date_part}, {extra}."
    if roll < 0.65:
        return f"{subject} the {rng.choice(NOUNS)} {where} {when}, {extra}."
    return f"{subject} the {rng.choice(NOUNS)} {where}, {extra}, {name(rng)} {rng.choice(VERBS)}."


def write_corpus(path: Path, sentences: int, seed: int = 7) -> None:
    """JSONL documents of 1-6 sentences each, plus the fixture and pair corpus statements."""
    rng = random.Random(seed)
    start = date(2015, 1, 1)
    with path.open("w", encoding="utf-8") as out:
        for line in (ROOT / "fixtures" / "corpus" / "wire.jsonl").read_text().splitlines():
            out.write(line + "\n")
        for pair in PAIRS.read_text().splitlines():
            out.write(json.dumps(json.loads(pair)["corpus"]) + "\n")
        written = 0
        while written < sentences:
            k = rng.randint(1, 6)
            text = " ".join(synthetic_sentence(rng) for _ in range(k))
            day = (start + timedelta(days=rng.randint(0, 3650))).isoformat()
            out.write(json.dumps({"text": text, "source": f"Desk {rng.randint(1, 40)}", "date": day}) + "\n")
            written += k


def article() -> Document:
    claims = [json.loads(p)["claim"] for p in PAIRS.read_text().splitlines()]
    body = SEED.read_text(encoding="utf-8") if SEED.is_file() else ""
    words = body.split()
    for claim in claims:
        if len(words) >= 1000:
            break
        body += "\n" + claim
        words += claim.split()
    return Document(source="bench-article", text=body)


def bench_size(folder: Path, sentences: int, backends: list[str], url: str | None,
               jobs: int | None = None) -> list[dict]:
    """Ingest the same synthetic corpus into each backend, then time the article's cross-referencing."""
    corpus_file = folder / f"corpus-{sentences}.jsonl"
    write_corpus(corpus_file, sentences)
    out = []
    try:
        for backend in backends:
            out.append({"backend": backend, **_bench_one(folder, backend, url, corpus_file, jobs)})
    finally:
        corpus_file.unlink()
    first = out[0]["found"]
    for r in out:
        r["same"] = r["found"] == first
    return out


def _bench_one(folder: Path, backend: str, url: str | None, corpus_file: Path, jobs: int | None = None) -> dict:
    with _scratch(folder, backend, url, "bench") as location:
        t0, cpu0 = time.perf_counter(), _cpu()
        with open_store(location, writable=True) as store:
            recorder = _Recorder(store)
            report = add_inputs(recorder, [str(corpus_file)], jobs=jobs)
            ingest, cpu = time.perf_counter() - t0, _cpu() - cpu0
            store.optimize()
            if isinstance(store, Store):
                store.checkpoint()
        with open_corpus(location) as store:
            size = store.stats()["bytes"]
        doc = article()
        options = Options(corpus=location, dateline=date(2024, 12, 28))
        with open_corpus(location) as store:
            warm = Analysis(doc, options, corpus=store)
            _ = warm.sentences, warm.numbers, warm.dates
            crossref.claims(Analysis(doc, options, corpus=store))  # warm the caches once
            times = []
            for _ in range(3):
                analysis = Analysis(doc, options, corpus=store)
                _ = analysis.sentences, analysis.numbers, analysis.dates
                t0 = time.perf_counter()
                found = crossref.claims(analysis)
                times.append(time.perf_counter() - t0)
    # The store alone: the same analysed documents written again into an empty corpus, one transaction
    # (during the add above, the store shares the CPU with the worker processes extracting facts).
    with _scratch(folder, backend, url, "write") as location:
        t0 = time.perf_counter()
        with open_store(location, writable=True) as store, store.transaction():
            for batch in recorder.batches:
                store.add_batch(batch)
        write = time.perf_counter() - t0
    best = min(times)
    return {"sentences": report.sentences, "ingest_s": ingest, "rate": report.sentences / ingest,
            "cpu_rate": report.sentences / cpu, "write_rate": report.sentences / write,
            "bytes": size, "words": len(doc.text.split()), "claims": len(found), "xref_s": best,
            "per_claim_ms": 1000 * best / max(1, len(found)), "found": found}


class _Recorder:
    """A store that keeps what an add writes, to write it again."""

    def __init__(self, store):
        self._store = store
        self.batches: list = []

    def __getattr__(self, name):
        return getattr(self._store, name)

    def add_batch(self, docs) -> None:
        self.batches.append(docs)
        self._store.add_batch(docs)


@contextlib.contextmanager
def _scratch(folder: Path, backend: str, url: str | None, name: str):
    """An empty corpus for one run: a SQLite file, or a scratch database on the PostgreSQL server."""
    if backend == "sqlite":
        try:
            yield str(folder / f"{name}.db")
        finally:
            for p in folder.glob(f"{name}.db*"):
                p.unlink()
        return
    if not url:
        raise SystemExit("--backend postgresql needs --url postgresql://... (or $FACTCHECK_TEST_POSTGRES)")
    from urllib.parse import urlsplit, urlunsplit

    import psycopg

    database = f"factcheck_{name}"
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {database}")
    location = urlunsplit(urlsplit(url)._replace(path="/" + database))
    try:
        init_store(location)
        yield location
    finally:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")


def _cpu() -> float:
    """CPU seconds of this process and its finished worker processes."""
    import resource

    own, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime


def accuracy(folder: Path, path: Path) -> dict:
    from factcheck.pipeline import check_document

    pairs = [json.loads(p) for p in path.read_text().splitlines()]
    source = folder / f"{path.stem}.jsonl"
    source.write_text("\n".join(json.dumps(p["corpus"]) for p in pairs) + "\n", encoding="utf-8")
    db = folder / f"{path.stem}.db"
    with Store.open(str(db), create=True) as store:
        add_inputs(store, [str(source)])
    counts = {}
    for p in pairs:
        options = Options(corpus=str(db), dateline=date.fromisoformat(p["corpus"]["date"]),
                          select=("corpus-number-mismatch", "corpus-date-mismatch"))
        result = check_document(Document(source="pair", text=p["claim"]), options)
        got = result.claims[0].verdict if result.claims else "unverified"
        for label in ("contradicted", "supported"):
            key = (label, got == label, p["expect"] == label)
            counts[key] = counts.get(key, 0) + 1
    out = {"pairs": len(pairs)}
    for label in ("contradicted", "supported"):
        tp = counts.get((label, True, True), 0)
        fp = counts.get((label, True, False), 0)
        fn = counts.get((label, False, True), 0)
        out[label] = (tp / (tp + fp) if tp + fp else 1.0, tp / (tp + fn) if tp + fn else 1.0, tp, fp, fn)
    return out


def wild(folder: Path, show_supported: bool = False) -> None:
    """Half of the FNC-1 bodies (../shared/bench/stance) as the corpus, the other half checked against it."""
    from factcheck.pipeline import check_document

    sample = ROOT.parent / "shared" / "bench" / "stance" / "fnc1_sample.jsonl"
    if not sample.is_file():
        print("../shared/bench/stance is not beside this clone")
        return
    bodies = list(dict.fromkeys(json.loads(line)["body"] for line in sample.read_text().splitlines()))
    half = len(bodies) // 2
    source = folder / "fnc.jsonl"
    source.write_text("\n".join(json.dumps({"text": b, "source": f"fnc-{i}", "date": "2014-10-01"})
                                for i, b in enumerate(bodies[:half])) + "\n", encoding="utf-8")
    db = folder / "fnc.db"
    with Store.open(str(db), create=True) as store:
        add_inputs(store, [str(source)])
    options = Options(corpus=str(db), dateline=date(2014, 10, 1),
                      select=("corpus-number-mismatch", "corpus-date-mismatch", "internal-number-mismatch"))
    findings, claims, supported, shown = [], 0, 0, []
    for body in bodies[half:]:
        result = check_document(Document(source="fnc", text=body), options)
        claims += len(result.claims)
        supported += sum(c.verdict == "supported" for c in result.claims)
        shown += [c for c in result.claims if c.verdict == "supported"]
        findings.extend(result.findings)
    print(f"{len(bodies) - half} bodies checked against {half}: {claims} claims, {supported} supported, "
          f"{len(findings)} findings")
    for f in findings:
        print(f"  {f.rule}: {f.message}\n    article: {f.sentence[:160]}\n    corpus:  {f.evidence[0].text[:160]}")
    for c in shown if show_supported else ():
        print(f"  supported: {c.sentence[:160]}\n    corpus:  {c.evidence[0].text[:160]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--accuracy-only", action="store_true")
    parser.add_argument("--wild", action="store_true")
    parser.add_argument("--jobs", type=int, default=None,
                        help="worker processes for the add (1: the single-process rate; default as the CLI)")
    parser.add_argument("--supported", action="store_true", help="with --wild: list the supported claims too")
    parser.add_argument("--backend", default="sqlite",
                        help="sqlite, postgresql, or both side by side: sqlite,postgresql")
    parser.add_argument("--url", default=os.environ.get("FACTCHECK_TEST_POSTGRES"),
                        help="PostgreSQL server (a scratch database is created beside this one)")
    args = parser.parse_args()
    backends = [b.strip() for b in args.backend.split(",") if b.strip()]
    if not set(backends) <= {"sqlite", "postgresql"}:
        parser.error("--backend takes sqlite, postgresql or both")
    with tempfile.TemporaryDirectory(prefix="factcheck-bench-") as tmp:
        folder = Path(tmp)
        if args.wild:
            wild(folder, args.supported)
            return
        print(f"{'pairs':<22}{'verdict':<14}{'precision':>10}{'recall':>8}{'tp':>5}{'fp':>5}{'fn':>5}")
        for path in (PAIRS, HELDOUT):
            acc = accuracy(folder, path)
            for label in ("contradicted", "supported"):
                p, r, tp, fp, fn = acc[label]
                title = f"{path.name} ({acc['pairs']})"
                print(f"{title:<22}{label:<14}{p:>10.3f}{r:>8.3f}{tp:>5}{fp:>5}{fn:>5}")
        if args.accuracy_only:
            return
        print()
        print(f"{'backend':<11}{'corpus':>9} {'ingest s':>9} {'sent/s':>8} {'sent/cpu-s':>10} {'write/s':>8} "
              f"{'MB':>8} {'B/sent':>7} {'words':>6} {'claims':>6} {'xref s':>7} {'ms/claim':>9} {'same':>5}")
        for size in (int(s) for s in args.sizes.split(",")):
            for r in bench_size(folder, size, backends, args.url, args.jobs):
                print(f"{r['backend']:<11}{r['sentences']:>9} {r['ingest_s']:>9.1f} {r['rate']:>8.0f} "
                      f"{r['cpu_rate']:>10.0f} {r['write_rate']:>8.0f} {r['bytes'] / 1e6:>8.1f} "
                      f"{r['bytes'] / r['sentences']:>7.0f} {r['words']:>6} {r['claims']:>6} {r['xref_s']:>7.3f} "
                      f"{r['per_claim_ms']:>9.2f} {'yes' if r['same'] else 'NO':>5}", flush=True)


if __name__ == "__main__":
    main()
