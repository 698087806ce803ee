"""Fetching the services' documents through QGIS's network stack (proxy, SSL settings, authcfg, cache).

API (the dock and the reliability tests build on this; keep it stable):

    from .network import CapabilitiesTask, FetchError, fetch, fetch_service_model

    task = CapabilitiesTask(profile, authcfg=settings.authcfg, timeout_s=settings.network_timeout_s,
                            derive=None,     # optional function(ServiceModel) -> anything, run in the task's thread
                            fresh=False)     # True: past QGIS's network cache (an explicit Refresh)
    task.loaded.connect(on_model)    # ServiceModel (core.services.capabilities), emitted on the GUI thread
    task.failed.connect(on_error)    # str: a translated message for the user (message bar), emitted on the GUI thread
    QgsApplication.taskManager().addTask(task)   # keep a Python reference to `task` until it has ended
    task.cancel()                    # at any time: the request is aborted; then neither `loaded` nor `failed` fires
                                     # (QgsTask.taskTerminated does, with task.was_cancelled True)

    After the end the results stay on the task: task.model (ServiceModel | None), task.derived (what `derive` returned),
    task.error (str), task.was_cancelled. A cancel is never lost, whenever it comes (see fetch()).
    `loaded` also fires when only one of WMTS and WMS could be read: model.errors then says why the other failed.
    `failed` fires when neither could be read (or the profile has no URL at all).

    Blocking helpers for code that already runs off the GUI thread (a QgsTask.run(), a Processing algorithm):
    fetch(url, authcfg="", timeout_s=30, feedback=None, accept="", fresh=False) -> bytes   FetchError / FetchCancelledError
    fetch_service_model(profile, authcfg="", timeout_s=30, feedback=None, fresh=False) -> ServiceModel   FetchError
    Never call them on the GUI thread: QGIS would freeze until the server answers.

FetchError carries `message` (English, marked for translation), `detail` (URL, server text) and `status` (HTTP status
or None); `user_text()` joins them, translated. No credentials ever appear in a message: only the authcfg id is used.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from qgis.core import QgsApplication, QgsBlockingNetworkRequest, QgsFeedback, QgsTask
from qgis.PyQt.QtCore import Qt, QThread, QTimer, QUrl, pyqtSignal
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

from ..text import QT_TRANSLATE_NOOP
from .capabilities import WMS, WMTS, CapabilitiesError, ServiceModel, parse_wms_capabilities, parse_wmts_capabilities
from .endpoints import ServiceProfile
from .sources import wms_capabilities_url, wmts_capabilities_url

USER_AGENT = "QGIS terrascope_s2 plugin"
# Real capabilities are a few MB (2.6 MB for 50,000 TIME values): a body larger than this is stopped as it arrives.
MAX_BYTES = 16 * 1024 * 1024
MAX_REDIRECTS = 5
DEADLINE_FACTOR = 4  # a whole answer may take this many times the (per-byte) timeout
CANCEL_POLL_MS = 50  # how often a running request looks at its caller's feedback
_TOO_SLOW = QT_TRANSLATE_NOOP("@default", "The server did not answer in time (see the timeout in the settings).")
_NO_URL = QT_TRANSLATE_NOOP("@default", "No URL is set: choose a service profile or enter URLs in the settings.")


class FetchError(RuntimeError):
    """A request that did not give a usable answer. `message` is translatable English, `detail` is not."""

    def __init__(self, message: str, detail: str = "", status: int | None = None):
        super().__init__(f"{message} {detail}".strip())
        self.message = message
        self.detail = detail
        self.status = status

    def user_text(self) -> str:
        from ...toolbelt.i18n import tr

        return f"{tr(self.message)} {self.detail}".strip()


class FetchCancelledError(FetchError):
    """The feedback was cancelled while waiting."""

    def __init__(self, detail: str = ""):
        super().__init__(QT_TRANSLATE_NOOP("@default", "Cancelled."), detail)


_HTTP_REASONS = {
    400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 408: "Request Timeout",
    429: "Too Many Requests", 500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable",
    504: "Gateway Timeout",
}


def _safe_url(url: str) -> str:
    """The url for a message: without user info (a password typed into a URL never reaches a log)."""
    return QUrl(url).toString(QUrl.RemoveUserInfo)


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
        raise FetchError(_NO_URL)
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
    request.setAttribute(QNetworkRequest.FollowRedirectsAttribute, True)
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

    blocking.downloadProgress.connect(watch, Qt.DirectConnection)
    # QgsBlockingNetworkRequest connects its feedback to the reply only once the reply exists: a feedback cancelled just
    # before is never seen, and the request runs to its end. Off the GUI thread the request runs an event loop in this
    # thread, started after those connections: a timer there passes the caller's cancel on, so none is lost. On the GUI
    # thread (tests, qgis_process) the cancel can only come from that same thread while the request runs: passed on directly.
    poll = None
    if feedback is not None:
        if QThread.currentThread() is QgsApplication.instance().thread():
            feedback.canceled.connect(own_feedback.cancel, Qt.DirectConnection)
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
    status = reply.attribute(QNetworkRequest.HttpStatusCodeAttribute)
    status = int(status) if status not in (None, "") else None
    error = reply.error()
    shown = _safe_url(url)
    if over == ["size"]:
        raise FetchError(QT_TRANSLATE_NOOP("@default", "The server sent more data than a capabilities document holds; "
                                                       "the download was stopped."),
                         f"> {MAX_BYTES // (1024 * 1024)} MB: {shown}", status)
    if over == ["time"] or (error == QNetworkReply.OperationCanceledError and not own_feedback.isCanceled()):
        # QGIS 3.22 reports a transfer timeout as no error with an empty body: the reply's own error tells
        raise FetchError(_TOO_SLOW, f"{timeout_s} s: {shown}", status)
    if own_feedback.isCanceled() or (feedback is not None and feedback.isCanceled()):
        raise FetchCancelledError(shown)
    data = bytes(reply.content() or b"")
    if status is not None and status >= 400:
        reason = reply.attribute(QNetworkRequest.HttpReasonPhraseAttribute) or _HTTP_REASONS.get(status, "")
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
    if status is not None and 200 <= status < 300 and error == QNetworkReply.NoError:
        return data  # an empty body is the parser's to name ("The server sent an empty document.")
    if code != QgsBlockingNetworkRequest.NoError or error != QNetworkReply.NoError:
        if error == QNetworkReply.TimeoutError:
            raise FetchError(_TOO_SLOW, f"{timeout_s} s: {shown}", status)
        if error in (QNetworkReply.AuthenticationRequiredError, QNetworkReply.ContentAccessDenied):
            raise FetchError(QT_TRANSLATE_NOOP(
                "@default", "The server refused access: check the authentication configuration in the plugin's settings."),
                shown, status)
        if error == QNetworkReply.TooManyRedirectsError:
            raise FetchError(QT_TRANSLATE_NOOP("@default", "The server redirects the request in a loop."),
                             f"> {MAX_REDIRECTS}: {shown}", status)
        if error == QNetworkReply.SslHandshakeFailedError:
            raise FetchError(QT_TRANSLATE_NOOP("@default", "The server's certificate is not trusted (or the secure "
                                                           "connection failed): check the URL and QGIS's SSL settings."),
                             f"{shown}: {blocking.errorMessage() or reply.errorString()}", status)
        raise FetchError(QT_TRANSLATE_NOOP("@default", "The server cannot be reached."),
                         f"{shown}: {blocking.errorMessage() or reply.errorString()}", status)
    return data


def fetch_capabilities(protocol: str, url: str, authcfg: str = "", timeout_s: int = 30,
                       feedback: QgsFeedback | None = None, fresh: bool = False):
    """Fetch and parse one service's capabilities (WMTS or WMS); raises FetchError or CapabilitiesError.

    `fresh` asks the server again even when QGIS's network cache holds a recent answer (an explicit Refresh)."""
    if protocol == WMTS:
        caps_url = wmts_capabilities_url(url)
        return parse_wmts_capabilities(fetch(caps_url, authcfg, timeout_s, feedback, fresh=fresh), caps_url)
    caps_url = wms_capabilities_url(url)
    return parse_wms_capabilities(fetch(caps_url, authcfg, timeout_s, feedback, fresh=fresh), url.strip())


