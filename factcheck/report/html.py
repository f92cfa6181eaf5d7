"""The journalist's report as one self-contained HTML page: the article with its flagged sentences marked,
each finding beside it with its evidence, the credibility score as a bar chart, the claims table.

One file with no network: the style sheet is inline, there is no font, image or script to fetch, so the
page works offline, in a mail attachment and in print; the links between a marked sentence and its
findings are plain anchors, so the keyboard reaches everything. Every piece of text from a document, a
server or a corpus is escaped.
Colour is never the only signal: each mark also carries its severity as a word for screen readers, and the
palette keeps a contrast of at least 4.5:1.
"""
from __future__ import annotations

import html
import re
from typing import Sequence

from ..model import Finding, Result
from ..nlp.tokens import paragraph_spans
from .counts import summary
from .escape import for_xml

SEVERITIES = ("error", "warning", "info")
VERDICTS = ("contradicted", "supported", "unverified")


def render(results: Sequence[Result], **_: object) -> str:
    """Results as one HTML page (a table of contents first when there are several documents)."""
    counts = summary(results)
    parts = [_HEAD, '<a class="skip" href="#main">Skip to the report</a>',
             '<header class="page"><h1>factcheck report</h1>', _counts(counts, len(results)), "</header>",
             '<main id="main">']
    if len(results) > 1:
        parts.append(_contents(results))
    parts += [_document(i, r) for i, r in enumerate(results)]
    parts += ["</main>", _FOOT]
    return "\n".join(parts) + "\n"


def _e(text: object) -> str:
    """Text made safe for HTML: markup escaped, control characters shown as visible escapes."""
    return html.escape(for_xml("" if text is None else text), quote=True)


def _counts(counts: dict, documents: int) -> str:
    items = [f"{documents} document{'s' if documents != 1 else ''}"]
    items += [f'<span class="badge {s}">{counts[s]} {s if counts[s] == 1 or s == "info" else s + "s"}</span>'
              for s in SEVERITIES]
    return f'<p class="counts">{" ".join(items)}</p>'


def _contents(results: Sequence[Result]) -> str:
    rows = []
    for i, r in enumerate(results):
        title = (r.document.title if r.document and r.document.title else r.source)
        state = "unreadable" if r.error else ", ".join(
            f"{n} {s}" for s in SEVERITIES if (n := sum(1 for f in r.findings if f.severity == s))) or "no findings"
        rows.append(f'<li><a href="#doc-{i}">{_e(title)}</a> <span class="muted">({_e(state)})</span></li>')
    return f'<nav class="toc" aria-label="Documents"><h2>Documents</h2><ol>{"".join(rows)}</ol></nav>'


def _document(index: int, result: Result) -> str:
    doc = result.document
    title = doc.title if doc and doc.title else result.source
    out = [f'<article class="document" id="doc-{index}" aria-labelledby="doc-{index}-title">',
           f'<h2 id="doc-{index}-title">{_e(title)}</h2>', _metadata(result)]
    if result.error:
        out += [f'<p class="error" role="alert"><strong>Could not be checked:</strong> {_e(result.error)}</p>',
                "</article>"]
        return "\n".join(out)
    if result.credibility:
        out.append(_credibility(result.credibility))
    findings = list(result.findings)
    spans = _sentence_spans(result.document.text, findings) if result.document else []
    anchors = {i: f"doc-{index}-s{ids[0]}" for _, _, ids in spans for i in ids}
    out.append('<div class="columns">')
    out.append(_article_text(index, result, findings, spans))
    out.append(_finding_list(index, findings, anchors))
    out.append("</div>")
    if result.claims:
        out.append(_claims(result))
    out.append("</article>")
    return "\n".join(out)


def _metadata(result: Result) -> str:
    doc = result.document
    rows = []
    source = result.source
    link = doc.url if doc and doc.url else source if re.match(r"https?://", source) else None
    rows.append(("Source", f'<a href="{_e(link)}">{_e(source)}</a>' if link else _e(source)))
    if doc and doc.author:
        rows.append(("Byline", _e(doc.author)))
    if result.dateline:
        d = result.dateline
        when = d.date.isoformat() if d.date else "unknown"
        rows.append(("Dateline", f"<strong>{_e(when)}</strong> <span class=\"muted\">({_e(d.confidence)} "
                                 f"confidence; {_e(d.basis)})</span>"))
    items = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows)
    return f'<dl class="meta">{items}</dl>'


