"""A whole product from a folder or from any one of its files: which images, which metadata, and its styled layers.

Product folders look like `S2A_..._FAPAR_V102/10M/<files>` (V1) or `S2A_..._NDVI_V210/<files>` (V2, FAPAR_V2 with a 10M/
subfolder). A loose file brings its siblings of the same acquisition (mission, date and time, tile, version).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from qgis.core import QgsLayerTreeGroup, QgsProject, QgsRasterLayer

from ...toolbelt.i18n import tr
from ..errors import PluginError
from ..raster.gdal_guard import no_gdal_sidecars
from ..text import QT_TRANSLATE_NOOP
from .contents import CLASSIFICATION, MASK, content_spec
from .inspire import MetadataError, apply_inspire, read_inspire
from .names import ProductName, try_parse_product_name
from .styling import StyleResult, style_layer

IMAGE_SUFFIXES = (".tif", ".tiff")
RESOLUTION_FOLDERS = ("10M", "20M", "60M")


class ProductError(PluginError, ValueError):
    """A path that is not a product, with a message for the user."""


@dataclass
class ProductFiles:
    product: ProductName  # the acquisition, with the product's main content
    images: list[tuple[Path, ProductName]]
    metadata: list[Path] = field(default_factory=list)

    @property
    def title(self) -> str:
        """The layer group's name: date, tile, content."""
        return f"{self.product.acquired:%Y-%m-%d} {self.product.tile} {self.product.product_id.split('_')[-2]}"


@dataclass
class ProductLayer:
    layer: QgsRasterLayer
    name: ProductName
    visible: bool
    style: StyleResult


def find_product_files(path: str | Path) -> ProductFiles:
    """The images and metadata of the product at `path` (its folder, or any one of its files)."""
    path = Path(path)
    if not path.exists():
        raise ProductError(QT_TRANSLATE_NOOP("@default", "'{path}' does not exist."), path=path)
    chosen = try_parse_product_name(path.name) if path.is_file() else None
    if path.is_file() and chosen is None:
        raise ProductError(QT_TRANSLATE_NOOP("@default", "'{name}' is not a Terrascope Sentinel-2 product file."), name=path.name)
    folder = path if path.is_dir() else path.parent
    if folder.name.upper() in RESOLUTION_FOLDERS and try_parse_product_name(folder.parent.name):
        folder = folder.parent  # V1 and FAPAR_V2: the files sit in a 10M/ subfolder of the product folder
    folder_product = try_parse_product_name(folder.name)
    # a product folder is searched with its resolution subfolders; any other folder only for the file's own siblings
    candidates = [p for p in sorted(folder.iterdir()) if p.is_file()]
    if folder_product is not None:
        for sub in sorted(folder.iterdir()):
            if sub.is_dir() and sub.name.upper() in RESOLUTION_FOLDERS:
                candidates += [p for p in sorted(sub.iterdir()) if p.is_file()]
    named = [(p, n) for p, n in ((p, try_parse_product_name(p.name)) for p in candidates) if n is not None]

    key = (chosen or folder_product).acquisition_key if (chosen or folder_product) else None
    if key is None:
        keys = {n.acquisition_key for _, n in named}
        if not keys:
            raise ProductError(QT_TRANSLATE_NOOP(
                "@default", "'{path}' holds no Terrascope Sentinel-2 product files."), path=folder)
        if len(keys) > 1:
            raise ProductError(QT_TRANSLATE_NOOP(
                "@default", "'{path}' holds {count} different acquisitions: choose one file of the product to load."),
                path=folder, count=len(keys))
        key = keys.pop()
    same = [(p, n) for p, n in named if n.acquisition_key == key]
    images = [(p, n) for p, n in same if p.suffix.lower() in IMAGE_SUFFIXES]
    if not images:
        raise ProductError(QT_TRANSLATE_NOOP("@default", "'{path}' holds no images of the product."), path=folder)
    own = [n for _, n in images if _rank(n) == 1]  # the product's own images, not its classification, masks, quicklooks
    main = folder_product or (chosen if chosen in own else None) or (own[0] if own else chosen or images[0][1])
    return ProductFiles(main, sorted(images, key=lambda item: (_rank(item[1]), item[0].name)),
                        [p for p, n in same if p.suffix.lower() == ".xml"])


