"""The plain values that flow through the pipeline: Document, Sentence, mentions, Finding, Evidence.

Each is an immutable NamedTuple (``value._replace(field=...)`` makes a changed copy): building a frozen
dataclass runs generated code per method, some 0.6 ms a class, a tenth of what a file check adds to its
imports. Annotations are evaluated (no ``from __future__ import annotations``): NamedTuple would
otherwise compile each one as a forward reference.
"""
import bisect
from datetime import date, datetime
from operator import itemgetter
from typing import Any, NamedTuple

SEVERITIES = ("error", "warning", "info")
SEVERITY_RANK = {"info": 1, "warning": 2, "error": 3}


class FactcheckError(Exception):
    """A failure the user can act on: printed on one line, exit code 2."""


class SourceMap(NamedTuple):
    """Maps offsets in a document's text back to line/column in the original input.

    ``anchors`` is a sorted tuple of ``(text_offset, line, column)``: from each anchor on, characters
    advance the column one by one (and a newline in the text advances the line) until the next anchor.
    Plain-text input has the single anchor ``(0, 1, 1)`` and the text itself as ``text``.
    """

    text: str
    anchors: tuple[tuple[int, int, int], ...] = ((0, 1, 1),)

    def locate(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) in the original input of the character at ``offset``."""
        i = max(0, bisect.bisect_right(self.anchors, offset, key=_anchor_offset) - 1)
        start, line, col = self.anchors[i]
        newlines = self.text.count("\n", start, offset)
        if newlines:
            return line + newlines, offset - self.text.rfind("\n", start, offset)
        return line, col + (offset - start)


class Acquired(NamedTuple):
    """Raw input as read from a URL, a file or stdin, before any parsing."""

    source: str  # as the user gave it
    data: bytes
    content_type: str  # text/html, text/markdown or text/plain
    charset: str | None = None  # from the HTTP header, if any
    url: str | None = None  # the final URL after redirects
    fetched_at: datetime | None = None  # when it was read (for "3 days ago" stamps)


class DateSignal(NamedTuple):
    """One hint of when the document was written: metadata, a visible stamp, front matter."""

    value: str  # ISO date, YYYY-MM-DD (or YYYY-MM-DDTHH:MM if known)
    basis: str  # e.g. "json-ld datePublished", "meta article:published_time", "relative stamp '3 days ago'"
    weak: bool = False


class Document(NamedTuple):
    """An article as extracted: metadata plus the body text with a map back to the input."""

    source: str
    text: str
    title: str | None = None
    author: str | None = None
    url: str | None = None
    date_signals: tuple[DateSignal, ...] = ()
    source_map: SourceMap | None = None  # None: the text itself, from line 1, column 1
    title_line: int = 1
    title_column: int = 1
    content_type: str = "text/plain"
    fetched_at: datetime | None = None
    raw: str = ""  # the decoded input, for suppressions comments and front matter
    front_matter: dict[str, Any] = {}  # read-only: every Document without front matter shares this one
    paragraphs: tuple[tuple[int, int], ...] = ()  # (start, end) offsets of paragraphs in text
    title_span: tuple[int, int] | None = None  # where the title sits inside text (plain text input)

    def locate(self, offset: int) -> tuple[int, int]:
        """1-based line and column in the original input for an offset in ``text``."""
        return (self.source_map or SourceMap(self.text)).locate(offset)


class Sentence(NamedTuple):
    """A sentence of the body (or the headline) with offsets into Document.text."""

    text: str
    start: int
    end: int
    line: int = 1
    column: int = 1
    paragraph: int = 0
    is_headline: bool = False


class DateMention(NamedTuple):
    """A date expression normalised against the dateline (TIMEX3-style value at its granularity)."""

    text: str
    start: int
    end: int
    type: str  # DATE, TIME, DURATION, SET
    value: str | None  # ISO: 2024-12-26, 2025-01, 2025-SP, 2024-W52, PRESENT_REF, P3D...
    kind: str = ""  # absolute, weekday, relative, partial, duration
    explicit_year: bool = False
    weekday: int | None = None  # 0=Monday when the text names one


class NumberMention(NamedTuple):
    """A number with its unit/noun and hedge (about, more than, at least...)."""

    text: str
    start: int
    end: int
    value: float | None
    unit: str | None = None
    noun: str | None = None
    hedge: str | None = None
    upper: float | None = None  # for ranges "4.75% to 5%"


class NameMention(NamedTuple):
    """A proper name: a person, an organisation, a place, or other."""

    text: str
    start: int
    end: int
    kind: str = "other"  # person, org, place, other


class Dateline(NamedTuple):
    """The document's "now": the date it speaks from, how it was found, how sure we are."""

    date: date | None
    basis: str
    confidence: str  # high, medium, low
    latest: date | None = None  # end of the plausible window (e.g. 2024-12-31)

    def to_json(self) -> dict[str, Any]:
        return {"date": self.date.isoformat() if self.date else None, "basis": self.basis,
                "confidence": self.confidence}


