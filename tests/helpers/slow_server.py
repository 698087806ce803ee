"""A tiny HTTP server for the GUI-stall test: answers every request after a delay with a generated capabilities document.

Run as a separate process (python slow_server.py DIR DELAY_S): it prints its port, then serves DIR/wmts.xml for
SERVICE=WMTS requests and DIR/wms.xml for the others, until it is terminated. Each request's arrival time and path are appended to
DIR/requests.log (what reached the server, not what QGIS's cache answered).
"""

from __future__ import annotations

import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT, DELAY = Path(sys.argv[1]), float(sys.argv[2])


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802
        with open(ROOT / "requests.log", "a") as log:
            log.write(f"{time.time():.3f} {self.path}\n")
        time.sleep(DELAY)
        name = "wmts.xml" if "service=wmts" in self.path.lower() else "wms.xml"
        body = (ROOT / name).read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", "text/xml")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
