"""Adding trusted text to the corpus: JSONL records, Markdown / HTML / text files, URLs, folders.

Everything one ``add`` reads goes in one transaction: a refused input, an error or an interrupt leaves
the corpus as it was. A bad JSONL line is reported with its line number and either skipped (the rest is
added) or refuses the whole add, by the caller's choice; nothing is half-loaded silently.
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable, Iterator

from ..model import FactcheckError
from ..nlp.segment import segment
from . import facts as facts_mod
from .store import DocumentMeta, Store
from .subjects import REFERRING

JSONL_SUFFIXES = (".jsonl", ".ndjson")
DOCUMENT_SUFFIXES = (".md", ".markdown", ".txt", ".text", ".html", ".htm")
SOURCE_SUFFIXES = JSONL_SUFFIXES + DOCUMENT_SUFFIXES  # what a corpus can be built from
ON_ERROR = ("skip", "refuse")
_BATCH = 2000
_PARALLEL_BYTES = 4 * 1024 * 1024
_INNER_BOUNDARY = re.compile(r"[.!?…][\"'”’)\]]*\s+\S|\n")


@dataclass(frozen=True, slots=True)
class Record:
    """One document to store: its text and metadata, and where it came from."""

    text: str
    origin: str
    source: str | None = None
    url: str | None = None
    date: str | None = None
    title: str | None = None
    ext_id: str | None = None


@dataclass
class AddReport:
    """What an add did: counts, and the problems skipped or warned about (one line each)."""

    documents: int = 0
    sentences: int = 0
    duplicates: int = 0
    skipped: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def build_corpus(db_path: str, paths: list[str]) -> None:
    """Create (or extend) the corpus at ``db_path`` from files, folders or URLs; refuse any bad input."""
    with Store.open(db_path, create=True) as store:
        add_inputs(store, paths, on_error="refuse")


def add_inputs(store: Store, inputs: list[str], on_error: str = "refuse",
               progress: Callable[[int], None] | None = None, jobs: int | None = None) -> AddReport:
    """Add every input in one transaction; ``progress`` is called with bytes read so far. ``jobs``: worker
    processes for splitting and fact extraction (default: up to 4, only for inputs over 4 MB; 1: none)."""
    if on_error not in ON_ERROR:
        raise FactcheckError(f"--on-error must be one of {', '.join(ON_ERROR)}, not '{on_error}'")
    report = AddReport()
    expanded = expand_inputs(inputs)
    chunks = _chunks(_records(expanded, on_error, report, progress))
    seen: set[str] = set()
    undated = 0
    with store.transaction(), _analyser(expanded, jobs) as analyse:
        for chunk, analysed in analyse(chunks):
            batch = []
            stored = store.stored_hashes(key for key, _ in analysed)
            for record, (key, sentences) in zip(chunk, analysed):
                if key in seen or key in stored:
                    report.duplicates += 1
                    continue
                seen.add(key)
                undated += not record.date
                batch.append((_meta(record, key), sentences))
                report.sentences += len(sentences)
            report.documents += len(batch)
            store.add_batch(batch)
    if undated:
        report.warnings.append(f"{undated} document(s) have no date: they can support or contradict numbers "
                               "but not dates")
    return report


def analyse_records(records: list[Record]) -> list[tuple[str, list[tuple[str, str | None]]]]:
    """Hash, split and extract the facts of each record (runs in worker processes for large adds).

    Each sentence's facts keep the names of its story (``Facts.story``): the record itself, or a run of
    consecutive records of one story (see ``_story_key``), so that "The Los Angeles thrift said it lost
    $92.2 million" is known to be about the Coast Savings that another line of the same story names."""
    out = []
    for run in _story_runs(records):
        extracted = [[(s, facts_mod.extract(s, records[i].date)) for s in split_text(records[i].text)] for i in run]
        story = extracted[0] if len(extracted) == 1 else [pair for sentences in extracted for pair in sentences]
        names = ()
        if len(story) > 1 and any(_refers(s, facts) for s, facts in story):
            names = facts_mod.story_names(story)  # one sentence is no story of its own
        for i, sentences in zip(run, extracted):
            encoded = [(s, facts_mod.encode(facts, names if names and _refers(s, facts) else ()))
                       for s, facts in sentences]
            out.append((text_hash(records[i].text), encoded))
    return out


