"""Compiled regular expressions kept on disk between runs, so start-up does not recompile them.

`re.compile` parses a pattern in pure Python; our ~130 patterns (lexicon alternations, Unicode
classes) cost more start-up time than any import. What it hands to the regex engine (`_sre.compile`:
flags, code words, groups) depends only on the pattern text, its flags and the Python build, so it is
stored beside our bytecode in ``__pycache__`` and reused, exactly as Python reuses ``.pyc`` files
(and, like them, not written when ``sys.dont_write_bytecode`` is set). A pattern from the store is
equal (``==``: same text, flags and code) to what `re.compile` returns; any doubt (unknown build,
unreadable store, an entry that does not rebuild) falls back to `re.compile`.
"""
from __future__ import annotations

import atexit
import functools
import marshal
import os
import re
import sys
from pathlib import Path

try:
    import _sre
    from re import _compiler, _parser
    _BUILD = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}"
except (ImportError, AttributeError):  # another interpreter: plain re.compile
    _BUILD = None

_PATH = Path(__file__).resolve().parent / "__pycache__" / f"regex-1.{_BUILD}.marshal"
_KEEP = 400  # entries (~170 in use): beyond this, a save keeps only the patterns of the run that saves
_stored: dict | None = None
_added: dict = {}
_used: set = set()


def compile(pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile(pattern, flags)``, served from the on-disk store when it holds the pattern."""
    flags = int(flags)
    if _BUILD is None or not isinstance(pattern, str):
        return re.compile(pattern, flags)
    entry = _store().get((pattern, flags))
    if entry is not None:
        try:
            compiled = _sre.compile(pattern, *entry)
            _used.add((pattern, flags))
            return compiled
        except Exception:  # noqa: BLE001 - a stale or damaged entry: compile afresh
            pass
    compiled = re.compile(pattern, flags)
    if _writable():
        entry = _entry(pattern, flags)
        if entry is not None and _sre.compile(pattern, *entry) == compiled:
            _added[(pattern, flags)] = entry
    return compiled


@functools.cache
def _writable() -> bool:
    """Whether this run may save the store (else a new pattern is not worth compiling twice)."""
    folder = _PATH.parent if _PATH.parent.exists() else _PATH.parent.parent
    return not sys.dont_write_bytecode and os.access(folder, os.W_OK)


def _entry(pattern: str, flags: int) -> tuple | None:
    """What re hands to _sre.compile for ``pattern`` (see re._compiler.compile)."""
    try:
        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        state = parsed.state
        indexgroup = [None] * state.groups
        for name, index in state.groupdict.items():
            indexgroup[index] = name
        return int(flags | state.flags), [int(word) for word in code], state.groups - 1, dict(state.groupdict), tuple(indexgroup)
    except Exception:  # noqa: BLE001 - internals of another Python version: do not store
        return None


def _store() -> dict:
    global _stored
    if _stored is None:
        try:
            loaded = marshal.loads(_PATH.read_bytes())
            _stored = loaded if isinstance(loaded, dict) else {}
        except (OSError, ValueError, EOFError, TypeError):
            _stored = {}
        atexit.register(_save)
    return _stored


def _save() -> None:
    """Write the store with this run's new patterns (atomically; silently skipped when read-only)."""
    if not _added or sys.dont_write_bytecode:
        return
    merged = {**_stored, **_added}
    if len(merged) > _KEEP:
        merged = {key: merged[key] for key in _used | set(_added)}
    tmp = _PATH.with_name(f"{_PATH.name}.{os.getpid()}.tmp")
    try:
        _PATH.parent.mkdir(exist_ok=True)
        tmp.write_bytes(marshal.dumps(merged))
        os.replace(tmp, _PATH)
    except (OSError, ValueError):
        try:
            tmp.unlink()
        except OSError:
            pass
