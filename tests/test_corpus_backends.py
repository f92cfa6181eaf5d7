"""The two corpus backends behind one interface (SQLite, PostgreSQL): the same corpus gives the same
candidates and verdicts on both; adds are all-or-nothing and may run at once; readers work while a writer
adds; and the PostgreSQL backend's set-up and errors (one line, never a password).

The PostgreSQL tests need the server .ci/run starts (.ci/postgres.sh); see conftest.need_postgres.
"""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import FIXTURES, ROOT
from factcheck.cli import main
from factcheck.corpus import facts as facts_mod
from factcheck.corpus import init_store, open_store
from factcheck.corpus.backend import DocumentMeta, redact
from factcheck.corpus.ingest import add_inputs
from factcheck.corpus.search import fts_query
from factcheck.loader import load_document
from factcheck.model import FactcheckError, Options
from factcheck.pipeline import check_document

CLAIM_SETS = [FIXTURES / "claims" / name for name in ("dev", "heldout", "blind")]
DRAFT = ("About 11,000 North Korean troops have been sent to Russia and most of them are now in the Kursk "
         "region, US officials said.\n")


def _add(location: str, inputs: list[str], **kwargs):
    with open_store(location, writable=True) as store:
        return add_inputs(store, inputs, **kwargs)


def _counts(location: str) -> tuple[int, int]:
    with open_store(location) as store:
        stats = store.stats()
    return stats["documents"], stats["sentences"]


def _jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _filler(start: int, stop: int) -> list[dict]:
    """Records that speak of nothing the draft claims (two sentences each)."""
    return [{"id": f"f{i}", "text": f"The Veldor {i} fair drew {i + 3} stalls. It closed at dusk on day {i}.",
             "source": f"Desk {i % 7}", "date": "2023-05-01"} for i in range(start, stop)]


def _run(*args: str, **kwargs) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, *args], env=env, cwd=ROOT, text=True, **kwargs)


# -- parity ------------------------------------------------------------------------------------------
def _checked(location: str, articles: list[Path]) -> list:
    """Each article's claims (verdict, evidence, aligned pairs) and each claim's BM25 candidates."""
    out = []
    for article in articles:
        options = Options(corpus=location)
        result = check_document(load_document(str(article), options), options)
        with open_store(location) as store:
            candidates = [[(h.id, h.text, h.doc, h.source, h.date, h.score) for h in store.match(query, 25)]
                          for claim in result.claims if (query := fts_query(store, claim.sentence))]
        out.append((article.name, result.claims, candidates))
    return out


def test_the_same_corpus_gives_the_same_verdicts_on_both_backends(tmp_path, pg_url):
    """The claims test corpora in both backends: every claim gets the same verdict, evidence and pairs,
    from the same candidates in the same order with the same BM25 scores (bit for bit)."""
    inputs = [str(s / "corpus.jsonl") for s in CLAIM_SETS] + [str(FIXTURES / "corpus")]
    articles = sorted(p for s in CLAIM_SETS for p in (s / "articles").glob("*.md"))
    sqlite = str(tmp_path / "corpus.db")
    reports = [_add(location, inputs) for location in (sqlite, pg_url)]
    assert reports[0].documents == reports[1].documents > 150
    assert _counts(sqlite) == _counts(pg_url)
    on_sqlite, on_postgres = _checked(sqlite, articles), _checked(pg_url, articles)
    verdicts = [c.verdict for _, claims, _ in on_sqlite for c in claims]
    assert len(verdicts) > 150 and {"supported", "contradicted", "unverified"} <= set(verdicts)
    for mine, theirs in zip(on_sqlite, on_postgres):
        assert mine == theirs, mine[0]


