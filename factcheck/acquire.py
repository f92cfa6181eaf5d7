"""URL / file / stdin -> Acquired (bytes, content type, fetch time). requests lives here only."""
from __future__ import annotations

import sys
import threading
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

from . import __version__
from .model import Acquired, FactcheckError

USER_AGENT = f"factcheck/{__version__} (source-credibility fact-check tool)"
MAX_REDIRECTS = 5
CHUNK = 64 * 1024
_GRACE = 1.0  # seconds past --timeout for the socket's own timeouts to report first, with their reason

EXTENSION_TYPES = {
    ".html": "text/html", ".htm": "text/html", ".xhtml": "text/html",
    ".md": "text/markdown", ".markdown": "text/markdown", ".mdown": "text/markdown",
    ".txt": "text/plain", ".text": "text/plain",
}
CHECKABLE_EXTENSIONS = tuple(EXTENSION_TYPES)
_HTML_TYPES = {"text/html", "application/xhtml+xml"}
_TEXT_TYPES = {"text/plain": "text/plain", "text/markdown": "text/markdown", "text/x-markdown": "text/markdown"}


def acquire(source: str, *, timeout: float = 20.0, max_bytes: int = 10 * 1024 * 1024) -> Acquired:
    """Read a source as the user named it: '-' for stdin, an http(s) URL, or a file path."""
    if source == "-":
        return _from_stdin(max_bytes)
    scheme = urlsplit(source).scheme.lower()
    if scheme in ("http", "https"):
        return fetch_url(source, timeout=timeout, max_bytes=max_bytes)
    if scheme == "file":
        return read_file(urlsplit(source).path, max_bytes=max_bytes, source=source)
    if len(scheme) > 1 and "://" in source:
        raise FactcheckError(f"{source}: unsupported URL scheme '{scheme}' (use http, https or a file path)")
    return read_file(source, max_bytes=max_bytes)


def fetch_url(url: str, *, timeout: float, max_bytes: int) -> Acquired:
    """GET a page with timeouts, capped redirects and a size cap; refuse what is not a web page.

    ``timeout`` bounds the whole fetch, not only each wait on the socket: a server that sends one
    byte every half second never times out a read, so the download runs in a worker thread that is
    abandoned (and its connection closed) when the deadline passes.
    """
    import requests

    session = requests.Session()
    outcome: dict = {}

    def download() -> None:
        try:
            outcome["page"] = _download(session, url, timeout=timeout, max_bytes=max_bytes)
        except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread as is
            outcome["error"] = exc

    worker = threading.Thread(target=download, name="factcheck-fetch", daemon=True)
    worker.start()
    worker.join(timeout + _GRACE)
    if worker.is_alive():
        session.close()
        raise FactcheckError(f"{url}: the download took longer than {timeout:g} s (--timeout)")
    if "error" in outcome:
        raise outcome["error"]
    return outcome["page"]


def _download(session, url: str, *, timeout: float, max_bytes: int) -> Acquired:
    import requests

    session.max_redirects = MAX_REDIRECTS
    headers = {"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5"}
    fetched_at = datetime.now(timezone.utc)
    try:
        with session.get(url, headers=headers, timeout=(min(timeout, 10.0), timeout), stream=True) as response:
            if response.status_code >= 400:
                reason = response.reason or ""
                raise FactcheckError(f"{url}: HTTP {response.status_code} {reason}".rstrip())
            content_type, charset = _parse_content_type(response.headers.get("Content-Type", ""))
            kind = _web_kind(url, content_type)
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise _too_big(url, max_bytes)
            data = _read_capped(response, url, max_bytes)
            final_url = response.url
    except requests.exceptions.TooManyRedirects:
        raise FactcheckError(f"{url}: more than {MAX_REDIRECTS} redirects") from None
    except requests.exceptions.ConnectTimeout:
        raise FactcheckError(f"{url}: no connection within {timeout:g} s") from None
    except (requests.exceptions.ReadTimeout, requests.exceptions.Timeout):
        raise FactcheckError(f"{url}: the server did not answer within {timeout:g} s (--timeout)") from None
    except requests.exceptions.ConnectionError as exc:
        raise FactcheckError(f"{url}: cannot connect ({_root_cause(exc)})") from None
    except requests.exceptions.InvalidURL:
        raise FactcheckError(f"{url}: not a valid URL") from None
    except requests.exceptions.RequestException as exc:
        raise FactcheckError(f"{url}: request failed ({_root_cause(exc)})") from None
    if not data.strip():
        raise FactcheckError(f"{url}: the page is empty")
    return Acquired(source=url, data=data, content_type=kind, charset=charset, url=final_url,
                    fetched_at=fetched_at)


