"""Reporters: one module per output format, each a pure function of the results."""
from __future__ import annotations

import importlib
from typing import Sequence

from ..model import Result
from .counts import summary

__all__ = ["FORMATS", "render", "summary"]

FORMATS = {
    "terminal": "factcheck.report.terminal",
    "json": "factcheck.report.json",
    "line": "factcheck.report.line",
    "sarif": "factcheck.report.sarif",
    "github": "factcheck.report.github",
    "junit": "factcheck.report.junit",
    "html": "factcheck.report.html",
}


def render(fmt: str, results: Sequence[Result], **kwargs) -> str:
    """Render results in the named format (its module's ``render(results, **kwargs)``)."""
    return importlib.import_module(FORMATS[fmt]).render(results, **kwargs)