def _credibility(cred: dict) -> str:
    score = cred.get("score")
    bars = []
    for s in cred.get("signals", []):
        value = s.get("value")
        if isinstance(value, (int, float)):
            pct = max(0, min(100, round(float(value) * 100)))
            shown, bar = f"{float(value):.2f}", f'<span class="bar"><span style="width:{pct}%"></span></span>'
        else:
            shown, bar = "n/a", '<span class="bar empty"></span>'
        bars.append(f'<tr><th scope="row">{_e(s.get("name"))}</th><td class="num">{shown}</td><td>{bar}</td>'
                    f'<td class="num">&times;{_e(s.get("weight"))}</td><td class="why">{_e(s.get("why"))}</td></tr>')
    return ('<section class="credibility" aria-label="Credibility score">'
            f'<h3>Credibility <span class="score">{_e(score)}/100</span></h3>'
            '<table><thead><tr><th scope="col">signal</th><th scope="col">value</th><th scope="col">'
            '<span class="sr">bar</span></th><th scope="col">weight</th><th scope="col">why</th></tr></thead>'
            f'<tbody>{"".join(bars)}</tbody></table></section>')


def _sentence_spans(text: str, findings: list[Finding]) -> list[tuple[int, int, list[int]]]:
    """(start, end, finding indexes) of each flagged sentence in the document text, in text order."""
    spans: dict[tuple[int, int], list[int]] = {}
    for i, f in enumerate(findings):
        if not f.sentence or f.end <= 0:
            continue
        at = text.find(f.sentence, max(0, f.start - len(f.sentence)))
        if at < 0 or at > f.start:
            at = text.find(f.sentence)
        if at < 0:
            at, end = f.start, f.end  # the sentence was normalised: mark the words themselves
        else:
            end = at + len(f.sentence)
        spans.setdefault((at, end), []).append(i)
    out, last = [], -1
    for (start, end), ids in sorted(spans.items()):
        if start >= last:  # sentences do not overlap; a span inside another is listed, not marked twice
            out.append((start, end, ids))
            last = end
    return out


def _article_text(index: int, result: Result, findings: list[Finding], spans) -> str:
    doc = result.document
    if doc is None or not doc.text.strip():
        return '<section class="text" aria-label="Article text"><p class="muted">No text.</p></section>'
    text = doc.text
    paras = []
    for p_start, p_end in paragraph_spans(doc):
        pieces, pos = [], p_start
        for s_start, s_end, ids in spans:
            if s_end <= p_start or s_start >= p_end:
                continue
            s_start, s_end = max(s_start, p_start), min(s_end, p_end)
            pieces.append(_e(text[pos:s_start]))
            pieces.append(_mark(index, text, s_start, s_end, [findings[i] for i in ids], ids))
            pos = s_end
        pieces.append(_e(text[pos:p_end]))
        paras.append(f"<p>{''.join(pieces)}</p>")
    return (f'<section class="text" aria-label="Article text"><h3>The article as extracted</h3>'
            f'{"".join(paras)}</section>')


def _mark(index: int, text: str, start: int, end: int, flagged: list[Finding], ids: list[int]) -> str:
    """One flagged sentence: marked by its worst severity, the offending words in bold, linked to its findings."""
    worst = min(flagged, key=lambda f: SEVERITIES.index(f.severity) if f.severity in SEVERITIES else 3)
    words = sorted({(max(f.start, start), min(f.end, end)) for f in flagged if f.end > f.start
                    and f.start < end and f.end > start})
    inner, pos = [], start
    for w_start, w_end in words:
        if w_start < pos:
            continue
        inner += [_e(text[pos:w_start]), f'<strong class="hit">{_e(text[w_start:w_end])}</strong>']
        pos = w_end
    inner.append(_e(text[pos:end]))
    refs = " ".join(f'<a class="ref" href="#doc-{index}-f{i}" aria-label="finding {i + 1}">{i + 1}</a>'
                    for i in ids)
    rules = ", ".join(sorted({f.rule for f in flagged}))
    return (f'<mark class="{worst.severity}" id="doc-{index}-s{ids[0]}" title="{_e(rules)}">'
            f'<span class="sr">{_e(worst.severity)}: </span>{"".join(inner)}</mark><sup>{refs}</sup>')


