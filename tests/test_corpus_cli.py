"""`factcheck corpus add | search | stats | list | remove`: output, default location, exit codes."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main

ROOT = Path(__file__).resolve().parents[1]
FIXTURE_CORPUS = str(ROOT / "fixtures" / "corpus")


@pytest.fixture
def runner(monkeypatch, tmp_path):
    monkeypatch.delenv("FACTCHECK_CORPUS", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.chdir(tmp_path)
    return CliRunner()


def test_add_search_stats_list_remove(runner, tmp_path):
    db = str(tmp_path / "c.db")
    added = runner.invoke(main, ["corpus", "add", FIXTURE_CORPUS, "--db", db])
    assert added.exit_code == 0, added.output
    assert "added 26 document(s), 32 sentence(s)" in added.output
    again = runner.invoke(main, ["corpus", "add", FIXTURE_CORPUS, "--db", db])
    assert "added 0 document(s)" in again.output and "26 already there" in again.output
    found = runner.invoke(main, ["corpus", "search", "North Korean troops Kursk", "--db", db, "-n", "2"])
    assert found.exit_code == 0 and len(found.output.splitlines()) == 2 and "North Korean" in found.output
    stats = runner.invoke(main, ["corpus", "stats", "--db", db])
    assert "documents:         26" in stats.output and "sentences:         32" in stats.output
    listing = runner.invoke(main, ["corpus", "list", "--db", db])
    first_id = listing.output.split()[0]
    removed = runner.invoke(main, ["corpus", "remove", first_id, "--db", db])
    assert removed.exit_code == 0 and f"removed document {first_id}" in removed.output
    missing = runner.invoke(main, ["corpus", "remove", first_id, "--db", db])
    assert missing.exit_code == 2 and "no document with id" in missing.output


def test_init_creates_an_empty_corpus_file(runner, tmp_path):
    db = tmp_path / "new" / "c.db"
    result = runner.invoke(main, ["corpus", "init", str(db)])
    assert result.exit_code == 0 and f"corpus ready at {db} (schema 1)" in result.output
    stats = runner.invoke(main, ["corpus", "stats", "--corpus", str(db)])
    assert "documents:         0" in stats.output


def test_default_location_env_then_data_dir(runner, tmp_path, monkeypatch):
    result = runner.invoke(main, ["corpus", "add", FIXTURE_CORPUS + "/wire.jsonl"])
    assert result.exit_code == 0
    assert (tmp_path / "data" / "factcheck" / "corpus.db").is_file()
    monkeypatch.setenv("FACTCHECK_CORPUS", str(tmp_path / "env.db"))
    result = runner.invoke(main, ["corpus", "add", FIXTURE_CORPUS + "/wire.jsonl"])
    assert result.exit_code == 0 and str(tmp_path / "env.db") in result.output


@pytest.mark.parametrize("args, message", [
    (["corpus", "stats", "--db", "missing.db"], "corpus not found: missing.db"),
    (["corpus", "add", "nowhere.jsonl", "--db", "c.db"], "nowhere.jsonl: no such file or folder"),
    (["corpus", "search", "anything", "--db", "missing.db"], "corpus not found"),
])
def test_errors_are_one_line_and_exit_2(runner, args, message):
    result = runner.invoke(main, args)
    assert result.exit_code == 2
    assert message in result.output and len(result.output.strip().splitlines()) == 1


def test_bad_line_refused_by_default_skipped_on_request(runner, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "Turnout was 59.7%.", "date": "2024-07-05"}\n{"text": oops}\n', encoding="utf-8")
    refused = runner.invoke(main, ["corpus", "add", str(bad), "--db", "c.db"])
    assert refused.exit_code == 2 and "bad.jsonl:2: invalid JSON" in refused.output
    assert "nothing was added" in refused.output
    skipped = runner.invoke(main, ["corpus", "add", str(bad), "--db", "c.db", "--on-error", "skip"])
    assert skipped.exit_code == 0 and "skipped: " in skipped.output and "added 1 document(s)" in skipped.output


@pytest.mark.parametrize("name", ["wire.jsonl", "wire.ndjson"])
def test_check_builds_a_corpus_for_the_run_from_any_corpus_file_type(runner, tmp_path, name):
    """`corpus add` and `check --corpus FILE` accept the same file types (one suffix table)."""
    wire = tmp_path / name
    wire.write_text(Path(FIXTURE_CORPUS, "wire.jsonl").read_text(encoding="utf-8"), encoding="utf-8")
    draft = tmp_path / "draft.txt"
    draft.write_text("North Korean troops were deployed to Kursk, officials said.\n", encoding="utf-8")
    result = runner.invoke(main, ["check", str(draft), "--corpus", str(wire), "--format", "json"])
    assert result.exit_code in (0, 1), result.output
    assert '"claims"' in result.output


def test_jobs_sets_the_worker_processes_of_a_large_add(runner, tmp_path, monkeypatch):
    """`corpus add -j 1` reads a large input in this process, `-j 2` in two workers: the same corpus."""
    import json

    from factcheck.corpus import ingest

    monkeypatch.setattr(ingest, "_PARALLEL_BYTES", 1)  # every input counts as large
    lines = [json.dumps({"text": f"Port {i} handled {i * 7} ships on March {i % 28 + 1}, 2020.", "source": "s"})
             for i in range(300)]
    source = tmp_path / "big.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    outputs = []
    for jobs in ("1", "2"):
        db = str(tmp_path / f"c{jobs}.db")
        added = runner.invoke(main, ["corpus", "add", str(source), "--db", db, "-j", jobs])
        assert added.exit_code == 0, added.output
        outputs.append(added.output.splitlines()[-1].split(" to ")[0])
    assert outputs[0] == outputs[1] == "added 300 document(s), 300 sentence(s)"
    refused = runner.invoke(main, ["corpus", "add", str(source), "--db", str(tmp_path / "x.db"), "-j", "0"])
    assert refused.exit_code == 2
