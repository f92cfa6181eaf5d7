"""Loading and validating the data in rules/ (lexicons, timelines, source ratings, user rules).

rules/ is data editors read and extend; code never hard-codes a word list that belongs there.
"""
from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from .model import FactcheckError


@functools.cache
def rules_dir() -> Path:
    """The bundled rules/ folder: beside the package in a checkout, inside it when installed."""
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "rules", here / "ruledata"):
        if candidate.is_dir():
            return candidate
    raise FactcheckError("the bundled rules/ folder is missing; reinstall factcheck")


def load_yaml(path: Path) -> Any:
    """Parse one YAML file; a syntax error names the file and line."""
    import yaml

    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise FactcheckError(f"{path}: cannot read rule file ({getattr(exc, 'strerror', None) or exc})") from None
    refuse_alias_bombs(text, str(path))
    try:
        return yaml.load(text, Loader=yaml_loader())
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark is not None else str(path)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise FactcheckError(f"{where}: invalid YAML: {problem}") from None


@functools.cache
def yaml_loader() -> type:
    """The safe YAML loader for rule data (the C one when PyYAML has it).

    Only ``true`` and ``false`` are booleans (as in YAML 1.2): YAML 1.1 also reads on/off/yes/no/y/n as
    booleans, so a word list such as ``[Off, On, Yes, No]`` would silently hold True and False instead of
    the words an editor wrote. It also reads ``!list``: ``!list a, b, c d`` is the list ``["a", "b", "c d"]``,
    entries separated by commas or line breaks, in one scalar: plain (``key: !list a, b,`` running on over
    indented lines) or a block (``key: !list |`` then one or more entries a line, where a line opening with
    ``#`` is a comment). Every entry is a string, written without quotes. Long word lists use it because YAML
    builds one node per entry of ``[a, b, c]``: rules/ would cost a file check some 11,000 nodes, most of its
    load time (bench/speed.py).
    """
    import re

    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    bool_tag = "tag:yaml.org,2002:bool"

    class RulesLoader(base):
        yaml_implicit_resolvers = {first: [(tag, rx) for tag, rx in resolvers if tag != bool_tag]
                                   for first, resolvers in base.yaml_implicit_resolvers.items()}

    RulesLoader.add_implicit_resolver(bool_tag, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))
    RulesLoader.add_constructor("!list", _construct_list)
    return RulesLoader


def _construct_list(loader, node) -> list[str]:
    import yaml

    if not isinstance(node, yaml.ScalarNode):
        raise yaml.constructor.ConstructorError(None, None, "!list takes comma-separated entries, not a "
                                                f"{node.id}", node.start_mark)
    entries: list[str] = []
    for line in loader.construct_scalar(node).splitlines():
        if not line.lstrip().startswith("#"):
            entries += filter(None, map(str.strip, line.split(",")))  # each entry stripped once
    return entries


MAX_YAML_ALIASES = 20


def refuse_alias_bombs(text: str, where: str) -> None:
    """Refuse YAML with more than MAX_YAML_ALIASES aliases (``*name``).

    Nine lists of nine aliases to the list before ("billion laughs") expand to 387 million strings as
    soon as anything walks them; no rule file or front matter needs more than a few aliases. A syntax
    error is left for the real parse to report with its line.
    """
    import yaml

    if text.count("*") <= MAX_YAML_ALIASES:  # every alias opens with "*": too few to count them
        return
    aliases = 0
    try:
        for event in yaml.parse(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
            if isinstance(event, yaml.AliasEvent):
                aliases += 1
                if aliases > MAX_YAML_ALIASES:
                    raise FactcheckError(f"{where}: YAML with more than {MAX_YAML_ALIASES} aliases (*name) "
                                         "is refused: it could expand without bound")
    except yaml.YAMLError:
        return


@functools.cache
def load_lexicon(name: str) -> Any:
    """rules/lexicons/<name>.yaml as parsed data (cached for the process)."""
    path = rules_dir() / "lexicons" / f"{name}.yaml"
    if not path.is_file():
        raise FactcheckError(f"lexicon '{name}' not found in {path.parent}")
    return load_yaml(path)
