"""What the service algorithms share: the service (a profile or a URL), the layer, reading the capabilities."""

from __future__ import annotations

import re

from qgis.core import QgsProcessingException, QgsProcessingParameterEnum, QgsProcessingParameterString

from ..core.services.endpoints import CURRENT, CUSTOM, LEGACY, PROFILES, ServiceProfile, profile
from ..core.services.redirects import URL_WITH_LOGIN, url_has_login
from ..core.settings import Settings
from ..core.text import QT_TRANSLATE_NOOP
from ..toolbelt.i18n import tr

PROFILE_CHOICES = (  # index -> profile key ("" = the plugin's settings)
    ("", QT_TRANSLATE_NOOP("@default", "As in the plugin's settings")),
    (CURRENT, QT_TRANSLATE_NOOP("@default", "Terrascope (services.terrascope.be)")),
    (LEGACY, QT_TRANSLATE_NOOP("@default", "Legacy Sentinel viewer (sentineldata.vito.be)")),
)


LAYER_NAME = re.compile(r"^[\w.:-]+$")  # what a layer name of a WMS or WMTS looks like: CGS_S2_NDVI


def add_service_parameters(algorithm, layer_default: str = "CGS_S2_NDVI", wms_only: bool = False) -> None:
    algorithm.addParameter(QgsProcessingParameterEnum(
        "PROFILE", tr("Service"), options=[tr(title) for _, title in PROFILE_CHOICES], defaultValue=0))
    algorithm.addParameter(QgsProcessingParameterString(
        "URL", tr("Or a WMS URL (overrides the service)") if wms_only else tr("Or a WMTS or WMS URL (overrides the service)"),
        optional=True))
    algorithm.addParameter(QgsProcessingParameterString("LAYER", tr("Layer (such as CGS_S2_NDVI)"),
                                                        defaultValue=layer_default))


def is_wmts_url(url: str) -> bool:
    return "wmts" in url.lower()


def terrascope_wms_of(wmts_url: str) -> str:
    """The WMS of one of Terrascope's WMTS URLs ('' for any other)."""
    base = wmts_url.split("?")[0].rstrip("/").lower()
    return next((known.wms_url for known in PROFILES.values() if known.wmts_url.split("?")[0].rstrip("/").lower() == base),
                "")


def check_service_parameters(algorithm, parameters, context, wms_only: bool = False) -> str:
    """What is wrong with URL and LAYER before anything is fetched ('' when nothing): checkParameterValues() says it
    once, in the dialog or in qgis_process, before the run."""
    url = (algorithm.parameterAsString(parameters, "URL", context) or "").strip()
    if url_has_login(url):  # said without the URL: it holds a login
        return tr(URL_WITH_LOGIN)
    if url and not re.match(r"^https?://[^/\s]+", url, flags=re.IGNORECASE):
        return tr("URL '{url}' is not a web address: give the service's address, starting with https:// (or http://), "
                  "or leave URL empty to use the service chosen above.").format(url=url)
    if url and wms_only and is_wmts_url(url) and not terrascope_wms_of(url):
        return tr("URL '{url}' is a WMTS (map tiles): images are downloaded from the service's WMS; give its WMS URL, "
                  "such as https://services.terrascope.be/wms/v2.").format(url=url)
    layer = (algorithm.parameterAsString(parameters, "LAYER", context) or "").strip()
    if not LAYER_NAME.match(layer):
        return tr("LAYER '{layer}' is not a layer name: give one of the service's layers, such as CGS_S2_NDVI "
                  "(the panel's layer list and listdates show them).").format(layer=layer)
    return ""


def service_profile(algorithm, parameters, context, wms_only: bool = False) -> tuple[ServiceProfile, Settings]:
    """The profile to read (a URL given wins: a WMTS when it says wmts, else a WMS; a WMTS of Terrascope's where a WMS
    is needed gives its WMS) and the settings (authcfg, timeout)."""
    settings = Settings.load()
    url = (algorithm.parameterAsString(parameters, "URL", context) or "").strip()
    if url_has_login(url):  # refused before anything logs it (checkParameterValues refuses it earlier still)
        raise QgsProcessingException(tr(URL_WITH_LOGIN))
    if url:
        if wms_only and is_wmts_url(url):
            url = terrascope_wms_of(url) or url
        is_wmts = is_wmts_url(url) and not wms_only
        return profile(CUSTOM, url if is_wmts else "", "" if is_wmts else url), settings
    index = algorithm.parameterAsEnum(parameters, "PROFILE", context)
    key = PROFILE_CHOICES[index][0] if 0 <= index < len(PROFILE_CHOICES) else ""
    chosen = settings.service() if not key else profile(key)
    if wms_only:
        chosen = ServiceProfile(chosen.key, chosen.title, "", chosen.wms_url)
    if not chosen.wmts_url and not chosen.wms_url:
        raise QgsProcessingException(tr("No URL is set: choose a service profile or enter URLs in the settings."))
    return chosen, settings


def read_model(chosen: ServiceProfile, settings: Settings, feedback):
    from ..core.errors import PluginError
    from ..core.services.capabilities_task import capabilities_timeout, fetch_service_model

    feedback.pushInfo(tr("Reading the capabilities of {url}").format(url=chosen.wmts_url or chosen.wms_url))
    try:
        model = fetch_service_model(chosen, settings.authcfg, capabilities_timeout(settings.network_timeout_s), feedback)
    except PluginError as error:  # the services could not be read, or the user cancelled while they were parsed
        raise QgsProcessingException(error.user_text()) from None
    for message in model.errors.values():
        feedback.reportError(message, fatalError=False)
    for name, protocol, error in model.time_errors():
        feedback.reportError(tr("{protocol} layer {layer}: its dates cannot be read: {reason}").format(
            protocol=protocol, layer=name, reason=error.user_text()), fatalError=False)
    return model


def service_layer(model, name: str):
    layer = model.layers.get(name.strip())
    if layer is None:
        known = ", ".join(model.layer_names(with_time_only=True)[:30])
        raise QgsProcessingException(tr("The service has no layer {name}. Layers with dates: {known}").format(
            name=name, known=known or "-"))
    return layer
