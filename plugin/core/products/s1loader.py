"""A Sentinel-1 product from its folder or any one of its files, and its layers: the composite, VV and VH in dB, the angle.

Backscatter folders look like `S1A_IW_GRDH_SIGMA0_DV_20200315T055849_DESCENDING_110_22F3_V110/` holding `..._VV.tif`,
`..._VH.tif`, `..._angle.tif` and the INSPIRE metadata `....xml`; coherence folders hold `..._VV.tif` and `..._VH.tif`.
A loose file brings the files of its product beside it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from qgis.core import QgsRasterLayer

from ...toolbelt.i18n import tr
from ...toolbelt.log import log
from ..raster.backscatter import read_backscatter
from ..raster.gdal_guard import no_gdal_sidecars
from ..raster.writer import RasterError
from ..text import QT_TRANSLATE_NOOP
from .inspire import MetadataError, apply_inspire, read_inspire
from .loader import IMAGE_SUFFIXES, ProductError, ProductLayer, truncated
from .s1names import ANGLE, COHERENCE, Sentinel1Name, try_parse_sentinel1_name
from .s1styling import composite_layer, polarisation_layer, set_time_range
from .styling import CONTENT_PROPERTY, PATH_PROPERTY, StyleResult

COMPOSITE_NAME = QT_TRANSLATE_NOOP("@default", "Backscatter composite (VV, VH, VV/VH)")
COHERENCE_WORD = QT_TRANSLATE_NOOP("@default", "coherence")  # in a coherence product's group name
_ORDER = {"": 0, "VV": 1, "HH": 1, "VH": 2, "HV": 2, ANGLE: 3}


@dataclass
class Sentinel1Files:
    product: Sentinel1Name  # the product (no band)
    images: list[tuple[Path, Sentinel1Name]]
    metadata: list[Path] = field(default_factory=list)

    @property
    def title(self) -> str:
        """The layer group's name: date, mission, pass and orbit, product."""
        name = self.product
        if name.kind == COHERENCE:
            return (f"{name.acquired:%Y-%m-%d}..{name.acquired_end:%Y-%m-%d} {name.mission}/{name.second_mission} "
                    f"{name.orbit_pass} {name.relative_orbit} {tr(COHERENCE_WORD)}")
        return f"{name.acquired:%Y-%m-%d %H:%M} {name.mission} {name.orbit_pass} {name.relative_orbit} {name.calibration}"

    def image(self, band: str) -> Path | None:
        return next((path for path, name in self.images if name.band == band), None)


def is_sentinel1_path(path: str | Path) -> bool:
    """A Sentinel-1 product folder or one of its files (by its own name)."""
    return try_parse_sentinel1_name(Path(path).name) is not None


def find_sentinel1_product(path: str | Path) -> Sentinel1Files:
    """The images and metadata of the Sentinel-1 product at `path` (its folder, or any one of its files)."""
    path = Path(path)
    if not path.exists():
        raise ProductError(QT_TRANSLATE_NOOP("@default", "'{path}' does not exist."), path=path)
    named = try_parse_sentinel1_name(path.name)
    if named is None:
        raise ProductError(QT_TRANSLATE_NOOP("@default", "'{name}' is not a Terrascope Sentinel-1 product file."),
                           name=path.name)
    folder = path if path.is_dir() else path.parent
    same = [(p, n) for p, n in _named_files(folder) if n.product_id == named.product_id]
    images = [(p, n) for p, n in same if p.suffix.lower() in IMAGE_SUFFIXES and n.band]
    if not images:
        raise ProductError(QT_TRANSLATE_NOOP("@default", "'{path}' holds no images of the product."), path=folder)
    return Sentinel1Files(named.with_band(""), sorted(images, key=lambda item: (_ORDER.get(item[1].band, 4), item[0].name)),
                          [p for p, _ in same if p.suffix.lower() == ".xml"])


def sentinel1_products_in(folder: Path, depth: int) -> list[Sentinel1Files]:
    """The Sentinel-1 products among a folder's files and in its subfolders, `depth` levels down."""
    products, seen = [], set()
    for path, name in _named_files(folder):
        if name.product_id not in seen and path.suffix.lower() in IMAGE_SUFFIXES:
            seen.add(name.product_id)
            products.append(find_sentinel1_product(path))
    for sub in sorted(p for p in folder.iterdir() if p.is_dir()):
        if is_sentinel1_path(sub):
            try:
                products.append(find_sentinel1_product(sub))
            except ProductError:  # a product folder without images: nothing to load from it
                continue
        elif depth > 0:
            products += sentinel1_products_in(sub, depth - 1)
    return products


def _named_files(folder: Path) -> list[tuple[Path, Sentinel1Name]]:
    named = ((p, try_parse_sentinel1_name(p.name)) for p in sorted(folder.iterdir())
             if p.is_file() and p.suffix.lower() in (*IMAGE_SUFFIXES, ".xml") and not p.name.lower().endswith(".aux.xml"))
    return [(p, n) for p, n in named if n is not None]


def sentinel1_layers(files: Sentinel1Files) -> tuple[list[ProductLayer], list[str]]:
    """The product's layers, top first: the composite, VV and VH in dB, the incidence angle (hidden); and the notes
    for the user. Coherence products: VV and VH as they are."""
    layers, notes, read = [], [], {}
    for path, name in files.images:
        if truncated(path):
            notes.append(tr("'{name}' cannot be read as a raster (damaged or truncated?) and was skipped.").format(
                name=path.name))
            continue
        if name.kind == COHERENCE or name.band == ANGLE:
            layer = _plain_layer(path, name, tr("Incidence angle") if name.band == ANGLE else name.band)
        else:
            try:
                read[name.band] = read_backscatter(path)
            except RasterError as error:
                notes.append(error.user_text())
                continue
            log(f"{path.name}: {'dB' if read[name.band].decibels else 'linear'} values: {read[name.band].reason}")
            layer = polarisation_layer(read[name.band], name, f"{name.band} (dB)")
        if layer.isValid():
            layers.append(ProductLayer(layer, name, name.band != ANGLE, StyleResult(name, physical=True)))
    if "VV" in read and "VH" in read:
        composite = composite_layer(read["VV"], read["VH"], files.product, tr(COMPOSITE_NAME))
        if composite.isValid():
            layers.insert(0, ProductLayer(composite, files.product, True, StyleResult(files.product, physical=True)))
    _apply_metadata(files, layers, notes)
    return layers, notes


def _plain_layer(path: Path, name: Sentinel1Name, layer_name: str) -> QgsRasterLayer:
    """A layer of the file as it is (QGIS applies the file's own scale and offset), at its acquisition time."""
    with no_gdal_sidecars():  # QGIS's default style computes statistics: not saved beside the file
        layer = QgsRasterLayer(str(path), layer_name, "gdal")
    if layer.isValid():
        layer.setCustomProperty(PATH_PROPERTY, str(path))
        layer.setCustomProperty(CONTENT_PROPERTY, name.band)
        set_time_range(layer, name.acquired, name.acquired_end)
    return layer


def _apply_metadata(files: Sentinel1Files, layers: list[ProductLayer], notes: list[str]) -> None:
    for path in files.metadata[:1]:
        try:
            metadata = read_inspire(path)
        except MetadataError as error:
            notes.append(tr("The metadata in '{name}' was not read: {reason}").format(name=path.name,
                                                                                      reason=error.user_text()))
            return
        for item in layers:
            apply_inspire(item.layer, metadata, path)
