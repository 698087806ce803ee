"""The plugin's one way to talk to servers: HTTP(S) through QGIS's network stack, bounded, the login kept to its server.

Every request of the plugin goes through here (capabilities, GetMap downloads, the catalogue and its downloads):

    fetch(url, authcfg="", timeout_s=30, feedback=None, accept="", fresh=False) -> bytes          GET, body in memory
    post(url, body, content_type="application/json", authcfg="", timeout_s=30, feedback=None, accept="") -> bytes
    download(url, path, authcfg="", timeout_s=30, feedback=None, max_bytes=None, deadline_s=None,
             progress=None) -> Answer                 GET, body streamed to a temporary file renamed to `path` when whole
    send(url, method="GET", body=b"", ...) -> Answer                                                  the general form

    Answer: .body (bytes; b"" when streamed to a file), .url (where the answer came from, after redirects), .status,
            .content_type, .size, .redirects (the addresses passed through), .login_left_at (the first address the
            login was not sent to, or "").

Blocking: call them off the GUI thread (a QgsTask.run(), a Processing algorithm). On the GUI thread (qgis_process,
the Python console) they wait in a local event loop that leaves user input alone.

What every request gets, on every QGIS version (3.22 to 4.x):
- QGIS's proxy, SSL settings and network cache (QgsNetworkAccessManager.instance() of the calling thread); `fresh`
  asks the server again past the cache.
- Redirects followed here, not by Qt or QGIS (QGIS 3.40's QgsBlockingNetworkRequest follows them itself, whatever
  the request says): http and https only (file:// or any other scheme is refused), at most MAX_REDIRECTS (a loop
  ends after MAX_REDIRECTS + 1 requests), a relative Location resolved against the address that sent it; a 303, or
  a 301/302 after a POST, goes on as a GET.
- The login (an authcfg id of QGIS's authentication database, applied by QGIS's auth manager) goes only to the
  origin (scheme, host, port) of `login_url` (by default `url`: the address from the settings), or to the same host
  over https on port 443 when that origin is http on port 80 (a secure upgrade of the same server). A redirect
  elsewhere is followed without the login; when that address then refuses, the message says where it pointed.
- Bounds: no byte for `timeout_s` ends a request (transfer timeout); the whole exchange, redirects included, ends
  after `deadline_s` (default DEADLINE_FACTOR x timeout_s); a body past `max_bytes` is stopped as it arrives (never
  held whole); a cancel of `feedback` ends it within CANCEL_POLL_MS, whenever it comes (also before the start).
- Errors: FetchError (FetchCancelledError for a cancel) with a message in plain words. URLs and server texts in it
  are scrubbed of credentials (user info, Authorization values, what the login holds): see scrub().
A URL holding a user name or password is refused before anything is sent or logged (QGIS logs the URLs of failed
requests with their user info); url_has_login() lets settings pages and algorithms refuse it even earlier.

Reading a service's capabilities with it, in a task, is capabilities_task.py's job.
"""

from __future__ import annotations

import base64
import os
import re
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from urllib.parse import quote

from qgis.core import QgsApplication, QgsFeedback, QgsNetworkAccessManager
from qgis.PyQt.QtCore import QByteArray, QDateTime, QEventLoop, QThread, QTimer, QUrl
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

from ..errors import CANCELLED, CancelledError, PluginError
from ..text import QT_TRANSLATE_NOOP
from .capabilities import CapabilitiesError

USER_AGENT = "QGIS terrascope_s2 plugin"
# Real capabilities are a few MB (2.6 MB for 50,000 TIME values): a body larger than this is stopped as it arrives.
MAX_BYTES = 16 * 1024 * 1024
MAX_REDIRECTS = 5
DEADLINE_FACTOR = 4  # a whole exchange (redirects included) may take this many times the (per-byte) timeout
CANCEL_POLL_MS = 50  # how often a waiting request looks at its caller's feedback and at the deadline
CACHE_EXPIRY_S = 30  # how long QGIS's network cache may answer for a server that says nothing (QGIS's own default)
# Giving a cached answer that expiry rewrites it (Qt decompresses and compresses it again) while holding Python's
# lock: 165 ms for 1.25 MB, which the GUI thread's Python waits for. Larger answers keep the server's own terms.
CACHE_KEEP_MAX_BYTES = 256 * 1024
ERROR_PAGE_BYTES = 64 * 1024  # of an error page, what is kept to quote the server's words
READ_BUFFER_BYTES = 2 * 1024 * 1024  # what Qt may hold of a body before this module has read it
DEFAULT_PORTS = {"http": 80, "https": 443}
_REDIRECTS = (301, 302, 303, 307, 308)
_TOO_SLOW = QT_TRANSLATE_NOOP("@default", "The server did not answer in time (see the timeout in the settings).")
TOO_SLOW = _TOO_SLOW  # the message of a FetchError that timed out, for callers that say it in their own words
NO_URL = QT_TRANSLATE_NOOP("@default", "No URL is set: choose a service profile or enter URLs in the settings.")
URL_WITH_LOGIN = QT_TRANSLATE_NOOP(
    "@default", "The URL holds a user name or password, which the plugin does not send: remove it and put the login in "
                "an authentication configuration (QGIS Options > Authentication).")


