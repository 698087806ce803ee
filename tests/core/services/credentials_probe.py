"""Run in a child process by test_credentials.py, with QGIS_CUSTOM_CONFIG_PATH pointing at a throwaway profile.

    python credentials_probe.py <plugin import root> <server base url> <user> <password> <project file> <log file>

Does what a user with a Terrascope login does: a Basic-auth configuration in QGIS's authentication database (master
password set programmatically), the plugin's settings saved with its id, capabilities fetched with it (and with a
wrong one), a WMTS layer added through the plugin's source builder, the project saved. Prints one JSON line with what
the parent checks: the layer's source, the messages of every error, and whether the layer was valid.
"""

from __future__ import annotations

import json
import sys

from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsProject, QgsRasterLayer, QgsSettings

import_root, base_url, user, password, project_file, log_file = sys.argv[1:7]
sys.path.insert(0, import_root)

QgsApplication.setOrganizationName("QGIS")  # settings in QGIS/QGIS3.ini, as in the desktop
QgsApplication.setApplicationName("QGIS3")
app = QgsApplication([], False)
app.initQgis()
log_lines: list[str] = []
QgsApplication.messageLog().messageReceived.connect(lambda message, tag, level: log_lines.append(f"{tag}: {message}"))

from terrascope_s2.plugin.core.services.capabilities_task import fetch_capabilities  # noqa: E402
from terrascope_s2.plugin.core.services.network import FetchError  # noqa: E402
from terrascope_s2.plugin.core.services.sources import wmts_source  # noqa: E402
from terrascope_s2.plugin.core.settings import Settings  # noqa: E402

manager = QgsApplication.authManager()
assert manager.setMasterPassword("throwaway-master-password", True), "master password"


def basic_config(name: str, secret: str) -> str:
    config = QgsAuthMethodConfig("Basic")
    config.setName(name)
    config.setConfig("username", user)
    config.setConfig("password", secret)
    assert manager.storeAuthenticationConfig(config)[0], "store"
    return config.id()


good = basic_config("Terrascope", password)
wrong = basic_config("Terrascope (old password)", password[::-1])

settings = Settings.load()
settings.service_profile, settings.custom_wmts_url, settings.authcfg = "custom", f"{base_url}/wmts/auth", good
settings.save()
QgsSettings().sync()

result: dict[str, object] = {"good": good, "wrong": wrong, "errors": []}
model = fetch_capabilities("WMTS", f"{base_url}/wmts/auth", authcfg=good, timeout_s=5)
result["layers"] = list(model.layers)
# (another URL each time: QGIS's network cache would otherwise answer for the server, for 30 s or so)
for attempt, authcfg in (("wrong", wrong), ("none", "")):
    try:
        fetch_capabilities("WMTS", f"{base_url}/wmts/auth?attempt={attempt}", authcfg=authcfg, timeout_s=5)
    except FetchError as error:
        result["errors"].append(error.user_text() + " | " + repr(error.args))
# a password typed into the URL itself: never shown back
try:
    fetch_capabilities("WMTS", base_url.replace("://", f"://{user}:{password}@") + "/wmts/status/500", timeout_s=5)
except FetchError as error:
    result["errors"].append(error.user_text() + " | " + repr(error.args))

# Processing, as a user runs it: once with the plugin's settings (the login from the authcfg), once with a
# user:password@ URL typed into the URL parameter (refused before Processing logs it); and the Options page asked
# to store such a URL (refused). What each said is kept for the parent's grep.
sys.path.append(QgsApplication.pkgDataPath() + "/python/plugins")
from processing.core.Processing import Processing  # noqa: E402
from qgis.core import QgsProcessingException, QgsProcessingFeedback  # noqa: E402

from terrascope_s2.plugin.processing.provider import TerrascopeProvider  # noqa: E402

Processing.initialize()
provider = TerrascopeProvider()  # kept: the registry does not keep the Python object alive
QgsApplication.processingRegistry().addProvider(provider)
import processing  # noqa: E402

processing_log: list[str] = []
for url in ("", base_url.replace("://", f"://{user}:{password}@") + "/wmts/auth"):
    feedback = QgsProcessingFeedback()
    try:
        done = processing.run("terrascope_s2:listdates", {"PROFILE": 0, "URL": url, "LAYER": "CGS_S2_NDVI",
                                                          "OUTPUT": "memory:"}, feedback=feedback)
        processing_log.append(f"rows: {done['OUTPUT'].featureCount()}")
    except QgsProcessingException as error:
        processing_log.append(f"refused: {error}")
    processing_log.append(feedback.textLog())
result["processing"] = processing_log

from terrascope_s2.plugin.gui.options import OptionsPage  # noqa: E402

page = OptionsPage()
page.form.profile_combo.setCurrentIndex(page.form.profile_combo.findData("custom"))
page.form.wmts_edit.setText(base_url.replace("://", f"://{user}:{password}@") + "/wmts/auth")
page.form.timeout_spin.setValue(7)
page.apply()
QgsSettings().sync()
result["stored_after_options"] = [Settings.load().custom_wmts_url, Settings.load().network_timeout_s]

source = wmts_source(f"{base_url}/wmts/auth", "CGS_S2_NDVI", time_value="2017-01-03T10:50:18.000Z", authcfg=good)
layer = QgsRasterLayer(source, "CGS_S2_NDVI 2017-01-03", "wms")
result["valid"] = layer.isValid()
result["source"] = layer.source()
result["public_source"] = layer.publicSource()
QgsProject.instance().addMapLayer(layer)
result["saved"] = QgsProject.instance().write(project_file)
QgsApplication.processEvents()
with open(log_file, "w") as out:
    out.write("\n".join(log_lines))
print(json.dumps(result))
QgsProject.instance().clear()
app.exitQgis()
