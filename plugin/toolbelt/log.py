"""One logger: details to the QGIS log panel under the plugin's tag; the message bar for what the user must act on."""

from __future__ import annotations

from qgis.core import Qgis, QgsMessageLog

from ..__about__ import TITLE

_LEVELS = {"info": Qgis.MessageLevel.Info, "warning": Qgis.MessageLevel.Warning, "critical": Qgis.MessageLevel.Critical,
           "success": Qgis.MessageLevel.Success}


def log(message: str, level: str = "info") -> None:
    """To QGIS's log panel, scrubbed of credentials (a URL's user info, an Authorization value) whatever said them."""
    from ..core.services.redirects import scrub

    QgsMessageLog.logMessage(scrub(message), TITLE, _LEVELS[level], notifyUser=False)


def tell_user(message: str, level: str = "warning", iface=None, duration: int | None = None) -> None:
    """Show a message in QGIS's message bar (when there is one) and keep it in the log."""
    from ..core.services.redirects import scrub

    message = scrub(message)
    log(message, level)
    if iface is None:
        from qgis.utils import iface as global_iface

        iface = global_iface
    bar = iface.messageBar() if iface is not None else None
    if bar is not None:
        bar.pushMessage(TITLE, message, _LEVELS[level], duration if duration is not None else (0 if level == "critical" else 8))
