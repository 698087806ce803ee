"""The HTTP GET of the plugin: one request through QGIS's network stack (proxy, SSL settings, authcfg, cache), bounded.

    fetch(url, authcfg="", timeout_s=30, feedback=None, accept="", fresh=False) -> bytes   FetchError / FetchCancelledError

Blocking: call it off the GUI thread only (a QgsTask.run(), a Processing algorithm); QGIS would freeze until the server
answers. Reading a service's capabilities with it, in a task, is capabilities_task.py's job.

FetchError carries `message` (English, marked for translation), `detail` (URL, server text) and `status` (HTTP status
or None); `user_text()` joins them, translated. No credentials ever appear in a message: only the authcfg id is used.
"""

from __future__ import annotations

import time

from qgis.core import QgsApplication, QgsBlockingNetworkRequest, QgsFeedback
from qgis.PyQt.QtCore import Qt, QThread, QTimer, QUrl
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

from ..errors import CANCELLED, CancelledError, PluginError
from ..text import QT_TRANSLATE_NOOP
from .capabilities import CapabilitiesError

USER_AGENT = "QGIS terrascope_s2 plugin"
# Real capabilities are a few MB (2.6 MB for 50,000 TIME values): a body larger than this is stopped as it arrives.
MAX_BYTES = 16 * 1024 * 1024
MAX_REDIRECTS = 5
DEADLINE_FACTOR = 4  # a whole answer may take this many times the (per-byte) timeout
CANCEL_POLL_MS = 50  # how often a running request looks at its caller's feedback
_TOO_SLOW = QT_TRANSLATE_NOOP("@default", "The server did not answer in time (see the timeout in the settings).")
NO_URL = QT_TRANSLATE_NOOP("@default", "No URL is set: choose a service profile or enter URLs in the settings.")


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


def _safe_url(url: str) -> str:
    """The url for a message: without user info (a password typed into a URL never reaches a log)."""
    return QUrl(url).toString(QUrl.UrlFormattingOption.RemoveUserInfo)


def _server_says(data: bytes) -> str:
    """The text of an OGC exception report in a body, or ''."""
    if not data or b"Exception" not in data[:4096]:
        return ""
    try:
        from .capabilities import _exception_text, safe_parse

        return _exception_text(safe_parse(data)) or ""
    except (CapabilitiesError, ValueError):
        return ""


