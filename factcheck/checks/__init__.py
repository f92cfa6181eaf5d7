"""The check registry: every built-in check and every user rule check, by id.

Adding a check = one module listing its checks in ``__register__`` + a fixture + a line in MODULES.
What a check is (``Check``, the ``@check`` decorator) lives in ``checks/base.py``.
"""
from __future__ import annotations

import functools
import importlib

from ..model import FactcheckError, Options
from .base import Check, check

__all__ = ["Check", "check", "MODULES", "all_checks", "checks_by_id", "selected_checks"]

MODULES = (
    "factcheck.checks.temporal",
    "factcheck.checks.corpus",
    "factcheck.checks.numbers",
    "factcheck.checks.attribution",
    "factcheck.checks.headline",
    "factcheck.checks.reputation",
)


@functools.cache
def all_checks() -> dict[str, Check]:
    """Every built-in check by id, in registry order."""
    found: dict[str, Check] = {}
    for name in MODULES:
        module = importlib.import_module(name)
        for item in getattr(module, "__register__", ()):
            found[item.id] = item
    return found


def checks_by_id(options: Options) -> dict[str, Check]:
    """The built-in checks, the user rule checks of ``options``' rule folders, and unused-suppression.

    A user rule may not take a built-in check's id (FactcheckError naming its file).
    """
    from ..suppress import UNUSED

    builtin = all_checks()
    users = []
    if options.rules_dirs:  # the user-rules module is imported only when there are rule folders to read
        from ..userrules import user_checks

        users = user_checks(options)
    for user in users:
        if user.id in builtin or user.id == UNUSED.id:
            raise FactcheckError(f"{user.function.rule.path}:1: rule id '{user.id}' is a built-in rule's id; "
                                 "choose another")
    return {**builtin, **{c.id: c for c in users}, UNUSED.id: UNUSED}


def selected_checks(options: Options) -> list[Check]:
    """The built-in and user checks that run under --select / --ignore (unused-suppression is the
    suppression step's, not run on the analysis)."""
    from ..suppress import UNUSED

    return [c for c in checks_by_id(options).values() if c is not UNUSED and options.runs(c.id, c.opt_in)]
