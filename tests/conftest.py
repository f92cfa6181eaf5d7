"""Shared test helpers: paths to the repository, its fixtures and the optional ../shared data."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"


def need_shared(*parts: str) -> Path:
    """A path in ../shared; missing, the test is skipped (a user's clone lacks it) except in CI, where
    ../shared is laid beside the clone and a missing file is a failure, not a silent skip."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        message = f"{path} is not beside this clone"
        if os.environ.get("CI"):
            pytest.fail(f"{message} (CI must have ../shared)")
        pytest.skip(message)
    return path


@pytest.fixture
def shared_dir() -> Path:
    """../shared beside the clone (see need_shared)."""
    return need_shared()
