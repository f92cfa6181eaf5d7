"""One finding a line: ``path:line:col: severity rule message`` (grep- and editor-friendly)."""
from __future__ import annotations

from typing import Sequence

from ..model import Result
from .escape import one_line


def render(results: Sequence[Result], **_: object) -> str:
    """Each finding, then each unreadable source, one per line."""
    lines = []
    for result in results:
        if result.error:
            lines.append(f"{one_line(result.source)}:0:0: error read-error {one_line(result.error)}")
        for f in result.findings:
            lines.append(f"{one_line(result.source)}:{f.line}:{f.column}: {f.severity} {f.rule} {one_line(f.message)}")
    return "".join(line + "\n" for line in lines)
