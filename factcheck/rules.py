"""Loading and validating the data in rules/ (lexicons, timelines, source ratings, user rules).

rules/ is data editors read and extend; code never hard-codes a word list that belongs there.
"""
from __future__ import annotations

import atexit
import functools
import os
import pickle
import sys
import tempfile
from pathlib import Path
from typing import Any

from .model import FactcheckError


def rules_dir() -> Path:
    """The bundled rules/ folder: beside the package in a checkout, inside it when installed."""
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "rules", here / "ruledata"):
        if candidate.is_dir():
            return candidate
    raise FactcheckError("the bundled rules/ folder is missing; reinstall factcheck")


def load_yaml(path: Path) -> Any:
    """Parse one YAML file; a syntax error names the file and line.

    Parsed files are kept in a cache on disk keyed by path, size and modification time, so a
    one-file check does not pay for parsing every lexicon on each run.
    """
    path = Path(path)
    try:
        stat = path.stat()
    except OSError as exc:
        raise FactcheckError(f"{path}: cannot read rule file ({exc.strerror or exc})") from None
    key, stamp = str(path.resolve()), (stat.st_mtime_ns, stat.st_size)
    cache = _disk_cache()
    hit = cache.entries.get(key)
    if hit is not None and hit[0] == stamp:
        return hit[1]
    data = _parse_yaml(path)
    cache.entries[key] = (stamp, data)
    cache.dirty = True
    return data


def _parse_yaml(path: Path) -> Any:
    import yaml

    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise FactcheckError(f"{path}: cannot read rule file ({exc})") from None
    try:
        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark is not None else str(path)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise FactcheckError(f"{where}: invalid YAML: {problem}") from None


class _Cache:
    """Parsed YAML by file, loaded from and saved to the user's cache folder (best effort)."""

    def __init__(self, path: Path | None):
        self.path = path
        self.entries: dict[str, tuple[tuple[int, int], Any]] = {}
        self.dirty = False
        if path is not None:
            try:
                with open(path, "rb") as f:
                    loaded = pickle.load(f)
                if isinstance(loaded, dict):
                    self.entries = loaded
            except Exception:  # a missing, stale or corrupt cache is simply rebuilt
                self.entries = {}

    def save(self) -> None:
        if not self.dirty or self.path is None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".yaml-cache-")
            with os.fdopen(fd, "wb") as f:
                pickle.dump(self.entries, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, self.path)
            self.dirty = False
        except OSError:
            pass


@functools.cache
def _disk_cache() -> _Cache:
    cache = _Cache(_cache_path())
    atexit.register(cache.save)
    return cache


def _cache_path() -> Path | None:
    if os.environ.get("FACTCHECK_NO_CACHE"):
        return None
    base = os.environ.get("FACTCHECK_CACHE_DIR") or os.environ.get("XDG_CACHE_HOME")
    folder = Path(base) if base else Path.home() / ".cache"
    if not os.environ.get("FACTCHECK_CACHE_DIR"):
        folder = folder / "factcheck"
    return folder / f"yaml-v1-py{sys.version_info[0]}{sys.version_info[1]}.pickle"


@functools.cache
def load_lexicon(name: str) -> Any:
    """rules/lexicons/<name>.yaml as parsed data (cached for the process)."""
    path = rules_dir() / "lexicons" / f"{name}.yaml"
    if not path.is_file():
        raise FactcheckError(f"lexicon '{name}' not found in {path.parent}")
    return load_yaml(path)
