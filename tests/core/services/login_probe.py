"""Run in a child process by test_login_origin.py, with QGIS_CUSTOM_CONFIG_PATH pointing at a throwaway profile.

    python login_probe.py <plugin import root> <user> <password> <what> <json arguments>

Makes a Basic-auth configuration in QGIS's authentication database (master password set programmatically), then does
one thing with it through the plugin, as a user would, and prints one JSON line with what happened:

    fetch   {"url"}                                        the plugin's GET with the login
    fetch-then-without-login {"url"}                       the same, then a GET of that address without the login
    layer   {"kind": "WMTS"|"WMS"|"WMST", "url", "layer", "login": true|false}
            reads the service's capabilities (with the login), builds the plugin's layer and, when it is built, draws
            it for real with QGIS's map renderer; for a WMS also asks QGIS for its legend and identifies a point.
"""

from __future__ import annotations

import json
import sys
import traceback

from qgis.core import QgsApplication, QgsAuthMethodConfig

import_root, user, password, what, arguments = sys.argv[1:6]
arguments = json.loads(arguments)
sys.path.insert(0, import_root)

QgsApplication.setOrganizationName("QGIS")
QgsApplication.setApplicationName("QGIS3")
app = QgsApplication([], False)
app.initQgis()
log_lines: list[str] = []
QgsApplication.messageLog().messageReceived.connect(lambda message, tag, level: log_lines.append(f"{tag}: {message}"))

manager = QgsApplication.authManager()
assert manager.setMasterPassword("throwaway-master-password", True), "master password"
config = QgsAuthMethodConfig("Basic")
config.setName("Terrascope")
config.setConfig("username", user)
config.setConfig("password", password)
assert manager.storeAuthenticationConfig(config)[0], "store"
authcfg = config.id()


def fetch_one(url: str) -> dict:
    from terrascope_s2.plugin.core.services.network import FetchError, send

    try:
        answer = send(url, authcfg=authcfg, timeout_s=5)
        return {"body": answer.body[:200].decode(errors="replace"), "url": answer.url, "left": answer.login_left_at}
    except FetchError as error:
        return {"error": error.user_text(), "args": repr(error.args)}


def draw(layer) -> dict:
    """Draw the layer with QGIS's renderer (the tiles or GetMap really requested), over Belgium in EPSG:3857."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsMapRendererSequentialJob, QgsMapSettings, QgsRectangle
    from qgis.PyQt.QtCore import QSize

    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    settings.setExtent(QgsRectangle(278000, 6500000, 720000, 6720000))
    settings.setOutputSize(QSize(256, 128))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    painted = sum(1 for x in range(0, 256, 8) for y in range(0, 128, 8) if image.pixelColor(x, y).alpha() > 0)
    return {"painted": painted, "errors": [error.message for error in job.errors()]}


def legend_fetched(provider) -> bool:
    """Ask the provider for its legend image, as the Layers panel does (QGIS fetches it asynchronously)."""
    from qgis.core import QgsMapSettings
    from qgis.PyQt.QtCore import QEventLoop, QTimer

    fetcher = provider.getLegendGraphicFetcher(QgsMapSettings())
    if fetcher is None:
        return False
    outcome: list[bool] = []
    loop = QEventLoop()
    fetcher.finish.connect(lambda image: (outcome.append(not image.isNull()), loop.quit()))
    fetcher.error.connect(lambda message: (outcome.append(False), loop.quit()))
    QTimer.singleShot(10_000, loop.quit)
    fetcher.start()
    if not outcome:
        loop.exec()
    return bool(outcome and outcome[0])


def build_layer(kind: str, url: str, name: str, login: bool) -> dict:
    from qgis.core import QgsRasterLayer

    from terrascope_s2.plugin.core.errors import PluginError
    from terrascope_s2.plugin.core.services import maplayers
    from terrascope_s2.plugin.core.services.capabilities_task import fetch_service_model
    from terrascope_s2.plugin.core.services.endpoints import CUSTOM, ServiceProfile

    profile = ServiceProfile(CUSTOM, "probe", url if kind == "WMTS" else "", url if kind != "WMTS" else "")
    model = fetch_service_model(profile, authcfg, timeout_s=5)
    login_id = authcfg if login else ""
    layer = model.layers[name]
    try:
        if kind == "WMTS":
            source = maplayers.wmts_layer_source(model, name, layer.time_for("WMTS").last, authcfg=login_id)
        elif kind == "WMS":
            source = maplayers.wms_layer_source(model, name, layer.time_for("WMS").last, authcfg=login_id)
        else:
            source = maplayers.wmst_layer_source(model, name, authcfg=login_id)
    except PluginError as error:
        return {"refused": error.user_text()}
    built = QgsRasterLayer(source, name, "wms")
    result = {"valid": built.isValid(), "source": built.source(), **draw(built)}
    if kind != "WMTS" and built.isValid():
        from qgis.core import QgsPointXY, QgsRaster, QgsRectangle

        provider = built.dataProvider()
        result["legend"] = legend_fetched(provider)
        extent = QgsRectangle(278000, 6500000, 720000, 6720000)
        identified = provider.identify(QgsPointXY(500000, 6600000), QgsRaster.IdentifyFormat.IdentifyFormatText, extent, 256, 128)
        result["identify"] = str(identified.results())[:200]
    return result


def fetch_then_without_login(url: str) -> dict:
    """The plugin's GET with the login, then the same address without it (as another configuration would ask)."""
    from terrascope_s2.plugin.core.services.network import FetchError, send

    with_login = fetch_one(url)
    try:
        answer = send(url, timeout_s=5)
        return {"with_login": with_login, "without": answer.body[:200].decode(errors="replace")}
    except FetchError as error:
        return {"with_login": with_login, "without_error": error.user_text()}


try:
    if what == "fetch":
        result = fetch_one(arguments["url"])
    elif what == "fetch-then-without-login":
        result = fetch_then_without_login(arguments["url"])
    else:
        result = build_layer(arguments["kind"], arguments["url"], arguments.get("layer", "CGS_S2_NDVI"),
                             arguments.get("login", True))
except Exception:  # noqa: BLE001 - handed to the test as text
    result = {"crash": traceback.format_exc()}
QgsApplication.processEvents()
result["log"] = log_lines
result["authcfg"] = authcfg
print(json.dumps(result))
app.exitQgis()