def fetch_service_model(profile: ServiceProfile, authcfg: str = "", timeout_s: int = 30,
                        feedback: QgsFeedback | None = None, fresh: bool = False) -> ServiceModel:
    """WMTS and WMS capabilities of a profile, merged. One side failing is recorded in model.errors (translated text);
    both failing (or no URL at all) raises FetchError with both reasons.

    Off the GUI thread the two documents are fetched at once (a slow service costs the slower of the two, not their
    sum). On the GUI thread (qgis_process, tests) one after the other: a request off the GUI thread may need the GUI
    thread to answer an SSL or login question, and it would be blocked waiting here."""
    wanted = [(protocol, url) for protocol, url in ((WMTS, profile.wmts_url), (WMS, profile.wms_url)) if url]
    if not wanted:
        raise FetchError(_NO_URL)

    def one(protocol: str, url: str):
        if feedback is not None and feedback.isCanceled():
            return FetchCancelledError()
        try:
            return fetch_capabilities(protocol, url, authcfg, timeout_s, feedback, fresh)
        except (FetchError, CapabilitiesError) as error:
            return error

    if len(wanted) == 2 and QThread.currentThread() is not QgsApplication.instance().thread():
        other = _Job(lambda: one(*wanted[1]))
        other.start()
        try:
            results = [one(*wanted[0])]
        finally:
            other.wait()
        results.append(other.result)
    else:
        results = [one(*wanted[0])]
        results += [one(*wanted[1])] if len(wanted) == 2 else []
    found, errors = {}, {}
    for (protocol, _url), result in zip(wanted, results):
        if isinstance(result, FetchCancelledError) or (isinstance(result, Exception)
                                                       and not isinstance(result, (FetchError, CapabilitiesError))):
            raise result  # cancelled, or a bug: the task says so
        if isinstance(result, Exception):
            errors[protocol] = f"{protocol}: {result.user_text()}"
        else:
            found[protocol] = result
    if not found:
        raise FetchError(QT_TRANSLATE_NOOP("@default", "The service could not be read."), " ".join(errors.values()))
    return ServiceModel.merge(found.get(WMTS), found.get(WMS), errors)


