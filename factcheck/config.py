"""setup.cfg / .factcheck.cfg discovery and validation, flake8-style: nearest first, every key checked.

The ``[factcheck]`` section holds the project's settings; ``[factcheck:GLOB]`` sections override some of
them for the paths the glob matches (relative to the config file). Command-line flags win over both.
"""
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, NamedTuple

from .model import SEVERITIES, FactcheckError, Options

if TYPE_CHECKING:
    import configparser

SECTION = "factcheck"
CONFIG_FILES = ("setup.cfg", ".factcheck.cfg")
FAIL_LEVELS = ("error", "warning", "info", "never")
DATELINE_POLICIES = ("infer", "metadata", "text")
KEYS = ("select", "ignore", "enable", "severity", "fail-on", "corpus", "rules", "sources", "dateline", "exclude",
        "jobs")
PER_PATH_KEYS = ("select", "ignore", "enable", "severity", "fail-on", "dateline")
OPTION_FIELDS = {"select": "select", "ignore": "ignore", "enable": "enable", "severity": "severity",
                 "fail-on": "fail_on", "corpus": "corpus", "rules": "rules_dirs", "sources": "sources_file",
                 "dateline": "dateline_policy"}
PSEUDO_RULES = ("unused-suppression",)


class Config(NamedTuple):
    """A parsed, validated config: the base settings and the per-path overrides, in file order."""

    path: Path | None = None
    root: Path | None = None  # the config file's folder (None without a file)
    settings: dict[str, Any] = {}  # read-only: every Config without a file shares this one
    sections: tuple[tuple[str, dict[str, Any]], ...] = ()

    def where(self, section: str = SECTION) -> str:
        return f"{self.path}: [{section}]" if self.path else f"[{section}]"


def find_config(start: Path | None = None) -> Path | None:
    """The nearest setup.cfg or .factcheck.cfg with a [factcheck] section, from ``start`` upwards."""
    found = _find(start)
    return found[0] if found else None


def load_config(explicit: str | None = None, *, start: Path | None = None, disabled: bool = False) -> Config:
    """--config FILE, else the discovered file, else an empty Config (``disabled`` skips discovery).

    Each file is read once: the parser that showed the [factcheck] section is the one parsed.
    """
    if explicit:
        path = Path(explicit)
        if not path.is_file():
            raise FactcheckError(f"{explicit}: config file not found")
        parser = _read_ours(path)
        if parser is None:
            raise FactcheckError(f"{explicit}: no [{SECTION}] section")
        return _parse(path, parser)
    found = None if disabled else _find(start)
    return _parse(*found) if found else Config()


def parse_config(path: Path) -> Config:
    """Read and validate the [factcheck] and [factcheck:GLOB] sections of one file."""
    return _parse(path, _read(path))


def _find(start: Path | None) -> tuple[Path, "configparser.ConfigParser"] | None:
    here = (start or Path.cwd()).resolve()
    for directory in (here, *here.parents):
        for name in CONFIG_FILES:
            candidate = directory / name
            if candidate.is_file():
                parser = _read_ours(candidate)
                if parser is not None:
                    return candidate, parser
    return None


def _read_ours(path: Path) -> "configparser.ConfigParser | None":
    """The parsed file when it has a [factcheck] or [factcheck:GLOB] section, else None. A file that
    cannot be read is an error, except a setup.cfg: it may belong to another tool."""
    try:
        parser = _read(path)
    except FactcheckError:
        if path.name == "setup.cfg":
            return None
        raise
    return parser if any(s == SECTION or s.startswith(SECTION + ":") for s in parser.sections()) else None


def _parse(path: Path, parser: "configparser.ConfigParser") -> Config:
    root = path.resolve().parent
    settings: dict[str, Any] = {}
    sections: list[tuple[str, dict[str, Any]]] = []
    for name in parser.sections():
        if name == SECTION:
            settings = _section(parser, name, path, root, KEYS)
        elif name.startswith(SECTION + ":"):
            pattern = name[len(SECTION) + 1:].strip()
            if not pattern:
                raise FactcheckError(f"{path}: [{name}]: the section needs a path glob after ':'")
            sections.append((pattern, _section(parser, name, path, root, PER_PATH_KEYS)))
    return Config(path=path, root=root, settings=settings, sections=tuple(sections))


def options_for(config: Config, source: str, base: Options, cli: dict[str, Any] | None = None) -> Options:
    """Options for one source: config, then its matching per-path sections, then the command line."""
    from .inputs import path_matches

    settings = dict(config.settings)
    if config.sections and source != "-" and "://" not in source:
        for pattern, overrides in config.sections:
            if path_matches(pattern, source, config.root):
                settings = _merge(settings, overrides)
    settings.update(cli or {})
    changes = {OPTION_FIELDS[k]: v for k, v in settings.items() if k in OPTION_FIELDS}
    return base._replace(**changes) if changes else base


