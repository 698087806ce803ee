"""Reading a service profile's capabilities (WMTS and WMS, merged into a ServiceModel): blocking helpers and the QgsTask.

API (the dock and the reliability tests build on this; keep it stable):

    from .capabilities_task import CapabilitiesTask, fetch_capabilities, fetch_service_model

    task = CapabilitiesTask(profile, authcfg=settings.authcfg, timeout_s=settings.network_timeout_s,
                            derive=None,     # optional function(ServiceModel) -> anything, run in the task's thread
                            fresh=False)     # True: past QGIS's network cache (an explicit Refresh)
    task.loaded.connect(on_model)    # ServiceModel (core.services.model), emitted on the GUI thread
    task.failed.connect(on_error)    # str: a translated message for the user (message bar), emitted on the GUI thread
    QgsApplication.taskManager().addTask(task)   # keep a Python reference to `task` until it has ended
    task.cancel()                    # at any time: the request is aborted; then neither `loaded` nor `failed` fires
                                     # (QgsTask.taskTerminated does, with task.was_cancelled True)

    After the end the results stay on the task: task.model (ServiceModel | None), task.derived (what `derive` returned),
    task.error (str), task.was_cancelled. A cancel is never lost, whenever it comes (see network.fetch()).
    `loaded` also fires when only one of WMTS and WMS could be read: model.errors then says why the other failed.
    `failed` fires when neither could be read (or the profile has no URL at all).

    Blocking helpers for code that already runs off the GUI thread (a QgsTask.run(), a Processing algorithm):
    fetch_capabilities(protocol, url, authcfg="", timeout_s=30, feedback=None, fresh=False) -> Capabilities
    fetch_service_model(profile, authcfg="", timeout_s=30, feedback=None, fresh=False) -> ServiceModel   FetchError
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from dataclasses import replace

from qgis.core import QgsApplication, QgsFeedback
from qgis.PyQt.QtCore import QThread, pyqtSignal

from ...toolbelt.i18n import tr
from ...toolbelt.log import log
from ...toolbelt.tasks import UNEXPECTED, PluginTask
from ..errors import CancelledError, PluginError
from ..text import QT_TRANSLATE_NOOP
from .capabilities import parse_wms_capabilities, parse_wmts_capabilities
from .endpoints import ServiceProfile
from .model import WMS, WMTS, ServiceModel
from .network import NO_URL, TOO_SLOW, FetchCancelledError, FetchError, send
from .sources import wms_capabilities_url, wmts_capabilities_url
from .timevalues import TimeCache

# MapCache writes its capabilities only once it has walked every date: 0.11 s at 5,000 dates, 20-43 s at 50,000 (about
# quadratic), and nothing arrives before. A capabilities request waits at least this long for its first byte.
CAPABILITIES_TIMEOUT_S = 120
_CAPABILITIES_TOO_SLOW = QT_TRANSLATE_NOOP(
    "@default", "The server did not send its capabilities within {seconds} s. A service with many dates can take longer "
                "to write them: raise the timeout in the plugin's settings, then press Refresh.")


class CapabilitiesTimeoutError(FetchError):
    """The server did not send its capabilities within the timeout: says so, and what to do."""

    def __init__(self, seconds: float, detail: str = "", status: int | None = None):
        PluginError.__init__(self, _CAPABILITIES_TOO_SLOW, detail, seconds=f"{seconds:g}")
        self.status = status


def capabilities_timeout(timeout_s: float) -> float:
    """The timeout of a capabilities request for the settings' network timeout (at least CAPABILITIES_TIMEOUT_S)."""
    return max(timeout_s, CAPABILITIES_TIMEOUT_S)


