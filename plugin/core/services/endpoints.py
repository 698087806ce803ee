"""The Terrascope service endpoints, as named profiles. The user picks one in settings, or gives custom URLs."""

from __future__ import annotations

from dataclasses import dataclass

from ..text import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class ServiceProfile:
    key: str
    title: str
    wmts_url: str  # GetCapabilities URL of the WMTS
    wms_url: str  # base URL of the WMS

    @property
    def is_custom(self) -> bool:
        return self.key == CUSTOM


CURRENT = "current"
LEGACY = "legacy"
CUSTOM = "custom"

PROFILES = {
    CURRENT: ServiceProfile(
        CURRENT, QT_TRANSLATE_NOOP("@default", "Terrascope (services.terrascope.be)"),
        "https://services.terrascope.be/wmts/v2?SERVICE=WMTS&REQUEST=GetCapabilities",
        "https://services.terrascope.be/wms/v2",
    ),
    LEGACY: ServiceProfile(
        LEGACY, QT_TRANSLATE_NOOP("@default", "Legacy Sentinel viewer (sentineldata.vito.be)"),
        "https://sentineldata.vito.be/mapcache/wmts?SERVICE=WMTS&REQUEST=GetCapabilities",
        "https://sentineldata.vito.be/ows",
    ),
}


def profile(key: str, custom_wmts_url: str = "", custom_wms_url: str = "") -> ServiceProfile:
    """The profile named by key; CUSTOM takes the user's URLs. An unknown key falls back to the current service."""
    if key == CUSTOM:
        title = QT_TRANSLATE_NOOP("@default", "Custom URLs")
        return ServiceProfile(CUSTOM, title, custom_wmts_url.strip(), custom_wms_url.strip())
    return PROFILES.get(key, PROFILES[CURRENT])
