r"""User rules: Vale-like YAML files, one rule per file, in the folders named by ``rules =`` in config.

Kinds:
- ``existence``: ``tokens`` (phrases, matched as whole words) and ``patterns`` (regexes) that must not
  appear; ``message`` may use ``{match}``.
- ``substitution``: ``swap: {found: use}``; ``message`` may use ``{match}`` and ``{use}``.
- ``timeline``: who held a role when, in the shape of rules/timelines files (``role``, ``titles``,
  ``terms: [{person, aliases, from, to, elected}]``), read by title-anachronism via ``timeline_rules``.
- ``lexicon``: extra ``entries`` for a built-in lexicon (``lexicon: NAME``), read via ``user_lexicon``.

Each file may carry ``flag:`` and ``pass:`` examples that ``factcheck rules test`` runs. A user regex
cannot hang a run: it is compiled by RE2 (google-re2), whose matching time is linear in the text by
design, so no pattern (not even ``(a+)+$``) can backtrack. RE2 has no lookaround and no
backreferences, and its ``\w`` and ``\b`` are ASCII; a pattern using what RE2 lacks is refused on load.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .checks.base import Check
from .model import SEVERITIES, FactcheckError, Options
from .rules import refuse_alias_bombs, yaml_loader

KINDS = ("existence", "substitution", "timeline", "lexicon")
COMMON_KEYS = ("id", "kind", "severity", "message", "summary", "explanation", "flag", "pass", "ignorecase")
KIND_KEYS = {"existence": ("tokens", "patterns"), "substitution": ("swap", "regex"),
             "timeline": ("role", "titles", "terms", "check"), "lexicon": ("lexicon", "key", "entries", "check")}
MAX_PATTERN = 300
_ID = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class UserRule:
    """One rule file, validated: its settings, its examples and where it came from."""

    id: str
    kind: str
    severity: str
    message: str
    summary: str
    explanation: str
    path: str
    data: dict[str, Any] = field(default_factory=dict)
    flag: tuple[str, ...] = ()
    passes: tuple[str, ...] = ()
    matchers: tuple[tuple[Any, Any], ...] = ()  # (compiled pattern, None | replacement | {phrase: replacement})

    @property
    def consumer(self) -> str | None:
        """The built-in check that reads a data rule (timeline/lexicon), whose findings its examples show."""
        if self.kind == "timeline":
            return self.data.get("check", "title-anachronism")
        return self.data.get("check")


class RuleRunner:
    """The ``run`` of a user Check: a callable whose docstring is the rule's explanation."""

    def __init__(self, rule: UserRule):
        self.rule = rule
        self.__doc__ = rule.explanation

    def __call__(self, analysis):
        return list(match_rule(self.rule, analysis))


def user_checks(options: Options) -> list[Check]:
    """Checks built from the existence and substitution rule files in the user's rule folders."""
    return list(_checks(tuple(options.rules_dirs)))


def user_rules(options: Options) -> list[UserRule]:
    """Every user rule (all kinds) from the user's rule folders, in folder and file-name order."""
    return list(load_rules(tuple(options.rules_dirs)))


def timeline_rules(options: Options) -> list[dict]:
    """User timelines in the shape of a rules/timelines file: {role, titles, terms, source}.

    Each term is ``{person, aliases, from, to, elected}`` with dates as datetime.date (``to`` and
    ``elected`` may be None), exactly as yaml reads the bundled files.
    """
    return [{"role": r.data["role"], "titles": list(r.data.get("titles") or [r.data["role"]]),
             "terms": [dict(t) for t in r.data["terms"]], "source": r.path}
            for r in user_rules(options) if r.kind == "timeline"]


def user_lexicon(name: str, options: Options, key: str | None = None) -> list:
    """Extra entries users add to the built-in lexicon ``name`` (lexicon rules with ``lexicon: name``).

    ``key`` picks the rules extending one list of that lexicon (``key: phrases``); rules without a
    ``key`` extend its main list and are returned for any ``key``.
    """
    out: list = []
    for rule in user_rules(options):
        if (rule.kind == "lexicon" and rule.data.get("lexicon") == name
                and (key is None or rule.data.get("key") in (None, key))):
            out.extend(rule.data.get("entries") or [])
    return out


@functools.lru_cache(maxsize=32)
def load_rules(dirs: tuple[str, ...]) -> tuple[UserRule, ...]:
    """Load and validate the rule files of the given folders (``bundled:NAME`` = rules/NAME)."""
    rules: list[UserRule] = []
    seen: dict[str, str] = {}
    for folder in dirs:
        for path in _rule_files(folder):
            rule = load_rule_file(path)
            if rule.id in seen:
                raise FactcheckError(f"{path}:1: rule id '{rule.id}' is already defined in {seen[rule.id]}")
            seen[rule.id] = str(path)
            rules.append(rule)
    return tuple(rules)


