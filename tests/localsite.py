"""A web site on localhost for feed and page tests: tests never reach the internet."""

from __future__ import annotations

import hashlib
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Site:
    """What the localhost server answers: path -> (status, content type, body)."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.pages: dict[str, tuple[int, str, bytes]] = {}
        self.hits: Counter[str] = Counter()
        self.not_modified: Counter[str] = Counter()  # conditional GETs answered 304

    def serve(
        self, path: str, body: bytes, kind: str = "application/rss+xml", status: int = 200
    ) -> str:
        self.pages[path] = (status, kind, body)
        return self.base + path


class _Handler(BaseHTTPRequestHandler):
    server: _SiteServer

    def do_GET(self) -> None:
        site = self.server.site
        site.hits[self.path] += 1
        status, kind, body = site.pages.get(self.path, (404, "text/plain", b"not found"))
        etag = '"' + hashlib.sha1(body).hexdigest() + '"'
        if status == 200 and self.headers.get("If-None-Match") == etag:
            site.not_modified[self.path] += 1
            self.send_response(304)
            self.end_headers()
            return
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("ETag", etag)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        pass


class _SiteServer(ThreadingHTTPServer):
    site: Site


@contextmanager
def serve_site() -> Iterator[Site]:
    """Serve a fresh ``Site`` on a free port until the block ends."""
    server = _SiteServer(("127.0.0.1", 0), _Handler)
    server.site = Site(f"http://127.0.0.1:{server.server_address[1]}")
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    try:
        yield server.site
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
