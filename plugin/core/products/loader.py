"""A whole product from a folder or from any one of its files: which images, which metadata, and its styled layers.

Product folders look like `S2A_..._FAPAR_V102/10M/<files>` (V1, in VITO's archive inside `S2A_..._CGS_V102_000/`) or
`S2A_..._NDVI_V210/<files>` (V2, FAPAR_V2 with a 10M/ subfolder). A loose file brings its siblings of the same
acquisition (mission, date and time, tile, version); a folder of several acquisitions gives one product each.
"""

from __future__ import annotations

from collections.abc import Mapping
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path

from qgis.core import QgsLayerTreeGroup, QgsProject, QgsRasterLayer

from ...toolbelt.i18n import tr
from ...toolbelt.log import log
from ..errors import PluginError, printable
from ..raster.gdal_guard import gdal_try, no_gdal_sidecars, quiet_gdal, without_folder_listing, without_georeferencing
from ..raster.tiff_directory import TiffFacts, tiff_facts
from ..raster.writer import refuse_special_file
from ..text import QT_TRANSLATE_NOOP
from .contents import CLASSIFICATION, MASK, ContentSpec, content_spec, with_item_scaling
from .inspire import MetadataError, apply_inspire, read_inspire
from .names import ProductName, try_parse_product_name
from .styling import (
    StyleError,
    StyleResult,
    holds_digital_numbers,
    physical_source,
    physical_source_from_header,
    shown_in_physical_units,
    style_layer,
)

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


def find_products(path: str | Path) -> list[ProductFiles]:
    """The products at `path`: one for a product folder or any one of its files; for any other folder, one per
    acquisition among its files and in the folders below it (a V1 archive folder `..._CGS_V102_000/` holds its product
    folder one level down; a day's folder holds archive folders)."""
    path = Path(path)
    if not path.exists():
        raise ProductError(QT_TRANSLATE_NOOP("@default", "'{path}' does not exist."), path=path)
    refuse_special_file(path, ProductError)
    from .s1loader import find_sentinel1_product, is_sentinel1_path, sentinel1_products_in

    if is_sentinel1_path(path):
        return [find_sentinel1_product(path)]
    if path.is_file() or _product_folder(path) is not None:
        return [find_product_files(path)]
    products = [_product(files, None, None) for files in _acquisitions(_named_files(path))]
    products += sentinel1_products_in(path, SEARCH_DEPTH - 1)
    for sub in _subfolders(path):
        if len(products) > MAX_PRODUCTS:
            break
        products += _products_below(sub, SEARCH_DEPTH - 1)
    if len(products) > MAX_PRODUCTS:
        raise ProductError(QT_TRANSLATE_NOOP(
            "@default", "'{path}' holds more than {count} products: choose a folder with fewer products, or one product "
            "folder."), path=path, count=MAX_PRODUCTS)
    if not products:
        raise ProductError(QT_TRANSLATE_NOOP(
            "@default", "'{path}' holds no Terrascope Sentinel-2 or Sentinel-1 product files, nor do its subfolders: "
            "choose the product folder (such as {example} or {sentinel1}) or any one of its files."),
            path=path, example="S2A_20191128T075251Z_36MZE_FAPAR_V102",
            sentinel1="S1A_IW_GRDH_SIGMA0_DV_20200315T055849_DESCENDING_110_22F3_V110")
    return products


def find_product_files(path: str | Path) -> ProductFiles:
    """The images and metadata of the product at `path` (its folder, or any one of its files)."""
    path = Path(path)
    if not path.exists():
        raise ProductError(QT_TRANSLATE_NOOP("@default", "'{path}' does not exist."), path=path)
    refuse_special_file(path, ProductError)
    chosen = try_parse_product_name(path.name) if path.is_file() else None
    if path.is_file() and chosen is None:
        raise ProductError(QT_TRANSLATE_NOOP("@default", "'{name}' is not a Terrascope Sentinel-2 product file."), name=path.name)
    folder = _product_folder(path if path.is_dir() else path.parent) or (path if path.is_dir() else path.parent)
    folder_product = try_parse_product_name(folder.name)
    # a product folder is searched with its resolution subfolders; any other folder only for the file's own siblings
    named = _named_files(folder, with_resolution_folders=folder_product is not None)
    key = (chosen or folder_product).acquisition_key if (chosen or folder_product) else None
    if key is None:
        groups = _acquisitions(named)
        if not groups:
            raise ProductError(QT_TRANSLATE_NOOP(
                "@default", "'{path}' holds no Terrascope Sentinel-2 product files."), path=folder)
        if len(groups) > 1:
            raise ProductError(QT_TRANSLATE_NOOP(
                "@default", "'{path}' holds {count} different acquisitions: choose one file of the product to load."),
                path=folder, count=len(groups))
        named = groups[0]
    same = [(p, n) for p, n in named if n.acquisition_key == key] if key else named
    if not any(p.suffix.lower() in IMAGE_SUFFIXES for p, _ in same):
        raise ProductError(QT_TRANSLATE_NOOP("@default", "'{path}' holds no images of the product."), path=folder)
    return _product(same, folder_product, chosen)


