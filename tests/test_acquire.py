"""acquire: URLs over a real loopback HTTP server, files, stdin; every failure a FactcheckError."""
from __future__ import annotations

import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from factcheck.acquire import USER_AGENT, acquire, sniff_type
from factcheck.model import FactcheckError

PAGE = b"<html><head><title>T</title></head><body><p>Hello world. Second sentence.</p></body></html>"


def test_fetches_html_with_charset_and_user_agent(httpserver):
    httpserver.expect_request("/a", headers={"User-Agent": USER_AGENT}).respond_with_data(
        PAGE, content_type="text/html; charset=ISO-8859-1")
    got = acquire(httpserver.url_for("/a"))
    assert got.data == PAGE
    assert got.content_type == "text/html"
    assert got.charset == "ISO-8859-1"
    assert got.fetched_at is not None
    assert got.url.endswith("/a")


def test_follows_a_redirect_and_records_the_final_url(httpserver):
    httpserver.expect_request("/old").respond_with_data("", status=301, headers={"Location": "/new"})
    httpserver.expect_request("/new").respond_with_data(PAGE, content_type="text/html")
    assert acquire(httpserver.url_for("/old")).url.endswith("/new")


def test_redirect_loop_is_capped(httpserver):
    httpserver.expect_request("/loop").respond_with_data("", status=302, headers={"Location": "/loop"})
    with pytest.raises(FactcheckError, match="redirects"):
        acquire(httpserver.url_for("/loop"))


@pytest.mark.parametrize("status, text", [(404, "HTTP 404"), (500, "HTTP 500"), (403, "HTTP 403")])
def test_http_errors(httpserver, status, text):
    httpserver.expect_request("/x").respond_with_data("nope", status=status)
    with pytest.raises(FactcheckError, match=text):
        acquire(httpserver.url_for("/x"))


@pytest.mark.parametrize("ctype", ["application/pdf", "image/png", "application/octet-stream"])
def test_non_html_content_is_refused(httpserver, ctype):
    httpserver.expect_request("/f").respond_with_data(b"%PDF-1.4 \x00\x01", content_type=ctype)
    with pytest.raises(FactcheckError, match=f"is {ctype}, not a web page"):
        acquire(httpserver.url_for("/f"))


def test_plain_text_and_markdown_urls_are_accepted(httpserver):
    httpserver.expect_request("/d.md").respond_with_data("# T\n\nBody.", content_type="text/plain")
    httpserver.expect_request("/d.txt").respond_with_data("Body.", content_type="text/plain")
    assert acquire(httpserver.url_for("/d.md")).content_type == "text/markdown"
    assert acquire(httpserver.url_for("/d.txt")).content_type == "text/plain"


def test_oversized_page_is_refused_by_declared_length(httpserver):
    httpserver.expect_request("/big").respond_with_data(b"x" * 5000, content_type="text/html")
    with pytest.raises(FactcheckError, match="larger than 1,000 bytes"):
        acquire(httpserver.url_for("/big"), max_bytes=1000)


def test_oversized_streamed_page_is_cut_off(httpserver):
    def chunks():
        for _ in range(100):
            yield b"<p>" + b"y" * 1000 + b"</p>"

    from werkzeug import Response

    httpserver.expect_request("/stream").respond_with_handler(
        lambda request: Response(chunks(), content_type="text/html"))
    with pytest.raises(FactcheckError, match="larger than"):
        acquire(httpserver.url_for("/stream"), max_bytes=20_000)


def test_empty_page(httpserver):
    httpserver.expect_request("/e").respond_with_data("", content_type="text/html")
    with pytest.raises(FactcheckError, match="empty"):
        acquire(httpserver.url_for("/e"))


def test_connection_refused():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(FactcheckError, match="cannot connect"):
        acquire(f"http://127.0.0.1:{port}/")


def test_server_that_never_answers_times_out():
    class Silent(BaseHTTPRequestHandler):
        def do_GET(self):
            time.sleep(3)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Silent)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        started = time.monotonic()
        with pytest.raises(FactcheckError, match="did not answer within 0.5 s"):
            acquire(f"http://127.0.0.1:{server.server_address[1]}/", timeout=0.5)
        assert time.monotonic() - started < 2.5
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize("url", ["ftp://example.org/a.html", "gopher://x/y", "mailto://a@b"])
def test_unsupported_scheme(url):
    with pytest.raises(FactcheckError, match="unsupported URL scheme"):
        acquire(url)


def test_missing_file(tmp_path):
    with pytest.raises(FactcheckError, match="no such file"):
        acquire(str(tmp_path / "nope.md"))


def test_directory_is_not_a_file(tmp_path):
    with pytest.raises(FactcheckError, match="directory"):
        acquire(str(tmp_path))


def test_empty_file(tmp_path):
    p = tmp_path / "e.txt"
    p.write_text("  \n")
    with pytest.raises(FactcheckError, match="empty"):
        acquire(str(p))


def test_file_types_by_extension_and_sniffing(tmp_path):
    (tmp_path / "a.md").write_text("# Title\n\nBody.")
    (tmp_path / "b.htm").write_text("<p>Body.</p>")
    (tmp_path / "c").write_text("<!DOCTYPE html><html><body><p>x</p></body></html>")
    (tmp_path / "d").write_text("Just words.")
    kinds = [acquire(str(tmp_path / n)).content_type for n in ("a.md", "b.htm", "c", "d")]
    assert kinds == ["text/markdown", "text/html", "text/html", "text/plain"]


def test_file_size_cap(tmp_path):
    p = tmp_path / "big.txt"
    p.write_bytes(b"word " * 1000)
    with pytest.raises(FactcheckError, match="larger than"):
        acquire(str(p), max_bytes=100)


@pytest.mark.parametrize("head, kind", [
    (b"<!doctype html><html>", "text/html"), (b"  <html lang=en>", "text/html"),
    (b"---\ntitle: x\n---\n", "text/markdown"), (b"Plain words here.", "text/plain"),
])
def test_sniff_type(head, kind):
    assert sniff_type(head) == kind
