"""Property-based fuzzing of inspect and check (hypothesis): whatever bytes a draft or page holds, the
tool ends with exit 0, 1 or 2, never an exception; its JSON is valid; sentence offsets index the text.

Examples are bounded (60 a property) so the suite stays fast; inputs mix random text with the pieces
that drive the parsers: dates, weekdays, numbers, attributions, markup, front matter, control bytes.
"""
from __future__ import annotations

import json

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.cli import main

PIECES = ["Thursday, December 26, 2024", "took office on January 20", "President-elect Donald Trump",
          "officials said", "according to Reuters", " 40 people died", "$12.97 billion", "5.82 percent",
          "31 June", "Monday, Jan. 7", "3 days ago", "<p>", "</p>", "<h1>", "</h1>", "<div>", "<script>x</script>",
          "<!-- factcheck: ignore weekday-mismatch -->", "---\ntitle: T\ndate: 2024-12-26\n---\n", "\n\n", ". ",
          "\x1b[2J", "\x0c", "\u202e", "\x00", "\ufeff", "&amp;", "&#0;", "“", "”", "'", '"', "\t", "  "]
TEXT = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=40)), max_size=30).map("".join)
SUFFIX = st.sampled_from([".md", ".txt", ".html"])
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@FUZZ
@given(text=TEXT, suffix=SUFFIX)
def test_inspect_never_crashes_and_offsets_index_the_text(tmp_path, text, suffix):
    draft = tmp_path / f"draft{suffix}"
    draft.write_bytes(text.encode("utf-8", "surrogatepass"))
    result = CliRunner().invoke(main, ["inspect", str(draft), "--format", "json"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exc_info
    assert result.exit_code in (0, 1, 2), result.output
    if result.exit_code == 2:
        assert result.stderr.startswith("factcheck: error: ") and result.stderr.count("\n") == 1
        return
    seen = json.loads(result.stdout)
    for sentence in seen["sentences"]:
        assert 0 <= sentence["start"] <= sentence["end"] <= len(seen["text"])
        assert seen["text"][sentence["start"]:sentence["end"]] == sentence["text"]


@FUZZ
@given(text=TEXT, suffix=SUFFIX, fmt=st.sampled_from(["json", "terminal", "line", "sarif", "github", "junit"]))
def test_check_never_crashes_in_any_format(tmp_path, text, suffix, fmt):
    draft = tmp_path / f"draft{suffix}"
    draft.write_bytes(text.encode("utf-8", "surrogatepass"))
    result = CliRunner().invoke(main, ["check", str(draft), "--format", fmt])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exc_info
    assert result.exit_code in (0, 1, 2), result.output
    assert "internal error" not in result.output, result.output
    if fmt in ("json", "sarif"):
        json.loads(result.stdout)
