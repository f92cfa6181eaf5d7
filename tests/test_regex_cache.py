"""The on-disk regex store returns patterns equal to re.compile's (same text, flags and code)."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck import regex_cache

CASES = [
    (r"\b(?P<month>January|February)\s+(?P<day>\d{1,2})\b", 0),
    (r"(?i:\breported\s+by\s+)(?P<name>[A-Z]\w+)", 0),
    (r"[ÀÁÂA-Z][\w'’]*(?:-[\w'’]+)*", 0),
    (r"^\s*(?:<!--.*?-->\s*)*<html\b", re.I | re.M),
    (r"(?<![\w.])(?:the\s+)?$", re.I),
]


@pytest.fixture()
def store(tmp_path, monkeypatch):
    """A fresh, writable store in a temporary folder."""
    monkeypatch.setattr(regex_cache, "_PATH", tmp_path / "__pycache__" / "regex.marshal")
    monkeypatch.setattr(regex_cache, "_stored", None)
    monkeypatch.setattr(regex_cache, "_added", {})
    monkeypatch.setattr(regex_cache, "_used", set())
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    regex_cache._writable.cache_clear()
    yield regex_cache._PATH
    regex_cache._writable.cache_clear()


@pytest.mark.parametrize("pattern, flags", CASES)
def test_stored_pattern_equals_re_compile(store, monkeypatch, pattern, flags):
    first = regex_cache.compile(pattern, flags)
    regex_cache._save()
    monkeypatch.setattr(regex_cache, "_stored", None)
    again = regex_cache.compile(pattern, flags)
    assert (pattern, int(flags)) in regex_cache._used
    assert first == again == re.compile(pattern, flags)
    assert again.groupindex == re.compile(pattern, flags).groupindex


@pytest.mark.parametrize("content", [b"", b"not marshal", b"\x00\x01\x02"])
def test_damaged_store_falls_back_to_re_compile(store, content):
    store.parent.mkdir()
    store.write_bytes(content)
    assert regex_cache.compile(CASES[0][0]) == re.compile(CASES[0][0])


def test_nothing_written_without_bytecode(store, monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    regex_cache._writable.cache_clear()
    regex_cache.compile(CASES[0][0])
    assert not regex_cache._added
    regex_cache._save()
    assert not store.exists()


def test_every_pattern_of_a_check_equals_re_compile():
    """Whatever the package's own store serves in a real run is what re.compile builds."""
    code = ("import re, sys; from factcheck import regex_cache as rc; from factcheck.cli import main\n"
            "try: main(['check', 'fixtures/kursk.html', '--format', 'json'], standalone_mode=False)\n"
            "except SystemExit: pass\n"
            "bad = [p for p, f in rc._store() if rc._sre.compile(p, *rc._store()[(p, f)]) != re.compile(p, f)]\n"
            "sys.stderr.write(f'{len(rc._store())} {len(bad)}')\n")
    root = Path(__file__).resolve().parents[1]
    done = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, timeout=60)
    stored, bad = map(int, done.stderr.split()[-2:])
    assert bad == 0, f"{bad} of {stored} stored patterns differ from re.compile"
