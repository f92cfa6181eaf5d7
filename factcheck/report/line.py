"""One finding a line: ``path:line:col: severity rule message`` (grep- and editor-friendly)."""
from __future__ import annotations

from typing import Sequence

from ..model import Result


def render(results: Sequence[Result], **_: object) -> str:
    """Each finding, then each unreadable source, one per line."""
    lines = []
    for result in results:
        if result.error:
            lines.append(f"{result.source}:0:0: error read-error {result.error}")
        for f in result.findings:
            lines.append(f"{result.source}:{f.line}:{f.column}: {f.severity} {f.rule} {f.message}")
    return "".join(line + "\n" for line in lines)
