"""The plugin's page in QGIS Options (Settings > Options > Terrascope)."""

from __future__ import annotations

from functools import lru_cache

from qgis.gui import QgsFileWidget, QgsOptionsPageWidget, QgsOptionsWidgetFactory
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QVBoxLayout

from ..__about__ import ICON_PATH, RESOURCES
from ..core.services.endpoints import CUSTOM, PROFILES
from ..core.services.redirects import URL_WITH_LOGIN, url_has_login
from ..core.settings import DEFAULT_DOWNLOAD_FOLDER, Settings
from ..core.stac import TERRASCOPE_CATALOGUE_URL
from ..toolbelt.i18n import tr
from ..toolbelt.log import tell_user

PAGE_NAME = "terrascope_s2_options"  # what the panel's settings button asks QGIS Options to show
SIDEBAR_TITLE = "Terrascope"  # a name, not translated; short enough for QGIS Options' sidebar as QGIS sizes it


@lru_cache(maxsize=1)
def _form_class():
    """The page's layout, read when the Options dialog first shows it (not at QGIS start)."""
    from qgis.PyQt import uic

    return uic.loadUiType(str(RESOURCES / "ui" / "options.ui"))[0]


class OptionsPage(QgsOptionsPageWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.form = _form_class()()
        self.form.setupUi(self)
        self.setObjectName(PAGE_NAME)  # after setupUi, which names the page after the .ui's root widget
        # a folder: set here, not in options.ui, where only the unscoped QgsFileWidget::GetDirectory reads on QGIS 3
        self.form.download_folder_widget.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        layout = self.layout() or QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for key, profile in PROFILES.items():
            self.form.profile_combo.addItem(tr(profile.title), key)
        self.form.profile_combo.addItem(tr("Custom URLs"), CUSTOM)
        self._custom_urls = ("", "")
        self._shown_key = None
        self.form.profile_combo.currentIndexChanged.connect(self._show_profile)
        self.load(Settings.load())

    def load(self, settings: Settings) -> None:
        self._custom_urls = (settings.custom_wmts_url, settings.custom_wms_url)
        self._shown_key = None
        index = self.form.profile_combo.findData(settings.service_profile)
        self.form.profile_combo.setCurrentIndex(max(index, 0))
        self._show_profile()
        self.form.auth_select.setConfigId(settings.authcfg)
        self.form.timeout_spin.setValue(settings.network_timeout_s)
        self.form.prefer_wmts_check.setChecked(settings.prefer_wmts)
        self.form.replace_check.setChecked(settings.replace_layer_on_add)
        self.form.outline_check.setChecked(settings.add_tile_outline)
        self.form.style_check.setChecked(settings.style_opened_products)
        self.form.catalogue_url_edit.setText(settings.catalogue_url)
        self.form.catalogue_auth_select.setConfigId(settings.catalogue_authcfg)
        self.form.login_origin_edit.setText(settings.catalogue_login_origin)
        self.form.download_folder_widget.setFilePath(settings.download_folder)
        self.form.download_folder_widget.lineEdit().setPlaceholderText(str(DEFAULT_DOWNLOAD_FOLDER))

    def _show_profile(self) -> None:
        if self._shown_key == CUSTOM:  # keep what the user typed when they look at another profile
            self._custom_urls = (self.form.wmts_edit.text(), self.form.wms_edit.text())
        key = self._shown_key = self.form.profile_combo.currentData()
        custom = key == CUSTOM
        wmts, wms = self._custom_urls if custom else (PROFILES[key].wmts_url, PROFILES[key].wms_url)
        for edit, url in ((self.form.wmts_edit, wmts), (self.form.wms_edit, wms)):
            edit.setReadOnly(not custom)
            edit.setText(url)

    def apply(self) -> None:
        settings = Settings.load()
        settings.service_profile = self.form.profile_combo.currentData()
        refused: list[str] = []

        def address(label, edit, kept: str) -> str:
            """The address typed, or the one stored before when it holds a user name or password (QGIS3.ini is
            plain text: a login belongs in QGIS's authentication database)."""
            text = edit.text().strip()
            if url_has_login(text):
                refused.append(label.text().rstrip(":"))
                return kept
            return text

        if settings.service_profile == CUSTOM:
            settings.custom_wmts_url = address(self.form.wmts_label, self.form.wmts_edit, settings.custom_wmts_url)
            settings.custom_wms_url = address(self.form.wms_label, self.form.wms_edit, settings.custom_wms_url)
        settings.authcfg = self.form.auth_select.configId()
        settings.network_timeout_s = self.form.timeout_spin.value()
        settings.prefer_wmts = self.form.prefer_wmts_check.isChecked()
        settings.replace_layer_on_add = self.form.replace_check.isChecked()
        settings.add_tile_outline = self.form.outline_check.isChecked()
        settings.style_opened_products = self.form.style_check.isChecked()
        settings.catalogue_url = address(self.form.catalogue_url_label, self.form.catalogue_url_edit,
                                         settings.catalogue_url) or TERRASCOPE_CATALOGUE_URL
        settings.catalogue_authcfg = self.form.catalogue_auth_select.configId()
        settings.catalogue_login_origin = address(self.form.login_origin_label, self.form.login_origin_edit,
                                                  settings.catalogue_login_origin)
        settings.download_folder = self.form.download_folder_widget.filePath().strip()
        settings.save()
        if refused:
            tell_user(tr(URL_WITH_LOGIN) + " " + tr("Not saved: {fields}.").format(fields=", ".join(refused)))


class OptionsFactory(QgsOptionsWidgetFactory):
    def __init__(self):
        super().__init__()
        self.setTitle(SIDEBAR_TITLE)

    def icon(self):
        return QIcon(ICON_PATH)

    def createWidget(self, parent):  # noqa: N802
        return OptionsPage(parent)
