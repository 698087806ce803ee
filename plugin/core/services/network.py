"""The plugin's one way to talk to servers: HTTP(S) through QGIS's network stack, bounded, the login kept to its server.

Every request of the plugin goes through here: the services' capabilities, GetMap downloads, the catalogue's searches
and its file downloads (core/stac/transfer.py gives the catalogue its own names for the same calls).

    fetch(url, authcfg="", timeout_s=30, feedback=None, accept="", fresh=False) -> bytes          GET, body in memory
    post(url, body, content_type="application/json", authcfg="", timeout_s=30, feedback=None, accept="") -> bytes
    download(url, path, authcfg="", timeout_s=30, feedback=None, max_bytes=None, deadline_s=None, login_url="",
             progress=None) -> Answer                 GET, body streamed to a temporary file renamed to `path` when whole
    send(url, method="GET", body=b"", ...) -> Answer          one exchange; a status >= 400 raises FetchError
    exchange(url, method="GET", body=b"", ...) -> Answer      one exchange; any status comes back, the caller judges it

    exchange()/send() keywords: content_type, accept, headers (more request headers: {"Range": "bytes=10-"}),
    authcfg, login_url (whose origin the login belongs to; default `url`), timeout_s, deadline_s (None:
    DEADLINE_FACTOR x timeout_s; math.inf: none), feedback, fresh (past the cache), cache (False: QGIS's network
    cache neither asked nor filled), max_bytes (of a body kept in memory), on_headers (see below), progress(received,
    total or None).
    on_headers(answer) is called when the final answer's status and headers are known (2xx only), before any byte of
    its body; it returns the function that takes each chunk as it arrives (a memoryview, valid after the call too:
    written to a file, memory stays flat), or raises to stop before anything is written (the error comes out of
    exchange()).

    Answer: .url (where the answer came from, after redirects), .status, .headers (lower-case names), .content_type,
            .content_length(), .body (b"" when streamed), .received, .login_sent, .redirects (the addresses passed
            through), .login_left_at (the first address the login was not sent to, or "").

Blocking: call them off the GUI thread (a QgsTask.run(), a Processing algorithm). On the GUI thread (qgis_process,
the Python console) they wait in a local event loop that leaves user input alone.

What every request gets, on every QGIS version (3.22 to 4.x):
- QGIS's proxy, SSL settings and network cache (QgsNetworkAccessManager.instance() of the calling thread); `fresh`
  asks the server again past the cache.
- Redirects followed here, not by Qt or QGIS (QGIS 3.40's QgsBlockingNetworkRequest follows them itself, whatever
  the request says), under redirects.py's rules: http and https only (file:// or any other scheme is refused), at
  most MAX_REDIRECTS (a loop ends at its first repeated address, at most MAX_REDIRECTS + 1 requests), a relative
  Location resolved against the address that sent it; a 303, or a 301/302 after a POST, goes on as a GET.
- The login (an authcfg id of QGIS's authentication database, Basic or OAuth2, applied by QGIS's auth manager) goes
  only where redirects.login_goes_to() allows: the origin (scheme, host, port) of `login_url`, or the same host over
  https on port 443 when that origin is http on port 80. A redirect elsewhere is followed without the login; when
  that address then refuses, send() says where it pointed.
- Bounds: no byte for `timeout_s` ends a request (transfer timeout); the whole exchange, redirects included, ends
  after `deadline_s`; a body kept in memory past `max_bytes` is stopped as it arrives; Qt holds at most
  READ_BUFFER_BYTES ahead of us; a cancel of `feedback` ends it within CANCEL_POLL_MS, whenever it comes.
- Errors: FetchError (FetchCancelledError for a cancel) with a message in plain words. URLs and server texts in it
  are scrubbed of credentials (user info, Authorization values, what the login holds): see scrub().
A URL holding a user name or password is refused before anything is sent or logged (QGIS logs the URLs of failed
requests with their user info); redirects.url_has_login() lets settings pages and algorithms refuse it earlier.

Reading a service's capabilities with it, in a task, is capabilities_task.py's job.
"""