class Evidence(NamedTuple):
    """What backs a finding: a quoted text, where it comes from and its date."""
    text: str
    source: str | None = None
    date: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "source": self.source, "date": self.date}


class Finding(NamedTuple):
    """One thing that does not hold, located in the input, with the reason and any evidence."""

    rule: str
    severity: str
    message: str
    sentence: str
    line: int
    column: int
    start: int = 0  # offsets of the offending words in Document.text
    end: int = 0
    evidence: tuple[Evidence, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"rule": self.rule, "severity": self.severity, "message": self.message,
                "sentence": self.sentence, "line": self.line, "column": self.column,
                "evidence": [e.to_json() for e in self.evidence]}


class AlignedPair(NamedTuple):
    """A figure or date of a claim, the corpus figure playing the same role, and whether they agree."""

    claim: str
    evidence: str
    agree: bool

    def to_json(self) -> dict[str, Any]:
        return {"claim": self.claim, "evidence": self.evidence, "agree": self.agree}


class Claim(NamedTuple):
    """A checkable sentence and what the corpus says of it."""

    sentence: str
    verdict: str  # supported, contradicted, unverified
    evidence: tuple[Evidence, ...] = ()
    pairs: tuple[AlignedPair, ...] = ()  # the figures and dates behind the verdict, each with its counterpart

    def to_json(self) -> dict[str, Any]:
        return {"sentence": self.sentence, "verdict": self.verdict,
                "evidence": [e.to_json() for e in self.evidence],
                "pairs": [p.to_json() for p in self.pairs]}


class Result(NamedTuple):
    """Everything the reporters need about one checked source."""

    source: str
    document: Document | None = None
    dateline: Dateline | None = None
    findings: tuple[Finding, ...] = ()
    claims: tuple[Claim, ...] | None = None
    credibility: dict[str, Any] | None = None
    error: str | None = None
    unused_suppressions: tuple[Any, ...] = ()


class Options(NamedTuple):
    """What the user asked for, after config and command line are merged."""

    dateline: date | None = None  # --dateline: the document's "now", overriding every signal
    today: date | None = None  # the clock (tests pin it); None = the real today
    timeout: float = 20.0
    max_bytes: int = 10 * 1024 * 1024
    corpus: str | None = None
    select: tuple[str, ...] = ()  # rule ids; empty = all
    ignore: tuple[str, ...] = ()
    enable: tuple[str, ...] = ()  # opt-in rules turned on (a rule named in select is on too)
    severity: tuple[tuple[str, str], ...] = ()  # (rule id, severity) overrides
    fail_on: str = "error"
    rules_dirs: tuple[str, ...] = ()
    sources_file: str | None = None
    dateline_policy: str = "infer"  # infer | metadata | text

    def runs(self, rule: str, opt_in: bool = False) -> bool:
        """Whether the rule ``rule`` is selected (--select) and not ignored (--ignore); an opt-in rule
        runs only when named in --enable or --select."""
        if opt_in and rule not in self.enable and rule not in self.select:
            return False
        return (not self.select or rule in self.select) and rule not in self.ignore


_anchor_offset = itemgetter(0)