def fetch_capabilities(protocol: str, url: str, authcfg: str = "", timeout_s: int = 30,
                       feedback: QgsFeedback | None = None, fresh: bool = False, cache: TimeCache | None = None):
    """Fetch and parse one service's capabilities (WMTS or WMS); raises FetchError or CapabilitiesError, and
    CancelledError as soon as `feedback` is cancelled, while fetching or parsing.

    `fresh` asks the server again even when QGIS's network cache holds a recent answer (an explicit Refresh); `cache`
    may be shared by the documents of one service, which mostly advertise the same dates."""
    check = _canceller(feedback)
    caps_url = wmts_capabilities_url(url) if protocol == WMTS else wms_capabilities_url(url)
    try:
        answer = send(caps_url, authcfg=authcfg, timeout_s=timeout_s, feedback=feedback, fresh=fresh)
    except FetchError as error:
        if error.message != TOO_SLOW:
            raise
        url_only = error.detail.partition(" s: ")[2] or error.detail  # the fetch writes '<timeout> s: <url>'
        raise CapabilitiesTimeoutError(timeout_s, url_only, error.status) from None
    if protocol == WMTS:
        caps = parse_wmts_capabilities(answer.body, caps_url, cache=cache, check=check)
    else:
        caps = parse_wms_capabilities(answer.body, url.strip(), cache=cache, check=check)
    return replace(caps, answered_from=answer.url)  # a layer's login must not follow a redirect QGIS would follow


def _canceller(feedback: QgsFeedback | None) -> Callable[[], None]:
    """The parser's cancel point: raises CancelledError once `feedback` is cancelled."""

    def check() -> None:
        if feedback is not None and feedback.isCanceled():
            raise CancelledError()

    return check


def fetch_service_model(profile: ServiceProfile, authcfg: str = "", timeout_s: int = 30,
                        feedback: QgsFeedback | None = None, fresh: bool = False) -> ServiceModel:
    """WMTS and WMS capabilities of a profile, merged. One side failing is recorded in model.errors (translated text);
    both failing (or no URL at all) raises FetchError with both reasons.

    Off the GUI thread the two documents are fetched at once (a slow service costs the slower of the two, not their
    sum). On the GUI thread (qgis_process, tests) one after the other: a request off the GUI thread may need the GUI
    thread to answer an SSL or login question, and it would be blocked waiting here."""
    wanted = [(protocol, url) for protocol, url in ((WMTS, profile.wmts_url), (WMS, profile.wms_url)) if url]
    if not wanted:
        raise FetchError(NO_URL)

    cache = TimeCache()  # the two documents mostly advertise the same dates: each text read once

    def one(protocol: str, url: str):
        if feedback is not None and feedback.isCanceled():
            return FetchCancelledError()
        try:
            return fetch_capabilities(protocol, url, authcfg, timeout_s, feedback, fresh, cache)
        except Exception as error:  # noqa: BLE001 - returned: the caller tells a cancel, a user error and a bug apart
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
        if isinstance(result, CancelledError):
            raise result
        if isinstance(result, PluginError):
            errors[protocol] = f"{protocol}: {result.user_text()}"
        elif isinstance(result, Exception):  # a bug reading one side: the other side is still shown, the log has it
            log("".join(traceback.format_exception(type(result), result, result.__traceback__)), "critical")
            errors[protocol] = f"{protocol}: {tr(UNEXPECTED)} {type(result).__name__}: {result}"
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


class CapabilitiesTask(PluginTask):
    """Fetch and parse a profile's capabilities off the GUI thread (see the module's docstring for the API)."""

    loaded = pyqtSignal(object)  # ServiceModel; `failed` (str) comes from PluginTask

    def __init__(self, profile: ServiceProfile, authcfg: str = "", timeout_s: int = 30, description: str = "",
                 derive: Callable[[ServiceModel], object] | None = None, fresh: bool = False):
        from ...toolbelt.i18n import tr

        super().__init__(description or tr("Reading the Terrascope services"))
        self.profile = profile
        self.authcfg = authcfg
        self.timeout_s = timeout_s
        self.derive = derive
        self.fresh = fresh
        self.model: ServiceModel | None = None
        self.derived: object = None

    @property
    def error(self) -> str:
        """Why the task failed, translated ('' when it did not)."""
        return self.error_text()

    def unexpected_text(self) -> str:
        from ...toolbelt.i18n import tr

        return tr("Unexpected error while reading the services:")

    def work(self) -> bool:  # worker thread: no layer, project or widget here
        self.setProgress(5)
        model = fetch_service_model(self.profile, self.authcfg, self.timeout_s, self.feedback, self.fresh)
        if self.cancelled():
            raise CancelledError()
        self.setProgress(90)
        self.derived = self.derive(model) if self.derive is not None else None
        if self.cancelled():
            raise CancelledError()
        self.model = model
        self.setProgress(100)
        return True

    def succeeded(self) -> None:  # GUI thread
        self.loaded.emit(self.model)
