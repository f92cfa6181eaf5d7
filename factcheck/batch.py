"""Check many sources at once: a process pool for big batches, results in input order.

One document's failure never stops the others: a user-facing error (or, for a bug, the exception's
one-line summary) becomes that document's Result.error. A progress bar is drawn on stderr only when
asked to (the CLI asks on a TTY outside CI).
"""
from __future__ import annotations

import os
from typing import Callable, Sequence

from .model import Options, Result

POOL_THRESHOLD = 4  # fewer sources than this are checked in-process: a pool would cost more than it saves


def default_jobs() -> int:
    """The number of CPUs this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def check_many(sources: Sequence[str], options: Sequence[Options], *, jobs: int = 1,
               progress: bool = False) -> list[Result]:
    """Check each source with its options (same order), in ``jobs`` processes when worth it."""
    if len(options) != len(sources):
        raise ValueError("one Options per source")
    pooled = [i for i, s in enumerate(sources) if s != "-"]
    if jobs > 1 and len(pooled) >= POOL_THRESHOLD:
        return _pooled(sources, options, pooled, jobs, progress)
    results = []
    with _Progress(len(sources), progress) as advance:
        for source, opts in zip(sources, options):
            results.append(check_one(source, opts))
            advance()
    return results


def check_one(source: str, options: Options) -> Result:
    """check_source, with a bug in one document turned into that document's error."""
    from .pipeline import check_source

    try:
        return check_source(source, options)
    except Exception as exc:  # noqa: BLE001 - one document's bug must not stop the batch
        return Result(source=source, error=f"internal error while checking: {type(exc).__name__}: {exc}"
                      .splitlines()[0])


def _pooled(sources, options, pooled: list[int], jobs: int, progress: bool) -> list[Result]:
    """Fork the workers first (no progress thread may be running then), then collect in order."""
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    _warm(options)
    results: list[Result | None] = [None] * len(sources)
    with ProcessPoolExecutor(max_workers=min(jobs, len(pooled)), mp_context=_context()) as pool:
        futures = {i: pool.submit(check_one, sources[i], options[i]) for i in pooled}
        with _Progress(len(sources), progress) as advance:
            for i, source in enumerate(sources):
                if i not in futures:
                    results[i] = check_one(source, options[i])
                    advance()
            for i, future in futures.items():
                try:
                    results[i] = future.result()
                except BrokenProcessPool:
                    results[i] = _isolated(sources[i], options[i])
                except Exception as exc:  # noqa: BLE001 - e.g. a result that cannot be sent back
                    results[i] = Result(source=sources[i], error=f"internal error: {type(exc).__name__}: {exc}"
                                        .splitlines()[0])
                advance()
    return results  # type: ignore[return-value]


def _isolated(source: str, options: Options) -> Result:
    """Re-check one source in a process of its own, after a worker died (a crash, memory exhausted)."""
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    try:
        with ProcessPoolExecutor(max_workers=1, mp_context=_context()) as pool:
            return pool.submit(check_one, source, options).result()
    except BrokenProcessPool:
        return Result(source=source, error="the process checking it died (a crash or memory exhausted)")


def _warm(options: Sequence[Options]) -> None:
    """Import the pipeline and load the rules once, before forking, so workers start ready."""
    from . import extract, pipeline  # noqa: F401
    from .checks import selected_checks

    for opts in {o.rules_dirs: o for o in options}.values():
        selected_checks(opts)


def _context():
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else None)


class _Progress:
    """A rich progress bar on stderr when enabled; otherwise a no-op ``advance``."""

    def __init__(self, total: int, enabled: bool):
        self.total, self.enabled, self.bar = total, enabled and total > 1, None

    def __enter__(self) -> Callable[[], None]:
        if not self.enabled:
            return lambda: None
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

        self.bar = Progress("checking", BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                            console=Console(stderr=True), transient=True)
        self.bar.start()
        task = self.bar.add_task("checking", total=self.total)
        return lambda: self.bar.advance(task)

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.stop()