def _refers(text: str, facts: facts_mod.Facts) -> bool:
    """Whether a sentence may take its subject from its story: it names no one, or only its first word
    ("Sales rose"), or opens with "the company", "it" (what subjects.py reads the story for)."""
    return len(facts.names) <= 1 and (not facts.names or facts_mod.opening_word(text) == facts.names[0]) \
        or REFERRING.match(text) is not None


STORY_RECORDS = 25  # more consecutive records of one source and date than this are no single story


def _story_key(record: Record) -> tuple | None:
    """Records of one story: the same URL, or the same source and date (the lines a wire file holds for
    one document); None for a record that is a story of its own."""
    if record.url:
        return ("url", record.url)
    if record.source and record.date:
        return ("source", record.source, record.date)
    return None


def _story_runs(records: list[Record]) -> list[list[int]]:
    """The indexes of ``records`` by story, in order: each run of consecutive records with one story key
    (at most STORY_RECORDS of them; a longer run is split into single records)."""
    runs: list[list[int]] = []
    last = None
    for i, record in enumerate(records):
        key = _story_key(record)
        if runs and key is not None and key == last:
            runs[-1].append(i)
        else:
            runs.append([i])
        last = key
    out = []
    for run in runs:
        out.extend([run] if len(run) <= STORY_RECORDS else [[i] for i in run])
    return out


def expand_inputs(inputs: list[str]) -> list[str]:
    """Files, URLs and the corpus files under folders (recursively, sorted), in the order given; the
    first input that names nothing usable is a FactcheckError."""
    from ..inputs import expand_inputs as expand_sources

    sources, errors = expand_sources(inputs, suffixes=SOURCE_SUFFIXES)
    if errors:
        raise FactcheckError(errors[0][1])
    for item in sources:
        suffix = Path(item).suffix
        if "://" not in item and suffix.lower() not in SOURCE_SUFFIXES:
            raise FactcheckError(f"{item}: unsupported file type '{suffix or '(none)'}' "
                                 f"(expected {', '.join(SOURCE_SUFFIXES)})")
    return sources


def split_text(text: str) -> list[str]:
    """The sentences of a stored document's text (a one-sentence record skips the segmenter)."""
    if _INNER_BOUNDARY.search(text) is None:
        return [text.strip()] if text.strip() else []
    return [text[s:e] for s, e in segment(text) if e > s]


def text_hash(text: str) -> str:
    """The de-duplication key: the text with whitespace normalised."""
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()


def _meta(record: Record, key: str) -> DocumentMeta:
    return DocumentMeta(hash=key, source=record.source, url=record.url, date=record.date, title=record.title,
                        ext_id=record.ext_id, origin=record.origin)


def _chunks(records: Iterator[Record], size: int = _BATCH) -> Iterator[list[Record]]:
    """Batches of about ``size`` records; a story's run of records is not cut (up to STORY_RECORDS more)."""
    chunk: list[Record] = []
    for record in records:
        if len(chunk) >= size and (len(chunk) >= size + STORY_RECORDS or _story_key(record) is None
                                   or _story_key(record) != _story_key(chunk[-1])):
            yield chunk
            chunk = []
        chunk.append(record)
    if chunk:
        yield chunk


@contextlib.contextmanager
def _analyser(inputs: list[str], jobs: int | None = None):
    """map(analyse_records) in this process, or over worker processes when the input is large."""
    size = sum(os.path.getsize(p) for p in inputs if os.path.isfile(p))
    workers = jobs or min(os.cpu_count() or 1, 4)
    if size < _PARALLEL_BYTES or workers < 2:
        yield lambda chunks: ((chunk, analyse_records(chunk)) for chunk in chunks)
        return
    import collections
    import multiprocessing

    pool = multiprocessing.get_context("fork").Pool(workers)
    sent: collections.deque = collections.deque()

    def remember(chunks):
        for chunk in chunks:
            sent.append(chunk)
            yield chunk

    try:
        yield lambda chunks: ((sent.popleft(), result) for result in pool.imap(analyse_records, remember(chunks)))
    except BaseException:
        pool.terminate()
        raise
    else:
        pool.close()
    finally:
        pool.join()


