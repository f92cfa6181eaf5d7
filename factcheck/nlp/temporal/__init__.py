"""The temporal engine: the document's dateline, its date expressions, and the tense of their clauses."""
from __future__ import annotations

from .dateline import DatelineConflict, dateline_conflict, resolve_dateline
from .dates import find_dates
from .tense import Tense, tense_of

__all__ = ["resolve_dateline", "dateline_conflict", "DatelineConflict", "find_dates", "tense_of", "Tense"]