def product_layers(files: ProductFiles) -> tuple[list[ProductLayer], list[str]]:
    """The styled layers of a product (not added to any project), and the notes for the user."""
    layers, notes = [], []
    metadata = _metadata(files, notes)
    for path, name in files.images:
        with no_gdal_sidecars():  # QGIS's first look at the file computes statistics: not saved beside it
            layer = QgsRasterLayer(str(path), layer_name(name), "gdal")
        if not layer.isValid() or truncated(path):
            notes.append(tr("'{name}' cannot be read as a raster (damaged or truncated?) and was skipped.").format(
                name=path.name))
            continue
        style = style_layer(layer, name)
        notes += [note for note in style.notes if note not in notes]
        own = next((m for m in metadata if m[0].stem == path.stem), metadata[0] if metadata else None)
        if own is not None:
            apply_inspire(layer, own[1], own[0])
        visible = not name.is_quicklook and content_spec(name.content).kind != MASK
        layers.append(ProductLayer(layer, name, visible, style))
    return layers, notes


def add_to_project(files: ProductFiles, layers: list[ProductLayer], project: QgsProject | None = None) -> QgsLayerTreeGroup:
    """Add the layers to the project in one group named after the product, at the top of the layer tree."""
    project = project or QgsProject.instance()
    group = project.layerTreeRoot().insertGroup(0, files.title)
    for item in layers:
        project.addMapLayer(item.layer, False)
        node = group.addLayer(item.layer)
        node.setItemVisibilityChecked(item.visible)
        node.setExpanded(False)
    return group


def truncated(path: Path) -> bool:
    """True when a GeoTIFF's last block lies beyond the end of the file (a download cut short): instant to tell."""
    from osgeo import gdal

    with no_gdal_sidecars():
        gdal.PushErrorHandler("CPLQuietErrorHandler")
        try:
            dataset = gdal.Open(str(path))
            if dataset is None:
                return True
            if dataset.GetDriver().ShortName != "GTiff":
                return False
            band = dataset.GetRasterBand(1)
            block_x, block_y = band.GetBlockSize()
            last_x, last_y = (band.XSize - 1) // block_x, (band.YSize - 1) // block_y
            offset = band.GetMetadataItem(f"BLOCK_OFFSET_{last_x}_{last_y}", "TIFF")
            size = band.GetMetadataItem(f"BLOCK_SIZE_{last_x}_{last_y}", "TIFF")
            return bool(offset and size) and int(offset) + int(size) > path.stat().st_size
        finally:
            gdal.PopErrorHandler()


def layer_name(name: ProductName) -> str:
    if name.is_quicklook:
        return tr("Quicklook") + (" (Web Mercator)" if "WM" in name.quicklook else "")
    spec = content_spec(name.content)
    label = tr(spec.title) if spec.kind in (CLASSIFICATION, MASK) else spec.content
    return f"{label} {name.resolution} m" if name.resolution else label


def _rank(name: ProductName) -> int:
    """Order in the group, top first: masks (hidden), the product's own images, the classification, quicklooks."""
    kind = content_spec(name.content).kind
    if name.is_quicklook:
        return 3
    return {MASK: 0, CLASSIFICATION: 2}.get(kind, 1)


def _metadata(files: ProductFiles, notes: list[str]):
    found = []
    for path in files.metadata:
        try:
            found.append((path, read_inspire(path)))
        except MetadataError as error:
            notes.append(tr("The metadata in '{name}' was not read: {reason}").format(name=path.name, reason=error.user_text()))
    return found
