"""The report a journalist reads: title, source, dateline and why, each finding with its sentence."""
from __future__ import annotations

import io
from typing import Sequence

from ..model import Finding, Result
from .counts import summary
from .escape import for_terminal as safe

STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def render(results: Sequence[Result], *, color: bool = False, width: int | None = None, **_: object) -> str:
    """A rich-formatted report of every result, plus a summary line.

    On a terminal (``color``) lines wrap at its width; in a pipe or a log they are never broken.
    """
    from rich.console import Console

    out = io.StringIO()
    if width is None:
        import shutil

        width = shutil.get_terminal_size((100, 24)).columns if color else 100
    console = Console(file=out, force_terminal=color, no_color=not color, width=width,
                      highlight=False, emoji=False, soft_wrap=not color)
    for result in results:
        _document(console, result)
    _summary(console, results)
    return out.getvalue()


def _document(console, result: Result) -> None:
    from rich.text import Text

    head = Text()
    doc = result.document
    head.append(safe(doc.title if doc and doc.title else result.source), style="bold")
    console.print(head)
    console.print(Text(f"  source:   {safe(result.source)}", style="dim"))
    if result.error:
        console.print(Text(f"  error:    {safe(result.error)}", style="bold red"))
        console.print()
        return
    if doc and doc.author:
        console.print(Text(f"  byline:   {safe(doc.author)}", style="dim"))
    if result.dateline:
        d = result.dateline
        when = d.date.isoformat() if d.date else "unknown"
        console.print(Text(f"  dateline: {when} ({d.confidence} confidence; {safe(d.basis)})", style="dim"))
    if result.credibility:
        _credibility(console, result.credibility)
    console.print()
    for finding in result.findings:
        _finding(console, result, finding)
    if result.claims:
        _claims(console, result)
    if not result.findings:
        console.print(Text("  no findings", style="green"))
    console.print()


def _finding(console, result: Result, f: Finding) -> None:
    from rich.text import Text

    line = Text("  ")
    line.append(f"{f.severity:<7}", style=STYLE.get(f.severity, ""))
    line.append(f" {f.rule}", style="bold")
    line.append(f"  {safe(result.source)}:{f.line}:{f.column}", style="dim")
    console.print(line)
    console.print(Text("    ") + _highlighted(result, f))
    console.print(Text(f"    {safe(f.message)}"))
    for ev in f.evidence:
        meta = safe(", ".join(x for x in (ev.source, ev.date) if x))
        console.print(Text(f"    evidence: \"{safe(ev.text)}\"" + (f" ({meta})" if meta else ""), style="dim"))
    console.print()


def _highlighted(result: Result, f: Finding):
    from rich.text import Text

    sentence = safe(f.sentence)
    text = Text(f"\u201c{sentence}\u201d", style="italic")
    doc = result.document
    if doc and f.end > f.start >= 0:
        words = safe(doc.text[f.start:f.end])
        at = sentence.find(words) if words else -1
        if at >= 0:
            text.stylize("bold underline " + STYLE.get(f.severity, ""), at + 1, at + 1 + len(words))
    return text


def _credibility(console, cred: dict) -> None:
    from rich.text import Text

    console.print(Text(f"  credibility: {cred.get('score')}/100", style="bold"))
    for s in cred.get("signals", []):
        value = s.get("value")
        shown = "n/a" if value is None else f"{value:.2f}" if isinstance(value, (int, float)) else str(value)
        line = Text(f"    {str(s.get('name')):<22} {shown:>5}  x{s.get('weight'):<4} ")
        line.append(safe(s.get("why")), style="dim")
        console.print(line)


def _claims(console, result: Result) -> None:
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
    console.print(table)


def _summary(console, results: Sequence[Result]) -> None:
    from rich.text import Text

    c = summary(results)
    failed = sum(1 for r in results if r.error)
    parts = [f"{c['documents']} document{'s' if c['documents'] != 1 else ''}"]
    if failed:
        parts.append(f"{failed} unreadable")
    parts += [f"{c['error']} error{'s' if c['error'] != 1 else ''}",
              f"{c['warning']} warning{'s' if c['warning'] != 1 else ''}", f"{c['info']} info"]
    console.print(Text(", ".join(parts), style="bold"))
