"""The plugin's settings, declared once with their types and defaults, stored in QgsSettings under terrascope_s2/.

Credentials are never stored here: only the id of a configuration in QGIS's authentication database (authcfg).
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from qgis.core import QgsSettings

from ..__about__ import PLUGIN_ID
from .services.endpoints import CURRENT, ServiceProfile, profile


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

    @classmethod
    def load(cls) -> Settings:
        stored = QgsSettings()
        values = {}
        for field in fields(cls):
            default = field.default
            values[field.name] = stored.value(f"{PLUGIN_ID}/{field.name}", default, type=type(default))
        return cls(**values)

    def save(self) -> None:
        stored = QgsSettings()
        for field in fields(self):
            stored.setValue(f"{PLUGIN_ID}/{field.name}", getattr(self, field.name))

    def service(self) -> ServiceProfile:
        return profile(self.service_profile, self.custom_wmts_url, self.custom_wms_url)
