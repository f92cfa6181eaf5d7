"""Shared test helpers: paths to the repository, its fixtures and the optional ../shared data."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"


@pytest.fixture
def shared_dir() -> Path:
    """../shared beside the clone, or skip: a user's clone does not have it."""
    if not SHARED.is_dir():
        pytest.skip("../shared (benchmark data) is not beside this clone")
    return SHARED
