"""A file server on loopback that misbehaves on purpose (lighttpd never does): for the download failure tests.

    with FaultyFiles(data) as server:          # `data`: the bytes every path serves
        server.url("/half/x.tif")               # 200 announcing all bytes, sends half, closes; a Range request is answered
        server.requests                         # [(method, path, headers)]

Paths (the first segment picks the behaviour; the rest is the file name):
  /ok/<name>          the bytes (Range honoured: 206 with Content-Range)
  /half/<name>        the first request without Range: Content-Length of all, half the bytes, then the connection closes;
                      afterwards like /ok
  /norange/<name>     Range ignored: always 200 with all the bytes
  /wrongrange/<name>  a Range request is answered 206 from byte 0 (a server that got it wrong)
  /chunked/<name>     no Content-Length (the length is unknown until the end)
  /html/<name>        200 text/html: a sign-in page instead of the file
  /slow/<name>        the headers and 1 kB, then 1 kB every 0.2 s (for cancel and the stall timeout: /slow/.../stall
                      sends nothing after the first kB)
"""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class FaultyFiles:
    def __init__(self, data: bytes):
        self.data = data
        self.requests: list[tuple[str, str, dict[str, str]]] = []
        self.stopping = threading.Event()
        self._halved: set[str] = set()
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_GET(self):  # noqa: N802
                with server._lock:
                    server.requests.append(("GET", self.path, dict(self.headers.items())))
                try:
                    server._answer(self)
                except (BrokenPipeError, ConnectionResetError, OSError):
                    pass

        class Server(ThreadingHTTPServer):
            daemon_threads = True

        self.server = Server(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def __enter__(self) -> FaultyFiles:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stopping.set()
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        return f"{self.origin}{path}"

    def _answer(self, handler) -> None:
        behaviour = handler.path.strip("/").split("/")[0]
        wanted = handler.headers.get("Range", "")
        data = self.data
        if behaviour == "html":
            self._send(handler, 200, b"<!DOCTYPE html><html><body>Sign in</body></html>", "text/html")
        elif behaviour == "half" and not wanted and handler.path not in self._halved:
            self._halved.add(handler.path)
            handler.send_response(200)
            handler.send_header("Content-Type", "image/tiff")
            handler.send_header("Content-Length", str(len(data)))
            handler.end_headers()
            handler.wfile.write(data[: len(data) // 2])
            handler.wfile.flush()
            handler.close_connection = True
        elif behaviour == "chunked":
            handler.send_response(200)
            handler.send_header("Content-Type", "image/tiff")
            handler.send_header("Connection", "close")
            handler.end_headers()
            for start in range(0, len(data), 65536):
                handler.wfile.write(data[start:start + 65536])
            handler.close_connection = True
        elif behaviour == "slow":
            handler.send_response(200)
            handler.send_header("Content-Type", "image/tiff")
            handler.send_header("Content-Length", str(len(data)))
            handler.end_headers()
            handler.wfile.write(data[:1024])
            handler.wfile.flush()
            sent = 1024
            while sent < len(data) and not self.stopping.wait(0.2):
                if "/stall" in handler.path:
                    continue
                handler.wfile.write(data[sent:sent + 1024])
                handler.wfile.flush()
                sent += 1024
            handler.close_connection = True
        elif wanted and behaviour in ("ok", "half", "wrongrange"):
            start = 0 if behaviour == "wrongrange" else int(wanted.split("=")[1].split("-")[0])
            if start >= len(data):
                self._send(handler, 416, b"", "text/plain", [("Content-Range", f"bytes */{len(data)}")])
                return
            self._send(handler, 206, data[start:], "image/tiff",
                       [("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")])
        else:
            self._send(handler, 200, data, "image/tiff")

    def _send(self, handler, status: int, body: bytes, content_type: str, headers=()) -> None:
        handler.send_response(status)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(body)))
        for name, value in headers:
            handler.send_header(name, value)
        handler.end_headers()
        handler.wfile.write(body)


def wait_for(condition, timeout_s: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return False
