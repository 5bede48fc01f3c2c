"""Helpers for the ingest tests: a tiny PDF writer and a local HTTP server (never the internet)."""
from __future__ import annotations

import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


def _pdf_string(text: str) -> bytes:
    raw = text.encode("cp1252")  # WinAnsiEncoding: umlauts and ß are single bytes
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def build_pdf(pages: list[list[str]], title: str | None = None) -> bytes:
    """A valid PDF with one Helvetica text line per entry of each page (for pypdf to read)."""
    objects: dict[int, bytes] = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    }
    kids, n = [], 4
    for lines in pages:
        ops = [b"BT /F1 11 Tf 14 TL 56 800 Td"] + [_pdf_string(line) + b" Tj T*" for line in lines] + [b"ET"]
        stream = b"\n".join(ops)
        objects[n] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"
        objects[n + 1] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                          b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % n)
        kids.append(n + 1)
        n += 2
    objects[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    info = None
    if title:
        info = n
        objects[info] = b"<< /Title " + _pdf_string(title) + b" >>"
    out = bytearray(b"%PDF-1.4\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
    xref = len(out)
    size = max(objects) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for number in range(1, size):
        out += b"%010d 00000 n \n" % offsets[number]
    out += b"trailer\n<< /Size %d /Root 1 0 R" % size + (b" /Info %d 0 R" % info if info else b"") + b" >>\n"
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


@pytest.fixture
def make_pdf():
    """The PDF writer, as a fixture: `make_pdf([["line", ...], ...], title=None) -> bytes`."""
    return build_pdf


@pytest.fixture
def fixtures_dir() -> Path:
    return FIXTURES


@dataclass
class LocalSite:
    """Routes: path -> (status, content type, body bytes). `base` is http://127.0.0.1:PORT."""

    base: str
    routes: dict[str, tuple[int, str, bytes]] = field(default_factory=dict)
    requests: list[dict] = field(default_factory=list)

    def add(self, path: str, body: bytes | str, content_type: str = "text/html; charset=utf-8", status: int = 200):
        self.routes[path] = (status, content_type, body.encode("utf-8") if isinstance(body, str) else body)
        return self.base + path


@pytest.fixture
def local_site():
    site = LocalSite(base="")

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - the http.server API
            site.requests.append({"path": self.path, "user_agent": self.headers.get("User-Agent")})
            route = site.routes.get(self.path)
            if route is None:
                self.send_error(404, "Not Found")
                return
            status, content_type, body = route
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):  # keep the test output clean
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    site.base = f"http://127.0.0.1:{server.server_port}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
