"""Hostile input end to end: what a document or a server sends never drives the terminal, never
breaks a machine format, and never costs unbounded time (issue 14)."""
from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

import pytest
from click.testing import CliRunner

from factcheck.cli import main

# the founding case, with escape sequences a hostile page can carry: clear screen, window title (OSC 0),
# a clipboard write (OSC 52), a hidden link (OSC 8), a C1 CSI, a bidi override, and rich markup
HOSTILE = (
    "WASHINGTON, Thursday, Dec. 26, 2024 \u2014 The talks went on.\n\n"
    "President-elect Donald Trump, who took office on January 20, \x1b[2J\x1b]0;pwned\x07said "
    "[bold red]nothing[/bold red] \x1b]52;c;ZXZpbA==\x07 about \x1b]8;;http://evil.test\x1b\\it\x1b]8;;\x1b\\.\n\n"
    "Two\nofficials\x0c said the \x9b31m plan\u202e would pass.\n"
)
RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def check(tmp_path, *args: str, text: str = HOSTILE):
    draft = tmp_path / "draft.txt"
    draft.write_text(text, encoding="utf-8")
    return CliRunner().invoke(main, ["check", str(draft), "--fail-on", "never", *args])


@pytest.mark.parametrize("fmt", ["terminal", "line", "github"])
def test_no_control_character_reaches_a_terminal_format(tmp_path, fmt):
    result = check(tmp_path, "--format", fmt)
    assert result.exit_code == 0, result.output
    assert "took office" in result.output or fmt != "terminal"
    found = RAW_CONTROL.findall(result.output.replace("\n", "").replace("\t", ""))
    assert not found, f"raw controls in {fmt}: {found!r}"


def test_escapes_are_shown_not_dropped(tmp_path):
    out = check(tmp_path, "--format", "terminal").output
    assert "\\x1b[2J" in out and "\\x1b]0;pwned" in out
    assert "[bold red]nothing[/bold red]" in out, "rich markup in article text prints literally"


def test_inspect_escapes_sentences(tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text(HOSTILE, encoding="utf-8")
    result = CliRunner().invoke(main, ["inspect", str(draft)])
    assert result.exit_code == 0
    assert not RAW_CONTROL.findall(result.output.replace("\n", "").replace("\t", ""))


def test_line_format_is_one_record_a_line(tmp_path):
    lines = check(tmp_path, "--format", "line").output.splitlines()
    assert lines
    assert all(re.match(r"^.+:\d+:\d+: (error|warning|info) [a-z-]+ ", line) for line in lines), lines


def test_junit_with_control_characters_is_well_formed_xml(tmp_path):
    out = check(tmp_path, "--format", "junit").output
    root = ET.fromstring(out.encode("utf-8"))
    assert root.tag == "testsuites"
    assert "tense-vs-dateline" in out


def test_json_stays_valid(tmp_path):
    data = json.loads(check(tmp_path, "--format", "json").output)
    assert data["documents"][0]["findings"]


def test_server_reason_phrase_is_escaped_on_stderr(httpserver):
    from werkzeug import Response

    httpserver.expect_request("/x").respond_with_response(Response("gone", status="404 \x1b]0;pwned\x07Gone"))
    result = CliRunner().invoke(main, ["check", httpserver.url_for("/x")])
    assert result.exit_code == 2
    assert "\x1b" not in result.output and "\\x1b" in result.output


@pytest.fixture
def dribbling_server():
    """A server on 127.0.0.1 that sends its headers, then one byte of body every 0.3 s (at most ~20 s)."""
    import socket
    import threading
    import time

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)
    stop = threading.Event()

    def serve():
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                continue
            with conn:
                conn.recv(4096)
                conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n<p>")
                for _ in range(70):
                    if stop.is_set():
                        break
                    try:
                        conn.sendall(b"a")
                    except OSError:
                        break
                    time.sleep(0.3)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}/slow"
    stop.set()
    thread.join(5)
    listener.close()


def test_timeout_bounds_the_whole_download(dribbling_server):
    import time

    started = time.monotonic()
    result = CliRunner().invoke(main, ["check", dribbling_server, "--timeout", "2"])
    elapsed = time.monotonic() - started
    assert result.exit_code == 2
    assert "longer than 2 s" in result.output
    assert elapsed < 4, f"took {elapsed:.1f} s with --timeout 2"