class _Job(QThread):
    """A function run in a QThread of its own (a QThread, not a Python thread: the request's timers need Qt's event
    dispatcher); the function returns its errors rather than raising them."""

    def __init__(self, function: Callable[[], object]):
        super().__init__()
        self.function = function
        self.result: object = None

    def run(self) -> None:
        try:
            self.result = self.function()
        except Exception as error:  # noqa: BLE001 - given to the caller, which raises or reports it
            self.result = error


class CapabilitiesTask(QgsTask):
    """Fetch and parse a profile's capabilities off the GUI thread (see the module's docstring for the API)."""

    loaded = pyqtSignal(object)  # ServiceModel
    failed = pyqtSignal(str)  # translated message

    def __init__(self, profile: ServiceProfile, authcfg: str = "", timeout_s: int = 30, description: str = "",
                 derive: Callable[[ServiceModel], object] | None = None, fresh: bool = False):
        from ...toolbelt.i18n import tr

        super().__init__(description or tr("Reading the Terrascope services"), QgsTask.CanCancel)
        self.profile = profile
        self.authcfg = authcfg
        self.timeout_s = timeout_s
        self.derive = derive
        self.fresh = fresh
        self.model: ServiceModel | None = None
        self.derived: object = None
        self.error = ""
        self.was_cancelled = False
        self._feedback = QgsFeedback()

    def cancel(self) -> None:
        self.was_cancelled = True
        self._feedback.cancel()
        super().cancel()

    def _cancelled(self) -> bool:
        return self.was_cancelled or self.isCanceled() or self._feedback.isCanceled()

    def run(self) -> bool:  # worker thread: no layer, project or widget here
        try:
            if self._cancelled():  # cancelled before it started
                self.was_cancelled = True
                return False
            self.setProgress(5)
            model = fetch_service_model(self.profile, self.authcfg, self.timeout_s, self._feedback, self.fresh)
            if self._cancelled():
                self.was_cancelled = True
                return False
            self.setProgress(90)
            self.derived = self.derive(model) if self.derive is not None else None
            self.model = model
            if self._cancelled():
                self.was_cancelled = True
                return False
            self.setProgress(100)
            return True
        except FetchCancelledError:
            self.was_cancelled = True
            return False
        except (FetchError, CapabilitiesError) as error:
            self.error = error.user_text()
            return False
        except Exception as error:  # noqa: BLE001 - reported to the user in finished(), never lost in a thread
            from ...toolbelt.i18n import tr

            self.error = tr("Unexpected error while reading the services:") + f" {type(error).__name__}: {error}"
            return False

    def finished(self, result: bool) -> None:  # GUI thread
        if result and self.model is not None:
            self.loaded.emit(self.model)
        elif not self.was_cancelled and not self.isCanceled():
            self.failed.emit(self.error)
