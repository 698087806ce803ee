"""An OAuth2 login on loopback for the download tests: Terrascope's Keycloak token endpoint and a download server that
takes its bearer tokens (Keycloak cannot run here; lighttpd has no bearer check). Built from Keycloak's documented
answers: the password grant with `client_id=public` gives `access_token`, `expires_in` 300, `refresh_token`,
`token_type` "Bearer"; a wrong password is HTTP 401 `{"error": "invalid_grant"}`.

    with OAuthLogin(files_root, user, password) as login:
        login.token_url                 # http://127.0.0.1:<port>/auth/realms/terrascope/protocol/openid-connect/token
        login.download_origin           # http://127.0.0.1:<port>: GET /download/<path> needs "Authorization: Bearer <token>"
        login.token_requests            # [form fields], login.file_requests: [(path, Authorization header or '-')]
"""

from __future__ import annotations

import json
import secrets
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs

TOKEN_PATH = "/auth/realms/terrascope/protocol/openid-connect/token"


class OAuthLogin:
    def __init__(self, files_root: Path, user: str, password: str):
        self.files_root, self.user, self.password = Path(files_root), user, password
        self.tokens: set[str] = set()
        self.token_requests: list[dict[str, str]] = []
        self.file_requests: list[tuple[str, str]] = []
        self._lock = threading.Lock()
        self._servers = [self._server(self._token_answer), self._server(self._file_answer)]
        self.token_url = f"http://127.0.0.1:{self._servers[0].server_address[1]}{TOKEN_PATH}"
        self.download_origin = f"http://127.0.0.1:{self._servers[1].server_address[1]}"

    def __enter__(self) -> OAuthLogin:
        for server in self._servers:
            threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        for server in self._servers:
            server.shutdown()
            server.server_close()

    def href(self, lighttpd_href: str) -> str:
        """An asset href of the tests' catalogue (lighttpd's /download/...) on this download server."""
        return self.download_origin + "/download/" + lighttpd_href.split("/download/", 1)[1]

    @staticmethod
    def _server(answer) -> ThreadingHTTPServer:
        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_GET(self):  # noqa: N802
                answer(self, b"")

            def do_POST(self):  # noqa: N802
                answer(self, self.rfile.read(int(self.headers.get("Content-Length") or 0)))

        class Server(ThreadingHTTPServer):
            daemon_threads = True

        return Server(("127.0.0.1", 0), Handler)

    def _token_answer(self, handler: BaseHTTPRequestHandler, body: bytes) -> None:
        form = {key: values[0] for key, values in parse_qs(body.decode("latin-1")).items()}
        with self._lock:
            self.token_requests.append(form)
        if handler.command != "POST" or handler.path != TOKEN_PATH:
            return _send(handler, 404, {"error": "not found"})
        if form.get("grant_type") != "password" or form.get("client_id") != "public":
            return _send(handler, 400, {"error": "unsupported_grant_type"})
        if form.get("username") != self.user or form.get("password") != self.password:
            return _send(handler, 401, {"error": "invalid_grant", "error_description": "Invalid user credentials"})
        token = secrets.token_urlsafe(24)
        with self._lock:
            self.tokens.add(token)
        _send(handler, 200, {"access_token": token, "expires_in": 300, "refresh_expires_in": 3600,
                             "refresh_token": secrets.token_urlsafe(24), "token_type": "Bearer",
                             "not-before-policy": 0, "session_state": secrets.token_hex(8), "scope": "profile email"})

    def _file_answer(self, handler: BaseHTTPRequestHandler, _body: bytes) -> None:
        authorization = handler.headers.get("Authorization") or "-"
        with self._lock:
            self.file_requests.append((handler.path, authorization))
        if not handler.path.startswith("/download/") or ".." in handler.path:
            return _send(handler, 404, {"error": "not found"})
        if not authorization.startswith("Bearer ") or authorization[7:] not in self.tokens:
            return _send(handler, 401, {"error": "invalid_token"}, {"WWW-Authenticate": 'Bearer realm="terrascope"'})
        path = self.files_root / handler.path[len("/download/"):]
        if not path.is_file():
            return _send(handler, 404, {"error": "not found"})
        data = path.read_bytes()
        handler.send_response(200)
        handler.send_header("Content-Type", "image/tiff")
        handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        handler.wfile.write(data)


def _send(handler: BaseHTTPRequestHandler, status: int, document: dict, headers: dict | None = None) -> None:
    body = json.dumps(document).encode()
    handler.send_response(status)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(len(body)))
    for name, value in (headers or {}).items():
        handler.send_header(name, value)
    handler.end_headers()
    handler.wfile.write(body)
