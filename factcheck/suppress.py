"""Suppressions an editor writes in the draft itself, so a deliberate choice stops being flagged.

- ``<!-- factcheck: ignore RULE[, RULE] -->`` on the same line as the finding, or alone on a line just
  before it: it then covers the block that follows (the lines up to the next blank line).
  Without rule ids it silences every rule there.
- ``<!-- factcheck: off [RULE, ...] -->`` ... ``<!-- factcheck: on -->``: a region (to the end of the
  file when never switched back on).
- Front matter ``factcheck: {ignore: [RULE, ...]}`` (or ``ignore: all``): the whole document.

Lines are those of the input (Document.raw), which is where findings point.
"""
import re
from typing import NamedTuple

from .checks.base import Check
from .lazy_pattern import LazyPattern
from .model import Document, FactcheckError, Finding, Options

_COMMENT = LazyPattern(r"<!--\s*factcheck\s*:\s*(ignore|off|on|disable|enable)\b([^>]*?)-->", re.I)
_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
ALL = "*"


def _unused_explained(analysis):
    """A suppression comment or front-matter entry that silenced nothing.

    Suppressions outlive the sentences they were written for: once the text is fixed, a leftover
    ``<!-- factcheck: ignore ... -->`` silently hides the next real problem on that line. Reported only
    with ``--report-unused``, and only for suppressions whose rules ran.
    """
    return []


UNUSED = Check(id="unused-suppression", severity="info",
               summary="A suppression comment that silenced nothing (with --report-unused).",
               function=_unused_explained)


class Suppression(NamedTuple):
    """One suppression: which rules (ALL for every rule), the input lines it covers, where it is written."""

    rules: tuple[str, ...]
    first: int
    last: int
    line: int
    column: int
    kind: str  # inline, block, front-matter

    def covers(self, finding: Finding) -> bool:
        return self.first <= finding.line <= self.last and (ALL in self.rules or finding.rule in self.rules)

    def describe(self) -> str:
        what = "every rule" if ALL in self.rules else ", ".join(self.rules)
        return {"inline": f"the suppression of {what} silenced nothing",
                "block": f"the 'factcheck: off' region for {what} silenced nothing",
                "front-matter": f"the front-matter ignore of {what} silenced nothing"}[self.kind]


def apply_suppressions(document: Document, findings, options: Options) -> tuple[list[Finding], list[Suppression]]:
    """(kept findings, unused suppressions) after the document's suppression comments and front matter."""
    suppressions = find_suppressions(document)
    if not suppressions:
        return list(findings), []
    used: set[int] = set()
    kept = []
    for finding in findings:
        hits = [i for i, s in enumerate(suppressions) if s.covers(finding)]
        used.update(hits)
        if not hits:
            kept.append(finding)
    unused = [s for i, s in enumerate(suppressions) if i not in used and _rules_ran(s, options)]
    return kept, unused


def unused_findings(unused, source_lines: list[str] | None = None) -> list[Finding]:
    """Unused suppressions as ``unused-suppression`` findings (info), for --report-unused."""
    return [Finding(rule=UNUSED.id, severity=UNUSED.severity, message=s.describe(),
                    sentence=(source_lines[s.line - 1].strip() if source_lines and 0 < s.line <= len(source_lines)
                              else ""), line=s.line, column=s.column)
            for s in unused]


def find_suppressions(document: Document) -> list[Suppression]:
    """Every suppression written in the document, in input order."""
    raw = document.raw or ""
    found = _front_matter_suppressions(document, raw)
    if "factcheck" not in raw:
        return found
    lines = raw.split("\n")
    starts = _line_starts(raw)
    region: Suppression | None = None
    for match in _COMMENT.finditer(raw):
        verb = match.group(1).lower()
        rules = _rule_list(match.group(2))
        line = _line_of(starts, match.start())
        column = match.start() - starts[line - 1] + 1
        if verb == "ignore":
            first, last = _inline_span(lines, line, match, starts)
            found.append(Suppression(rules, first, last, line, column, "inline"))
        elif verb in ("off", "disable"):
            if region is None:
                region = Suppression(rules, line, len(lines), line, column, "block")
        elif region is not None:
            found.append(Suppression(region.rules, region.first, line, region.line, region.column, "block"))
            region = None
    if region is not None:
        found.append(region)
    return found


def _rules_ran(suppression: Suppression, options: Options) -> bool:
    if ALL in suppression.rules:
        return True
    return any(options.runs(r) for r in suppression.rules)


def _rule_list(text: str) -> tuple[str, ...]:
    rules = tuple(r for r in re.split(r"[\s,]+", text.strip()) if r)
    return rules or (ALL,)


def _inline_span(lines: list[str], line: int, match: re.Match, starts: list[int]) -> tuple[int, int]:
    """The same line when the comment shares it with text; else the block that follows it."""
    text = lines[line - 1]
    column = match.start() - starts[line - 1]
    rest = _COMMENT.sub("", text[:column] + text[column + len(match.group(0)):])
    if rest.strip():
        return line, line
    last = line
    while last < len(lines) and not lines[last].strip():
        last += 1
    while last < len(lines) and lines[last].strip():
        last += 1
    return line, last


def _front_matter_suppressions(document: Document, raw: str) -> list[Suppression]:
    settings = (document.front_matter or _parse_front_matter(raw)).get("factcheck")
    if not isinstance(settings, dict):
        return []
    ignore = settings.get("ignore")
    if isinstance(ignore, str):
        ignore = [ALL] if ignore.strip().lower() == "all" else re.split(r"[\s,]+", ignore.strip())
    if not isinstance(ignore, list) or not ignore:
        return []
    rules = tuple(ALL if str(r).lower() == "all" else str(r) for r in ignore)
    line = _front_matter_line(raw)
    return [Suppression(rules, 0, 10 ** 9, line, 1, "front-matter")]


def _parse_front_matter(raw: str) -> dict:
    match = _FRONT_MATTER.match(raw)
    if not match or "factcheck" not in match.group(1):
        return {}
    import yaml

    from .rules import refuse_alias_bombs

    try:
        refuse_alias_bombs(match.group(1), "front matter")
        data = yaml.safe_load(match.group(1))
    except (yaml.YAMLError, FactcheckError):
        return {}
    return data if isinstance(data, dict) else {}


def _front_matter_line(raw: str) -> int:
    for i, line in enumerate(raw.split("\n")[:200], start=1):
        if re.match(r"\s*factcheck\s*:", line):
            return i
    return 1


def _line_starts(raw: str) -> list[int]:
    starts = [0]
    starts.extend(m.end() for m in re.finditer("\n", raw))
    return starts


def _line_of(starts: list[int], offset: int) -> int:
    import bisect

    return bisect.bisect_right(starts, offset)
