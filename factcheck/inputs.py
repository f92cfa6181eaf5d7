"""Command-line source arguments -> the list of sources to check (URLs, stdin, files, dirs, globs)."""
from __future__ import annotations

import glob
import os
from pathlib import Path

from .acquire import CHECKABLE_EXTENSIONS
from .model import FactcheckError


def expand_inputs(args: tuple[str, ...] | list[str]) -> tuple[list[str], list[tuple[str, str]]]:
    """Sources to check, plus (argument, error) pairs for arguments that name nothing checkable."""
    sources: list[str] = []
    errors: list[tuple[str, str]] = []
    for arg in args:
        try:
            sources.extend(_expand(arg))
        except FactcheckError as exc:
            errors.append((arg, str(exc)))
    seen: set[str] = set()
    unique = [s for s in sources if not (s in seen or seen.add(s))]
    return unique, errors


def _expand(arg: str) -> list[str]:
    if arg == "-" or "://" in arg:
        return [arg]
    path = Path(arg)
    if path.is_dir():
        found = sorted(str(p) for p in _walk(path))
        if not found:
            raise FactcheckError(f"{arg}: is a directory with nothing checkable in it "
                                 f"(looked for {', '.join(CHECKABLE_EXTENSIONS)})")
        return found
    if path.exists():
        return [arg]
    if glob.has_magic(arg):
        matches = sorted(m for m in glob.glob(arg, recursive=True) if Path(m).is_file())
        if not matches:
            raise FactcheckError(f"{arg}: the pattern matches no file")
        return matches
    raise FactcheckError(f"{arg}: no such file")


def _walk(root: Path):
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.lower().endswith(CHECKABLE_EXTENSIONS) and not name.startswith("."):
                yield Path(dirpath) / name