class FetchError(PluginError, RuntimeError):
    """A request that did not give a usable answer; `status` is the HTTP status (or None)."""

    def __init__(self, message: str, detail: str = "", status: int | None = None):
        PluginError.__init__(self, message, detail)
        self.status = status


class FetchCancelledError(FetchError, CancelledError):
    """The feedback was cancelled while waiting (a FetchError for the fetch's callers, a CancelledError for tasks)."""

    def __init__(self, detail: str = ""):
        FetchError.__init__(self, CANCELLED, detail)


_HTTP_REASONS = {
    400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 408: "Request Timeout",
    429: "Too Many Requests", 500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable",
    504: "Gateway Timeout",
}


# ------------------------------------------------------------------------------------------ addresses and secrets

def safe_url(url: str | QUrl) -> str:
    """The url for a message or a log: without user info."""
    qurl = url if isinstance(url, QUrl) else QUrl(str(url).strip())
    return qurl.toString(QUrl.UrlFormattingOption.RemoveUserInfo)


_safe_url = safe_url  # the name other modules used before


def url_has_login(url: str) -> bool:
    """Whether a URL carries a user name or password (user:password@host)."""
    text = str(url or "").strip()
    return bool(QUrl(text).userInfo()) or bool(_LEADING_USER_INFO.match(text))


def origin(url: str | QUrl) -> tuple[str, str, int]:
    """(scheme, host, port) of a URL, the port filled in for http and https."""
    qurl = url if isinstance(url, QUrl) else QUrl(str(url).strip())
    scheme = qurl.scheme().lower()
    return scheme, qurl.host().lower(), qurl.port(DEFAULT_PORTS.get(scheme, -1))


def login_goes_to(target: str | QUrl, login_url: str | QUrl) -> bool:
    """Whether the login set up for `login_url` may be sent to `target`: the same origin, or the same host moved from
    http on port 80 to https on port 443 (the same server, over a safer channel)."""
    wanted, seen = origin(login_url), origin(target)
    if not wanted[1] or wanted[0] not in DEFAULT_PORTS:
        return False
    return seen == wanted or (wanted[0] == "http" and wanted[2] == 80 and seen == ("https", wanted[1], 443))


