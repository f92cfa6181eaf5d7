"""Command-line source arguments -> the list of sources to check (URLs, stdin, files, dirs, globs).

Exclusions (config ``exclude =`` and a ``.factcheckignore`` file) use gitignore-like globs: a pattern
without a slash matches any path component (``archive``, ``*.draft.md``); one with a slash is anchored
at the config's folder (``drafts/old/**``) and also excludes everything below a matching folder.
"""
from __future__ import annotations

import functools
import os
import re
from pathlib import Path

from .acquire import CHECKABLE_EXTENSIONS
from .model import FactcheckError

IGNORE_FILE = ".factcheckignore"


def expand_inputs(args: tuple[str, ...] | list[str], *, exclude: tuple[str, ...] = (),
                  root: Path | None = None, suffixes: tuple[str, ...] = CHECKABLE_EXTENSIONS,
                  ) -> tuple[list[str], list[tuple[str, str]]]:
    """Sources, plus (argument, error) pairs for arguments that name nothing usable.

    URLs and "-" pass through; folders give their files ending in one of ``suffixes`` (recursively,
    sorted, hidden ones skipped); globs are expanded. Paths matching an ``exclude`` glob (relative to
    ``root``, default the current folder) are dropped; an argument whose every file is excluded is not
    an error. Used by ``check`` and by ``corpus add`` (with the corpus's suffixes).
    """
    excluder = Excluder(tuple(exclude), root or Path.cwd())
    sources: list[str] = []
    errors: list[tuple[str, str]] = []
    for arg in args:
        try:
            sources.extend(_expand(arg, excluder, suffixes))
        except FactcheckError as exc:
            errors.append((arg, str(exc)))
    seen: set[str] = set()
    unique = [s for s in sources if not (s in seen or seen.add(s))]
    return unique, errors


def read_ignore_file(folder: Path) -> tuple[str, ...]:
    """The patterns of ``folder/.factcheckignore`` (blank lines and # comments skipped), if any."""
    path = folder / IGNORE_FILE
    if not path.is_file():
        return ()
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise FactcheckError(f"{path}: cannot read ({exc})") from None
    patterns = tuple(s for s in (line.strip() for line in lines) if s and not s.startswith("#"))
    for pattern in patterns:
        if pattern.startswith("!"):
            raise FactcheckError(f"{path}: '{pattern}': negated patterns are not supported")
    return patterns


def path_matches(pattern: str, path: str, root: Path) -> bool:
    """Whether ``path`` (or a folder above it, below ``root``) matches the gitignore-like ``pattern``."""
    rel = _relative(path, root)
    parts = rel.split("/")
    body = pattern.strip().rstrip("/")
    if "/" not in body:
        rx = _compile(body)
        return any(rx.fullmatch(part) for part in parts)
    rx = _compile(body.lstrip("/"))
    return any(rx.fullmatch("/".join(parts[:i])) for i in range(1, len(parts) + 1))


class Excluder:
    """Decides whether a path is excluded by a list of patterns relative to a root folder."""

    def __init__(self, patterns: tuple[str, ...], root: Path):
        self.patterns = patterns
        self.root = root.resolve()

    def __call__(self, path: str | Path) -> bool:
        return any(path_matches(p, str(path), self.root) for p in self.patterns)


def _expand(arg: str, excluded: Excluder, suffixes: tuple[str, ...]) -> list[str]:
    if arg == "-" or "://" in arg:
        return [arg]
    path = Path(arg)
    if path.is_dir():
        found = [str(p) for p in _walk(path, excluded, suffixes)]
        if not found and not any(_walk(path, Excluder((), path), suffixes)):
            raise FactcheckError(f"{arg}: is a directory with nothing checkable in it "
                                 f"(looked for {', '.join(suffixes)})")
        return sorted(found)
    if path.exists():
        return [] if excluded(arg) else [arg]
    import glob  # only for an argument that names no file

    if glob.has_magic(arg):
        matches = sorted(m for m in glob.glob(arg, recursive=True) if Path(m).is_file())
        if not matches:
            raise FactcheckError(f"{arg}: the pattern matches no file")
        return [m for m in matches if not excluded(m)]
    raise FactcheckError(f"{arg}: no such file or folder")


def _walk(root: Path, excluded: Excluder, suffixes: tuple[str, ...]):
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames
                             if not d.startswith(".") and not excluded(os.path.join(dirpath, d)))
        for name in sorted(filenames):
            if name.lower().endswith(suffixes) and not name.startswith("."):
                full = Path(dirpath) / name
                if not excluded(full):
                    yield full


def _relative(path: str, root: Path) -> str:
    absolute = Path(os.path.abspath(path))
    try:
        return absolute.relative_to(root).as_posix()
    except ValueError:
        return Path(path).as_posix().lstrip("/")


@functools.lru_cache(maxsize=256)
def _compile(pattern: str) -> re.Pattern:
    out, i = [], 0
    while i < len(pattern):
        c = pattern[i]
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
            continue
        if pattern.startswith("**", i):
            out.append(".*")
            i += 2
            continue
        if c == "*":
            out.append("[^/]*")
        elif c == "?":
            out.append("[^/]")
        elif c == "[":
            end = pattern.find("]", i + 2)
            if end == -1:
                out.append(re.escape(c))
            else:
                body = pattern[i + 1:end]
                out.append("[" + ("^" + body[1:] if body.startswith("!") else body).replace("\\", "\\\\") + "]")
                i = end
        else:
            out.append(re.escape(c))
        i += 1
    return re.compile("".join(out))