def load_rule_file(path: Path) -> UserRule:
    """One YAML rule file -> UserRule; any problem is a FactcheckError naming the file and line."""
    data, lines = _load_with_lines(path)
    where = lambda key=None, index=None: f"{path}:{_line(lines, key, index)}"  # noqa: E731
    unknown = [k for k in data if k not in COMMON_KEYS + KIND_KEYS.get(data.get("kind"), ())]
    for key in ("id", "kind"):
        if not isinstance(data.get(key), str):
            raise FactcheckError(f"{where(key)}: the rule needs a '{key}' (a string)")
    kind = data["kind"]
    if kind not in KINDS:
        raise FactcheckError(f"{where('kind')}: unknown kind '{kind}'{_suggest(kind, KINDS)}; "
                             f"use {', '.join(KINDS)}")
    if unknown:
        allowed = COMMON_KEYS + KIND_KEYS[kind]
        raise FactcheckError(f"{where(unknown[0])}: unknown key '{unknown[0]}'{_suggest(unknown[0], allowed)}")
    if not _ID.match(data["id"]):
        raise FactcheckError(f"{where('id')}: id '{data['id']}' must be lowercase words joined by '-'")
    severity = str(data.get("severity", "warning")).lower()
    if severity not in SEVERITIES:
        raise FactcheckError(f"{where('severity')}: severity '{severity}' is not one of {', '.join(SEVERITIES)}")
    flag, passes = _examples(data, "flag", where), _examples(data, "pass", where)
    matchers = _matchers(kind, data, where)
    _check_data(kind, data, where)
    message = str(data.get("message") or _default_message(kind))
    summary = str(data.get("summary") or _default_summary(kind, data, message))
    explanation = str(data.get("explanation") or summary).strip()
    return UserRule(id=data["id"], kind=kind, severity=severity, message=message, summary=summary,
                    explanation=explanation, path=str(path), data=data, flag=flag, passes=passes,
                    matchers=matchers)


def match_rule(rule: UserRule, analysis):
    """The findings of an existence or substitution rule in one analysed document (no overlaps)."""
    ignorecase = rule.data.get("ignorecase", True)
    for sentence in _sentences(analysis):
        taken_until = -1
        for start, end, text, use in sorted(_matches(rule, sentence.text), key=lambda m: (m[0], -m[1])):
            if start < taken_until or (use is not None and _same(text, use, ignorecase)):
                continue
            taken_until = end
            at = sentence.start + start if not sentence.is_headline else -1
            yield analysis.finding(rule.id, _format(rule.message, text, use), sentence, start=at,
                                   end=sentence.start + end if at >= 0 else -1, severity=rule.severity)


def check_pattern(pattern: str, ignorecase: bool = False, where: str = "pattern"):
    """Compile a user regex with RE2 (linear-time matching); FactcheckError if RE2 cannot compile it."""
    import re2

    if len(pattern) > MAX_PATTERN:
        raise FactcheckError(f"{where}: the pattern is longer than {MAX_PATTERN} characters")
    options = re2.Options()
    options.case_sensitive = not ignorecase
    options.log_errors = False
    try:
        return re2.compile(pattern, options)
    except re2.error as exc:
        reason = exc.args[0].decode(errors="replace") if exc.args and isinstance(exc.args[0], bytes) else exc
        raise FactcheckError(f"{where}: invalid or unsupported regex '{pattern}': {reason} "
                             "(rules use RE2 syntax: no lookaround, no backreferences)") from None


def _checks(dirs: tuple[str, ...]) -> tuple[Check, ...]:
    return tuple(Check(id=r.id, severity=r.severity, summary=r.summary, function=RuleRunner(r))
                 for r in load_rules(dirs) if r.kind in ("existence", "substitution"))


def _rule_files(folder: str) -> list[Path]:
    if folder.startswith("bundled:"):
        from .rules import rules_dir

        path = rules_dir() / folder.split(":", 1)[1]
    else:
        path = Path(folder)
    if not path.is_dir():
        raise FactcheckError(f"{folder}: rules folder not found")
    return sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())


