"""What the service algorithms share: the service (a profile or a URL), the layer, reading the capabilities."""

from __future__ import annotations

from qgis.core import QgsProcessingException, QgsProcessingParameterEnum, QgsProcessingParameterString

from ..core.services.endpoints import CURRENT, CUSTOM, LEGACY, ServiceProfile, profile
from ..core.services.redirects import URL_WITH_LOGIN, url_has_login
from ..core.settings import Settings
from ..core.text import QT_TRANSLATE_NOOP
from ..toolbelt.i18n import tr

PROFILE_CHOICES = (  # index -> profile key ("" = the plugin's settings)
    ("", QT_TRANSLATE_NOOP("@default", "As in the plugin's settings")),
    (CURRENT, QT_TRANSLATE_NOOP("@default", "Terrascope (services.terrascope.be)")),
    (LEGACY, QT_TRANSLATE_NOOP("@default", "Legacy Sentinel viewer (sentineldata.vito.be)")),
)


def add_service_parameters(algorithm, layer_default: str = "CGS_S2_NDVI") -> None:
    algorithm.addParameter(QgsProcessingParameterEnum(
        "PROFILE", tr("Service"), options=[tr(title) for _, title in PROFILE_CHOICES], defaultValue=0))
    algorithm.addParameter(QgsProcessingParameterString(
        "URL", tr("Or a WMTS or WMS URL (overrides the service)"), optional=True))
    algorithm.addParameter(QgsProcessingParameterString("LAYER", tr("Layer"), defaultValue=layer_default))


def service_profile(algorithm, parameters, context, wms_only: bool = False) -> tuple[ServiceProfile, Settings]:
    """The profile to read (a URL given wins: a WMTS when it says wmts, else a WMS) and the settings (authcfg, timeout)."""
    settings = Settings.load()
    url = (algorithm.parameterAsString(parameters, "URL", context) or "").strip()
    if url_has_login(url):  # refused before anything logs it (checkParameterValues refuses it earlier still)
        raise QgsProcessingException(tr(URL_WITH_LOGIN))
    if url:
        is_wmts = "wmts" in url.lower() and not wms_only
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