HIDDEN = "[hidden]"
_USER_INFO = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)[^/?#\s@\"'<>]*@")
_LEADING_USER_INFO = re.compile(r"(?i)\s*[a-z][a-z0-9+.-]*://[^/?#\s]*@")
_AUTH_VALUE = re.compile(r"(?i)\b((?:proxy-)?authorization\b[\"']?\s*[:=]\s*[\"']?)"
                         r"(?:(?:basic|bearer|digest|negotiate|ntlm|token)\s+)?[^\s\"'<>,;&]+")
_TOKEN = re.compile(r"(?i)\b(basic|bearer|negotiate|ntlm)\s+[a-z0-9+/=._~-]{6,}")


def scrub(text: str, secrets: Iterable[str] = ()) -> str:
    """`text` without credentials: user info of URLs, Authorization values, Basic/Bearer tokens and the given secrets
    (what a login holds) written plainly or percent-encoded. For anything shown to the user or logged."""
    text = str(text)
    variants = set()
    for secret in secrets:
        if secret and len(secret) >= 3:
            variants |= {secret, quote(secret, safe=""), quote(secret)}
    for secret in sorted(variants, key=len, reverse=True):
        text = text.replace(secret, HIDDEN)
    text = _USER_INFO.sub(r"\1", text)
    text = _AUTH_VALUE.sub(lambda match: match.group(1) + HIDDEN, text)
    return _TOKEN.sub(lambda match: f"{match.group(1)} {HIDDEN}", text)


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
    """A server's answer that the caller can use (2xx)."""

    url: str
    status: int | None
    content_type: str = ""
    body: bytes = b""
    size: int = 0
    redirects: tuple[str, ...] = ()
    login_left_at: str = ""


@dataclass
class _Hop:
    """One request and what came back."""

    status: int | None = None
    reason: str = ""
    location: bytes = b""
    content_type: str = ""
    error: int = 0
    error_text: str = ""
    stopped: str = ""  # "", "cancel", "time", "size"
    size: int = 0
    kept: list[bytes] = field(default_factory=list)  # the body (2xx, not streamed) or the start of an error page


def _checked(url: str) -> QUrl:
    if not url or not str(url).strip():
        raise FetchError(NO_URL)
    qurl = QUrl(str(url).strip())
    if not qurl.isValid() or qurl.scheme().lower() not in DEFAULT_PORTS or not qurl.host():
        raise FetchError(QT_TRANSLATE_NOOP("@default", "This is not an http(s) URL:"), scrub(safe_url(qurl)))
    if url_has_login(str(url)):  # QGIS logs the URLs of failed requests with their user info: a password would leak
        raise FetchError(URL_WITH_LOGIN, scrub(safe_url(qurl)))
    return qurl


def _on_gui_thread() -> bool:
    app = QgsApplication.instance()
    return app is not None and QThread.currentThread() is app.thread()


def _exchange_one(qurl: QUrl, method: str, body: bytes, headers: dict[bytes, bytes], authcfg: str, timeout_s: float,
                  deadline: float, feedback: QgsFeedback | None, fresh: bool, max_bytes: int | None,
                  write: Callable[[bytes], None] | None, progress: Callable[[int, int], None] | None,
                  secrets: set[str]) -> _Hop:
    """Send one request (no redirect followed) and wait for its end in this thread's own event loop."""
    request = QNetworkRequest(qurl)
    for key, value in headers.items():
        request.setRawHeader(key, value)
    request.setAttribute(QNetworkRequest.Attribute.RedirectPolicyAttribute,
                         QNetworkRequest.RedirectPolicy.ManualRedirectPolicy)
    if hasattr(request, "setTransferTimeout"):  # Qt >= 5.15: no byte for this long aborts the request
        request.setTransferTimeout(int(max(0.001, min(timeout_s, deadline - time.monotonic())) * 1000))
    # as QgsBlockingNetworkRequest did: the cache may answer unless `fresh`; a file streamed to disk is not cached
    request.setAttribute(QNetworkRequest.Attribute.CacheLoadControlAttribute,
                         QNetworkRequest.CacheLoadControl.AlwaysNetwork if fresh or write is not None
                         else QNetworkRequest.CacheLoadControl.PreferCache)
    request.setAttribute(QNetworkRequest.Attribute.CacheSaveControlAttribute, write is None)
    manager = QgsApplication.authManager()
    if authcfg:
        applied, request = manager.updateNetworkRequest(request, authcfg)
        if not applied:
            raise FetchError(QT_TRANSLATE_NOOP(
                "@default", "The authentication configuration given in the plugin's settings cannot be used: check it "
                            "in QGIS's Options > Authentication (is the master password set?)."), f"authcfg {authcfg}")
        secrets |= _secrets_of(request)
    network = QgsNetworkAccessManager.instance()
    if method == "GET":
        reply = network.get(request)
    elif method == "HEAD":
        reply = network.head(request)
    else:
        reply = network.sendCustomRequest(request, method.encode("ascii"), QByteArray(body))
    if authcfg:
        manager.updateNetworkReply(reply, authcfg)
    reply.setReadBufferSize(READ_BUFFER_BYTES)  # Qt reads no further ahead of us: memory stays bounded under load
    hop = _Hop()
    loop = QEventLoop()

    def status() -> int | None:
        value = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
        return int(value) if value not in (None, "") else None

    def usable() -> bool:
        code = status()
        return code is not None and 200 <= code < 300

    def stop(why: str) -> None:
        if not hop.stopped:
            hop.stopped = why
            reply.abort()
        loop.quit()

    def headers_arrived() -> None:
        length = reply.header(QNetworkRequest.KnownHeaders.ContentLengthHeader)
        if usable() and max_bytes is not None and length is not None and int(length) > max_bytes:
            stop("size")

    def read() -> None:
        chunk = bytes(reply.readAll())
        if not chunk or hop.stopped:
            return
        if not usable():  # a redirect's or an error's body: only the start, to quote the server
            if sum(map(len, hop.kept)) < ERROR_PAGE_BYTES:
                hop.kept.append(chunk[:ERROR_PAGE_BYTES])
            return
        hop.size += len(chunk)
        if max_bytes is not None and hop.size > max_bytes:
            stop("size")
            return
        if write is not None:
            write(chunk)
        else:
            hop.kept.append(chunk)
        if progress is not None:
            total = reply.header(QNetworkRequest.KnownHeaders.ContentLengthHeader)
            progress(hop.size, int(total) if total is not None else -1)

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
        watch()  # a cancel that came just before
        if not reply.isFinished():
            flags = QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents if _on_gui_thread() \
                else QEventLoop.ProcessEventsFlag.AllEvents
            loop.exec(flags)
        if not hop.stopped:
            read()  # what arrived with the end
    finally:
        timer.stop()
        reply.metaDataChanged.disconnect(headers_arrived)  # only ours: QGIS's network manager has its own
        reply.readyRead.disconnect(read)
        reply.finished.disconnect(loop.quit)
    hop.status = status()
    if method == "GET" and write is None and usable() and not hop.stopped and hop.size <= CACHE_KEEP_MAX_BYTES:
        _keep_in_cache(reply)
    hop.reason = str(reply.attribute(QNetworkRequest.Attribute.HttpReasonPhraseAttribute) or "")
    hop.location = bytes(reply.rawHeader(b"Location")).strip()
    hop.content_type = bytes(reply.rawHeader(b"Content-Type")).decode("latin-1").strip()
    hop.error = reply.error()
    hop.error_text = reply.errorString()
    reply.deleteLater()
    return hop


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


def send(url: str, method: str = "GET", body: bytes = b"", *, content_type: str = "", authcfg: str = "",
         login_url: str = "", timeout_s: float = 30, deadline_s: float | None = None,
         feedback: QgsFeedback | None = None, accept: str = "", fresh: bool = False,
         max_bytes: int | None = MAX_BYTES, write: Callable[[bytes], None] | None = None,
         progress: Callable[[int, int], None] | None = None) -> Answer:
    """One HTTP exchange (redirects included) as the module's docstring says; raises FetchError.

    `write`: a function given the body's bytes as they arrive (then Answer.body is empty); else the body is kept
    (at most `max_bytes`, which may be None only with `write`). `progress(received, total)`: total -1 when unknown."""
    if max_bytes is None and write is None:
        raise ValueError("a body kept in memory needs a bound (max_bytes)")
    current = _checked(url)
    login_url = login_url or url
    timeout_s = max(0.1, float(timeout_s))
    deadline = time.monotonic() + (deadline_s if deadline_s is not None else DEADLINE_FACTOR * timeout_s)
    headers = {b"User-Agent": USER_AGENT.encode()}
    if accept:
        headers[b"Accept"] = accept.encode("latin-1")
    if content_type and body:
        headers[b"Content-Type"] = content_type.encode("latin-1")
    method = method.upper()
    redirects: list[str] = []
    left_at = ""
    secrets: set[str] = set()
    while True:
        shown = safe_url(current)
        if feedback is not None and feedback.isCanceled():
            raise FetchCancelledError(scrub(shown, secrets))
        with_login = bool(authcfg) and login_goes_to(current, login_url)
        if authcfg and not with_login and not left_at:
            left_at = shown
        hop = _exchange_one(current, method, body, headers, authcfg if with_login else "", timeout_s, deadline,
                            feedback, fresh, max_bytes, write, progress, secrets)
        if hop.stopped or hop.status is None or hop.status not in _REDIRECTS or not hop.location:
            break
        target = current.resolved(QUrl.fromEncoded(hop.location, QUrl.ParsingMode.TolerantMode))
        if not target.isValid() or target.scheme().lower() not in DEFAULT_PORTS or not target.host():
            raise FetchError(QT_TRANSLATE_NOOP(
                "@default", "The server redirected the request to an address that is not http(s), which the plugin "
                            "does not follow:"), scrub(f"{safe_url(target)[:300]} ({shown})", secrets), hop.status)
        if len(redirects) >= MAX_REDIRECTS:
            raise FetchError(QT_TRANSLATE_NOOP("@default", "The server redirects the request in a loop."),
                             scrub(f"> {MAX_REDIRECTS}: {safe_url(url)}", secrets), hop.status)
        redirects.append(shown)
        if hop.status == 303 or (hop.status in (301, 302) and method == "POST"):
            method, body = "GET", b""
            headers.pop(b"Content-Type", None)
        current = target
    return _answer(url, current, hop, redirects, left_at, secrets, authcfg, timeout_s, write, max_bytes)


def _answer(url: str, current: QUrl, hop: _Hop, redirects: list[str], left_at: str, secrets: set[str], authcfg: str,
            timeout_s: float, write, max_bytes: int | None) -> Answer:
    """The Answer of the last hop, or the FetchError that says in plain words why there is none."""
    shown = scrub(safe_url(current), secrets)
    status = hop.status
    if hop.stopped == "size":
        raise FetchError(QT_TRANSLATE_NOOP("@default", "The server sent more data than the plugin accepts for this "
                                                       "request; the download was stopped."),
                         f"> {_megabytes(max_bytes or 0)}: {shown}", status)
    if hop.stopped == "time" or (hop.error == QNetworkReply.NetworkError.OperationCanceledError and not hop.stopped) \
            or hop.error == QNetworkReply.NetworkError.TimeoutError:
        # a transfer timeout (Qt's or QGIS's own) aborts the reply: OperationCanceledError that we did not ask for
        raise FetchError(_TOO_SLOW, f"{timeout_s:g} s: {shown}", status)
    if hop.stopped == "cancel":
        raise FetchCancelledError(shown)
    kept = b"".join(hop.kept)
    if status is not None and status >= 400:
        reason = hop.reason or _HTTP_REASONS.get(status, "")
        said = _server_says(kept)
        detail = scrub(f"HTTP {status}{f' ({reason})' if reason else ''}: {shown}{f' - {said}' if said else ''}", secrets)
        if status in (401, 403) and left_at:
            raise FetchError(QT_TRANSLATE_NOOP(
                "@default", "The server sent the request on to another address, which refused it; the plugin sends the "
                            "login only to the server in its settings. If you trust that address, enter it in the "
                            "settings."), f"{detail} ({scrub(safe_url(url), secrets)} -> {scrub(left_at, secrets)})", status)
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
    if status is not None and 200 <= status < 300 and hop.error == QNetworkReply.NetworkError.NoError:
        return Answer(shown, status, hop.content_type, b"" if write is not None else kept, hop.size, tuple(redirects),
                      left_at)
    error = hop.error
    if error in (QNetworkReply.NetworkError.AuthenticationRequiredError, QNetworkReply.NetworkError.ContentAccessDenied):
        raise FetchError(QT_TRANSLATE_NOOP(
            "@default", "The server refused access: check the authentication configuration in the plugin's settings."),
            shown, status)
    if error == QNetworkReply.NetworkError.SslHandshakeFailedError:
        raise FetchError(QT_TRANSLATE_NOOP("@default", "The server's certificate is not trusted (or the secure "
                                                       "connection failed): check the URL and QGIS's SSL settings."),
                         scrub(f"{shown}: {hop.error_text}", secrets), status)
    if error == QNetworkReply.NetworkError.NoError:  # an answer that is neither usable nor an error (1xx, 3xx alone)
        raise FetchError(QT_TRANSLATE_NOOP("@default", "The server answered with an error."),
                         f"HTTP {status}: {shown}", status)
    raise FetchError(QT_TRANSLATE_NOOP("@default", "The server cannot be reached."),
                     scrub(f"{shown}: {hop.error_text}", secrets), status)


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.3g} MB"


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


def download(url: str, path: str, authcfg: str = "", timeout_s: float = 30, feedback: QgsFeedback | None = None,
             max_bytes: int | None = None, deadline_s: float | None = None, login_url: str = "",
             progress: Callable[[int, int], None] | None = None) -> Answer:
    """GET a url into the file `path`, streamed (memory stays small whatever the size).

    The bytes go to a temporary file in the same folder, renamed to `path` only when the answer is whole: an error
    or a cancel leaves no file under that name (and an existing one untouched). `deadline_s` defaults to
    DEADLINE_FACTOR x timeout_s: give a large file a longer one."""
    folder = os.path.dirname(os.path.abspath(path)) or "."
    handle, partial = tempfile.mkstemp(prefix=".terrascope_s2_", suffix=".part", dir=folder)
    try:
        with os.fdopen(handle, "wb") as out:
            answer = send(url, authcfg=authcfg, login_url=login_url, timeout_s=timeout_s, deadline_s=deadline_s,
                          feedback=feedback, max_bytes=max_bytes, write=out.write, progress=progress)
        os.replace(partial, path)
        return answer
    finally:
        if os.path.exists(partial):
            os.remove(partial)