from __future__ import annotations

import base64
import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from qgis.core import QgsApplication, QgsFeedback, QgsNetworkAccessManager
from qgis.PyQt.QtCore import QByteArray, QDateTime, QEventLoop, QThread, QTimer, QUrl
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

from ..errors import CANCELLED, CancelledError, PluginError
from ..text import QT_TRANSLATE_NOOP
from .capabilities import CapabilitiesError
from .redirects import (
    MAX_REDIRECTS,
    URL_WITH_LOGIN,
    RedirectError,
    login_goes_to,
    origin,
    redirect_target,
    safe_url,
    scrub,
    url_has_login,
)

__all__ = ["MAX_REDIRECTS", "Answer", "FetchCancelledError", "FetchError", "download", "exchange", "fetch", "origin",
           "post", "safe_url", "scrub", "send", "url_has_login"]

USER_AGENT = "QGIS terrascope_s2 plugin"
# Real capabilities are a few MB (2.6 MB for 50,000 TIME values): a body larger than this is stopped as it arrives.
MAX_BYTES = 16 * 1024 * 1024
DEADLINE_FACTOR = 4  # a whole exchange (redirects included) may take this many times the (per-byte) timeout
CANCEL_POLL_MS = 50  # how often a waiting request looks at its caller's feedback and at the deadline
CACHE_EXPIRY_S = 30  # how long QGIS's network cache may answer for a server that says nothing (QGIS's own default)
# Giving a cached answer that expiry rewrites it (Qt decompresses and compresses it again) while holding Python's
# lock: 165 ms for 1.25 MB, which the GUI thread's Python waits for. Larger answers keep the server's own terms.
CACHE_KEEP_MAX_BYTES = 256 * 1024
ERROR_PAGE_BYTES = 64 * 1024  # of an error page, what is kept to quote the server's words
# What Qt may hold of a body before this module has read it: also the largest chunk a sink gets. On a loaded machine
# (bench 6, a 512 MB download) 1 MB was slower (QGIS's network thread waits whenever this one is not scheduled) and
# 4 MB no faster, with more memory.
READ_BUFFER_BYTES = 2 * 1024 * 1024
_REDIRECTS = (301, 302, 303, 307, 308)
_TOO_SLOW = QT_TRANSLATE_NOOP("@default", "The server did not answer in time (see the timeout in the settings).")
TOO_SLOW = _TOO_SLOW  # the message of a FetchError that timed out, for callers that say it in their own words
NO_URL = QT_TRANSLATE_NOOP("@default", "No URL is set: choose a service profile or enter URLs in the settings.")


class FetchError(PluginError, RuntimeError):
    """A request that did not give a usable answer; `status` is the HTTP status (or None)."""

    def __init__(self, message: str, detail: str = "", status: int | None = None, **values: object):
        PluginError.__init__(self, message, detail, **values)
        self.status = status


class FetchCancelledError(FetchError, CancelledError):
    """The feedback was cancelled while waiting (a FetchError for the fetch's callers, a CancelledError for tasks)."""

    def __init__(self, detail: str = ""):
        FetchError.__init__(self, CANCELLED, detail)


_HTTP_REASONS = {
    400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed",
    408: "Request Timeout", 416: "Range Not Satisfiable", 429: "Too Many Requests", 500: "Internal Server Error",
    502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout",
}


# ------------------------------------------------------------------------------------------ secrets

def _secrets_of(request: QNetworkRequest) -> set[str]:
    """What the login put in a request's Authorization header: the value, its token, and for Basic the user name
    and password it encodes."""
    value = bytes(request.rawHeader(b"Authorization")).decode("latin-1").strip()
    if not value:
        return set()
    found = {value}
    kind, _, token = value.partition(" ")
    if token:
        found.add(token.strip())
    if kind.lower() == "basic" and token:
        try:
            plain = base64.b64decode(token.strip(), validate=True).decode("utf-8", "replace")
        except ValueError:
            return found
        found |= {plain, *plain.split(":", 1)}
    return found


