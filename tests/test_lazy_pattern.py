"""LazyPattern: the same answers as re.compile, compiled only on first use."""
import re

import pytest

from factcheck.lazy_pattern import LazyPattern


@pytest.mark.parametrize("pattern, flags, text", [
    (r"\b(?:on|of)\s+(?:the\s+)?$", re.I, "He arrived On the "),
    (r"(?P<n>\d+)\s+(?P<unit>days?)", 0, "in 3 days and 1 day"),
    (rb"charset=([a-z0-9-]+)", re.I, b"<meta charset=UTF-8>"),
])
def test_answers_as_re_compile(pattern, flags, text):
    lazy, eager = LazyPattern(pattern, flags), re.compile(pattern, flags)
    assert lazy.pattern == eager.pattern and lazy.flags == eager.flags
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert lazy.findall(text) == eager.findall(text)
    assert bool(lazy.search(text)) == bool(eager.search(text))
    blank = "_" if isinstance(text, str) else b"_"
    assert lazy.sub(blank, text) == eager.sub(blank, text)


def test_compiles_on_first_use_only():
    lazy = LazyPattern(r"a+")
    assert "compiled" not in vars(lazy)
    assert lazy.match("aa").group(0) == "aa"
    assert isinstance(vars(lazy)["compiled"], re.Pattern)


def test_a_bad_pattern_fails_when_used():
    lazy = LazyPattern(r"(")
    with pytest.raises(re.error):
        lazy.search("x")


def test_private_names_are_not_forwarded():
    lazy = LazyPattern(r"a")
    assert not hasattr(lazy, "_missing") and "compiled" not in vars(lazy)