# How far below a chosen folder products are looked for (folder / archive folder / product folder), and how many at most.
SEARCH_DEPTH = 2
MAX_PRODUCTS = 50


def _products_below(folder: Path, depth: int) -> list[ProductFiles]:
    if _product_folder(folder) is not None:
        named = _named_files(folder, with_resolution_folders=True)
        key = try_parse_product_name(folder.name).acquisition_key
        same = [(p, n) for p, n in named if n.acquisition_key == key]
        return [_product(same, try_parse_product_name(folder.name), None)] if _has_image(same) else []
    found = [_product(files, None, None) for files in _acquisitions(_named_files(folder))]
    if depth > 0:
        for sub in _subfolders(folder):
            found += _products_below(sub, depth - 1)
    return found


def _product_folder(folder: Path) -> Path | None:
    """The product folder that `folder` is, or whose resolution subfolder (10M/) it is; else None."""
    if folder.name.upper() in RESOLUTION_FOLDERS and try_parse_product_name(folder.parent.name):
        return folder.parent  # V1 and FAPAR_V2: the files sit in a 10M/ subfolder of the product folder
    return folder if try_parse_product_name(folder.name) else None


def _subfolders(folder: Path) -> list[Path]:
    return [p for p in sorted(folder.iterdir()) if p.is_dir() and p.name.upper() not in RESOLUTION_FOLDERS]


def _named_files(folder: Path, with_resolution_folders: bool = False) -> list[tuple[Path, ProductName]]:
    """The product files of a folder (and of its 10M/20M/60M subfolders when asked), with their names."""
    candidates = [p for p in sorted(folder.iterdir()) if p.is_file()]
    if with_resolution_folders:
        for sub in sorted(folder.iterdir()):
            if sub.is_dir() and sub.name.upper() in RESOLUTION_FOLDERS:
                candidates += [p for p in sorted(sub.iterdir()) if p.is_file()]
    named = ((p, try_parse_product_name(p.name)) for p in candidates if _is_product_file(p))
    return [(p, n) for p, n in named if n is not None]


def _is_product_file(path: Path) -> bool:
    """Images and INSPIRE XML; not the .aux.xml statistics GDAL leaves beside images."""
    name = path.name.lower()
    return name.endswith(IMAGE_SUFFIXES) or (name.endswith(".xml") and not name.endswith(".aux.xml"))


def _acquisitions(named: list[tuple[Path, ProductName]]) -> list[list[tuple[Path, ProductName]]]:
    """The files grouped by acquisition, oldest first; groups without any image are left out."""
    groups: dict[tuple, list[tuple[Path, ProductName]]] = {}
    for path, name in named:
        groups.setdefault(name.acquisition_key, []).append((path, name))
    return [files for key, files in sorted(groups.items(), key=lambda item: (item[0][1], item[0])) if _has_image(files)]


def _has_image(files: list[tuple[Path, ProductName]]) -> bool:
    return any(p.suffix.lower() in IMAGE_SUFFIXES for p, _ in files)


def _product(same: list[tuple[Path, ProductName]], folder_product: ProductName | None,
             chosen: ProductName | None) -> ProductFiles:
    """The ProductFiles of one acquisition's files."""
    images = [(p, n) for p, n in same if p.suffix.lower() in IMAGE_SUFFIXES]
    own = [n for _, n in images if _rank(n) == 1]  # the product's own images, not its classification, masks, quicklooks
    main = folder_product or (chosen if chosen in own else None) or (own[0] if own else chosen or images[0][1])
    return ProductFiles(main, sorted(images, key=lambda item: (_rank(item[1]), item[0].name)),
                        [p for p, n in same if p.suffix.lower() == ".xml"])


def product_layers(files: ProductFiles, scalings: Mapping[str, object] | None = None) -> tuple[list[ProductLayer], list[str]]:
    """The styled layers of a product (not added to any project), and the notes for the user.

    `scalings`: file name -> what a catalogue item says of that file (an object with scale, offset and nodata, each
    None when not said, such as core.stac.items.Scaling): the item's values win over the built-in table, and each
    difference is logged. A Sentinel-1 product (s1loader.Sentinel1Files) gives its composite and its VV and VH in dB."""
    from .s1loader import Sentinel1Files, sentinel1_layers

    if isinstance(files, Sentinel1Files):
        return sentinel1_layers(files)
    layers, notes = [], []
    metadata = _metadata(files, notes)
    # QGIS's first look at a file computes statistics: not saved beside it; and no folder listing for each file
    # every image's directory read before QGIS opens any: up to 4 % less CPU than one read before each open
    facts = {path: tiff_facts(path) for path, _name in files.images}
    with no_gdal_sidecars(), without_folder_listing():
        for path, name in files.images:
            _add_layer(layers, notes, path, name, (scalings or {}).get(path.name), metadata, facts[path])
    return layers, notes