# ------------------------------------------------------------------------------------------ the exchange

@dataclass
class Answer:
    """What a server answered (after redirects)."""

    url: str
    status: int
    headers: dict[str, str] = field(default_factory=dict)  # lower-case names
    body: bytes = b""  # empty when streamed
    received: int = 0  # body bytes received
    login_sent: bool = False
    redirects: tuple[str, ...] = ()
    login_left_at: str = ""

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").lower()

    def content_length(self) -> int | None:
        value = self.headers.get("content-length", "")
        return int(value) if value.isdigit() else None


Sink = Callable[[memoryview], None]  # a chunk of the body as it arrives


@dataclass
class _Hop:
    """One request and what came back."""

    answer: Answer | None = None
    location: str | None = None
    sink: Sink | None = None
    kept: list[memoryview] = field(default_factory=list)  # the body kept in memory, or the start of an error page
    stopped: str = ""  # "", "cancel", "time", "size", "sink"
    failure: BaseException | None = None  # what on_headers or the sink raised
    error: int = 0
    error_text: str = ""


def _on_gui_thread() -> bool:
    app = QgsApplication.instance()
    return app is not None and QThread.currentThread() is app.thread()


def exchange(url: str, method: str = "GET", body: bytes = b"", **options) -> Answer:
    """One HTTP exchange, redirects followed (see the module's docstring); the final answer whatever its status.
    Raises FetchError when there is none (unreachable, too slow, too big, a redirect not followed, cancelled)."""
    return _exchange(url, method, body, **options)[0]


def _exchange(url: str, method: str = "GET", body: bytes = b"", *, content_type: str = "", accept: str = "",
              headers: dict[str, str] | None = None, authcfg: str = "", login_url: str = "", timeout_s: float = 30,
              deadline_s: float | None = None, feedback: QgsFeedback | None = None, fresh: bool = False,
              cache: bool = True, max_bytes: int | None = MAX_BYTES, on_headers: Callable[[Answer], Sink] | None = None,
              progress: Callable[[int, int | None], None] | None = None) -> tuple[Answer, set[str]]:
    """exchange(), and what the login put in the requests (to scrub from messages)."""
    if not url or not str(url).strip():
        raise FetchError(NO_URL)
    url = str(url).strip()
    if url_has_login(url):  # QGIS logs the URLs of failed requests with their user info: a password would leak
        raise FetchError(URL_WITH_LOGIN, scrub(safe_url(url)))
    if not origin(url):
        raise FetchError(QT_TRANSLATE_NOOP("@default", "This is not an http(s) URL:"), scrub(safe_url(url)))
    if max_bytes is None and on_headers is None:
        raise ValueError("a body kept in memory needs a bound (max_bytes)")
    login_url = login_url or url
    timeout_s = max(0.1, float(timeout_s))
    deadline = time.monotonic() + (DEADLINE_FACTOR * timeout_s if deadline_s is None else deadline_s)
    method = method.upper()
    visited = [url]
    left_at = ""
    secrets: set[str] = set()
    current = url
    while True:
        if feedback is not None and feedback.isCanceled():
            raise FetchCancelledError(scrub(safe_url(current), secrets))
        with_login = bool(authcfg) and login_goes_to(current, login_url)
        if authcfg and not with_login and not left_at:
            left_at = safe_url(current)
        hop = _request(current, method, body, content_type, accept, headers or {}, authcfg if with_login else "",
                       timeout_s, deadline, feedback, fresh, cache, max_bytes, on_headers, progress, secrets)
        answer = _judge_transport(current, hop, timeout_s, secrets)
        if hop.location is None:
            answer.redirects, answer.login_left_at = tuple(visited[:-1]), left_at
            return answer, secrets
        try:
            current = redirect_target(current, hop.location, visited)
        except RedirectError as error:
            raise FetchError(error.message, scrub(error.detail, secrets), answer.status,
                             **{key: scrub(str(value), secrets) for key, value in error.values.items()}) from None
        visited.append(current)
        if answer.status == 303 or (answer.status in (301, 302) and method == "POST"):
            method, body, content_type = "GET", b"", ""


