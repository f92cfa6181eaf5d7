"""The counts every reporter's summary line shows."""
from __future__ import annotations

from typing import Sequence

from ..model import Result


def summary(results: Sequence[Result]) -> dict[str, int]:
    """Counts for the summary line: documents and findings by severity."""
    counts = {"documents": len(results), "error": 0, "warning": 0, "info": 0}
    for result in results:
        for finding in result.findings:
            counts[finding.severity] += 1
    return counts
