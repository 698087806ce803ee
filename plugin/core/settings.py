"""The plugin's settings, declared once with their types and defaults, stored in QgsSettings under terrascope_s2/.

Credentials are never stored here: only the id of a configuration in QGIS's authentication database (authcfg).
A stored value that cannot be read as its type (a hand-edited QGIS3.ini: `network_timeout_s=abc`) gives the default,
and the log says so: a bad setting never stops the panel or an algorithm.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path

from qgis.core import QgsSettings

from ..__about__ import PLUGIN_ID
from .services.endpoints import CURRENT, ServiceProfile, profile
from .stac import TERRASCOPE_CATALOGUE_URL, TERRASCOPE_DOWNLOAD_ORIGIN

DEFAULT_DOWNLOAD_FOLDER = Path.home() / "Terrascope"


@dataclass
class Settings:
    service_profile: str = CURRENT
    custom_wmts_url: str = ""
    custom_wms_url: str = ""
    authcfg: str = ""
    prefer_wmts: bool = True
    style_opened_products: bool = True  # style product files however they are opened (drag and drop, Data Source Manager)
    replace_layer_on_add: bool = False  # adding another date updates the chosen layer instead of adding one
    add_tile_outline: bool = False
    network_timeout_s: int = 30
    last_layer: str = ""
    last_tile: str = "31UFS"
    last_date: str = ""  # the TIME value chosen last
    last_date_from: str = ""  # the dock's date range (ISO dates; empty: the layer's first or last date)
    last_date_to: str = ""
    temporal_mode: bool = False  # the dock adds one WMS-T layer driven by the Temporal Controller
    last_tab: int = 0
    last_product_folder: str = ""  # where "Load product..." opened its file dialog last time
    catalogue_url: str = TERRASCOPE_CATALOGUE_URL  # a STAC API: Terrascope's, or another
    catalogue_authcfg: str = ""  # the login for the catalogue's downloads (Basic or OAuth2)
    catalogue_login_origin: str = TERRASCOPE_DOWNLOAD_ORIGIN  # the only scheme://host:port that login is sent to
    download_folder: str = ""  # where products are downloaded (empty: ~/Terrascope)
    catalogue_collection: str = ""  # the panel's catalogue section: the collection chosen last
    catalogue_max_cloud: int = 100  # its cloud ceiling (percent)
    catalogue_date_from: str = ""  # its date range (ISO dates; empty: the last 90 days)
    catalogue_date_to: str = ""
    dates_max_cloud: int = 100  # the map service's dates: hide those whose product is cloudier (catalogue's cloud cover)
    timeseries_content: str = "FAPAR"  # the panel's time series: the content followed
    timeseries_folder: str = ""  # the folder its products are searched in
    timeseries_source: str = "folder"  # where its products come from: "folder", "project" or "catalogue" (the results)
    timeseries_mask: int = 1  # 0: no masking, then the masking presets (1: clear land)
    timeseries_widen: int = 0  # masked classes widened by this many pixels
    timeseries_min_valid: int = 50  # % of valid pixels under which a date is marked masked

    @classmethod
    def load(cls) -> Settings:
        stored = QgsSettings()
        values = {}
        for field in fields(cls):
            key = f"{PLUGIN_ID}/{field.name}"
            raw = stored.value(key, field.default)
            try:
                values[field.name] = _as_type(raw, type(field.default))
            except (TypeError, ValueError):
                from ..toolbelt.log import log

                log(f"setting {key}={str(raw)[:80]!r} is not a {type(field.default).__name__}: the default "
                    f"{field.default!r} is used", "warning")
                values[field.name] = field.default
        return cls(**values)

    def save(self) -> None:
        stored = QgsSettings()
        for field in fields(self):
            stored.setValue(f"{PLUGIN_ID}/{field.name}", getattr(self, field.name))

    def service(self) -> ServiceProfile:
        return profile(self.service_profile, self.custom_wmts_url, self.custom_wms_url)

    def catalogue_login(self):
        """The catalogue's login (core.stac.transfer.Login), or None when no authcfg is chosen."""
        from .stac.transfer import Login

        return Login(self.catalogue_authcfg, self.catalogue_login_origin) if self.catalogue_authcfg else None

    def download_root(self) -> Path:
        return Path(self.download_folder) if self.download_folder.strip() else DEFAULT_DOWNLOAD_FOLDER

_TRUE, _FALSE = ("true", "1", "yes", "on"), ("false", "0", "no", "off", "")


def _as_type(raw: object, kind: type) -> object:
    """A stored value as `kind` (QSettings gives strings from an .ini file), or ValueError."""
    if isinstance(raw, (list, tuple)):  # an .ini value with an unquoted comma comes back as a list
        raw = ",".join(map(str, raw))
    if kind is bool:
        if isinstance(raw, bool):
            return raw
        text = str(raw).strip().lower()
        if text in _TRUE or text in _FALSE:
            return text in _TRUE
        raise ValueError(raw)
    if kind is int:
        if isinstance(raw, bool) or raw is None:
            raise ValueError(raw)
        number = int(str(raw).strip())
        if number < 0:
            raise ValueError(raw)
        return number
    return "" if raw is None else str(raw)