def _add_layer(layers: list[ProductLayer], notes: list[str], path: Path, name: ProductName, given,
               metadata: list, facts: TiffFacts) -> None:
    """The styled layer of one product image appended to `layers` (or a note for the user on why not)."""
    spec = None
    if given is not None:
        spec, differences = with_item_scaling(content_spec(name.content), getattr(given, "scale", None),
                                              getattr(given, "offset", None), getattr(given, "nodata", None))
        for difference in differences:
            log(f"{path.name}: {difference}", "warning")
    if printable(path) != str(path):  # neither Qt nor GDAL's Python bindings can be given such a name
        notes.append(tr("'{name}' has a name that is not UTF-8: QGIS cannot open it. Rename it, then load the product "
                        "again.").format(name=printable(path.name)))
        return
    layer = _open_layer(path, name, spec or content_spec(name.content), facts)
    if layer is None:
        notes.append(tr("'{name}' cannot be read as a raster (damaged or truncated?) and was skipped.").format(
            name=path.name))
        return
    layer.blockSignals(True)  # a new layer in no project: nobody listens yet, and the styling's signals cost 4 %
    try:
        style = style_layer(layer, name, spec, str(path))
    finally:
        layer.blockSignals(False)
    notes.extend(note for note in style.notes if note not in notes)
    own = next((m for m in metadata if m[0].stem == path.stem), metadata[0] if metadata else None)
    if own is not None:
        apply_inspire(layer, own[1], own[0])
    visible = not name.is_quicklook and content_spec(name.content).kind != MASK
    layers.append(ProductLayer(layer, name, visible, style))


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


def _open_layer(path: Path, name: ProductName, spec: ContentSpec, facts: TiffFacts) -> QgsRasterLayer | None:
    """The layer of a product image, None when the file is damaged or truncated. The TIFF's directory, read without
    GDAL, tells a truncated file, and for a plain one-band GeoTIFF (every Terrascope product image) all that the VRT
    of a content shown in physical units needs, GDAL's SRS of its GeoTIFF keys once built. So QGIS opens the layer
    once, on its final source (style_layer keeps it). Any other file gets one look by GDAL first: it tells a file GDAL
    cannot read (or, for a file that is no TIFF, a truncated one) and gives the VRT; that look of a file shown as it
    is reads no georeferencing: QGIS reads it when it opens the file."""
    from osgeo import gdal

    physical = shown_in_physical_units(name, spec)
    if facts.cut_short:
        return None
    source = _source_from_header(path, spec, facts) if physical and facts.cut_short is False else None
    if source is None and (physical or facts.cut_short is None):
        with quiet_gdal(), (nullcontext() if physical else without_georeferencing()):
            dataset = gdal_try(gdal.Open, str(path))
            if dataset is None or (facts.cut_short is None and truncated(path, dataset)):
                return None
            if physical and holds_digital_numbers(path, dataset):
                try:
                    source = physical_source(path, spec, dataset, facts.geotiff_keys)
                except StyleError:
                    return None
    layer = QgsRasterLayer(source or str(path), layer_name(name), "gdal", _NO_DEFAULT_STYLE)
    return layer if layer.isValid() else None


def _source_from_header(path: Path, spec: ContentSpec, facts: TiffFacts) -> str | None:
    """The layer's source from the TIFF's header alone: the file itself when it holds physical values (floats), the
    VRT over its digital numbers; None when GDAL must look."""
    if facts.header is None:
        return None
    if facts.header.data_type.startswith("Float"):
        return str(path)
    return physical_source_from_header(path, spec, facts.header, facts.geotiff_keys)


# style_layer gives the layer the product's style: no look for a default style (a .qml beside the file, the user's
# style database) whose renderer would be replaced at once (0.3-0.4 ms a layer, a fifth of making it)
_NO_DEFAULT_STYLE = QgsRasterLayer.LayerOptions(loadDefaultStyle=False)


def truncated(path: Path, dataset=None) -> bool:
    """True when a GeoTIFF's last block lies beyond the end of the file (a download cut short): instant to tell.
    `dataset`: the file opened with GDAL already (else it is opened here)."""
    from osgeo import gdal

    with quiet_gdal():
        dataset = dataset or gdal_try(gdal.Open, str(path))
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