def _request(url: str, method: str, body: bytes, content_type: str, accept: str, headers: dict[str, str], authcfg: str,
             timeout_s: float, deadline: float, feedback: QgsFeedback | None, fresh: bool, cache: bool,
             max_bytes: int | None, on_headers, progress, secrets: set[str]) -> _Hop:
    """Send one request (no redirect followed) and wait for its end in this thread's own event loop."""
    request = QNetworkRequest(QUrl(url))
    request.setAttribute(QNetworkRequest.Attribute.RedirectPolicyAttribute,
                         QNetworkRequest.RedirectPolicy.ManualRedirectPolicy)
    request.setRawHeader(b"User-Agent", USER_AGENT.encode())
    if accept:
        request.setRawHeader(b"Accept", accept.encode("latin-1"))
    if content_type and body:
        request.setRawHeader(b"Content-Type", content_type.encode("latin-1"))
    for name, value in headers.items():
        request.setRawHeader(name.encode("latin-1"), str(value).encode("latin-1"))
    if hasattr(request, "setTransferTimeout"):  # Qt >= 5.15: no byte for this long aborts the request
        request.setTransferTimeout(int(max(0.001, min(timeout_s, deadline - time.monotonic())) * 1000))
    kept_in_memory = on_headers is None
    # as QgsBlockingNetworkRequest did: the cache may answer unless `fresh`; a file streamed to disk is not cached, nor
    # an answer to a login: QGIS's cache is keyed by address only, and would hand it to a request without the login
    use_cache = cache and kept_in_memory and method == "GET" and not authcfg
    request.setAttribute(QNetworkRequest.Attribute.CacheLoadControlAttribute,
                         QNetworkRequest.CacheLoadControl.PreferCache if use_cache and not fresh
                         else QNetworkRequest.CacheLoadControl.AlwaysNetwork)
    request.setAttribute(QNetworkRequest.Attribute.CacheSaveControlAttribute, use_cache)
    manager = QgsApplication.authManager()
    if authcfg:
        applied, request = manager.updateNetworkRequest(request, authcfg)
        if not applied:
            raise FetchError(QT_TRANSLATE_NOOP(
                "@default", "The authentication configuration {authcfg} cannot be used: check that it exists in QGIS's "
                            "Options > Authentication and that the master password was given."), authcfg=authcfg)
        secrets |= _secrets_of(request)
    # the loop first: it gives a thread that Qt did not start (downloadimage's pool) its event dispatcher, without which
    # QGIS's own timeout timer for the request is never started ("Timers can only be used with threads started with
    # QThread")
    loop = QEventLoop()
    network = QgsNetworkAccessManager.instance()
    if method == "GET":
        reply = network.get(request)
    elif method == "HEAD":
        reply = network.head(request)
    else:
        reply = network.sendCustomRequest(request, method.encode("ascii"), QByteArray(body or b""))
    if authcfg:
        manager.updateNetworkReply(reply, authcfg)
    reply.setReadBufferSize(READ_BUFFER_BYTES)  # Qt reads no further ahead of us: memory stays bounded under load
    hop = _Hop()
    received = [0]

    def stop(why: str) -> None:
        if not hop.stopped:
            hop.stopped = why
            reply.abort()
        loop.quit()

    def headers_arrived() -> None:
        if hop.answer is not None:
            return
        status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
        if status in (None, ""):
            return
        found = {bytes(name).decode("latin-1").lower(): bytes(reply.rawHeader(name)).decode("latin-1")
                 for name in reply.rawHeaderList()}
        hop.answer = Answer(safe_url(url), int(status), found, login_sent=bool(authcfg))
        if int(status) in _REDIRECTS and "location" in found:
            hop.location = found["location"]
            return
        if not 200 <= int(status) < 300:
            return
        if on_headers is not None:
            try:
                hop.sink = on_headers(hop.answer)
            except BaseException as error:  # noqa: BLE001 - raised again after the loop, in the caller's frame
                hop.failure = error
                stop("sink")
        elif max_bytes is not None and (hop.answer.content_length() or 0) > max_bytes:
            stop("size")

    def read() -> None:
        if hop.answer is None:
            headers_arrived()
        # readAll(): one copy out of Qt, whose buffer the sink (or the kept body's join) takes as it is. read(n) cost
        # three times the CPU (a C++ buffer of n bytes, then a bytes object copied from it: 2.4 s per GB on loopback).
        data = memoryview(reply.readAll())
        if not data or hop.stopped:
            return
        received[0] += len(data)
        answer = hop.answer
        if hop.location is not None or answer is None or not 200 <= answer.status < 300:
            if received[0] - len(data) < ERROR_PAGE_BYTES:  # a redirect's or an error's page: its beginning is enough
                hop.kept.append(data)
            return
        if hop.sink is not None:
            try:
                hop.sink(data)
            except BaseException as error:  # noqa: BLE001 - a full disk, a closed file: raised again after the loop
                hop.failure = error
                stop("sink")
                return
        elif on_headers is None:
            if max_bytes is not None and received[0] > max_bytes:
                stop("size")
                return
            hop.kept.append(data)
        if progress is not None:
            progress(received[0], answer.content_length())

    def watch() -> None:
        if feedback is not None and feedback.isCanceled():
            stop("cancel")
        elif time.monotonic() > deadline:
            stop("time")

    reply.metaDataChanged.connect(headers_arrived)
    reply.readyRead.connect(read)
    reply.finished.connect(loop.quit)
    timer = QTimer()
    timer.timeout.connect(watch)
    timer.start(CANCEL_POLL_MS)
    try:
        try:
            watch()  # a cancel that came just before
            if not reply.isFinished():
                loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents if _on_gui_thread()
                          else QEventLoop.ProcessEventsFlag.AllEvents)
            if not hop.stopped:
                read()  # what arrived with the end
        finally:
            timer.stop()
            reply.metaDataChanged.disconnect(headers_arrived)  # only ours: QGIS's network manager has its own
            reply.readyRead.disconnect(read)
            reply.finished.disconnect(loop.quit)
        if hop.answer is not None:
            hop.answer.received = received[0]
            if not hop.stopped and on_headers is None:
                hop.answer.body = b"".join(hop.kept)
        if use_cache and not hop.stopped and hop.answer is not None and 200 <= hop.answer.status < 300 \
                and received[0] <= CACHE_KEEP_MAX_BYTES \
                and not reply.attribute(QNetworkRequest.Attribute.SourceIsFromCacheAttribute):
            _keep_in_cache(reply)  # (an answer from the cache was kept so already: rewriting it copies the file)
        hop.error, hop.error_text = reply.error(), reply.errorString()
        return hop
    finally:
        # PyQt hears that a Qt-made object was deleted through its destroyed() signal, queued to the GUI thread, and
        # there finds the Python wrapper by address: by then a later reply of this thread could live at that address,
        # and came back "deleted" ("wrapped C/C++ object of type QNetworkReply has been deleted"; a request that
        # crashed in loop.exec()). So this reply's destroyed() reaches no one (only PyQt listens to it), and no
        # Python reference to it (or to this thread's network manager) outlives the request: the closures above
        # reach it through these names (closure cells), kept by PyQt's connection objects after they are gone.
        reply.destroyed.disconnect()
        reply.deleteLater()  # by Qt, in this thread (at its next event loop, or when it ends)
        reply = loop = timer = network = None  # noqa: F841