def _load_with_lines(path: Path) -> tuple[dict, dict]:
    """Parse a rule file once: its data (dates left as text) and the line of each key and list item."""
    import yaml

    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise FactcheckError(f"{path}: cannot read rule file ({exc})") from None
    refuse_alias_bombs(text, str(path))
    loader = _rule_loader()(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise FactcheckError(f"{path}:{mark.line + 1 if mark else 1}: invalid YAML: {problem}") from None
    finally:
        loader.dispose()
    if not isinstance(data, dict):
        raise FactcheckError(f"{path}:1: a rule file must be a mapping of keys (id, kind, severity, ...)")
    lines: dict = {}
    for key_node, value_node in node.value:
        lines[key_node.value] = key_node.start_mark.line + 1
        if isinstance(value_node, (yaml.SequenceNode, yaml.MappingNode)):
            for i, item in enumerate(value_node.value):
                item_node = item[0] if isinstance(item, tuple) else item
                lines[(key_node.value, i)] = item_node.start_mark.line + 1
    return data, lines


@functools.cache
def _rule_loader():
    """A safe YAML loader that leaves dates as text, so a bad date is reported with its line."""
    base = yaml_loader()

    class RuleLoader(base):
        yaml_implicit_resolvers = {first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
                                   for first, resolvers in base.yaml_implicit_resolvers.items()}

    return RuleLoader


def _line(lines: dict, key=None, index=None) -> int:
    return lines.get((key, index)) or lines.get(key) or 1


def _examples(data: dict, key: str, where) -> tuple[str, ...]:
    value = data.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise FactcheckError(f"{where(key)}: '{key}' must be a list of example sentences")
    return tuple(value)


def _matchers(kind: str, data: dict, where) -> tuple[tuple[Any, Any], ...]:
    ignorecase = bool(data.get("ignorecase", True))
    if kind == "existence":
        tokens, patterns = data.get("tokens") or [], data.get("patterns") or []
        if not isinstance(tokens, list) or not isinstance(patterns, list) or not (tokens or patterns):
            raise FactcheckError(f"{where('tokens')}: an existence rule needs 'tokens' and/or 'patterns' lists")
        out = [(_phrases([str(t) for t in tokens], ignorecase), None)] if tokens else []
        out += [(check_pattern(str(p), ignorecase, where("patterns", i)), None) for i, p in enumerate(patterns)]
        return tuple(out)
    if kind == "substitution":
        swap = data.get("swap")
        if not isinstance(swap, dict) or not swap:
            raise FactcheckError(f"{where('swap')}: a substitution rule needs 'swap', a mapping of found: use")
        if not data.get("regex", False):
            table = {_key(str(k), ignorecase): str(v) for k, v in swap.items()}
            return ((_phrases([str(k) for k in swap], ignorecase), table),)
        return tuple((check_pattern(str(k), ignorecase, where("swap", i)), str(v))
                     for i, (k, v) in enumerate(swap.items()))
    return ()


def _check_data(kind: str, data: dict, where) -> None:
    if kind == "timeline":
        if not isinstance(data.get("role"), str) or not isinstance(data.get("terms"), list) or not data["terms"]:
            raise FactcheckError(f"{where('role')}: a timeline rule needs 'role' and a list of 'terms'")
        if not isinstance(data.get("titles") or [], list):
            raise FactcheckError(f"{where('titles')}: 'titles' must be a list of the role's titles")
        for i, term in enumerate(data["terms"]):
            if not isinstance(term, dict) or not isinstance(term.get("person"), str) or "from" not in term:
                raise FactcheckError(f"{where('terms', i)}: each term needs 'person' and 'from' (and 'to' once over)")
            for key in ("from", "to", "elected"):
                if term.get(key) is not None:
                    term[key] = _day(term[key], where("terms", i))
    if kind == "lexicon":
        if not isinstance(data.get("lexicon"), str) or not isinstance(data.get("entries"), list):
            raise FactcheckError(f"{where('lexicon')}: a lexicon rule needs 'lexicon' (a name) and 'entries' (a list)")


def _day(value: Any, where: str):
    from datetime import date

    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise FactcheckError(f"{where}: '{value}' is not a date in YYYY-MM-DD form") from None


def _phrases(texts: list[str], ignorecase: bool) -> re.Pattern:
    """One regex for literal phrases: whole words, any run of spaces between them, longest first.

    Built here from escaped literals (no user regex syntax), so Python's ``re`` is safe for it.
    """
    words = sorted((t.split() for t in texts), key=lambda w: -len(" ".join(w)))
    if not all(words):
        raise FactcheckError("an empty phrase in a rule")
    alternatives = "|".join(r"\s+".join(re.escape(w) for w in phrase) for phrase in words)
    return re.compile(r"(?<!\w)(?:" + alternatives + r")(?!\w)", re.IGNORECASE if ignorecase else 0)


def _key(text: str, ignorecase: bool) -> str:
    joined = " ".join(text.split())
    return joined.lower() if ignorecase else joined


def _sentences(analysis):
    headline = analysis.headline
    return ([headline] if headline else []) + list(analysis.sentences)


def _matches(rule: UserRule, text: str):
    """(start, end, matched text, replacement) of the rule's patterns in ``text``."""
    ignorecase = rule.data.get("ignorecase", True)
    for pattern, use in rule.matchers:
        for m in pattern.finditer(text):
            if m.end() > m.start():
                found = m.group(0)
                yield (m.start(), m.end(), found,
                       use.get(_key(found, ignorecase)) if isinstance(use, dict) else use)


def _same(found: str, use: str, ignorecase: bool) -> bool:
    return found.lower() == use.lower() if ignorecase else found == use


def _format(message: str, found: str, use: str | None) -> str:
    if use is not None and found[:1].isupper() and use[:1].islower():
        use = use[:1].upper() + use[1:]
    return message.replace("{match}", found).replace("{use}", use or "")


def _default_summary(kind: str, data: dict, message: str) -> str:
    if kind == "timeline":
        return f"Who held the role '{data['role']}' when (read by title-anachronism)."
    if kind == "lexicon":
        return f"Extra entries for the built-in '{data['lexicon']}' lexicon."
    return message.replace("{match}", "...").replace("{use}", "...")


def _default_message(kind: str) -> str:
    return {"existence": "avoid '{match}'", "substitution": "use '{use}' instead of '{match}'"}.get(kind, "")


def _suggest(name: str, choices) -> str:
    from .config import suggest

    return suggest(str(name), choices)
