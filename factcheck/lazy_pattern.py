"""A regex compiled the first time it is used, for the patterns of rare branches.

Modules declare their patterns at the top, where a reader looks for them. Compiling one costs 0.05 to
1 ms, paid at import by every run (issue 10: start-up). A pattern that most articles never reach (a
widget's byline, a wire dateline, a year-less date with no such day) is a LazyPattern: written the same
way, used the same way (``_X.search(text)``), compiled only by a run whose document reaches it. The
patterns nearly every article needs stay plain ``re.compile``: laziness would only add a call to them.
"""
from __future__ import annotations

import functools
import re


class LazyPattern:
    """``re.compile(pattern, flags)``, done on first use; every attribute is the compiled pattern's."""

    def __init__(self, pattern: str | bytes, flags: int = 0):
        self._source = (pattern, flags)

    @functools.cached_property
    def compiled(self) -> re.Pattern:
        return re.compile(*self._source)

    def __getattr__(self, name: str):
        if name.startswith("_"):  # copy/pickle probes and a missing _source: no recursion into compiled
            raise AttributeError(name)
        return getattr(self.compiled, name)

    def __repr__(self) -> str:
        return f"LazyPattern({self._source[0]!r}, {self._source[1]!r})"