def _keep_in_cache(reply: QNetworkReply) -> None:
    """Let QGIS's network cache answer the same GET for CACHE_EXPIRY_S when the server said nothing of how long (as
    QgsBlockingNetworkRequest does: its Cache-Control dropped, an expiry set when there is none)."""
    cache = QgsNetworkAccessManager.instance().cache()
    meta = cache.metaData(reply.request().url()) if cache is not None else None
    if meta is None or not meta.isValid():
        return
    meta.setRawHeaders([(key, value) for key, value in meta.rawHeaders() if bytes(key).lower() != b"cache-control"])
    if meta.expirationDate().isNull():
        meta.setExpirationDate(QDateTime.currentDateTime().addSecs(CACHE_EXPIRY_S))
    cache.updateMetaData(meta)


def _judge_transport(url: str, hop: _Hop, timeout_s: float, secrets: set[str]) -> Answer:
    """The hop's answer, or the FetchError that says in plain words why there is none."""
    shown = scrub(safe_url(url), secrets)
    if hop.failure is not None:
        raise hop.failure
    status = hop.answer.status if hop.answer is not None else None
    if hop.stopped == "cancel":
        raise FetchCancelledError(shown)
    if hop.stopped == "size":
        raise FetchError(QT_TRANSLATE_NOOP("@default", "The server sent more data than the plugin accepts for this "
                                                       "request; the download was stopped."), shown, status)
    if hop.stopped == "time" or hop.error in (QNetworkReply.NetworkError.OperationCanceledError,
                                              QNetworkReply.NetworkError.TimeoutError):
        # a transfer timeout (Qt's or QGIS's own) aborts the reply: OperationCanceledError that we did not ask for
        raise FetchError(_TOO_SLOW, f"{timeout_s:g} s: {shown}", status)
    if hop.answer is None:  # no HTTP answer at all
        if hop.error == QNetworkReply.NetworkError.SslHandshakeFailedError:
            raise FetchError(QT_TRANSLATE_NOOP("@default", "The server's certificate is not trusted (or the secure "
                                                           "connection failed): check the URL and QGIS's SSL settings."),
                             scrub(f"{shown}: {hop.error_text}", secrets))
        if hop.error in (QNetworkReply.NetworkError.AuthenticationRequiredError,
                         QNetworkReply.NetworkError.ContentAccessDenied):
            raise FetchError(QT_TRANSLATE_NOOP(
                "@default", "The server refused access: check the authentication configuration in the plugin's "
                            "settings."), shown)
        raise FetchError(QT_TRANSLATE_NOOP("@default", "The server cannot be reached."),
                         scrub(f"{shown}: {hop.error_text}", secrets))
    if hop.error != QNetworkReply.NetworkError.NoError and 200 <= hop.answer.status < 300:
        # the answer began but broke off (connection reset, server gone): a streamed file keeps what was written
        raise FetchError(QT_TRANSLATE_NOOP("@default", "The connection broke off before the end of the answer."),
                         scrub(f"{hop.answer.received} bytes: {shown}: {hop.error_text}", secrets), status)
    if not 200 <= hop.answer.status < 300:
        hop.answer.body = b"".join(hop.kept)[:ERROR_PAGE_BYTES]  # an error page: its beginning, for the message
    return hop.answer