def test_the_backends_stay_in_step_through_long_adds_and_removes(tmp_path, pg_url, monkeypatch):
    """Term counts and totals (what BM25 reads) agree after adds that close and reopen their COPY and
    merge their counts part-way, and after removals."""
    from factcheck.corpus import postgres
    from factcheck.corpus.store import fts5_tokens

    monkeypatch.setattr(postgres, "_DOCUMENT_FLUSH", 7)
    monkeypatch.setattr(postgres, "_TERMS_FLUSH", 50)
    inputs = [str(s / "corpus.jsonl") for s in CLAIM_SETS]
    sqlite = str(tmp_path / "corpus.db")
    for location in (sqlite, pg_url):
        _add(location, inputs)
        with open_store(location, writable=True) as store:
            assert store.remove(3) == 1 and store.remove(40) is not None and store.remove(9999) is None
    texts = [json.loads(line)["text"] for s in CLAIM_SETS for line in (s / "corpus.jsonl").read_text().splitlines()]
    tokens = sorted({t for text in texts for t in fts5_tokens(text)})
    seen = []
    for location in (sqlite, pg_url):
        with open_store(location) as store:
            stats = store.stats()
            queries = [fts_query(store, text) for text in texts[::3]]
            seen.append(((stats["documents"], stats["sentences"]), store.document_counts(tokens),
                         [store.match(q, 10) for q in queries if q]))
    assert seen[0] == seen[1]
    assert seen[0][0][0] == len({" ".join(t.split()) for t in texts}) - 2


def test_postgres_indexes_exactly_the_tokens_fts5_does():
    """store.fts5_tokens (the tokens PostgreSQL indexes) against FTS5 itself, on the fixture corpora
    and on text in other scripts, with diacritics, combining marks, ligatures, symbols and digits."""
    import sqlite3

    from factcheck.corpus.store import TOKENIZER, fts5_tokens

    texts = [json.loads(line)["text"] for s in CLAIM_SETS for line in (s / "corpus.jsonl").read_text().splitlines()]
    texts += [chr(c) for c in range(128)]
    texts += ["Ünïcödé naïve café SÃO PAULO Ærø Łódź İstanbul straße ǅemal ﬁnance", "x\u0301y e\u0301te\u0301",
              "Москва Ἀθῆναι 東京都 서울 القاهرة मुंबई ١٢٣ ½ ² Ⅻ ⓪", "8,189.49 $1.5bn 4.75%-5% 2-1 24/7 covid19",
              "emoji 👍🏽 and \u200bzero\u200dwidth\u00a0nbsp \ue000private\U000f0000 \u0378unassigned",
              "“Quoted” — dashes – and ‘apostrophes’ don’t split… oddly"]
    conn = sqlite3.connect(":memory:")
    conn.execute(f"CREATE VIRTUAL TABLE t USING fts5(x, tokenize='{TOKENIZER}')")
    conn.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')")
    conn.executemany("INSERT INTO t(rowid, x) VALUES (?, ?)", enumerate(texts, start=1))
    indexed: dict[int, list[tuple[int, str]]] = {}
    for term, row, offset in conn.execute("SELECT term, doc, offset FROM v"):
        indexed.setdefault(row, []).append((offset, term))
    for row, text in enumerate(texts, start=1):
        assert fts5_tokens(text) == [term for _, term in sorted(indexed.get(row, []))], text


# -- writing: all or nothing, concurrent adds, readers during an add ---------------------------------
def test_an_interrupted_add_leaves_the_corpus_as_it_was(corpus_location, tmp_path, monkeypatch):
    _add(corpus_location, [str(FIXTURES / "corpus")])
    before = _counts(corpus_location)
    big = _jsonl(tmp_path / "big.jsonl", _filler(0, 3000))
    calls = {"n": 0}
    real = facts_mod.extract

    def interrupted(text, reference=None):
        calls["n"] += 1
        if calls["n"] == 4500:  # batches of 2,000 records: the first is written by now
            raise KeyboardInterrupt
        return real(text, reference)

    monkeypatch.setattr(facts_mod, "extract", interrupted)
    with pytest.raises(KeyboardInterrupt):
        _add(corpus_location, [str(big)])
    assert _counts(corpus_location) == before
    monkeypatch.setattr(facts_mod, "extract", real)
    assert _add(corpus_location, [str(big)]).documents == 3000  # nothing left locked or half-written


