"""The Processing provider `terrascope_s2`: one algorithm a module, listed here."""

from __future__ import annotations

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..__about__ import ICON_PATH, PLUGIN_ID, TITLE, VERSION


def algorithm_classes() -> list[type]:
    from .download_image import DownloadImageAlgorithm
    from .download_products import DownloadProductsAlgorithm
    from .list_dates import ListDatesAlgorithm
    from .load_product import LoadProductAlgorithm
    from .mask_by_classification import MaskByClassificationAlgorithm
    from .s1_composite import Sentinel1CompositeAlgorithm
    from .search_catalogue import SearchCatalogueAlgorithm
    from .tile_footprints import TileFootprintsAlgorithm
    from .timeseries import TimeSeriesAlgorithm
    from .to_physical import ToPhysicalAlgorithm

    return [TileFootprintsAlgorithm, ToPhysicalAlgorithm, MaskByClassificationAlgorithm, LoadProductAlgorithm,
            ListDatesAlgorithm, DownloadImageAlgorithm, TimeSeriesAlgorithm, SearchCatalogueAlgorithm,
            DownloadProductsAlgorithm, Sentinel1CompositeAlgorithm]


class TerrascopeProvider(QgsProcessingProvider):
    def id(self) -> str:
        return PLUGIN_ID  # stable and untranslated: models and scripts refer to it

    def name(self) -> str:
        return TITLE

    def longName(self) -> str:  # noqa: N802
        return f"{TITLE} {VERSION}"

    def icon(self) -> QIcon:
        return QIcon(ICON_PATH)

    def loadAlgorithms(self) -> None:  # noqa: N802
        for algorithm_class in algorithm_classes():
            self.addAlgorithm(algorithm_class())
