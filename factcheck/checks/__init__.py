"""The check registry: each check is a value with an id, a severity, a summary and an explanation.

Adding a check = one module listing its checks in ``__register__`` + a fixture + a line in MODULES.
"""
from __future__ import annotations

import functools
import importlib
import inspect
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Iterable

if TYPE_CHECKING:
    from ..analysis import Analysis
    from ..model import Finding

MODULES = (
    "factcheck.checks.temporal",
    "factcheck.checks.corpus",
    "factcheck.checks.numbers",
    "factcheck.checks.attribution",
    "factcheck.checks.headline",
    "factcheck.checks.reputation",
)


@dataclass(frozen=True, slots=True)
class Check:
    """A rule: stable id, default severity, one-line summary, explanation (the function's docstring)."""

    id: str
    severity: str
    summary: str
    run: Callable[["Analysis"], Iterable["Finding"]]

    @property
    def explanation(self) -> str:
        return inspect.cleandoc(self.run.__doc__ or self.summary)


def check(id: str, severity: str, summary: str) -> Callable[[Callable], Check]:
    """Decorator: turn ``def f(analysis) -> Iterable[Finding]`` into a registered Check value."""

    def wrap(fn: Callable) -> Check:
        return Check(id=id, severity=severity, summary=summary, run=fn)

    return wrap


@functools.cache
def all_checks() -> dict[str, Check]:
    """Every built-in check by id, in registry order."""
    found: dict[str, Check] = {}
    for name in MODULES:
        module = importlib.import_module(name)
        for item in getattr(module, "__register__", ()):
            found[item.id] = item
    return found