def rule_ids_in(config: Config, cli: dict[str, Any] | None = None) -> list[tuple[str, str, str]]:
    """(where, key, rule id) for every rule id the config and command line name."""
    found = []
    blocks = [(config.where(), config.settings)]
    blocks += [(config.where(f"{SECTION}:{p}"), s) for p, s in config.sections]
    blocks.append(("command line", cli or {}))
    for where, settings in blocks:
        for key in ("select", "ignore", "enable"):
            found += [(where, key, rule) for rule in settings.get(key, ())]
        found += [(where, "severity", rule) for rule, _ in settings.get("severity", ())]
    return found


def validate_rule_ids(config: Config, known: Iterable[str], cli: dict[str, Any] | None = None) -> None:
    """Raise FactcheckError for the first unknown rule id, naming where it is and the nearest id."""
    valid = set(known) | set(PSEUDO_RULES)
    for where, key, rule in rule_ids_in(config, cli):
        if rule not in valid:
            raise FactcheckError(f"{where} {key}: unknown rule id '{rule}'{suggest(rule, valid)}")


def suggest(name: str, choices: Iterable[str]) -> str:
    """' (did you mean 'x'?)' for the nearest choice, or '' when none is close."""
    from rapidfuzz import process

    best = process.extractOne(name, sorted(choices))
    return f" (did you mean '{best[0]}'?)" if best and best[1] >= 60 else ""


def split_list(value: str) -> tuple[str, ...]:
    """'a, b\\n c' -> ('a', 'b', 'c')."""
    return tuple(x for x in (part.strip() for part in value.replace("\n", ",").split(",")) if x)


def parse_severity(value: str, where: str = "severity") -> tuple[tuple[str, str], ...]:
    """'rule:level, rule:level' -> ((rule, level), ...), each level checked."""
    pairs = []
    for item in split_list(value):
        rule, sep, level = item.partition(":")
        rule, level = rule.strip(), level.strip().lower()
        if not sep or not rule:
            raise FactcheckError(f"{where}: '{item}' is not RULE:LEVEL")
        if level not in SEVERITIES:
            raise FactcheckError(f"{where}: '{level}' is not a severity{suggest(level, SEVERITIES)}; "
                                 f"use {', '.join(SEVERITIES)}")
        pairs.append((rule, level))
    return tuple(pairs)


def _read(path: Path) -> "configparser.ConfigParser":
    import configparser  # only when there is a config file to read

    parser = configparser.ConfigParser(interpolation=None, inline_comment_prefixes=("#", ";"),
                                       default_section="factcheck:DEFAULT:unused")
    try:
        with open(path, encoding="utf-8") as handle:
            parser.read_file(handle)
    except (OSError, UnicodeDecodeError) as exc:
        raise FactcheckError(f"{path}: cannot read config ({exc})") from None
    except configparser.Error as exc:
        line = getattr(exc, "lineno", None)
        first = str(exc).splitlines()[0]
        raise FactcheckError(f"{path}{f':{line}' if line else ''}: invalid config: {first}") from None
    return parser


def _section(parser, name: str, path: Path, root: Path, allowed: tuple[str, ...]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    where = f"{path}: [{name}]"
    for raw_key, value in parser.items(name):
        key = raw_key.strip().lower().replace("_", "-")
        if key not in allowed:
            hint = suggest(key, allowed)
            if key in KEYS:
                hint = f" (not allowed in a per-path section; allowed: {', '.join(allowed)})"
            raise FactcheckError(f"{where}: unknown key '{raw_key}'{hint}")
        out[key] = _value(key, value.strip(), f"{where} {key}", root)
    return out


def _value(key: str, value: str, where: str, root: Path) -> Any:
    if key in ("select", "ignore", "enable", "exclude"):
        return split_list(value)
    if key == "severity":
        return parse_severity(value, where)
    if key == "fail-on":
        return _choice(value, FAIL_LEVELS, where)
    if key == "dateline":
        return _choice(value, DATELINE_POLICIES, where)
    if key == "corpus" and "://" in value:  # a server URL (postgresql://...), not a path
        return value
    if key in ("corpus", "sources"):
        return _path(value, root) if value else None
    if key == "rules":
        return tuple(_path(v, root) for v in split_list(value))
    if key == "jobs":
        return _jobs(value, where)
    raise AssertionError(key)


def _choice(value: str, choices: tuple[str, ...], where: str) -> str:
    lowered = value.lower()
    if lowered not in choices:
        raise FactcheckError(f"{where}: '{value}' is not one of {', '.join(choices)}{suggest(lowered, choices)}")
    return lowered


def _path(value: str, root: Path) -> str:
    if value.startswith("bundled:"):
        return value
    expanded = Path(os.path.expanduser(value))
    return str(expanded if expanded.is_absolute() else root / expanded)


def _jobs(value: str, where: str) -> int:
    if value.lower() == "auto":
        return os.cpu_count() or 1
    if not value.isdigit() or int(value) < 1:
        raise FactcheckError(f"{where}: '{value}' is not a positive number of jobs (or 'auto')")
    return int(value)


def _merge(settings: dict[str, Any], overrides: dict[str, Any]) -> dict[str, Any]:
    merged = dict(settings)
    for key, value in overrides.items():
        if key == "ignore":
            merged[key] = tuple(merged.get(key, ())) + tuple(value)
        elif key == "severity":
            merged[key] = tuple({**dict(merged.get(key, ())), **dict(value)}.items())
        else:
            merged[key] = value
    return merged
