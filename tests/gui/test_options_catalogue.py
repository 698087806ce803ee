"""The Options page's catalogue part: what it shows is what is stored, and what it stores is what it shows."""

from __future__ import annotations

import pytest
from qgis.gui import QgsFileWidget

from terrascope_s2.plugin.core.settings import DEFAULT_DOWNLOAD_FOLDER, Settings
from terrascope_s2.plugin.core.stac import TERRASCOPE_CATALOGUE_URL, TERRASCOPE_DOWNLOAD_ORIGIN


@pytest.fixture
def kept_settings():
    before = Settings.load()
    yield
    before.save()


def test_the_defaults_are_terrascopes(kept_settings):
    from qgis.core import QgsSettings

    for name in ("catalogue_url", "catalogue_authcfg", "catalogue_login_origin", "download_folder"):
        QgsSettings().remove(f"terrascope_s2/{name}")
    settings = Settings.load()
    assert (settings.catalogue_url, settings.catalogue_authcfg) == ("https://stac.terrascope.be/", "")
    assert settings.catalogue_login_origin == "https://services.terrascope.be"
    assert settings.download_root() == DEFAULT_DOWNLOAD_FOLDER and settings.catalogue_login() is None


def test_the_options_page_shows_and_stores_the_catalogue_settings(qgis_app, kept_settings, tmp_path):
    from terrascope_s2.plugin.gui.options import OptionsPage

    settings = Settings.load()
    settings.catalogue_url, settings.catalogue_authcfg = "https://stac.example.org/api/", "abc1234"
    settings.catalogue_login_origin, settings.download_folder = "https://files.example.org", str(tmp_path)
    settings.save()
    page = OptionsPage()
    assert page.form.catalogue_url_edit.text() == "https://stac.example.org/api/"
    assert page.form.login_origin_edit.text() == "https://files.example.org"
    assert page.form.download_folder_widget.filePath() == str(tmp_path)
    assert page.form.download_folder_widget.storageMode() == QgsFileWidget.StorageMode.GetDirectory  # a folder
    page.form.catalogue_url_edit.setText("  ")  # emptied: Terrascope's again
    page.form.login_origin_edit.setText(TERRASCOPE_DOWNLOAD_ORIGIN)
    page.form.download_folder_widget.setFilePath(str(tmp_path / "products"))
    page.apply()
    stored = Settings.load()
    assert stored.catalogue_url == TERRASCOPE_CATALOGUE_URL
    assert stored.catalogue_login_origin == TERRASCOPE_DOWNLOAD_ORIGIN
    assert stored.download_root() == tmp_path / "products"
    login = stored.catalogue_login()
    assert login is None or (login.origin == TERRASCOPE_DOWNLOAD_ORIGIN)  # the id only exists if the database has it
    page.deleteLater()


def test_an_address_holding_a_login_is_not_stored_and_the_rest_is(qgis_app, kept_settings, message_log):
    from qgis.core import QgsApplication

    from terrascope_s2.plugin.gui.options import OptionsPage

    settings = Settings.load()
    settings.catalogue_url, settings.network_timeout_s = "https://stac.example.org/", 30
    settings.save()
    page = OptionsPage()
    page.form.catalogue_url_edit.setText("https://someone:s3cret-pw@stac.example.org/")
    page.form.timeout_spin.setValue(12)
    page.apply()
    QgsApplication.processEvents()
    stored = Settings.load()
    assert stored.catalogue_url == "https://stac.example.org/" and stored.network_timeout_s == 12
    assert [message for message, _ in message_log if "user name or password" in message and "Not saved" in message]
    assert not [message for message, _ in message_log if "s3cret-pw" in message or "someone" in message]
    page.deleteLater()
