"""Local products in the map: "Load product..." and styling product files however they are opened.

Imported at QGIS start (the plugin connects the AutoStyler), so the core's loader and styling are imported on first use.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsMapLayerType, QgsProject, QgsRasterLayer
from qgis.gui import QgsCustomDropHandler
from qgis.PyQt.QtCore import QObject
from qgis.PyQt.QtWidgets import QFileDialog

from ..core.settings import Settings
from ..toolbelt.i18n import tr
from ..toolbelt.log import log, tell_user

_told: set[str] = set()  # what the user has been told this session ("no scaling known for CCC"): told once


def tell_once(notes: list[str], iface=None) -> None:
    for note in notes:
        if note not in _told:
            _told.add(note)
            tell_user(note, "info", iface)


def load_products(path: str, iface=None, project: QgsProject | None = None) -> list:
    """Load the products at `path` (a product folder or any one file: one; a folder of several acquisitions: each) into
    one layer group each; tell the user what went wrong, if anything. Returns the groups."""
    from ..core.products.loader import ProductError, add_to_project, find_products, product_layers

    try:
        found = find_products(path)
    except ProductError as error:
        tell_user(error.user_text(), "warning", iface)
        return []
    except OSError as error:
        tell_user(str(error), "warning", iface)
        return []
    groups, notes = [], []
    for files in found:
        layers, product_notes = product_layers(files)
        notes += product_notes
        if not layers:
            notes.append(tr("No image of '{path}' could be read.").format(path=files.images[0][0].parent))
            continue
        groups.append(add_to_project(files, layers, project))
        log(f"loaded {len(layers)} layers of {files.product.product_id} from {path}")
    if not groups:
        tell_user(tr("No image of '{path}' could be read.").format(path=path), "warning", iface)
    tell_once(notes, iface)
    return groups


def ask_and_load_product(iface) -> None:
    settings = Settings.load()
    path, _ = QFileDialog.getOpenFileName(
        iface.mainWindow(), tr("Load a Terrascope product (choose any one of its files)"), settings.last_product_folder,
        tr("Product images and metadata (*.tif *.tiff *.xml);;All files (*)"))
    if path:
        settings.last_product_folder = str(Path(path).parent)
        settings.save()
        load_products(path, iface)


class ProductDropHandler(QgsCustomDropHandler):
    """Product images (Sentinel-2 or Sentinel-1) dropped on QGIS from a file manager are opened by the plugin, styled,
    with nothing written beside them. Opened by QGIS itself, a raster gets statistics computed by its default style, which
    GDAL saves as <file>.aux.xml when the layer closes (at the latest when the project closes); GDAL decides at opening
    whether a file may get one, so the plugin must be the one that opens it. Other files are left to QGIS."""

    def __init__(self, iface=None):
        super().__init__()
        self.iface = iface

    def handleFileDrop(self, file: str) -> bool:  # noqa: N802
        from ..core.products.identify import try_parse_any_product_name

        path = Path(file)
        if path.suffix.lower() not in (".tif", ".tiff") or try_parse_any_product_name(path.name) is None \
                or not Settings.load().style_opened_products:
            return False
        from ..core.products.styling import style_layer
        from ..core.raster.gdal_guard import no_gdal_sidecars

        with no_gdal_sidecars():
            layer = QgsRasterLayer(file, path.stem, "gdal")
        if not layer.isValid():
            return False  # QGIS opens it and says what is wrong, as for any file
        try:
            result = style_layer(layer)
        except (ValueError, OSError) as error:  # an unreadable file: shown as QGIS shows it
            log(f"{file} not styled: {error}", "warning")
            return False
        QgsProject.instance().addMapLayer(layer)  # styled already: the AutoStyler leaves it as it is
        tell_once(result.notes, self.iface)
        return True


class AutoStyler(QObject):
    """Styles product rasters added to the project any way (drag and drop, Data Source Manager, scripts) when the
    setting style_opened_products is on. Layers read from a project file keep the style saved with them, and get their
    lookup renderer and colour table legends back."""

    def __init__(self, iface=None, project: QgsProject | None = None):
        super().__init__()
        self.iface = iface
        self.project = project or QgsProject.instance()
        self._reading_project = False

    def connect(self) -> None:
        self.project.layersAdded.connect(self._style_added)
        self.project.loadingLayer.connect(self._project_reading)
        self.project.readProject.connect(self._project_read)
        self.project.readProject.connect(self._restore_styles)
        self.project.cleared.connect(self._project_read)

    def disconnect(self) -> None:
        self.project.layersAdded.disconnect(self._style_added)
        self.project.loadingLayer.disconnect(self._project_reading)
        self.project.readProject.disconnect(self._project_read)
        self.project.readProject.disconnect(self._restore_styles)
        self.project.cleared.disconnect(self._project_read)

    def _project_reading(self, *_):
        self._reading_project = True

    def _project_read(self, *_):
        self._reading_project = False

    def _restore_styles(self, *_):
        """A project file keeps a layer's style, not a legend or a renderer made in Python: product layers get their
        lookup renderer (fast drawing in physical units) and their colour table legends again."""
        from ..core.products.legend import LEGEND_PROPERTY, restore_legends
        from ..core.products.styling import CONTENT_PROPERTY, restore_lookup_renderers

        if any(layer.customProperty(CONTENT_PROPERTY, "") for layer in self.project.mapLayers().values()):
            restore_lookup_renderers(self.project)
        if any(layer.customProperty(LEGEND_PROPERTY, "") for layer in self.project.mapLayers().values()):
            restore_legends(self.project)

    def _style_added(self, layers) -> None:
        if self._reading_project or not Settings.load().style_opened_products:
            return
        from ..core.products.styling import PATH_PROPERTY, style_layer  # imported on first use: nothing heavy at QGIS start

        notes = []
        for layer in layers:
            if (layer.type() != QgsMapLayerType.RasterLayer or layer.providerType() != "gdal"
                    or layer.customProperty(PATH_PROPERTY, "")):  # not a file, or styled already (Load product)
                continue
            try:
                result = style_layer(layer)
            except (ValueError, OSError) as error:  # an unreadable file: QGIS has said so already; keep its layer
                log(f"{layer.source()} not styled: {error}", "warning")
                continue
            notes += result.notes
        tell_once(notes, self.iface)
