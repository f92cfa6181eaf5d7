"""rules.py: the bundled rules folder, lexicons, YAML errors with file and line, the parse cache."""
from __future__ import annotations

import os

import pytest

from factcheck import rules
from factcheck.model import FactcheckError


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("FACTCHECK_NO_CACHE", raising=False)
    rules._disk_cache.cache_clear()
    yield tmp_path / "cache"
    rules._disk_cache.cache_clear()


def test_bundled_rules_folder_has_lexicons():
    assert (rules.rules_dir() / "lexicons").is_dir()


def test_yaml_error_names_file_and_line(tmp_path, fresh_cache):
    bad = tmp_path / "bad.yaml"
    bad.write_text("words:\n  - one\n  - [two\n")
    with pytest.raises(FactcheckError, match=r"bad\.yaml:\d+: invalid YAML"):
        rules.load_yaml(bad)


def test_missing_file_is_a_user_error(tmp_path, fresh_cache):
    with pytest.raises(FactcheckError, match="cannot read"):
        rules.load_yaml(tmp_path / "nope.yaml")


def test_cache_is_saved_and_invalidated_by_changes(tmp_path, fresh_cache):
    f = tmp_path / "lex.yaml"
    f.write_text("words: [a, b]\n")
    assert rules.load_yaml(f) == {"words": ["a", "b"]}
    rules._disk_cache().save()
    assert list(fresh_cache.iterdir()), "the cache file was written"
    rules._disk_cache.cache_clear()
    assert rules.load_yaml(f) == {"words": ["a", "b"]}  # served from the saved cache
    f.write_text("words: [a, b, c, d]\n")
    os.utime(f, ns=(1, 1))
    assert rules.load_yaml(f) == {"words": ["a", "b", "c", "d"]}


def test_corrupt_cache_is_rebuilt(tmp_path, fresh_cache):
    fresh_cache.mkdir()
    (fresh_cache / rules._cache_path().name).write_bytes(b"not a pickle")
    rules._disk_cache.cache_clear()
    f = tmp_path / "lex.yaml"
    f.write_text("x: 1\n")
    assert rules.load_yaml(f) == {"x": 1}