def send(url: str, method: str = "GET", body: bytes = b"", **options) -> Answer:
    """exchange(), with a status that is not 2xx turned into a FetchError in plain words (a refused login names its
    authcfg id; a refusal after a redirect to another server says where it pointed)."""
    answer, secrets = _exchange(url, method, body, **options)
    status = answer.status
    if 200 <= status < 300:
        return answer
    authcfg = options.get("authcfg", "")
    reason = _HTTP_REASONS.get(status, "")
    said = _server_says(answer.body)
    detail = scrub(f"HTTP {status}{f' ({reason})' if reason else ''}: {answer.url}{f' - {said}' if said else ''}",
                   secrets)
    if status in (401, 403) and answer.login_left_at:
        raise FetchError(QT_TRANSLATE_NOOP(
            "@default", "The server sent the request on to another address, which refused it; the plugin sends the "
                        "login only to the server in its settings. If you trust that address, enter it in the "
                        "settings."), f"{detail} ({scrub(safe_url(url), secrets)} -> {answer.login_left_at})", status)
    if status in (401, 403) and authcfg:  # say which configuration failed (its id only, never what it holds)
        raise FetchError(QT_TRANSLATE_NOOP(
            "@default", "The server refused the login of the authentication configuration given in the plugin's "
                        "settings: check its user name and password in QGIS's Options > Authentication."),
            f"{detail} (authcfg {authcfg})", status)
    if status in (401, 403):
        raise FetchError(QT_TRANSLATE_NOOP(
            "@default", "The server refused access: check the authentication configuration in the plugin's settings."),
            detail, status)
    raise FetchError(QT_TRANSLATE_NOOP("@default", "The server answered with an error."), detail, status)


