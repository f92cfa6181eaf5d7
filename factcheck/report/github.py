"""GitHub Actions workflow commands: each finding becomes an annotation on the pull request's diff.

``::error file=F,line=L,col=C,title=RULE::message``; info findings are notices. Data is escaped as
GitHub's runner expects (``%``, CR, LF), and property values also escape ``:`` and ``,``.
"""
from __future__ import annotations

from typing import Sequence

from ..model import Result
from .escape import for_terminal

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def render(results: Sequence[Result], **_: object) -> str:
    """One workflow command a finding, and one error command per unreadable source."""
    lines = []
    for result in results:
        if result.error:
            lines.append(_command("error", {"file": _file(result.source), "title": "read-error"}, result.error))
        for f in result.findings:
            props = {"file": _file(result.source), "line": f.line or None, "col": f.column if f.line else None,
                     "title": f.rule}
            lines.append(_command(COMMANDS[f.severity], props, f.message))
    return "".join(line + "\n" for line in lines)


def escape_data(value: str) -> str:
    """Escape a command's message."""
    return for_terminal(value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def escape_property(value: str) -> str:
    """Escape a command's property value."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def _command(name: str, props: dict, message: str) -> str:
    kept = ",".join(f"{k}={escape_property(str(v))}" for k, v in props.items() if v not in (None, ""))
    return f"::{name} {kept}::{escape_data(message)}" if kept else f"::{name}::{escape_data(message)}"


def _file(source: str) -> str | None:
    if source == "-" or "://" in source:
        return None
    return source.replace("\\", "/").removeprefix("./")
