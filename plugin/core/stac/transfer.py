"""One HTTP exchange through QGIS's network stack (proxy, SSL settings, authcfg) under the plugin's rules.

    response = send(url, login=Login(authcfg, origin), timeout_s=30, feedback=feedback)        # a JSON document
    response = send(url, method="POST", body=data, content_type="application/json", ...)
    send(url, login=..., on_headers=open_file, progress=report, deadline_s=None)              # streamed to a file

- Redirects are followed here, one hop at a time (Qt's own following is off): http(s) only, at most 5 hops, a relative
  Location resolved, a loop stopped (redirects.py). 303 (and 301/302 after a POST) continue as GET.
- The login (an authcfg of QGIS's authentication database, Basic or OAuth2: QGIS adds it) goes only to requests whose
  scheme, host and port are the login's origin; a redirect elsewhere is followed without it.
- Bounded: no byte for `timeout_s` ends the exchange; so does `deadline_s` over all hops (None for downloads, which may
  take long but never stall), and a body over `max_bytes` when it is kept in memory. `feedback.cancel()` aborts at once.
- Streamed: `on_headers(response)` is called when the final answer's status and headers are known, before any byte of
  its body; it returns the function that takes each chunk (written to a file as it arrives: memory stays flat), or
  raises a PluginError to stop before anything is written. Without it, the body is kept (JSON).
Blocks the calling thread (a QgsTask's run(), a Processing algorithm) in a local event loop; never call it from a slot
on the GUI thread.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from qgis.core import QgsApplication, QgsFeedback, QgsNetworkAccessManager
from qgis.PyQt.QtCore import QByteArray, QEventLoop, QTimer, QUrl
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

from ..errors import CancelledError, PluginError
from ..text import QT_TRANSLATE_NOOP
from .redirects import redirect_target, safe_url, same_origin

USER_AGENT = "QGIS terrascope_s2 plugin"
MAX_JSON_BYTES = 32 * 1024 * 1024  # a search page of 1,000 full items is about 25 MB
ERROR_BODY_BYTES = 64 * 1024  # of an error page, when a file was asked for
READ_BUFFER_BYTES = 8 * 1024 * 1024  # what Qt may hold of a streamed answer before the file takes it
STREAM_CHUNK_BYTES = 1024 * 1024
TICK_MS = 50  # how often a running exchange looks at the cancel, the stall timer and the deadline
_REDIRECTS = (301, 302, 303, 307, 308)
_REASONS = {400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed",
            408: "Request Timeout", 416: "Range Not Satisfiable", 429: "Too Many Requests",
            500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout"}


class TransferError(PluginError):
    """A request that gave no usable answer; `status` is the HTTP status when there was one."""

    def __init__(self, message: str, detail: str = "", status: int | None = None, **values: object):
        super().__init__(message, detail, **values)
        self.status = status


@dataclass(frozen=True)
class Login:
    """An authcfg id and the only origin (scheme://host:port) its credentials are sent to."""

    authcfg: str
    origin: str

    def applies_to(self, url: str) -> bool:
        return bool(self.authcfg) and same_origin(url, self.origin)


@dataclass
class Response:
    url: str  # the URL that answered (after redirects)
    status: int
    headers: dict[str, str] = field(default_factory=dict)  # lower-case names
    body: bytes = b""  # empty when streamed
    received: int = 0  # body bytes received
    login_sent: bool = False

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").lower()

    def content_length(self) -> int | None:
        value = self.headers.get("content-length", "")
        return int(value) if value.isdigit() else None


Sink = Callable[[bytes], None]


def send(url: str, *, method: str = "GET", body: bytes | None = None, content_type: str = "", accept: str = "",
         headers: dict[str, str] | None = None, login: Login | None = None, timeout_s: float = 30,
         deadline_s: float | None = None, feedback: QgsFeedback | None = None, max_bytes: int = MAX_JSON_BYTES,
         on_headers: Callable[[Response], Sink] | None = None,
         progress: Callable[[int, int | None], None] | None = None) -> Response:
    """Send a request and follow its redirects; the final answer (any status: the caller judges it) or TransferError,
    RedirectError, CancelledError."""
    try:
        parts = urlsplit(url.strip())
        user_info = parts.username is not None or parts.password is not None
    except ValueError:
        parts, user_info = None, False
    if parts is None or parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise TransferError(QT_TRANSLATE_NOOP("@default", "This is not an http(s) URL:"), safe_url(url))
    if user_info:  # QGIS logs failed URLs with their user info: a password there would leak
        raise TransferError(QT_TRANSLATE_NOOP(
            "@default", "The URL holds a user name or password, which the plugin does not send: remove it and put the "
                        "login in an authentication configuration (QGIS Options > Authentication)."), safe_url(url))
    deadline = time.monotonic() + deadline_s if deadline_s else None
    visited = [url]
    current = url
    while True:
        if feedback is not None and feedback.isCanceled():
            raise CancelledError(safe_url(current))
        response, location = _exchange(current, method, body, content_type, accept, headers or {}, login, timeout_s,
                                        deadline, feedback, max_bytes, on_headers, progress)
        if location is None:
            return response
        current = redirect_target(current, location, visited)  # RedirectError: not followed
        visited.append(current)
        if response.status == 303 or (response.status in (301, 302) and method == "POST"):
            method, body, content_type = "GET", None, ""


class _State:
    def __init__(self):
        self.response: Response | None = None
        self.location: str | None = None
        self.sink: Sink | None = None
        self.chunks: list[bytes] = []
        self.received = 0
        self.total: int | None = None
        self.last_byte = time.monotonic()
        self.stopped = ""  # why we aborted: cancel, stall, deadline, size, or sink
        self.error: BaseException | None = None


def _exchange(url, method, body, content_type, accept, headers, login, timeout_s, deadline, feedback, max_bytes,
              on_headers, progress) -> tuple[Response, str | None]:
    """One request, no redirect followed: (the answer, the Location when it is a redirect)."""
    request = QNetworkRequest(QUrl(url))
    request.setAttribute(QNetworkRequest.Attribute.RedirectPolicyAttribute,
                         QNetworkRequest.RedirectPolicy.ManualRedirectPolicy)
    request.setRawHeader(b"User-Agent", USER_AGENT.encode())
    if accept:
        request.setRawHeader(b"Accept", accept.encode())
    if content_type:
        request.setHeader(QNetworkRequest.KnownHeaders.ContentTypeHeader, content_type)
    for name, value in headers.items():
        request.setRawHeader(name.encode(), value.encode())
    login_sent = login is not None and login.applies_to(url)
    if login_sent and not QgsApplication.authManager().updateNetworkRequest(request, login.authcfg):
        raise TransferError(QT_TRANSLATE_NOOP(
            "@default", "The authentication configuration {authcfg} cannot be used: check that it exists in QGIS's "
                        "Options > Authentication and that the master password was given."), authcfg=login.authcfg)
    manager = QgsNetworkAccessManager.instance()
    if method == "POST":
        reply = manager.post(request, QByteArray(body or b""))
    elif method == "GET":
        reply = manager.get(request)
    else:
        raise ValueError(f"unsupported method {method}")
    if on_headers is not None:
        reply.setReadBufferSize(READ_BUFFER_BYTES)  # a disk slower than the network holds the server back, not memory
    if login_sent:
        QgsApplication.authManager().updateNetworkReply(reply, login.authcfg)
    state = _State()
    loop = QEventLoop()

    def stop(reason: str) -> None:
        if not state.stopped:
            state.stopped = reason
            reply.abort()

    def on_meta() -> None:
        if state.response is not None:
            return
        status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
        if status in (None, ""):
            return
        found = {bytes(name).decode("latin-1").lower(): bytes(reply.rawHeader(name)).decode("latin-1")
                 for name in reply.rawHeaderList()}
        state.response = Response(safe_url(url), int(status), found, login_sent=login_sent)
        if int(status) in _REDIRECTS and "location" in found:
            state.location = found["location"]
            return
        state.total = state.response.content_length()
        if on_headers is not None and 200 <= int(status) < 300:
            try:
                state.sink = on_headers(state.response)
            except BaseException as error:  # noqa: BLE001 - raised again after the loop, in the caller's frame
                state.error = error
                stop("sink")

    def on_ready() -> None:
        if state.response is None:
            on_meta()
        state.last_byte = time.monotonic()
        if state.sink is not None and reply.bytesAvailable() < STREAM_CHUNK_BYTES and not reply.isFinished():
            return  # a file is written in chunks of a megabyte or more: fewer calls into Python, less CPU per byte
        data = reply.read(reply.bytesAvailable())  # bytes at once (bytes(readAll()) copies twice: 3x slower)
        if not data or state.stopped:
            return
        state.received += len(data)
        if state.location is not None:
            return  # a redirect's own body: not wanted
        if state.sink is not None:
            try:
                state.sink(data)
            except BaseException as error:  # noqa: BLE001 - a full disk, a closed file: raised again after the loop
                state.error = error
                stop("sink")
                return
        elif on_headers is not None:  # an error page instead of the file: its beginning is enough
            if state.received - len(data) < ERROR_BODY_BYTES:
                state.chunks.append(data)
        else:
            if state.received > max_bytes:
                stop("size")
                return
            state.chunks.append(data)
        if progress is not None:
            progress(state.received, state.total)

    def on_tick() -> None:
        now = time.monotonic()
        if feedback is not None and feedback.isCanceled():
            stop("cancel")
        elif deadline is not None and now > deadline:
            stop("deadline")
        elif now - state.last_byte > timeout_s:
            stop("stall")

    reply.metaDataChanged.connect(on_meta)
    reply.readyRead.connect(on_ready)
    reply.finished.connect(loop.quit)
    timer = QTimer()
    timer.timeout.connect(on_tick)
    timer.start(TICK_MS)
    try:
        if not reply.isFinished():
            loop.exec()
        if not state.stopped:
            on_ready()  # what arrived with the end
    finally:
        timer.stop()
        reply.deleteLater()
    return _judge(url, reply, state, timeout_s, login_sent)


def _judge(url: str, reply: QNetworkReply, state: _State, timeout_s: float, login_sent: bool):
    shown = safe_url(url)
    if state.error is not None:
        raise state.error
    if state.stopped == "cancel":
        raise CancelledError(shown)
    if state.stopped in ("stall", "deadline"):
        raise TransferError(QT_TRANSLATE_NOOP("@default", "The server did not answer in time (see the timeout in the "
                                                          "settings)."), f"{timeout_s:g} s: {shown}")
    if state.stopped == "size":
        raise TransferError(QT_TRANSLATE_NOOP("@default", "The server sent more data than the plugin expects for this "
                                                          "request; it was stopped."), shown)
    error = reply.error()
    response = state.response
    if response is None:  # no HTTP answer at all
        status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
        if status not in (None, ""):
            response = Response(shown, int(status), login_sent=login_sent)
    if response is None:
        if error == QNetworkReply.NetworkError.OperationCanceledError:  # QGIS's own network timeout
            raise TransferError(QT_TRANSLATE_NOOP("@default", "The server did not answer in time (see the timeout in "
                                                              "the settings)."), shown)
        if error == QNetworkReply.NetworkError.SslHandshakeFailedError:
            raise TransferError(QT_TRANSLATE_NOOP(
                "@default", "The server's certificate is not trusted (or the secure connection failed): check the URL "
                            "and QGIS's SSL settings."), f"{shown}: {reply.errorString()}")
        raise TransferError(QT_TRANSLATE_NOOP("@default", "The server cannot be reached."),
                            f"{shown}: {reply.errorString()}")
    response.received = state.received
    if state.location is not None:
        return response, state.location
    if error not in (QNetworkReply.NetworkError.NoError,) and 200 <= response.status < 300:
        # the answer began but broke off (connection reset, server gone): the caller keeps what was written
        raise TransferError(QT_TRANSLATE_NOOP("@default", "The connection broke off before the end of the answer."),
                            f"{state.received} bytes: {shown}: {reply.errorString()}", response.status)
    if state.sink is None:
        response.body = b"".join(state.chunks)
    return response, None


def status_error(response: Response, login: Login | None, what: str = "") -> TransferError:
    """The plain-words error of an HTTP status >= 400 (what to check; the authcfg id, never what it holds)."""
    status = response.status
    detail = f"HTTP {status} {_REASONS.get(status, '')}".rstrip() + f": {response.url}"
    if status in (401, 403) and response.login_sent and login is not None:
        return TransferError(QT_TRANSLATE_NOOP(
            "@default", "The server refused the login of authentication configuration {authcfg}: check its user name "
                        "and password in QGIS's Options > Authentication, and that your account may use this product."),
            detail, status, authcfg=login.authcfg)
    if status == 401:
        return TransferError(QT_TRANSLATE_NOOP(
            "@default", "The server asks for a login: choose an authentication configuration for the catalogue in the "
                        "plugin's settings (a Terrascope account, Basic or OAuth2)."), detail, status)
    if status == 403:
        return TransferError(QT_TRANSLATE_NOOP(
            "@default", "The server refused access: check the authentication configuration in the plugin's settings."),
            detail, status)
    if status == 404:
        return TransferError(QT_TRANSLATE_NOOP("@default", "The server has no file at this address (HTTP 404)."),
                             detail, status)
    return TransferError(QT_TRANSLATE_NOOP("@default", "The server answered with an error."), detail, status)
