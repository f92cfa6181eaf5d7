"""User rule files: loading, errors naming file and line, regex safety, matching, data kinds, rules test."""
from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.acquire import read_file
from factcheck.extract import extract
from factcheck.model import FactcheckError, Options
from factcheck.pipeline import check_document
from factcheck.userrules import (check_pattern, load_rule_file, timeline_rules, user_checks, user_lexicon,
                                 user_rules)

ROOT = Path(__file__).resolve().parents[1]
STYLE = "bundled:style"


def rule_dir(tmp_path: Path, **files: str) -> Path:
    for name, text in files.items():
        (tmp_path / f"{name}.yaml").write_text(text, encoding="utf-8")
    return tmp_path


def findings(tmp_path: Path, text: str, rules_dir: str, name: str = "draft.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    options = Options(rules_dirs=(rules_dir,), select=tuple(c.id for c in user_checks(Options(rules_dirs=(rules_dir,)))))
    return check_document(extract(read_file(str(path), max_bytes=10**6)), options).findings


@pytest.mark.parametrize("sentence, rules", [
    ("It is unclear whether the council will approve the budget.", ["unclear-whether"]),
    ("IT IS UNCLEAR WHETHER the vote\ncounts.", ["unclear-whether"]),
    ("The council has not said whether it will approve the budget.", []),
    ("The road was closed prior to the storm in order to protect drivers.", ["plain-words", "plain-words"]),
    ("A prior conviction was disclosed in order.", []),
    ("The road was closed prior\nto the storm.", ["plain-words"]),
    ("Some experts say the bridge was never safe.", ["vague-sourcing"]),
    ("Experts from the county's engineering office inspected the bridge.", []),
])
def test_bundled_style_rules_on_real_sentences(tmp_path, sentence, rules):
    assert [f.rule for f in findings(tmp_path, sentence, STYLE)] == rules


def test_substitution_message_keeps_the_capital_and_locates_the_words(tmp_path):
    (f,) = findings(tmp_path, "The bridge is old.\nPrior to the storm it was closed.\n", STYLE)
    assert (f.message, f.line, f.column, f.severity) == ("use 'Before' instead of 'Prior to'", 2, 1, "info")


def test_case_sensitive_substitution(tmp_path):
    rule_dir(tmp_path, names="id: house-names\nkind: substitution\nignorecase: false\n"
                             "swap: {Kyiv Post: Kyiv Post, Kiev: Kyiv}\n")
    found = findings(tmp_path, "Kiev and kiev and Kyiv.", str(tmp_path))
    assert [(f.column, f.message) for f in found] == [(1, "use 'Kyiv' instead of 'Kiev'")]


def test_user_check_explanation_is_the_rules_explanation():
    (check,) = [c for c in user_checks(Options(rules_dirs=(STYLE,))) if c.id == "unclear-whether"]
    assert check.severity == "warning" and "who is unsure" in check.summary
    assert check.explanation.startswith('"It is unclear whether" and its cousins')


@pytest.mark.parametrize("body, message", [
    ("id: x\nkind: existence\ntokens: [a]\nseverity: fatal\n", ":4: severity 'fatal'"),
    ("id: x\nkind: existance\ntokens: [a]\n", ":2: unknown kind 'existance' (did you mean 'existence'?)"),
    ("id: x\nkind: existence\ntokens: [a]\ntokenz: [b]\n", ":4: unknown key 'tokenz' (did you mean 'tokens'?)"),
    ("kind: existence\ntokens: [a]\n", ":1: the rule needs a 'id'"),
    ("id: Bad_Id\nkind: existence\ntokens: [a]\n", ":1: id 'Bad_Id' must be lowercase"),
    ("id: x\nkind: existence\n", "needs 'tokens' and/or 'patterns'"),
    ("id: x\nkind: existence\npatterns:\n  - 'ok'\n  - '(?<=a)b'\n", ":5: invalid or unsupported regex '(?<=a)b'"),
    ("id: x\nkind: existence\npatterns: ['(a)\\1']\n", ":3: invalid or unsupported regex '(a)\\1'"),
    ("id: x\nkind: existence\npatterns: ['(unclosed']\n", ":3: invalid or unsupported regex"),
    ("id: x\nkind: existence\npatterns: ['" + "a" * 400 + "']\n", "longer than 300"),
    ("id: x\nkind: existence\ntokens: [a]\nflag: one\n", ":4: 'flag' must be a list"),
    ("id: x\nkind: substitution\nswap: [a, b]\n", ":3: a substitution rule needs 'swap'"),
    ("id: x\nkind: timeline\nrole: Mayor\nterms:\n  - {person: A, from: 2020-13-01}\n", ":5: '2020-13-01' is not a date"),
    ("id: x\nkind: timeline\nrole: Mayor\nterms:\n  - {from: 2020-01-01}\n", ":5: each term needs 'person'"),
    ("id: x\nkind: lexicon\nentries: [a]\n", "needs 'lexicon'"),
    ("id: x\nkind: existence\ntokens: [a\n", ": invalid YAML"),
    ("- just\n- a list\n", ":1: a rule file must be a mapping"),
])
def test_bad_rule_file_names_file_and_line(tmp_path, body, message):
    path = tmp_path / "rule.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(FactcheckError) as err:
        load_rule_file(path)
    assert str(path) in str(err.value) and message in str(err.value)


@pytest.mark.parametrize("builtin", ["weekday-mismatch", "unused-suppression"])
def test_a_rule_cannot_take_a_builtin_or_duplicate_id(tmp_path, builtin):
    from factcheck.checks import checks_by_id

    body = "kind: existence\ntokens: [a]\nid: "
    rule_dir(tmp_path, a=body + "same\n", b=body + "same\n")
    with pytest.raises(FactcheckError, match="already defined"):
        user_rules(Options(rules_dirs=(str(tmp_path),)))
    other = tmp_path / "other"
    other.mkdir()
    rule_dir(other, c=body + builtin + "\n")
    with pytest.raises(FactcheckError, match=r"c\.yaml:1: rule id '.*' is a built-in rule's id"):
        checks_by_id(Options(rules_dirs=(str(other),)))


def test_missing_rules_folder_is_an_error(tmp_path):
    with pytest.raises(FactcheckError, match="rules folder not found"):
        user_checks(Options(rules_dirs=(str(tmp_path / "nope"),)))


# The first two passed the old audit of Python regexes and take 12-22 s on 28 "a" then "b" in re.
CATASTROPHIC = [r"(?:\w{1,20}){1,20}!", r"(?:a{1,20}){1,20}$", r"(a+)+$", r"(?:\w*){2}\w*x", r"\w*\w*\w*\w*x", r"a*a*a*a*a*b", r"(?:a|aa)*b", r"(a|a?)+$"]


@pytest.mark.parametrize("pattern", CATASTROPHIC)
def test_a_catastrophic_pattern_cannot_hang_a_check(tmp_path, pattern):
    """Patterns that backtrack exponentially in Python's re are compiled by RE2, so matching them on a
    long near-miss line takes linear time."""
    rules = tmp_path / "rules"
    rules.mkdir()
    rule_dir(rules, slow=f"id: slow\nkind: existence\npatterns: ['{pattern}']\n")
    line = "a" * 28 + "b " + "a" * 5_000 + "!" + " aaaa" * 2_000 + "!\n"
    began = time.perf_counter()
    found = findings(tmp_path, line, str(rules))
    assert time.perf_counter() - began < 5
    assert {f.rule for f in found} <= {"slow"}


@pytest.mark.parametrize("pattern", [r"(?<!\w)x", r"(a)\1", r"x(?=y)"])
def test_what_re2_cannot_do_is_refused_on_load(pattern):
    with pytest.raises(FactcheckError, match="RE2 syntax"):
        check_pattern(pattern)


@pytest.mark.parametrize("pattern", [r"\b(?:some|many) experts (?:say|said)\b", r"\w+ \w+ \w+ed\b",
                                     r"\$\d+(?:\.\d+)? (?:million|billion)", r"\bper ?cent\b"])
def test_ordinary_patterns_are_accepted(pattern):
    assert check_pattern(pattern).search("some experts say $5.2 million per cent") is not None or pattern


def test_ignorecase_applies_to_user_patterns():
    assert check_pattern("experts", ignorecase=True).search("EXPERTS say") is not None
    assert check_pattern("experts", ignorecase=False).search("EXPERTS say") is None


def test_matching_time_stays_bounded_on_a_huge_sentence(tmp_path):
    from factcheck.userrules import _matches

    rule_dir(tmp_path, slow="id: slow\nkind: existence\npatterns: ['\\w+\\s\\w+x']\n")
    (rule,) = user_rules(Options(rules_dirs=(str(tmp_path),)))
    began = time.perf_counter()
    assert list(_matches(rule, "a" * 50_000 + " bx")) != []
    assert time.perf_counter() - began < 3


def test_timeline_rules_have_the_shape_of_rules_timelines():
    (entry,) = timeline_rules(Options(rules_dirs=(STYLE,)))
    assert entry["role"] == "Mayor of London" and "London Mayor" in entry["titles"]
    khan = entry["terms"][-1]
    assert khan["person"] == "Sadiq Khan" and khan["from"] == date(2016, 5, 9) and khan["to"] is None
    assert khan["aliases"] == ["Khan"]


def test_user_lexicon_returns_extra_entries_by_lexicon_and_key():
    options = Options(rules_dirs=(STYLE,))
    assert "a source close to the club" in user_lexicon("anonymity", options)
    assert "a source close to the club" in user_lexicon("anonymity", options, key="phrases")
    assert user_lexicon("anonymity", options, key="verbs") == []
    assert user_lexicon("hedges", options) == []


def test_rules_test_command_runs_examples(tmp_path):
    from factcheck.cli import main

    runner = CliRunner()
    ok = runner.invoke(main, ["rules", "test", "--no-config", "--rules", STYLE])
    assert ok.exit_code == 0, ok.output
    assert "0 failed" in ok.output
    rule_dir(tmp_path, bad="id: bad-example\nkind: existence\ntokens: [utilize]\n"
                           "flag: ['We use it.']\npass: ['We utilize it.']\n")
    bad = runner.invoke(main, ["rules", "test", str(tmp_path / "bad.yaml")])
    assert bad.exit_code == 1
    assert "flag example not flagged: 'We use it.'" in bad.output
    assert "pass example flagged: 'We utilize it.'" in bad.output


def test_rules_list_and_explain():
    from factcheck.cli import main

    runner = CliRunner()
    listed = runner.invoke(main, ["rules", "list", "--no-config", "--rules", STYLE])
    assert listed.exit_code == 0
    assert any(line.split()[:2] == ["plain-words", "info"] for line in listed.output.splitlines())
    assert "unused-suppression" in listed.output and "london-mayors" in listed.output
    explained = runner.invoke(main, ["rules", "explain", "unclear-whether", "--no-config", "--rules", STYLE])
    assert explained.exit_code == 0
    assert "It is unclear whether the council" in explained.output
    assert "<!-- factcheck: ignore unclear-whether -->" in explained.output
    unknown = runner.invoke(main, ["rules", "explain", "unclear-whetehr", "--no-config", "--rules", STYLE])
    assert unknown.exit_code == 2 and "did you mean 'unclear-whether'" in unknown.output


def test_rules_explain_shows_each_builtin_checks_own_example_without_fixtures():
    """The example comes from the check's declaration: an installed package has no fixtures/."""
    from factcheck.checks import all_checks
    from factcheck.cli import main

    source = (ROOT / "factcheck" / "cli" / "rules.py").read_text(encoding="utf-8")
    assert "fixtures" not in source
    for check in all_checks().values():
        assert check.example, check.id
        shown = CliRunner().invoke(main, ["rules", "explain", check.id, "--no-config"])
        assert shown.exit_code == 0 and "    " + check.example.splitlines()[0] in shown.output
