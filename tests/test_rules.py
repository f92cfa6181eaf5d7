"""rules.py: the bundled rules folder, lexicons, YAML errors with file and line."""
from __future__ import annotations

import pytest

from factcheck import rules
from factcheck.model import FactcheckError


def test_bundled_rules_folder_has_lexicons():
    assert (rules.rules_dir() / "lexicons").is_dir()


def test_yaml_error_names_file_and_line(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("words:\n  - one\n  - [two\n")
    with pytest.raises(FactcheckError, match=r"bad\.yaml:\d+: invalid YAML"):
        rules.load_yaml(bad)


def test_missing_file_is_a_user_error(tmp_path):
    with pytest.raises(FactcheckError, match="cannot read"):
        rules.load_yaml(tmp_path / "nope.yaml")


def test_edits_to_a_rule_file_are_read_at_once(tmp_path):
    f = tmp_path / "lex.yaml"
    f.write_text("words: [a, b]\n")
    assert rules.load_yaml(f) == {"words": ["a", "b"]}
    f.write_text("words: [a, b, c]\n")
    assert rules.load_yaml(f) == {"words": ["a", "b", "c"]}


def test_yaml_words_that_yaml_1_1_reads_as_booleans_stay_words(tmp_path):
    path = tmp_path / "words.yaml"
    path.write_text("words: [On, Off, Yes, No, y, n, on]\nflag: true\nother: False\n", encoding="utf-8")
    data = rules.load_yaml(path)
    assert data == {"words": ["On", "Off", "Yes", "No", "y", "n", "on"], "flag": True, "other": False}


def _values(data):
    if isinstance(data, dict):
        for value in data.values():
            yield from _values(value)
    elif isinstance(data, list):
        for item in data:
            yield from _values(item)
            if not isinstance(item, (dict, list)):
                yield item


@pytest.mark.parametrize("path", sorted((rules.rules_dir() / "lexicons").glob("*.yaml")), ids=lambda p: p.name)
def test_lexicon_word_lists_hold_no_booleans(path):
    """A word list item that YAML turned into True/False is a word the editor wrote and the checks lost."""
    items = list(_values(rules.load_yaml(path)))
    assert not [item for item in items if isinstance(item, bool)]


def test_a_list_tag_reads_comma_separated_entries(tmp_path):
    path = tmp_path / "words.yaml"
    path.write_text('plain: [a, "on"]\nwords: !list on, off, held on to,\n  "quoted", 1.5, no\nempty: !list\n',
                    encoding="utf-8")
    assert rules.load_yaml(path) == {"plain": ["a", "on"], "words": ["on", "off", "held on to", '"quoted"', "1.5", "no"],
                                     "empty": []}


def test_a_list_tag_on_a_sequence_names_file_and_line(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("ok: 1\nwords: !list [a, b]\n", encoding="utf-8")
    with pytest.raises(FactcheckError, match=r"bad.yaml:2: invalid YAML: !list takes comma-separated entries"):
        rules.load_yaml(path)


def test_a_list_block_takes_one_entry_a_line_and_comments(tmp_path):
    path = tmp_path / "words.yaml"
    path.write_text("phrases: !list |\n  # what officials say\n  said so, told\n  according to\n\n  # not: none\nnext: 1\n",
                    encoding="utf-8")
    assert rules.load_yaml(path) == {"phrases": ["said so", "told", "according to"], "next": 1}
