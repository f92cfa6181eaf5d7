"""Config discovery (nearest first), validation with suggestions, per-path overrides, CLI precedence."""
from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.config import Config, find_config, load_config, options_for, validate_rule_ids
from factcheck.model import FactcheckError, Options


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_nearest_config_wins_and_setup_cfg_needs_the_section(tmp_path):
    write(tmp_path / ".factcheck.cfg", "[factcheck]\nfail-on = warning\n")
    write(tmp_path / "a" / "setup.cfg", "[metadata]\nname = x\n")
    write(tmp_path / "a" / "b" / "setup.cfg", "[factcheck]\nfail-on = info\n")
    assert find_config(tmp_path / "a") == tmp_path / ".factcheck.cfg"
    assert find_config(tmp_path / "a" / "b") == tmp_path / "a" / "b" / "setup.cfg"


def test_setup_cfg_before_factcheck_cfg_in_the_same_folder(tmp_path):
    write(tmp_path / ".factcheck.cfg", "[factcheck]\n")
    write(tmp_path / "setup.cfg", "[factcheck]\n")
    assert find_config(tmp_path) == tmp_path / "setup.cfg"


def test_no_config_found_gives_defaults(tmp_path):
    config = load_config(start=tmp_path / "nowhere" if False else tmp_path, disabled=True)
    assert config.path is None and options_for(config, "x.md", Options()) == Options()


def test_every_key_lands_in_options(tmp_path):
    path = write(tmp_path / ".factcheck.cfg", """\
[factcheck]
select = weekday-mismatch, plain-words
ignore = anonymous-source
severity = title-anachronism:error, anonymous-source:warning
fail_on = warning
corpus = corpus.sqlite
rules =
    styles
    bundled:style
sources = ratings.yaml
dateline = metadata
exclude = archive/**, *.scratch.md
jobs = 3
""")
    config = load_config(str(path))
    options = options_for(config, "a.md", Options())
    assert options.select == ("weekday-mismatch", "plain-words")
    assert options.ignore == ("anonymous-source",)
    assert options.severity == (("title-anachronism", "error"), ("anonymous-source", "warning"))
    assert options.fail_on == "warning" and options.dateline_policy == "metadata"
    assert options.corpus == str(tmp_path / "corpus.sqlite")
    assert options.rules_dirs == (str(tmp_path / "styles"), "bundled:style")
    assert options.sources_file == str(tmp_path / "ratings.yaml")
    assert config.settings["exclude"] == ("archive/**", "*.scratch.md") and config.settings["jobs"] == 3


@pytest.mark.parametrize("body, message", [
    ("[factcheck]\nfail-onn = warning\n", "unknown key 'fail-onn' (did you mean 'fail-on'?)"),
    ("[factcheck]\nselct = x\n", "unknown key 'selct' (did you mean 'select'?)"),
    ("[factcheck]\nfail-on = warnings\n", "'warnings' is not one of error, warning, info, never (did you mean 'warning'?)"),
    ("[factcheck]\nseverity = plain-words\n", "'plain-words' is not RULE:LEVEL"),
    ("[factcheck]\nseverity = plain-words:fatal\n", "'fatal' is not a severity"),
    ("[factcheck]\ndateline = guess\n", "'guess' is not one of infer, metadata, text"),
    ("[factcheck]\njobs = 0\n", "'0' is not a positive number of jobs"),
    ("[factcheck:drafts/*]\njobs = 2\n", "not allowed in a per-path section"),
    ("[factcheck]\nselect\n", "invalid config"),
])
def test_bad_config_is_one_actionable_error(tmp_path, body, message):
    path = write(tmp_path / ".factcheck.cfg", body)
    with pytest.raises(FactcheckError) as err:
        load_config(str(path))
    assert message in str(err.value) and str(path) in str(err.value)
    assert "\n" not in str(err.value)


def test_unknown_rule_ids_are_named_with_the_nearest(tmp_path):
    path = write(tmp_path / "setup.cfg", "[factcheck]\nignore = anonymus-source\n")
    with pytest.raises(FactcheckError, match=r"ignore: unknown rule id 'anonymus-source' \(did you mean 'anonymous-source'\?\)"):
        validate_rule_ids(load_config(str(path)), ["anonymous-source", "weekday-mismatch"])
    with pytest.raises(FactcheckError, match="command line select: unknown rule id 'weekday'"):
        validate_rule_ids(Config(), ["weekday-mismatch"], {"select": ("weekday",)})
    validate_rule_ids(Config(), ["weekday-mismatch"], {"ignore": ("unused-suppression",)})


def test_per_path_sections_extend_ignore_and_override_the_rest(tmp_path):
    path = write(tmp_path / ".factcheck.cfg", """\
[factcheck]
ignore = a-rule
severity = b-rule:info
fail-on = error

[factcheck:opinion/*]
ignore = c-rule
severity = b-rule:error, d-rule:warning
fail-on = never

[factcheck:*.html]
dateline = text
""")
    config = load_config(str(path))
    opinion = options_for(config, str(tmp_path / "opinion" / "col.md"), Options())
    assert opinion.ignore == ("a-rule", "c-rule") and opinion.fail_on == "never"
    assert dict(opinion.severity) == {"b-rule": "error", "d-rule": "warning"}
    news = options_for(config, str(tmp_path / "news" / "a.html"), Options())
    assert news.ignore == ("a-rule",) and news.dateline_policy == "text" and news.fail_on == "error"


def test_command_line_wins_over_config_and_sections(tmp_path):
    path = write(tmp_path / ".factcheck.cfg", "[factcheck]\nfail-on = info\n[factcheck:x/*]\nfail-on = never\n")
    config = load_config(str(path))
    assert options_for(config, str(tmp_path / "x" / "a.md"), Options(), {"fail-on": "error"}).fail_on == "error"


@pytest.mark.parametrize("explicit, message", [("missing.cfg", "config file not found"),
                                               ("plain.cfg", r"no \[factcheck\] section")])
def test_explicit_config_must_exist_and_have_the_section(tmp_path, monkeypatch, explicit, message):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "plain.cfg", "[other]\nx = 1\n")
    with pytest.raises(FactcheckError, match=message):
        load_config(explicit)
