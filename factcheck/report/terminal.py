"""The report a journalist reads: title, source, dateline and why, each finding with its sentence.

The layout is written once, as lines of (text, style) pieces. On a terminal rich prints them in colour;
in a pipe or a log they are plain text and rich is not imported (it costs more than the rest of the
report), unless a claims table has to be drawn.
"""
from __future__ import annotations

import io
from typing import Iterator, Sequence

from ..model import Finding, Result
from .counts import summary
from .escape import for_terminal as safe

STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}

Line = list[tuple[str, str]]  # one printed line: (text, rich style) pieces


def render(results: Sequence[Result], *, color: bool = False, width: int | None = None, **_: object) -> str:
    """The report of every result, plus a summary line.

    On a terminal (``color``) lines wrap at its width; in a pipe or a log they are never broken.
    """
    if not color and not any(r.claims for r in results):
        return "".join(_plain(line) + "\n" for line in _lines(results))
    from rich.console import Console
    from rich.text import Text

    out = io.StringIO()
    if width is None:
        import shutil

        width = shutil.get_terminal_size((100, 24)).columns if color else 100
    console = Console(file=out, force_terminal=color, no_color=not color, width=width,
                      highlight=False, emoji=False, soft_wrap=not color)
    for line in _lines(results):
        if isinstance(line, Result):
            console.print(_claims_table(line))
        else:
            console.print(Text.assemble(*line))
    return out.getvalue()


def _lines(results: Sequence[Result]) -> Iterator[Line | Result]:
    """The report line by line; a Result in the stream stands for its claims table."""
    for result in results:
        yield from _document(result)
    yield _summary(results)


def _document(result: Result) -> Iterator[Line | Result]:
    doc = result.document
    yield [(safe(doc.title if doc and doc.title else result.source), "bold")]
    yield [(f"  source:   {safe(result.source)}", "dim")]
    if result.error:
        yield [(f"  error:    {safe(result.error)}", "bold red")]
        yield []
        return
    if doc and doc.author:
        yield [(f"  byline:   {safe(doc.author)}", "dim")]
    if result.dateline:
        d = result.dateline
        when = d.date.isoformat() if d.date else "unknown"
        yield [(f"  dateline: {when} ({d.confidence} confidence; {safe(d.basis)})", "dim")]
    if result.credibility:
        yield from _credibility(result.credibility)
    yield []
    for finding in result.findings:
        yield from _finding(result, finding)
    if result.claims:
        yield result
    if not result.findings:
        yield [("  no findings", "green")]
    yield []


def _finding(result: Result, f: Finding) -> Iterator[Line]:
    yield [("  ", ""), (f"{f.severity:<7}", STYLE.get(f.severity, "")), (f" {f.rule}", "bold"),
           (f"  {safe(result.source)}:{f.line}:{f.column}", "dim")]
    yield [("    ", ""), *_highlighted(result, f)]
    yield [(f"    {safe(f.message)}", "")]
    for ev in f.evidence:
        meta = safe(", ".join(x for x in (ev.source, ev.date) if x))
        yield [(f"    evidence: \"{safe(ev.text)}\"" + (f" ({meta})" if meta else ""), "dim")]
    yield []


def _highlighted(result: Result, f: Finding) -> Line:
    """The sentence in quotes (italic), the words the finding is about also bold and underlined."""
    text = f"\u201c{safe(f.sentence)}\u201d"
    doc = result.document
    if doc and f.end > f.start >= 0:
        words = safe(doc.text[f.start:f.end])
        at = text.find(words, 1, len(text) - 1) if words else -1
        if at >= 0:
            mark = "italic bold underline " + STYLE.get(f.severity, "")
            return [(text[:at], "italic"), (words, mark.strip()), (text[at + len(words):], "italic")]
    return [(text, "italic")]


def _credibility(cred: dict) -> Iterator[Line]:
    yield [(f"  credibility: {cred.get('score')}/100", "bold")]
    for s in cred.get("signals", []):
        value = s.get("value")
        shown = "n/a" if value is None else f"{value:.2f}" if isinstance(value, (int, float)) else str(value)
        yield [(f"    {str(s.get('name')):<22} {shown:>5}  x{s.get('weight'):<4} ", ""), (safe(s.get("why")), "dim")]


def _claims_table(result: Result):
    from rich.table import Table
    from rich.text import Text

    table = Table(title="claims against the corpus", show_lines=False, expand=False)
    table.add_column("verdict")
    table.add_column("claim", overflow="fold", ratio=3)
    table.add_column("evidence", overflow="fold", ratio=2)
    colours = {"supported": "green", "contradicted": "red", "unverified": "dim"}
    for claim in result.claims:
        ev = claim.evidence[0] if claim.evidence else None
        table.add_row(Text(claim.verdict, style=colours.get(claim.verdict, "")), Text(safe(claim.sentence)),
                      Text(safe(f"{ev.text} ({ev.source})") if ev else ""))
    return table


def _summary(results: Sequence[Result]) -> Line:
    c = summary(results)
    failed = sum(1 for r in results if r.error)
    parts = [f"{c['documents']} document{'s' if c['documents'] != 1 else ''}"]
    if failed:
        parts.append(f"{failed} unreadable")
    parts += [f"{c['error']} error{'s' if c['error'] != 1 else ''}",
              f"{c['warning']} warning{'s' if c['warning'] != 1 else ''}", f"{c['info']} info"]
    return [(", ".join(parts), "bold")]


_RICH_STRIPS = dict.fromkeys((7, 8, 11, 12, 13))  # the control codes rich's Text drops (bell, backspace, VT, FF, CR)


def _plain(line: Line) -> str:
    """A line as rich prints it without colour: the same control codes dropped, tabs expanded to stops of
    8 terminal cells."""
    text = "".join(piece for piece, _ in line).translate(_RICH_STRIPS)
    if "\t" not in text:
        return text
    from rich.cells import cell_len

    out = []
    for row in text.split("\n"):
        column, cells = 0, []
        for part in row.split("\t")[:-1]:
            column += cell_len(part)
            spaces = 8 - column % 8
            cells.append(part + " " * spaces)
            column += spaces
        cells.append(row.split("\t")[-1])
        out.append("".join(cells))
    return "\n".join(out)