_WRITER = textwrap.dedent("""
    import sys
    from factcheck.corpus import open_store
    from factcheck.corpus.backend import DocumentMeta
    with open_store(sys.argv[1], writable=True) as store, store.transaction():
        store.add_batch([(DocumentMeta(hash=f"w{i}", source="writer", date="2025-01-01"),
                          [(f"Writer sentence {i} names 4{i} votes.", None)]) for i in range(500)])
        print("WRITING", flush=True)
        if sys.stdin.readline().strip() != "commit":
            raise SystemExit(1)
    print("COMMITTED", flush=True)
""")


def test_readers_check_while_a_writer_adds(corpus_location, tmp_path):
    """A check during an add is neither blocked nor shown the uncommitted rows; after the commit it
    sees them. The writer is another process holding its transaction open."""
    _add(corpus_location, [str(FIXTURES / "corpus")])
    before = _counts(corpus_location)
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    options = Options(corpus=corpus_location)
    expected = check_document(load_document(str(draft), options), options).claims
    assert [c.verdict for c in expected] == ["supported"]
    writer = _run("-c", _WRITER, corpus_location, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        assert writer.stdout.readline().strip() == "WRITING"
        for _ in range(3):
            assert check_document(load_document(str(draft), options), options).claims == expected
            assert _counts(corpus_location) == before
        writer.stdin.write("commit\n")
        writer.stdin.flush()
        assert writer.stdout.readline().strip() == "COMMITTED"
    finally:
        writer.kill() if writer.poll() is None else None
        writer.wait(timeout=30)
    assert _counts(corpus_location) == (before[0] + 500, before[1] + 500)
    assert check_document(load_document(str(draft), options), options).claims == expected


def test_a_killed_add_leaves_the_corpus_as_it_was(corpus_location):
    _add(corpus_location, [str(FIXTURES / "corpus")])
    before = _counts(corpus_location)
    writer = _run("-c", _WRITER, corpus_location, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        assert writer.stdout.readline().strip() == "WRITING"
        os.kill(writer.pid, signal.SIGKILL)
    finally:
        writer.wait(timeout=30)
    assert _counts(corpus_location) == before
    with open_store(corpus_location, writable=True) as store:  # the dead writer's lock went with it
        store.add_batch([(DocumentMeta(hash="after", source="test"), [("Merz won 325 votes.", None)])])
    assert _counts(corpus_location) == (before[0] + 1, before[1] + 1)


def test_two_concurrent_adds_of_overlapping_files_lose_nothing_and_duplicate_nothing(corpus_location, tmp_path):
    init_store(corpus_location)
    first = _jsonl(tmp_path / "first.jsonl", _filler(0, 3000))
    second = _jsonl(tmp_path / "second.jsonl", _filler(1500, 4500))
    adds = [_run("-m", "factcheck", "corpus", "add", str(path), "--corpus", corpus_location,
                 stdout=subprocess.PIPE, stderr=subprocess.PIPE) for path in (first, second)]
    outputs = [add.communicate(timeout=120) for add in adds]
    assert [add.returncode for add in adds] == [0, 0], outputs
    added = sorted(int(out.split("added ")[1].split()[0]) for out, _ in outputs)
    assert added == [1500, 3000]  # the add that went second found 1,500 of its documents there already
    assert _counts(corpus_location) == (4500, 9000)
    with open_store(corpus_location) as store:
        ids = [d["ext_id"] for d in store.documents()]
    assert sorted(ids) == sorted(f"f{i}" for i in range(4500))


# -- PostgreSQL: the commands, set-up and errors -----------------------------------------------------
@pytest.fixture
def runner(monkeypatch, tmp_path):
    monkeypatch.delenv("FACTCHECK_CORPUS", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.chdir(tmp_path)
    return CliRunner()


def test_corpus_commands_and_check_on_postgresql(runner, pg_empty, tmp_path):
    url = pg_empty
    before_init = runner.invoke(main, ["corpus", "stats", "--corpus", url])
    assert before_init.exit_code == 2 and "factcheck corpus init" in before_init.output
    assert len(before_init.output.strip().splitlines()) == 1
    init = runner.invoke(main, ["corpus", "init", url])
    assert init.exit_code == 0 and "created the corpus (schema 1)" in init.output
    again = runner.invoke(main, ["corpus", "init", "--corpus", url])
    assert again.exit_code == 0 and "is ready (schema 1)" in again.output
    added = runner.invoke(main, ["corpus", "add", str(FIXTURES / "corpus"), "--corpus", url])
    assert added.exit_code == 0 and "added 26 document(s), 32 sentence(s)" in added.output
    repeat = runner.invoke(main, ["corpus", "add", str(FIXTURES / "corpus"), "--db", url])
    assert "added 0 document(s)" in repeat.output and "26 already there" in repeat.output
    found = runner.invoke(main, ["corpus", "search", "North Korean troops Kursk", "--corpus", url, "-n", "2"])
    assert found.exit_code == 0 and len(found.output.splitlines()) == 2 and "North Korean" in found.output
    stats = runner.invoke(main, ["corpus", "stats", "--corpus", url])
    assert "documents:         26" in stats.output and "sentences:         32" in stats.output
    assert "last_date:         2025-05-06" in stats.output
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT.replace("11,000", "41,000"), encoding="utf-8")
    checked = runner.invoke(main, ["check", str(draft), "--corpus", url, "--format", "json"])
    document = json.loads(checked.output)["documents"][0]
    assert [c["verdict"] for c in document["claims"]] == ["contradicted"]
    assert "corpus-number-mismatch" in [f["rule"] for f in document["findings"]]
    first_id = runner.invoke(main, ["corpus", "list", "--corpus", url]).output.split()[0]
    removed = runner.invoke(main, ["corpus", "remove", first_id, "--corpus", url])
    assert removed.exit_code == 0 and f"removed document {first_id} (1 sentence(s))" in removed.output
    missing = runner.invoke(main, ["corpus", "remove", first_id, "--corpus", url])
    assert missing.exit_code == 2 and "no document with id" in missing.output
    assert "documents:         25" in runner.invoke(main, ["corpus", "stats", "--corpus", url]).output


def test_environment_and_config_name_a_postgresql_corpus(runner, pg_url, tmp_path, monkeypatch):
    _add(pg_url, [str(FIXTURES / "corpus")])
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    monkeypatch.setenv("FACTCHECK_CORPUS", pg_url)
    assert "documents:         26" in runner.invoke(main, ["corpus", "stats"]).output
    by_env = runner.invoke(main, ["check", str(draft), "--format", "json"])
    assert json.loads(by_env.output)["documents"][0]["claims"][0]["verdict"] == "supported"
    monkeypatch.delenv("FACTCHECK_CORPUS")
    (tmp_path / ".factcheck.cfg").write_text(f"[factcheck]\ncorpus = {pg_url}\n", encoding="utf-8")
    by_config = runner.invoke(main, ["check", str(draft), "--format", "json"])
    assert json.loads(by_config.output)["documents"][0]["claims"][0]["verdict"] == "supported"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_connection_errors_are_one_line_and_never_show_the_password(runner, pg_database):
    import psycopg

    host = pg_database.split("@", 1)[1].split("/", 1)[0]
    with psycopg.connect(pg_database, autocommit=True) as conn:
        conn.execute("DROP ROLE IF EXISTS factcheck_reader")
        conn.execute("CREATE ROLE factcheck_reader LOGIN PASSWORD 'right-one'")
    cases = [
        (f"postgresql://factcheck:hunter2@127.0.0.1:{_free_port()}/corpus", "connection refused"),
        (f"postgresql://factcheck_reader:hunter2@{host}/postgres", "authentication failed"),
        (f"postgresql://factcheck:hunter2@{host}/no_such_database", "the database does not exist"),
        (f"postgresql://nobody:hunter2@{host}/postgres", "authentication failed"),
    ]
    for url, message in cases:
        for command in (["corpus", "stats", "--corpus", url], ["corpus", "add", str(FIXTURES / "corpus"),
                                                               "--corpus", url]):
            result = runner.invoke(main, command)
            assert result.exit_code == 2, result.output
            assert message in result.output and len(result.output.strip().splitlines()) == 1, result.output
            assert "hunter2" not in result.output and "***@" in result.output
        checked = runner.invoke(main, ["check", str(FIXTURES / "clean-article.md"), "--corpus", url])
        assert checked.exit_code == 2 and message in checked.output and "hunter2" not in checked.output


def test_a_schema_of_another_version_is_refused(pg_url):
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("UPDATE factcheck.meta SET value = '99' WHERE key = 'schema'")
    for attempt in (lambda: open_store(pg_url), lambda: init_store(pg_url)):
        with pytest.raises(FactcheckError, match="corpus schema 99 is newer than this factcheck's 1"):
            attempt()
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("UPDATE factcheck.meta SET value = '0' WHERE key = 'schema'")
    with pytest.raises(FactcheckError, match=r"schema 0 is older than this factcheck's 1 \(migrate it with 'factcheck corpus init"):
        open_store(pg_url)


def test_a_read_only_user_can_check_but_not_add(pg_url, tmp_path, monkeypatch):
    """What a newsroom gives its CI runners: SELECT on the corpus, the password from libpq's environment."""
    import psycopg

    _add(pg_url, [str(FIXTURES / "corpus")])
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("DROP OWNED BY factcheck_ci" if conn.execute(
            "SELECT 1 FROM pg_roles WHERE rolname = 'factcheck_ci'").fetchone() else "SELECT 1")
        conn.execute("DROP ROLE IF EXISTS factcheck_ci")
        conn.execute("CREATE ROLE factcheck_ci LOGIN PASSWORD 'ci-secret'")
        conn.execute("GRANT USAGE ON SCHEMA factcheck TO factcheck_ci")
        conn.execute("GRANT SELECT ON ALL TABLES IN SCHEMA factcheck TO factcheck_ci")
    reader = pg_url.replace("postgresql://factcheck@", "postgresql://factcheck_ci@")
    monkeypatch.setenv("PGPASSWORD", "ci-secret")
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    options = Options(corpus=reader)
    assert [c.verdict for c in check_document(load_document(str(draft), options), options).claims] == ["supported"]
    with pytest.raises(FactcheckError, match="permission denied"):
        _add(reader, [str(_jsonl(tmp_path / "one.jsonl", _filler(0, 1)))])


def test_without_psycopg_a_postgresql_url_says_how_to_install_it(monkeypatch):
    monkeypatch.setitem(sys.modules, "psycopg", None)
    with pytest.raises(FactcheckError, match=r"pip install 'factcheck\[postgres\]'"):
        open_store("postgresql://factcheck@127.0.0.1/corpus")


@pytest.mark.parametrize("text, expected", [
    ("postgresql://ann:s3cret@db.example/news", "postgresql://ann:***@db.example/news"),
    ("postgres://ann:p%40ss@db:5433/news?sslmode=require", "postgres://ann:***@db:5433/news?sslmode=require"),
    ("postgresql://db/news?user=ann&password=s3cret", "postgresql://db/news?user=ann&password=***"),
    ("host=db password='a b' user=ann", "host=db password=*** user=ann"),
    ("postgresql://ann@db/news", "postgresql://ann@db/news"),
])
def test_redact_hides_passwords(text, expected):
    assert redact(text) == expected
