"""A request from a thread that Qt did not start (downloadimage fetches its chunks from a Python thread pool) gets
QGIS's own request timer like any other: no "Timers can only be used with threads started with QThread"."""

from __future__ import annotations

import os
import subprocess
import sys

from terrascope_s2.tests.helpers.paths import IMPORT_ROOT

PROBE = """
import sys, threading, http.server, socketserver
sys.path.insert(0, sys.argv[1])
from qgis.core import QgsApplication
app = QgsApplication([], False)
app.initQgis()

class Answer(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, *arguments):
        pass

server = socketserver.TCPServer(("127.0.0.1", 0), Answer)
threading.Thread(target=server.serve_forever, daemon=True).start()
from terrascope_s2.plugin.core.services.network import fetch
got = []
thread = threading.Thread(target=lambda: got.append(fetch(f"http://127.0.0.1:{server.server_address[1]}/", timeout_s=5)))
thread.start()
thread.join()
print("body", got)
server.shutdown()
"""


def test_a_request_from_a_python_thread_starts_its_timers():
    env = {key: value for key, value in os.environ.items() if not key.startswith("QGIS_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run([sys.executable, "-c", PROBE, str(IMPORT_ROOT)], env=env, capture_output=True, text=True,
                          timeout=120)
    assert "body [b'ok']" in done.stdout, done.stdout + done.stderr
    assert "Timers can only be used" not in done.stderr, done.stderr