def _finding_list(index: int, findings: list[Finding], anchors: dict[int, str]) -> str:
    if not findings:
        return '<aside class="findings" aria-label="Findings"><h3>Findings</h3><p class="ok">No findings.</p></aside>'
    items = []
    for i, f in enumerate(findings):
        evidence = "".join(f"<li>{_quoted(ev)}</li>" for ev in f.evidence)
        items.append(
            f'<li class="finding {f.severity}" id="doc-{index}-f{i}">'
            f'<p class="head"><span class="num">{i + 1}</span> <span class="sev {f.severity}">{_e(f.severity)}</span> '
            f'<code>{_e(f.rule)}</code> {_location(f, anchors.get(i))}</p>'
            f'<p class="msg">{_e(f.message)}</p>'
            + (f'<p class="label">Evidence</p><ul class="evidence">{evidence}</ul>' if evidence else "")
            + f'<details><summary>How to suppress</summary><p>On the line, or alone on the line before: '
              f'<code>&lt;!-- factcheck: ignore {_e(f.rule)} --&gt;</code>; for the whole document, in its front '
              f'matter: <code>factcheck: {{ignore: [{_e(f.rule)}]}}</code>.</p></details></li>')
    return (f'<aside class="findings" aria-label="Findings"><h3>Findings ({len(findings)})</h3>'
            f'<ol class="plain">{"".join(items)}</ol></aside>')


def _quoted(ev) -> str:
    """Evidence as a quotation with its source and date."""
    cite = ", ".join(x for x in (ev.source, ev.date) if x)
    return f"<q>{_e(ev.text)}</q>" + (f" <cite>{_e(cite)}</cite>" if cite else "")


def _location(f: Finding, anchor: str | None) -> str:
    where = f"line {f.line}, column {f.column}" if f.line else "the document"
    return f'<a class="loc" href="#{anchor}">{where}</a>' if anchor else f'<span class="loc">{where}</span>'


def _claims(result: Result) -> str:
    rows = []
    order = sorted(result.claims, key=lambda c: VERDICTS.index(c.verdict) if c.verdict in VERDICTS else 3)
    for c in order:
        evidence = _quoted(c.evidence[0]) if c.evidence else ""
        rows.append(f'<tr><td><span class="verdict {_e(c.verdict)}">{_e(c.verdict)}</span></td>'
                    f'<td>{_e(c.sentence)}</td><td>{evidence}</td></tr>')
    tally = ", ".join(f"{sum(1 for c in result.claims if c.verdict == v)} {v}" for v in VERDICTS)
    return ('<section class="claims" aria-label="Claims against the corpus">'
            f'<h3>Claims against the corpus</h3><p class="muted">{tally}</p>'
            '<table><thead><tr><th scope="col">verdict</th><th scope="col">claim</th>'
            f'<th scope="col">evidence</th></tr></thead><tbody>{"".join(rows)}</tbody></table></section>')


