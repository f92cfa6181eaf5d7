"""What a check is: a value with an id, a severity, a one-line summary and an explanation.

Kept apart from the registry (``checks/__init__.py``) so that check modules, user rules and the
suppression check can declare checks without importing the registry that imports them.
"""
import inspect
from typing import TYPE_CHECKING, Callable, Iterable, NamedTuple

if TYPE_CHECKING:
    from ..analysis import Analysis
    from ..model import Finding


class Check(NamedTuple):
    """A rule: stable id, default severity, one-line summary, explanation (the function's docstring)
    and an example it flags (shown by ``factcheck rules explain``)."""

    id: str
    severity: str
    summary: str
    function: Callable[["Analysis"], Iterable["Finding"]]
    example: str = ""
    opt_in: bool = False  # off unless enabled (--enable / config 'enable'): too noisy to run by default

    @property
    def explanation(self) -> str:
        return inspect.cleandoc(self.function.__doc__ or self.summary)

    def run(self, analysis: "Analysis") -> list["Finding"]:
        """The check's findings in one document, each with the check's severity unless it set its own."""
        return [f if f.severity else f._replace(severity=self.severity) for f in self.function(analysis)]


def check(id: str, severity: str, summary: str, example: str = "", opt_in: bool = False) -> Callable[[Callable], Check]:
    """Decorator: turn ``def f(analysis) -> Iterable[Finding]`` into a Check value."""

    def wrap(fn: Callable) -> Check:
        return Check(id=id, severity=severity, summary=summary, function=fn, example=example, opt_in=opt_in)

    return wrap