def _records(inputs: list[str], on_error: str, report: AddReport,
             progress: Callable[[int], None] | None) -> Iterator[Record]:
    done = 0
    for item in inputs:
        try:
            if item.lower().endswith(JSONL_SUFFIXES) and not item.startswith(("http://", "https://")):
                yield from _jsonl(item, on_error, report, progress, done)
            else:
                yield _document(item)
        except FactcheckError as exc:
            if on_error == "refuse":
                raise FactcheckError(f"{exc}; nothing was added (use --on-error skip to add the rest)") from None
            report.skipped.append(str(exc))
        if progress is not None and not item.startswith(("http://", "https://")):
            done += os.path.getsize(item)
            progress(done)


def _jsonl(path: str, on_error: str, report: AddReport, progress, done: int) -> Iterator[Record]:
    data = _read_text(path)
    offset = 0
    for number, line in enumerate(data.splitlines(), start=1):
        offset += len(line) + 1
        if progress is not None and number % 5000 == 0:
            progress(done + offset)
        if not line.strip():
            continue
        try:
            yield _json_record(line, f"{path}:{number}")
        except FactcheckError as exc:
            if on_error == "refuse":
                raise
            report.skipped.append(str(exc))


def _json_record(line: str, where: str) -> Record:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise FactcheckError(f"{where}: invalid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(data, dict):
        raise FactcheckError(f"{where}: a record must be a JSON object with a \"text\" field")
    text = data.get("text")
    if not isinstance(text, str) or not text.strip():
        raise FactcheckError(f"{where}: the record has no \"text\" (a non-empty string is required)")
    for key in ("id", "source", "url", "date", "title"):
        if data.get(key) is not None and not isinstance(data[key], (str, int)):
            raise FactcheckError(f"{where}: \"{key}\" must be a string")
    ext_id = str(data["id"]) if data.get("id") is not None else None
    return Record(text=text, origin=where, source=_str(data.get("source")), url=_str(data.get("url")),
                  date=_date(data.get("date"), where), title=_str(data.get("title")), ext_id=ext_id)


def _document(item: str) -> Record:
    """A Markdown, HTML or text file, or a URL, read through the same extraction as checked articles."""
    from ..model import Options
    from ..loader import load_document

    if not item.startswith(("http://", "https://")):
        _read_text(item)
    try:
        document = load_document(item, Options())
    except ValueError as exc:  # e.g. a front-matter date like 2024-13-45 that YAML turns into an error
        raise FactcheckError(f"{item}: cannot read ({exc})") from None
    matter = document.front_matter or {}
    when = matter.get("date") or next((s.value for s in document.date_signals if not s.weak), None)
    source = matter.get("source") or matter.get("publisher") or _host(document.url) or Path(item).name
    text = document.text
    return Record(text=text, origin=item, source=_str(source), url=_str(matter.get("url") or document.url),
                  date=_date(when, item), title=document.title, ext_id=_str(matter.get("id")))


def _read_text(path: str) -> str:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise FactcheckError(f"{path}: cannot read ({exc.strerror})") from None
    if not data.strip():
        raise FactcheckError(f"{path}: empty file, nothing to add")
    if b"\x00" in data[:8192]:
        raise FactcheckError(f"{path}: binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FactcheckError(f"{path}: not UTF-8 text (byte {exc.start})") from None


def _date(value, where: str) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value.isoformat()[:10]
    text = str(value).strip()
    try:
        return date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        raise FactcheckError(f"{where}: date '{text}' is not YYYY-MM-DD") from None


def _str(value) -> str | None:
    return None if value is None else str(value)


def _host(url: str | None) -> str | None:
    if not url:
        return None
    from urllib.parse import urlsplit

    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None