_HEAD = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="factcheck">
<title>factcheck report</title>
<style>
:root { --ink:#1b1f24; --muted:#545d68; --line:#d4d9de; --paper:#fff; --soft:#f5f7f9;
  --error:#b3261e; --error-bg:#fde7e5; --warning:#7a4b00; --warning-bg:#fff1cc;
  --info:#0b5c85; --info-bg:#e3f1fa; --ok:#1e6b34; --accent:#0b57d0; }
* { box-sizing: border-box; }
body { margin:0; color:var(--ink); background:var(--paper); font:16px/1.55 Georgia, "Times New Roman", serif; }
header.page, main { max-width: 1200px; margin: 0 auto; padding: 0 1.25rem; }
header.page { border-bottom: 3px solid var(--ink); padding-top: 1rem; }
h1, h2, h3, .meta, .counts, .findings, table, .toc, .skip, summary { font-family: system-ui, -apple-system,
  "Segoe UI", Roboto, Helvetica, Arial, sans-serif; }
h1 { font-size: 1.1rem; letter-spacing: .08em; text-transform: uppercase; margin: 0 0 .25rem; }
h2 { font-size: 1.7rem; line-height: 1.25; margin: 1.5rem 0 .5rem; }
h3 { font-size: 1rem; margin: 1.25rem 0 .5rem; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); }
a { color: var(--accent); }
a:focus-visible, summary:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: .5rem; background: var(--paper); padding: .5rem; z-index: 2; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.muted { color: var(--muted); }
.counts { margin: .25rem 0 .75rem; }
.badge { display: inline-block; padding: .05rem .55rem; border-radius: 1rem; font-size: .85rem; font-weight: 600; }
.badge.error, .sev.error { background: var(--error-bg); color: var(--error); }
.badge.warning, .sev.warning { background: var(--warning-bg); color: var(--warning); }
.badge.info, .sev.info { background: var(--info-bg); color: var(--info); }
.document { border-bottom: 1px solid var(--line); padding-bottom: 1.5rem; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0 0 1rem; font-size: .92rem; }
.meta dt { font-weight: 600; color: var(--muted); }
.meta dd { margin: 0; overflow-wrap: anywhere; }
.columns { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 2rem; align-items: start; }
@media (max-width: 900px) { .columns { grid-template-columns: 1fr; } }
.text p { margin: 0 0 1rem; white-space: pre-wrap; }
mark { padding: .1rem .1rem; border-radius: 2px; color: inherit; }
mark.error { background: var(--error-bg); box-shadow: inset 0 -2px 0 var(--error); }
mark.warning { background: var(--warning-bg); box-shadow: inset 0 -2px 0 var(--warning); }
mark.info { background: var(--info-bg); box-shadow: inset 0 -2px 0 var(--info); }
mark:target { outline: 3px solid var(--accent); }
strong.hit { text-decoration: underline 2px; text-underline-offset: 3px; }
sup .ref { font: 600 .7rem system-ui, sans-serif; text-decoration: none; margin-left: .1rem; }
.findings { position: sticky; top: .5rem; max-height: calc(100vh - 1rem); overflow: auto; font-size: .92rem; }
ol.plain { list-style: none; margin: 0; padding: 0; }
.finding { border: 1px solid var(--line); border-left: 5px solid var(--info); border-radius: 4px;
  padding: .6rem .8rem; margin: 0 0 .75rem; background: var(--paper); }
.finding.error { border-left-color: var(--error); }
.finding.warning { border-left-color: var(--warning); }
.finding:target { outline: 3px solid var(--accent); }
.finding p { margin: .2rem 0; }
.finding .head { display: flex; flex-wrap: wrap; gap: .4rem; align-items: baseline; }
.finding .num { font-weight: 700; }
.sev { padding: 0 .45rem; border-radius: .3rem; font-size: .78rem; font-weight: 700; text-transform: uppercase; }
.loc { margin-left: auto; font-size: .82rem; }
.label { font-weight: 600; color: var(--muted); font-size: .8rem; text-transform: uppercase; }
.evidence { margin: .2rem 0; padding-left: 1.1rem; }
cite { color: var(--muted); font-style: normal; }
details { margin-top: .3rem; color: var(--muted); }
.ok { color: var(--ok); font-weight: 600; }
.error[role=alert] { background: var(--error-bg); color: var(--error); padding: .75rem 1rem; border-radius: 4px; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
thead th { color: var(--muted); font-weight: 600; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.credibility .score { color: var(--ink); font-size: 1.2rem; margin-left: .5rem; }
.bar { display: inline-block; width: 9rem; height: .7rem; background: var(--soft); border: 1px solid var(--line);
  border-radius: 2px; vertical-align: middle; }
.bar span { display: block; height: 100%; background: var(--ink); }
.bar.empty { background: repeating-linear-gradient(45deg, var(--soft), var(--soft) 3px,
  var(--line) 3px, var(--line) 5px); }
.why { color: var(--muted); }
.verdict { font-weight: 700; text-transform: uppercase; font-size: .78rem; padding: 0 .4rem; border-radius: .3rem; }
.verdict.contradicted { background: var(--error-bg); color: var(--error); }
.verdict.supported { background: #e3f4e8; color: var(--ok); }
.verdict.unverified { background: var(--soft); color: var(--muted); }
.toc ol { padding-left: 1.4rem; }
footer { max-width: 1200px; margin: 1.5rem auto; padding: 0 1.25rem; color: var(--muted);
  font: .85rem system-ui, sans-serif; }
@media print {
  body { font-size: 11pt; }
  .skip, details { display: none; }
  .columns { display: block; }
  .findings { position: static; max-height: none; overflow: visible; }
  .finding, tr, mark { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  mark { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
</style>
</head>
<body>"""

_FOOT = """<footer><p>Made by factcheck. Every finding is a prompt to check, not a verdict: read the sentence, the
evidence and its source. <code>factcheck rules explain RULE</code> says why a rule exists.</p></footer>
</body>
</html>"""