@pytest.mark.parametrize("depth", [300, 3000, 50000])
def test_deeply_nested_page_is_read_to_the_end(tmp_path, depth):
    page = tmp_path / "deep.html"
    page.write_text("<html><body><h1>Floods in the valley</h1>" + "<div>" * depth
                    + "<p>Deep inside, the water rose through the night and reached the bridge.</p>"
                    + "</div>" * depth + "<p>After the deep part, the minister said 40 people died in the "
                    "floods on Monday, and the army was sent to help.</p></body></html>")
    result = CliRunner().invoke(main, ["inspect", str(page), "--format", "json"])
    assert result.exit_code == 0, result.output
    text = " ".join(s["text"] for s in json.loads(result.output)["sentences"])
    assert "the minister said 40 people died" in text
    assert "Deep inside, the water rose" in text


def billion_laughs(levels: int = 9) -> str:
    """YAML whose each list holds nine aliases of the list before: 9**levels strings once walked."""
    lines = ["lol0: &lol0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for i in range(1, levels):
        lines.append(f"lol{i}: &lol{i} [" + ", ".join([f"*lol{i - 1}"] * 9) + "]")
    return "\n".join(lines) + f"\nauthor: *lol{levels - 1}\nfactcheck: {{ignore: *lol{levels - 1}}}\n"


BOMB_DRAFT = "---\ntitle: Floods\ndate: 2024-12-26\n" + billion_laughs() + "---\n\nThe minister said 40 people died.\n"


def test_alias_bomb_in_front_matter_is_refused(tmp_path):
    draft = tmp_path / "bomb.md"
    draft.write_text(BOMB_DRAFT)
    result = CliRunner().invoke(main, ["check", str(draft)])
    assert result.exit_code == 2
    assert "aliases" in result.output and len(result.output.strip().splitlines()) == 1


def test_alias_bomb_served_as_markdown_is_refused(httpserver):
    httpserver.expect_request("/draft.md").respond_with_data(BOMB_DRAFT, content_type="text/markdown")
    result = CliRunner().invoke(main, ["check", httpserver.url_for("/draft.md")])
    assert result.exit_code == 2 and "aliases" in result.output


def test_a_few_aliases_are_still_fine(tmp_path):
    draft = tmp_path / "ok.md"
    draft.write_text("---\ntitle: Floods\ndate: 2024-12-26\nbase: &b {x: 1}\nother: *b\n---\n\n"
                     "The minister said the river rose on Monday.\n")
    assert CliRunner().invoke(main, ["check", str(draft)]).exit_code == 0


def test_huge_front_matter_is_refused(tmp_path):
    draft = tmp_path / "big.md"
    draft.write_text("---\ntitle: Floods\nnotes: |\n" + "  padding line of notes\n" * 5000 + "---\n\nText.\n")
    result = CliRunner().invoke(main, ["check", str(draft)])
    assert result.exit_code == 2 and "front matter is larger" in result.output


def test_alias_bomb_in_a_user_rule_file_is_refused(tmp_path):
    from factcheck.model import FactcheckError
    from factcheck.userrules import load_rule_file

    path = tmp_path / "rule.yaml"
    path.write_text("id: laughs\nkind: existence\nmessage: x\n" + billion_laughs().replace("author:", "tokens:"))
    with pytest.raises(FactcheckError, match="aliases"):
        load_rule_file(path)


@pytest.mark.parametrize("charset", ["rot13", "hex", "base64", "idna", "zlib", "uu"])
def test_a_codec_that_is_no_text_encoding_is_ignored(tmp_path, charset):
    page = tmp_path / "page.html"
    page.write_text(f'<html><head><meta charset="{charset}"></head><body><h1>Floods</h1>'
                    "<p>The minister said 40 people died on Monday in the floods.</p></body></html>")
    result = CliRunner().invoke(main, ["inspect", str(page), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert "40 people died" in result.output


@pytest.mark.parametrize("control", ["\x1b", "\x0c", "\x07", "\x08"])
def test_a_control_character_after_a_dropped_element(tmp_path, control):
    page = tmp_path / "page.html"
    page.write_text(f"<html><body><h1>Floods</h1><script>var x;</script>{control}<p>The minister said 40 people "
                    f"died on Monday in the floods.</p><nav>menu</nav>{control}<p>More text.</p></body></html>")
    result = CliRunner().invoke(main, ["inspect", str(page), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert "40 people died" in result.output


def _corpus(tmp_path, sentences: int = 3000):
    wire = tmp_path / "wire.jsonl"
    wire.write_text("".join(json.dumps({"text": f"The ministry said {i} people were evacuated from the town of "
                                                f"Place{i} on Monday after floods.", "source": "wire",
                                        "date": "2024-12-01"}) + "\n" for i in range(sentences)))
    db = tmp_path / "corpus.db"
    assert CliRunner().invoke(main, ["corpus", "add", str(wire), "--db", str(db)]).exit_code == 0
    return db


def test_a_corpus_damaged_deep_inside_is_a_one_line_error(tmp_path):
    import sqlite3

    db = _corpus(tmp_path)
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(db.read_bytes())
    data[-20000:] = b"\xee" * 20000  # the header and schema stay readable; the last pages are garbage
    db.write_bytes(bytes(data))
    draft = tmp_path / "draft.md"
    draft.write_text("---\ntitle: Floods\ndate: 2024-12-05\n---\n\n"
                     "The ministry said 41 people were evacuated from the town of Place2990 on Monday.\n")
    for args in (["check", str(draft), "--corpus", str(db)], ["corpus", "add", str(draft), "--db", str(db)]):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 2, (args, result.output)
        assert "the corpus database cannot be used" in result.output
        assert result.exception is None or isinstance(result.exception, SystemExit)


def test_a_read_only_shared_corpus_can_be_checked_against(tmp_path):
    import os
    import shutil
    import subprocess

    share = tmp_path / "share"
    share.mkdir()
    db = _corpus(share, sentences=30)
    for leftover in share.glob("corpus.db-*"):
        leftover.unlink()
    (share / "wire.jsonl").unlink()
    if os.geteuid() == 0:  # root writes anywhere: an immutable folder is what a read-only share is to it
        if not shutil.which("chattr") or subprocess.run(["chattr", "+i", str(share)]).returncode != 0:
            pytest.skip("cannot make a folder read-only for root here (no chattr)")
    else:
        db.chmod(0o444)
        share.chmod(0o555)
    try:
        draft = tmp_path / "draft.md"
        draft.write_text("---\ntitle: Floods\ndate: 2024-12-05\n---\n\n"
                         "The ministry said 41 people were evacuated from the town of Place12 on Monday.\n")
        result = CliRunner().invoke(main, ["check", str(draft), "--corpus", str(db), "--format", "json"])
        assert result.exit_code in (0, 1), result.output
        claims = json.loads(result.output)["documents"][0]["claims"]
        assert claims, "the claim was cross-referenced against the read-only corpus"
    finally:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(share)])
        else:
            share.chmod(0o755)


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize("gap", ["\n", "  ", "\t", "\n   ", " \t "])
def test_the_founding_case_survives_hard_wrapping(tmp_path, suffix, gap):
    head = "---\ntitle: Kursk\n---\n\n" if suffix == ".md" else ""
    draft = tmp_path / f"draft{suffix}"
    draft.write_text(head + "KYIV, Thursday, December 26, 2024 \u2014 Ukraine lost ground in Kursk.\n\n"
                     f"President-elect Donald Trump, who took{gap}office on January 20, has said little.\n")
    result = CliRunner().invoke(main, ["check", str(draft), "--format", "json"])
    rules = {f["rule"] for f in json.loads(result.output)["documents"][0]["findings"]}
    assert {"tense-vs-dateline", "title-anachronism"} <= rules, rules


def test_internal_number_check_is_linear_in_repeated_mentions():
    """Issue 14: a page repeating one quantity thousands of times (a 10 MB page of the same wire copy)
    compared every mention with every earlier one; repeats of a mention are compared once."""
    import time

    from factcheck.analysis import Analysis
    from factcheck.checks import selected_checks
    from factcheck.model import Document, Options

    para = "Rebels said 40 soldiers were killed in the village of Tarvel on Monday. Officials disputed it.\n\n"
    def seconds(n: int) -> float:
        options = Options(select=("internal-number-mismatch",))
        analysis = Analysis(Document(source="x", text=para * n), options)
        _ = analysis.numbers, analysis.sentences
        check = next(c for c in selected_checks(options) if c.id == "internal-number-mismatch")
        started = time.perf_counter()
        list(check.run(analysis))
        return time.perf_counter() - started
    small, large = seconds(500), seconds(4000)
    assert large < small * 8 * 2.5 + 0.05  # linear within noise (quadratic would be x64)


@pytest.mark.parametrize("plain, folded", [("s", "\u017f"), ("k", "\u212a"), ("K", "\u212a")])
def test_letters_that_fold_to_ascii_crash_no_lookup(tmp_path, plain, folded):
    """A case-insensitive pattern matches the long s and the Kelvin sign as "s" and "k" ("Preſident"), but
    lower() keeps them: every lexicon lookup by a matched word folds it (casefold), never a KeyError."""
    text = HOSTILE.replace(plain, folded) + (
        "Laſt September, on Christmas Day, in spring, yesterday, a fifth of the seats, "
        "the first half, a quarter of a billion dollars.\n").replace(plain, folded)
    result = check(tmp_path, "--format", "json", "--dateline", "2024-12-26", text=text)
    assert result.exit_code in (0, 1), result.output
    json.loads(result.output)
