"""The service section: which service the panel reads (shown, changed in the options page) and reading it, in a task."""

from __future__ import annotations

from qgis.PyQt.QtCore import pyqtSignal

from ...core.services.model import ServiceModel
from ...toolbelt.i18n import tr
from ...toolbelt.log import tell_user
from ..panel_view import PanelView, panel_view
from .section import Section


class ServiceSection(Section):
    view_ready = pyqtSignal(object)  # PanelView: the service answered
    settings_changed = pyqtSignal()  # the options page was closed: the settings may differ

    def __init__(self, dock, memory, status, iface):
        super().__init__(dock, memory, status)
        self.iface = iface
        self.view: PanelView | None = None  # the service as the panel lists it (made in the task)
        self.closed = False
        dock.settings_button.clicked.connect(self.show_settings)
        dock.connect_button.clicked.connect(lambda: self.refresh(fresh=True))  # the user asks: past the cache

    @property
    def model(self) -> ServiceModel | None:
        return self.view.model if self.view is not None else None

    def show_endpoint(self) -> None:
        service = self.settings.service()
        self.dock.endpoint_label.setText(tr(service.title))
        self.dock.endpoint_label.setToolTip(f"WMTS: {service.wmts_url}\nWMS: {service.wms_url}")

    def show_settings(self) -> None:
        """Open the plugin's page in QGIS Options; connect again when the service settings changed."""
        before = (self.settings.service(), self.settings.authcfg)
        from ..options import PAGE_NAME

        self.iface.showOptionsDialog(self.iface.mainWindow(), currentPage=PAGE_NAME)
        self.memory.reload()
        self.show_endpoint()
        self.settings_changed.emit()
        if (self.settings.service(), self.settings.authcfg) != before or self.view is None or not self.view.layers:
            self.refresh()

    def refresh(self, fresh: bool = False) -> None:
        """Read the service's capabilities again, in a task; the panel stays usable meanwhile. `fresh`: from the server
        even when QGIS's network cache holds a recent answer."""
        from ...core.services.capabilities_task import CapabilitiesTask, capabilities_timeout

        for task in [t for t in self.status.tasks if isinstance(t, CapabilitiesTask)]:
            task.cancel()
        service = self.settings.service()
        if not (service.wmts_url or service.wms_url):
            self.status.say(tr("No service address: choose one with the settings button (the wrench)."), error=True)
            return
        task = CapabilitiesTask(service, authcfg=self.settings.authcfg,
                                timeout_s=capabilities_timeout(self.settings.network_timeout_s),
                                description=tr("Terrascope: reading the service's layers"), derive=panel_view,
                                fresh=fresh)
        task.loaded.connect(lambda model: self.capabilities_ready(
            task.derived if isinstance(task.derived, PanelView) else panel_view(model)))
        task.failed.connect(self.capabilities_failed)
        self.status.run(task, tr("Connecting to {service}…").format(service=tr(service.title)))

    def capabilities_ready(self, view: PanelView | ServiceModel) -> None:
        """The service answered: list its layers (the view was made in the task; a bare model is viewed here)."""
        if self.closed:
            return
        if isinstance(view, ServiceModel):
            view = panel_view(view)
        self.view = view
        self.view_ready.emit(view)  # the layers now listed (none when the side that answered has none any more)
        unread = [(name, protocol, error) for name, protocol, error in view.model.time_errors()
                  if name.upper().startswith("CGS_S2")]
        if unread:  # a layer whose dates cannot be read is left out; the others are listed
            tell_user(tr("{count} layer(s) left out, their dates cannot be read: {reasons}").format(
                count=len(unread), reasons="; ".join(f"{protocol} {name}: {error.user_text()}"
                                                     for name, protocol, error in unread[:3])), "warning", self.iface)
        if not view.layers and view.model.errors:  # one side failed, the other has no Sentinel-2 layer
            self.capabilities_failed("; ".join(view.model.errors.values()))

    def capabilities_failed(self, reason: str) -> None:
        if self.closed:
            return
        self.status.say(tr("The service could not be read: check the network and the settings, then press Refresh."),
                        error=True, detail=reason)

    def close(self) -> None:
        self.closed = True