def fetch(url: str, authcfg: str = "", timeout_s: int = 30, feedback: QgsFeedback | None = None,
          accept: str = "", fresh: bool = False) -> bytes:
    """GET a url through QGIS's network stack and return the body; raises FetchError with a message for the user.

    Blocks until the answer (or the timeout): call it off the GUI thread only. Bounded in every way a server can
    stretch it: no byte for `timeout_s` ends it (transfer timeout), so does a whole answer taking longer than
    DEADLINE_FACTOR x `timeout_s` (a server trickling bytes), a body growing past MAX_BYTES (aborted while it arrives,
    so memory stays bounded) and more than MAX_REDIRECTS redirects. No retry here.
    """
    if not url or not url.strip():
        raise FetchError(NO_URL)
    qurl = QUrl(url.strip())
    if not qurl.isValid() or qurl.scheme().lower() not in ("http", "https", "file"):
        raise FetchError(QT_TRANSLATE_NOOP("@default", "This is not an http(s) URL:"), _safe_url(url))
    if qurl.userInfo():  # QGIS logs the URLs of failed requests with their user info: a password there would leak
        raise FetchError(QT_TRANSLATE_NOOP(
            "@default", "The URL holds a user name or password, which the plugin does not send: remove it and put the "
                        "login in an authentication configuration (QGIS Options > Authentication)."), _safe_url(url))
    request = QNetworkRequest(qurl)
    request.setRawHeader(b"User-Agent", USER_AGENT.encode())
    if accept:
        request.setRawHeader(b"Accept", accept.encode())
    # FollowRedirectsAttribute's meaning, which Qt 6 no longer has (it follows this policy by default)
    request.setAttribute(QNetworkRequest.Attribute.RedirectPolicyAttribute,
                         QNetworkRequest.RedirectPolicy.NoLessSafeRedirectPolicy)
    request.setMaximumRedirectsAllowed(MAX_REDIRECTS)
    if hasattr(request, "setTransferTimeout"):  # Qt >= 5.15: no byte for this long aborts the request
        request.setTransferTimeout(int(max(1, timeout_s) * 1000))
    blocking = QgsBlockingNetworkRequest()
    if authcfg:
        blocking.setAuthCfg(authcfg)
    # Our own feedback, cancelled by the caller's and by the limits below (cancelling the caller's would end its
    # other requests too). The limits are checked where the bytes arrive, in the thread that downloads.
    own_feedback = QgsFeedback()
    if feedback is not None and feedback.isCanceled():
        raise FetchCancelledError(_safe_url(url))
    deadline = time.monotonic() + DEADLINE_FACTOR * max(1, timeout_s)
    over: list[str] = []

    def watch(received: int, _total: int) -> None:
        if not over and received > MAX_BYTES:
            over.append("size")
        elif not over and time.monotonic() > deadline:
            over.append("time")
        if over and not own_feedback.isCanceled():
            own_feedback.cancel()

    blocking.downloadProgress.connect(watch, Qt.ConnectionType.DirectConnection)
    # QgsBlockingNetworkRequest connects its feedback to the reply only once the reply exists: a feedback cancelled just
    # before is never seen, and the request runs to its end. Off the GUI thread the request runs an event loop in this
    # thread, started after those connections: a timer there passes the caller's cancel on, so none is lost. On the GUI
    # thread (tests, qgis_process) the cancel can only come from that same thread while the request runs: passed on directly.
    poll = None
    if feedback is not None:
        if QThread.currentThread() is QgsApplication.instance().thread():
            feedback.canceled.connect(own_feedback.cancel, Qt.ConnectionType.DirectConnection)
        else:
            poll = QTimer()
            poll.timeout.connect(lambda: own_feedback.cancel() if feedback.isCanceled() else None)
            poll.start(CANCEL_POLL_MS)
    try:
        code = blocking.get(request, fresh, own_feedback)
    finally:
        if poll is not None:
            poll.stop()
        elif feedback is not None:
            feedback.canceled.disconnect(own_feedback.cancel)
    reply = blocking.reply()
    status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
    status = int(status) if status not in (None, "") else None
    error = reply.error()
    shown = _safe_url(url)
    if over == ["size"]:
        raise FetchError(QT_TRANSLATE_NOOP("@default", "The server sent more data than a capabilities document holds; "
                                                       "the download was stopped."),
                         f"> {MAX_BYTES // (1024 * 1024)} MB: {shown}", status)
    if over == ["time"] or (error == QNetworkReply.NetworkError.OperationCanceledError and not own_feedback.isCanceled()):
        # QGIS 3.22 reports a transfer timeout as no error with an empty body: the reply's own error tells
        raise FetchError(_TOO_SLOW, f"{timeout_s} s: {shown}", status)
    if own_feedback.isCanceled() or (feedback is not None and feedback.isCanceled()):
        raise FetchCancelledError(shown)
    data = bytes(reply.content() or b"")
    if status is not None and status >= 400:
        reason = reply.attribute(QNetworkRequest.Attribute.HttpReasonPhraseAttribute) or _HTTP_REASONS.get(status, "")
        said = _server_says(data)
        detail = f"HTTP {status}{f' ({reason})' if reason else ''}: {shown}{f' - {said}' if said else ''}"
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
    if status is not None and 200 <= status < 300 and error == QNetworkReply.NetworkError.NoError:
        return data  # an empty body is the parser's to name ("The server sent an empty document.")
    if code != QgsBlockingNetworkRequest.ErrorCode.NoError or error != QNetworkReply.NetworkError.NoError:
        if error == QNetworkReply.NetworkError.TimeoutError:
            raise FetchError(_TOO_SLOW, f"{timeout_s} s: {shown}", status)
        if error in (QNetworkReply.NetworkError.AuthenticationRequiredError, QNetworkReply.NetworkError.ContentAccessDenied):
            raise FetchError(QT_TRANSLATE_NOOP(
                "@default", "The server refused access: check the authentication configuration in the plugin's settings."),
                shown, status)
        if error == QNetworkReply.NetworkError.TooManyRedirectsError:
            raise FetchError(QT_TRANSLATE_NOOP("@default", "The server redirects the request in a loop."),
                             f"> {MAX_REDIRECTS}: {shown}", status)
        if error == QNetworkReply.NetworkError.SslHandshakeFailedError:
            raise FetchError(QT_TRANSLATE_NOOP("@default", "The server's certificate is not trusted (or the secure "
                                                           "connection failed): check the URL and QGIS's SSL settings."),
                             f"{shown}: {blocking.errorMessage() or reply.errorString()}", status)
        raise FetchError(QT_TRANSLATE_NOOP("@default", "The server cannot be reached."),
                         f"{shown}: {blocking.errorMessage() or reply.errorString()}", status)
    return data