def read_file(path: str, *, max_bytes: int, source: str | None = None) -> Acquired:
    """Read a local draft; its type comes from the extension, else from sniffing the bytes."""
    p = Path(path)
    if not p.exists():
        raise FactcheckError(f"{path}: no such file")
    if p.is_dir():
        raise FactcheckError(f"{path}: is a directory with nothing checkable in it")
    try:
        size = p.stat().st_size
        if size > max_bytes:
            raise _too_big(path, max_bytes)
        data = p.read_bytes()
    except OSError as exc:
        raise FactcheckError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if not data.strip():
        raise FactcheckError(f"{path}: the file is empty")
    kind = EXTENSION_TYPES.get(p.suffix.lower()) or sniff_type(data)
    # a saved file has no fetch time: its mtime is when it was copied, so "3 days ago" stays unresolved
    return Acquired(source=source or path, data=data, content_type=kind, fetched_at=None)


def sniff_type(data: bytes) -> str:
    """Guess text/html, text/markdown or text/plain from the first bytes."""
    head = data[:2048].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in head or b"<p>" in head:
        return "text/html"
    if head.startswith(b"---\n") or head.startswith(b"# "):
        return "text/markdown"
    return "text/plain"


def _from_stdin(max_bytes: int) -> Acquired:
    stream = sys.stdin.buffer if hasattr(sys.stdin, "buffer") else sys.stdin
    data = stream.read(max_bytes + 1)
    if isinstance(data, str):
        data = data.encode("utf-8")
    if len(data) > max_bytes:
        raise _too_big("stdin", max_bytes)
    if not data.strip():
        raise FactcheckError("stdin: no input")
    return Acquired(source="-", data=data, content_type=sniff_type(data), fetched_at=datetime.now(timezone.utc))


def _parse_content_type(header: str) -> tuple[str, str | None]:
    parts = [p.strip() for p in header.split(";")]
    media = parts[0].lower()
    charset = None
    for p in parts[1:]:
        key, _, value = p.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip('"\'') or None
    return media, charset


def _web_kind(url: str, media: str) -> str:
    if not media or media in _HTML_TYPES:
        return "text/html"
    if media in _TEXT_TYPES:
        suffix = Path(urlsplit(url).path).suffix.lower()
        return EXTENSION_TYPES.get(suffix, _TEXT_TYPES[media])
    raise FactcheckError(f"{url}: is {media}, not a web page or text (factcheck reads HTML, Markdown and plain text)")


def _read_capped(response, url: str, max_bytes: int) -> bytes:
    chunks, total = [], 0
    for chunk in response.iter_content(CHUNK):
        total += len(chunk)
        if total > max_bytes:
            raise _too_big(url, max_bytes)
        chunks.append(chunk)
    return b"".join(chunks)


def _too_big(where: str, max_bytes: int) -> FactcheckError:
    return FactcheckError(f"{where}: larger than {max_bytes:,} bytes (raise --max-bytes to read it)")


def _root_cause(exc: BaseException) -> str:
    text = str(exc)
    for marker in ("Connection refused", "Name or service not known", "No route to host",
                   "Temporary failure in name resolution", "Connection reset"):
        if marker in text:
            return marker.lower()
    return text.splitlines()[0][:160] if text else type(exc).__name__
