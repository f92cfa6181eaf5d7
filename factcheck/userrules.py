"""User rules from YAML files (placeholder until the editorial-CI work lands)."""
from __future__ import annotations


def user_checks(options) -> list:
    """Checks built from rule files in rules/ and the user's rule folders."""
    return []
