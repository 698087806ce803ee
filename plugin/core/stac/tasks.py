"""The catalogue's work off the GUI thread, as QgsTasks: the collection list, a search, a product fetched (downloaded or
found in place), a quicklook. Each keeps its result on the task and emits it on the GUI thread (toolbelt.tasks)."""

from __future__ import annotations

from pathlib import Path

from qgis.PyQt.QtCore import pyqtSignal

from ...toolbelt.tasks import PluginTask
from ..text import QT_TRANSLATE_NOOP
from .items import QUICKLOOK, Item
from .search import SearchQuery

QUICKLOOK_PIXELS = 256  # the longer side of the picture the panel shows


def _tr(text: str) -> str:
    from ...toolbelt.i18n import tr

    return tr(text)


class _CatalogueTask(PluginTask):
    """A task with a CatalogueClient made in its thread (the network manager of that thread)."""

    def __init__(self, description: str, url: str, login=None, timeout_s: float = 30):
        super().__init__(description)
        self.url, self.login, self.timeout_s = url, login, timeout_s

    def client(self):
        from .client import CatalogueClient

        return CatalogueClient(self.url, self.login, self.timeout_s, self.feedback)


class CollectionsTask(_CatalogueTask):
    done = pyqtSignal(list)  # [Collection]

    def __init__(self, url: str, login=None, timeout_s: float = 30):
        super().__init__(_tr(QT_TRANSLATE_NOOP("@default", "Terrascope: reading the catalogue's collections")), url, login,
                         timeout_s)
        self.collections: list = []

    def work(self) -> bool:
        self.collections = self.client().collections()
        return True

    def succeeded(self) -> None:
        self.done.emit(self.collections)


class SearchTask(_CatalogueTask):
    done = pyqtSignal(object)  # SearchResult

    def __init__(self, url: str, query: SearchQuery, login=None, timeout_s: float = 30):
        super().__init__(_tr(QT_TRANSLATE_NOOP("@default", "Terrascope: searching the catalogue")), url, login, timeout_s)
        self.query = query
        self.result = None

    def work(self) -> bool:
        from .client import tiles_wgs84_bbox

        def progress(result) -> None:
            self.setProgress(min(99.0, 100.0 * len(result.items) / self.query.max_items))

        self.result = self.client().search(self.query, progress=progress, tile_bbox=tiles_wgs84_bbox)
        return True

    def succeeded(self) -> None:
        self.done.emit(self.result)


class FetchProductTask(PluginTask):
    """A product's files downloaded (or found in place); the layers are made on the GUI thread by the caller."""

    done = pyqtSignal(object)  # ProductResult

    def __init__(self, item: Item, folder: Path, login=None, timeout_s: float = 30):
        super().__init__(_tr(QT_TRANSLATE_NOOP("@default", "Terrascope: fetching {product}")).format(product=item.id))
        self.item, self.folder, self.login, self.timeout_s = item, folder, login, timeout_s
        self.result = None

    def work(self) -> bool:
        from .download import fetch_product

        def progress(done: int, total: int | None) -> None:
            if total:
                self.setProgress(min(99.0, 100.0 * done / total))

        self.result = fetch_product(self.item, self.folder, self.login, timeout_s=self.timeout_s,
                                    feedback=self.feedback, progress=progress)
        return True

    def succeeded(self) -> None:
        self.done.emit(self.result)


class QuicklookTask(PluginTask):
    """The item's quicklook (its thumbnail asset, a small GeoTIFF or picture) as PNG bytes for the panel."""

    done = pyqtSignal(str, bytes)  # item id, PNG

    def __init__(self, item: Item, cache: Path, login=None, timeout_s: float = 30):
        super().__init__(_tr(QT_TRANSLATE_NOOP("@default", "Terrascope: quicklook of {product}")).format(product=item.id))
        self.item, self.cache, self.login, self.timeout_s = item, cache, login, timeout_s
        self.png = b""

    def work(self) -> bool:
        asset = next((a for a in self.item.assets if a.kind == QUICKLOOK), None)
        if asset is None:
            return True  # nothing to show: an empty picture
        from .download import download_file, safe_name

        local = Path(asset.local_path) if asset.local_path and Path(asset.local_path).is_file() else None
        if local is None:
            self.cache.mkdir(parents=True, exist_ok=True)
            local = self.cache / safe_name(asset.file_name)
            download_file(asset.href, local, self.login, timeout_s=self.timeout_s, feedback=self.feedback)
        self.png = _png(local)
        return True

    def succeeded(self) -> None:
        self.done.emit(self.item.id, self.png)


def _png(path: Path) -> bytes:
    """A PNG of at most QUICKLOOK_PIXELS of any raster GDAL reads (no file written beside it)."""
    import uuid

    from osgeo import gdal

    from ..raster.gdal_guard import no_gdal_sidecars

    name = f"/vsimem/terrascope_s2_quicklook_{uuid.uuid4().hex}.png"
    with no_gdal_sidecars():
        gdal.PushErrorHandler("CPLQuietErrorHandler")
        try:
            source = gdal.Open(str(path))
            if source is None:
                return b""
            scale = QUICKLOOK_PIXELS / max(source.RasterXSize, source.RasterYSize, 1)
            bands = [1, 2, 3] if source.RasterCount >= 3 else [1]
            gdal.Translate(name, source, format="PNG", bandList=bands, outputType=gdal.GDT_Byte,
                           width=max(1, int(source.RasterXSize * min(scale, 1.0))),
                           height=max(1, int(source.RasterYSize * min(scale, 1.0))))
            handle = gdal.VSIFOpenL(name, "rb")
            if handle is None:
                return b""
            try:
                return bytes(gdal.VSIFReadL(1, 16 * 1024 * 1024, handle))
            finally:
                gdal.VSIFCloseL(handle)
        finally:
            gdal.Unlink(name)
            gdal.PopErrorHandler()
