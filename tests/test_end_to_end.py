"""User stories end to end, through the installed CLI entry point in a fresh process.

A journalist checks the seed page over loopback HTTP; an editor pipes a draft on stdin; every bad input
is a one-line error with exit code 2 and no traceback.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED_PAGE = ROOT / "fixtures" / "kursk.html"


def factcheck(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "factcheck", *args], input=stdin, capture_output=True,
                          cwd=cwd or ROOT, timeout=120)


def one_line_error(proc: subprocess.CompletedProcess) -> str:
    err = proc.stderr.decode()
    assert "Traceback" not in err, err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    return lines[0]


@pytest.fixture
def seed_url(httpserver):
    httpserver.expect_request("/news/kursk").respond_with_data(SEED_PAGE.read_bytes(),
                                                               content_type="text/html; charset=utf-8")
    return httpserver.url_for("/news/kursk")


def test_seed_page_over_loopback(seed_url):
    proc = factcheck("check", seed_url, "--format", "json")
    report = json.loads(proc.stdout)
    doc = report["documents"][0]
    assert doc["error"] is None
    assert doc["source"] == seed_url
    assert "keeps control of region" in doc["title"]
    assert doc["dateline"]["date"] == "2024-12-26"  # "Thursday, December 26" in the text, not "3 days ago"
    assert "Thursday, December 26" in doc["dateline"]["basis"]
    took_office = [f for f in doc["findings"] if "took office on January 20" in f["sentence"]]
    assert {f["rule"] for f in took_office} == {"tense-vs-dateline", "title-anachronism"}
    assert proc.returncode == 1  # the tense error is an error


def test_seed_page_inspect_text_and_sentences(seed_url):
    proc = factcheck("inspect", seed_url, "--format", "json")
    assert proc.returncode == 0, proc.stderr
    seen = json.loads(proc.stdout)
    assert "Loading comments" not in seen["text"]
    assert "3 days ago" not in seen["text"]
    assert "\n28\n" not in f"\n{seen['text']}\n"
    texts = [s["text"] for s in seen["sentences"]]
    assert any(t.startswith("U.S. officials estimate that if Russia") for t in texts)
    assert any(t.endswith("to avoid heavy losses.") for t in texts)
    assert any(t.startswith("Despite the possibility of a Ukrainian withdrawal") for t in texts)
    for s in seen["sentences"]:
        assert seen["text"][s["start"]:s["end"]] == s["text"]


def test_terminal_report_names_dateline_and_findings(seed_url):
    proc = factcheck("check", seed_url)
    out = proc.stdout.decode()
    assert "dateline: 2024-12-" in out
    assert "took office" in out
    assert "\x1b[" not in out  # no colour when not a TTY


def test_stdin_draft_with_invalid_bytes_is_checked():
    draft = "Officials said the bridge reopened on Monday.\nThe \xff\xfe repairs cost $4 million.\n".encode("latin-1")
    proc = factcheck("check", "-", "--format", "json", stdin=draft)
    assert proc.returncode in (0, 1), proc.stderr
    assert json.loads(proc.stdout)["documents"][0]["error"] is None


def test_line_format(tmp_path):
    draft = tmp_path / "d.txt"
    draft.write_text("The summit opened on Monday, January 7, 2025, in Geneva.\n")
    proc = factcheck("check", str(draft), "--format", "line")
    assert f"{draft}:1:" in proc.stdout.decode()
    assert "weekday-mismatch" in proc.stdout.decode()
    assert proc.returncode == 1


@pytest.mark.parametrize("fail_on, code", [("error", 1), ("never", 0), ("info", 1)])
def test_fail_on_sets_exit_code(tmp_path, fail_on, code):
    draft = tmp_path / "d.txt"
    draft.write_text("The summit opened on Monday, January 7, 2025, in Geneva.\n")
    assert factcheck("check", str(draft), "--fail-on", fail_on).returncode == code


def test_clean_draft_exits_zero(tmp_path):
    draft = tmp_path / "clean.md"
    draft.write_text("---\ntitle: Council approves budget\ndate: 2025-03-04\nauthor: Ana Ruiz\n---\n\n"
                     "The city council approved the budget on Tuesday, March 4, Mayor Lena Park said.\n")
    proc = factcheck("check", str(draft))
    assert proc.returncode == 0, proc.stdout.decode() + proc.stderr.decode()


def test_bad_inputs_each_give_one_line_and_exit_2(httpserver, tmp_path):
    httpserver.expect_request("/404").respond_with_data("gone", status=404)
    httpserver.expect_request("/pdf").respond_with_data(b"%PDF-1.7", content_type="application/pdf")
    httpserver.expect_request("/empty").respond_with_data("", content_type="text/html")
    (tmp_path / "empty-dir").mkdir()
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "image.png").write_bytes(b"\x89PNG")
    cases = {
        httpserver.url_for("/404"): "HTTP 404",
        httpserver.url_for("/pdf"): "application/pdf",
        httpserver.url_for("/empty"): "empty",
        str(tmp_path / "missing.md"): "no such file",
        str(tmp_path / "empty-dir"): "nothing checkable",
        str(tmp_path / "other"): "nothing checkable",
        "ftp://example.org/story.html": "unsupported URL scheme",
    }
    for source, words in cases.items():
        proc = factcheck("check", source)
        assert proc.returncode == 2, source
        assert words in one_line_error(proc), source


def test_a_bad_source_does_not_stop_the_others(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("The summit opened on Monday, January 7, 2025, in Geneva.\n")
    proc = factcheck("check", str(tmp_path / "missing.txt"), str(good), "--format", "json")
    assert proc.returncode == 2
    docs = {d["source"]: d for d in json.loads(proc.stdout)["documents"]}
    assert docs[str(good)]["error"] is None
    assert any(f["rule"] == "weekday-mismatch" for f in docs[str(good)]["findings"])


def test_binary_file_is_refused(tmp_path):
    blob = tmp_path / "photo.txt"
    blob.write_bytes(bytes(range(256)) * 50)
    proc = factcheck("check", str(blob))
    assert proc.returncode == 2
    assert "binary" in one_line_error(proc).lower()


def test_misuse_exits_2():
    assert factcheck("check").returncode == 2
    assert factcheck("check", "x.md", "--dateline", "26/12/2024").returncode == 2
    assert factcheck("check", "x.md", "--select", "weekday-mismatchh").returncode == 2


def test_version_and_module_entry_point():
    proc = factcheck("--version")
    assert proc.returncode == 0 and b"factcheck" in proc.stdout


def test_installed_rules_are_found_from_another_directory(tmp_path):
    proc = factcheck("rules", "list", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert b"weekday-mismatch" in proc.stdout


def test_seed_against_the_fixture_corpus_folder_has_claims_with_evidence():
    proc = factcheck("check", str(SEED_PAGE), "--corpus", "fixtures/corpus", "--format", "json")
    assert proc.returncode == 1, proc.stderr
    doc = json.loads(proc.stdout)["documents"][0]
    verdicts = {c["verdict"] for c in doc["claims"]}
    assert "supported" in verdicts
    supported = [c for c in doc["claims"] if c["verdict"] == "supported"]
    assert all(c["evidence"] and c["evidence"][0]["source"] for c in supported)


def test_terminal_report_with_corpus_shows_the_claims_table():
    proc = factcheck("check", str(SEED_PAGE), "--corpus", "fixtures/corpus")
    assert b"claims against the corpus" in proc.stdout
    assert b"Traceback" not in proc.stderr


@pytest.mark.parametrize("corpus, words", [("missing.db", "corpus not found"),
                                           ("fixtures/kursk.html", "")])
def test_bad_corpus_is_one_line_before_any_check(tmp_path, corpus, words):
    if corpus == "fixtures/kursk.html":
        bad = tmp_path / "corrupt.db"
        bad.write_bytes(b"this is not sqlite" * 100)
        corpus, words = str(bad), "not a usable factcheck corpus"
    proc = factcheck("check", str(SEED_PAGE), "--corpus", corpus)
    assert proc.returncode == 2
    assert words in one_line_error(proc)


def test_markdown_with_an_impossible_front_matter_date_is_a_user_error(tmp_path):
    draft = tmp_path / "d.md"
    draft.write_text("---\ntitle: x\ndate: 2024-13-45\n---\n\nThe council met on Monday.\n")
    proc = factcheck("check", str(draft))
    assert proc.returncode == 2
    assert "invalid front matter" in one_line_error(proc)


def test_inspect_on_stdin_gives_the_dates_the_temporal_benchmark_scores(shared_dir):
    """The benchmark scores find_dates directly; `inspect - --dateline DCT` must print the same."""
    from datetime import date

    from factcheck.model import Dateline
    from factcheck.nlp.temporal import find_dates

    lines = (shared_dir / "bench" / "temporal" / "tbaq_aquaint.jsonl").read_text(encoding="utf-8").splitlines()
    for line in lines[:3]:
        doc = json.loads(line)
        proc = factcheck("inspect", "-", "--format", "json", "--dateline", doc["dct"][:10],
                         stdin=doc["text"].encode())
        seen = json.loads(proc.stdout)
        assert seen["text"] == doc["text"]
        anchor = Dateline(date=date.fromisoformat(doc["dct"][:10]), basis="dct", confidence="high")
        direct = [(d.start, d.end, d.type, d.value) for d in find_dates(doc["text"], anchor)]
        assert [(d["start"], d["end"], d["type"], d["value"]) for d in seen["dates"]] == direct


def test_a_50_mb_page_is_refused_at_the_default_cap(httpserver):
    httpserver.expect_request("/huge").respond_with_data(b"<p>" + b"x" * (50 * 1024 * 1024) + b"</p>",
                                                         content_type="text/html")
    proc = factcheck("check", httpserver.url_for("/huge"))
    assert proc.returncode == 2
    assert "larger than 10,485,760 bytes" in one_line_error(proc)


def test_a_server_that_never_answers_is_cut_off_by_timeout():
    import socket

    with socket.socket() as listener:  # accepts the connection, never says a word
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        port = listener.getsockname()[1]
        proc = factcheck("check", f"http://127.0.0.1:{port}/story", "--timeout", "1")
    assert proc.returncode == 2
    assert "did not answer within 1 s" in one_line_error(proc)


def test_url_dated_page_over_loopback(httpserver, tmp_path):
    """A page whose only date is in its address (/2015/03/18/): the dateline comes from the URL, and the
    same page saved to a file finds it in its canonical link, never from the run date."""
    page = ("<html><head><title>Dam reopens | Example News</title>{link}</head><body><article>"
            "<h1>Dam reopens</h1><p>The dam, first opened in 1935, reopened to traffic after a long repair that "
            "closed the road along the river for most of the winter.</p><p>Engineers said the work had cost "
            "more than planned because of flooding in the spring.</p></article></body></html>")
    httpserver.expect_request("/2015/03/18/dam-reopens/").respond_with_data(
        page.format(link=""), content_type="text/html; charset=utf-8")
    proc = factcheck("check", httpserver.url_for("/2015/03/18/dam-reopens/"), "--format", "json")
    dateline = json.loads(proc.stdout)["documents"][0]["dateline"]
    assert dateline["date"] == "2015-03-18" and dateline["basis"].startswith("date in the URL"), dateline
    saved = tmp_path / "saved.html"
    saved.write_text(page.format(link='<link rel="canonical" href="https://example.com/2015/03/18/dam-reopens/">'))
    proc = factcheck("check", str(saved), "--format", "json")
    assert json.loads(proc.stdout)["documents"][0]["dateline"]["date"] == "2015-03-18"


def test_saved_page_with_only_a_relative_stamp_says_so(tmp_path):
    """"5 days ago" in a saved file is never counted from the run date: the report says only a weak stamp is left."""
    saved = tmp_path / "saved.html"
    saved.write_text("<html><body><article><h1>Dam reopens</h1><span class='stamp'>5 days ago</span><p>The dam "
                     "reopened to traffic after a long repair that closed the road along the river for most of the "
                     "winter.</p><p>Engineers said the work had cost more than planned because of flooding.</p>"
                     "</article></body></html>")
    doc = json.loads(factcheck("check", str(saved), "--format", "json").stdout)["documents"][0]
    assert doc["dateline"]["date"] is None and "5 days ago" in doc["dateline"]["basis"]
    missing = [f for f in doc["findings"] if f["rule"] == "dateline-missing"]
    assert missing and "only a weak stamp" in missing[0]["message"]