def _server_says(data: bytes) -> str:
    """The text of an OGC exception report in a body, or ''."""
    if not data or b"Exception" not in data[:4096]:
        return ""
    try:
        from .capabilities import _exception_text, safe_parse

        return _exception_text(safe_parse(data)) or ""
    except (CapabilitiesError, ValueError):
        return ""


def fetch(url: str, authcfg: str = "", timeout_s: float = 30, feedback: QgsFeedback | None = None,
          accept: str = "", fresh: bool = False) -> bytes:
    """GET a url and return its body (at most MAX_BYTES); raises FetchError with a message for the user.

    Blocks until the answer, the timeout or the deadline: call it off the GUI thread. No retry here."""
    return send(url, authcfg=authcfg, timeout_s=timeout_s, feedback=feedback, accept=accept, fresh=fresh).body


def post(url: str, body: bytes, content_type: str = "application/json", authcfg: str = "", timeout_s: float = 30,
         feedback: QgsFeedback | None = None, accept: str = "", max_bytes: int = MAX_BYTES) -> bytes:
    """POST `body` and return the answer's body; raises FetchError. A redirect keeps the POST only for 307/308."""
    return send(url, "POST", body, content_type=content_type, authcfg=authcfg, timeout_s=timeout_s,
                feedback=feedback, accept=accept, max_bytes=max_bytes).body


def user_file_mode() -> int:
    """The mode of a file the user creates: 0666 less the process's umask (read without changing it, where Linux
    tells it: setting it to read it back races with other threads creating files)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            mask = next((int(line.split()[1], 8) for line in status if line.startswith("Umask:")), None)
    except (OSError, ValueError):
        mask = None
    if mask is None:
        mask = os.umask(0o022)
        os.umask(mask)
    return 0o666 & ~mask


def download(url: str, path: str, authcfg: str = "", timeout_s: float = 30, feedback: QgsFeedback | None = None,
             max_bytes: int | None = None, deadline_s: float | None = None, login_url: str = "",
             progress: Callable[[int, int | None], None] | None = None) -> Answer:
    """GET a url into the file `path`, streamed (memory stays small whatever the size).

    The bytes go to a temporary file in the same folder, renamed to `path` only when the answer is whole: an error
    or a cancel leaves no file under that name (and an existing one untouched). `deadline_s` defaults to
    DEADLINE_FACTOR x timeout_s: give a large file a longer one (math.inf: none). For resuming a broken download
    (Range requests), see core/stac/download.py, which uses exchange() with its own on_headers."""
    folder = os.path.dirname(os.path.abspath(path)) or "."
    handle, partial = tempfile.mkstemp(prefix=".terrascope_s2_", suffix=".part", dir=folder)
    written = [0]
    try:
        with os.fdopen(handle, "wb") as out:
            def write(data: memoryview) -> None:
                written[0] += len(data)
                if max_bytes is not None and written[0] > max_bytes:
                    raise FetchError(QT_TRANSLATE_NOOP("@default", "The server sent more data than the plugin accepts "
                                                                   "for this request; the download was stopped."),
                                     safe_url(url))
                out.write(data)

            answer = send(url, authcfg=authcfg, login_url=login_url, timeout_s=timeout_s, deadline_s=deadline_s,
                          feedback=feedback, on_headers=lambda _answer: write, progress=progress)
        os.chmod(partial, user_file_mode())  # mkstemp's file is the owner's only (0600): give it a new file's mode
        os.replace(partial, path)
        return answer
    finally:
        if os.path.exists(partial):
            os.remove(partial)

