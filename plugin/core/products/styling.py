"""Styling a raster layer of a Terrascope product from its name: physical units, colours, no data, acquisition time.

Physical units without rewriting anything: QGIS 3.22 offers no way to set a band's scale and offset on a layer, but its
GDAL provider applies the scale and offset a dataset declares. So the layer's source becomes a small GDAL VRT, written
inline as the source string (no file anywhere, saved in the project as it is), that points at the original file and
declares <Scale>, <Offset> and <NoDataValue>. GDAL reads only the file's header to make it: instant at any size.
Identify, the legend, statistics and Processing then see physical values (NDVI DN 150 -> 0.52).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from qgis.core import (
    QgsColorRampShader,
    QgsContrastEnhancement,
    QgsDataProvider,
    QgsDateTimeRange,
    QgsPalettedRasterRenderer,
    QgsRasterLayer,
    QgsRasterLayerTemporalProperties,
    QgsRasterRange,
    QgsRasterShader,
    QgsRasterTransparency,
    QgsSingleBandGrayRenderer,
    QgsSingleBandPseudoColorRenderer,
)
from qgis.PyQt.QtCore import QDateTime, Qt
from qgis.PyQt.QtGui import QColor

from ...toolbelt.i18n import tr
from ..errors import PluginError
from ..raster.gdal_guard import gdal_call, gdal_do, gdal_try, no_gdal_sidecars, quiet_gdal
from ..raster.physical import PHYSICAL_MARK
from ..text import QT_TRANSLATE_NOOP
from .colormaps import NO_VALUE_COLOUR, RAMPS
from .contents import BIOPHYSICAL, CLASSIFICATION, MASK, REFLECTANCE, SCENE_CLASSES, ContentSpec, content_spec
from .names import ProductName, try_parse_product_name

PATH_PROPERTY = "terrascope_s2/path"  # the product file behind a styled layer (its source may be a VRT)
CONTENT_PROPERTY = "terrascope_s2/content"

MASK_STYLES = {  # value: (label, colour); 0 is drawn transparent so that a mask overlays the product
    "CLOUDMASK": ((0, QT_TRANSLATE_NOOP("@default", "No cloud"), "#00000000"),
                  (1, QT_TRANSLATE_NOOP("@default", "Cloud"), "#b4dcff")),
    "SHADOWMASK": ((0, QT_TRANSLATE_NOOP("@default", "No shadow"), "#00000000"),
                   (1, QT_TRANSLATE_NOOP("@default", "Shadow"), "#643200")),
}
_SOURCE_FILENAME = re.compile(r"<SourceFilename[^>]*>([^<]+)</SourceFilename>")


@dataclass
class StyleResult:
    """What styling did to a layer, and what the user should be told (translated, once per content)."""

    product: ProductName | None
    spec: ContentSpec | None = None
    physical: bool = False  # Identify and the legend give physical values
    notes: list[str] = field(default_factory=list)


def layer_path(layer: QgsRasterLayer) -> str:
    """The file behind a layer: its source, or the file our VRT points at."""
    remembered = layer.customProperty(PATH_PROPERTY, "")
    if remembered:
        return str(remembered)
    source = layer.source()
    if source.lstrip().startswith("<VRTDataset"):
        match = _SOURCE_FILENAME.search(source)
        return _xml_unescape(match.group(1)) if match else ""
    # '|' may be part of a file's name, or start the options of a layer source (file.gpkg|layername=...)
    return source if Path(source).is_file() else source.split("|")[0]


class StyleError(PluginError, ValueError):
    """A product file that cannot be shown in physical units."""


def physical_source(path: str | Path, spec: ContentSpec) -> str:
    """An inline GDAL VRT over band 1 of `path` that declares the spec's scale, offset and no data."""
    from osgeo import gdal

    cannot = StyleError(QT_TRANSLATE_NOOP("@default", "'{name}' cannot be shown in physical units:"), name=Path(path).name)
    with quiet_gdal():
        dataset = gdal_call(cannot, gdal.Translate, "", str(path), format="VRT", bandList=[1])  # in memory only
        band = dataset.GetRasterBand(1)
        gdal_do(cannot, band.SetScale, spec.scale)
        gdal_do(cannot, band.SetOffset, spec.offset)
        if spec.nodata is not None:
            gdal_do(cannot, band.SetNoDataValue, spec.nodata)
        return gdal_call(cannot, dataset.GetMetadata, "xml:VRT")[0]


def holds_digital_numbers(path: str | Path) -> bool:
    """True for integer rasters (VITO's DNs); float rasters (tophysical's output, openEO's) hold physical values."""
    from osgeo import gdal

    with quiet_gdal():
        dataset = gdal_try(gdal.Open, str(path))
        if dataset is None:
            return False
        band = dataset.GetRasterBand(1)
        floating = gdal.GetDataTypeName(band.DataType).startswith(("Float", "CFloat"))
        return not floating and not dataset.GetMetadataItem(PHYSICAL_MARK)


def style_layer(layer: QgsRasterLayer, product: ProductName | None = None, spec: ContentSpec | None = None) -> StyleResult:
    """Style a product layer by its content: physical units, colours, no data and acquisition time.

    A layer that is no product (no product name in its file name) is left as it is: result.product is None.
    `spec` replaces the built-in one (a catalogue item's own scale, offset and no data: contents.with_item_scaling).
    """
    with no_gdal_sidecars():
        return _style_layer(layer, product, spec)


def _style_layer(layer: QgsRasterLayer, product: ProductName | None, spec: ContentSpec | None) -> StyleResult:
    path = layer_path(layer)
    product = product or try_parse_product_name(path)
    if product is None and layer.isValid():
        from .s1names import try_parse_sentinel1_name
        from .s1styling import style_sentinel1_layer

        sentinel1 = try_parse_sentinel1_name(path)
        if sentinel1 is not None:
            return style_sentinel1_layer(layer, sentinel1)
    if product is None or not layer.isValid():
        return StyleResult(None)
    spec = spec or content_spec(product.content)
    result = StyleResult(product, spec)
    layer.setCustomProperty(PATH_PROPERTY, path)
    layer.setCustomProperty(CONTENT_PROPERTY, spec.content)
    set_acquisition_time(layer, product)
    if product.is_quicklook:
        return result  # an RGB picture: QGIS's own style fits

    if spec.kind in (BIOPHYSICAL, REFLECTANCE):
        if not layer.source().lstrip().startswith("<VRTDataset") and holds_digital_numbers(path):
            options = QgsDataProvider.ProviderOptions()
            layer.setDataSource(physical_source(path, spec), layer.name(), "gdal", options)
        elif spec.nodata is not None:  # already physical values: only say which value is no data
            layer.dataProvider().setUserNoDataValue(1, [QgsRasterRange(spec.nodata, spec.nodata)])
        result.physical = True
        layer.setRenderer(_ramp_renderer(layer, spec) if spec.kind == BIOPHYSICAL else _reflectance_renderer(layer, spec))
    elif spec.kind == CLASSIFICATION:
        # class 0 is "no data": transparent on the map, still listed in the legend with the other eleven
        layer.dataProvider().setUserNoDataValue(1, [QgsRasterRange(0, 0)])
        layer.setRenderer(_paletted(layer, [(c.value, tr(c.label), c.colour) for c in SCENE_CLASSES]))
    elif spec.kind == MASK:
        layer.setRenderer(_paletted(layer, [(v, tr(label), colour) for v, label, colour in MASK_STYLES[spec.content]]))
    elif spec.scaling_known:  # no colours of ours, but the catalogue's item says how its DNs become physical values
        if not layer.source().lstrip().startswith("<VRTDataset") and holds_digital_numbers(path):
            layer.setDataSource(physical_source(path, spec), layer.name(), "gdal", QgsDataProvider.ProviderOptions())
        result.physical = True
    else:
        result.notes.append(tr("No scaling is known for {content}: its values are shown as digital numbers.").format(
            content=spec.content))
    layer.triggerRepaint()
    return result


def set_acquisition_time(layer: QgsRasterLayer, product: ProductName) -> None:
    """The acquisition instant as the layer's fixed temporal range, for the Temporal Controller."""
    when = QDateTime(product.acquired.date(), product.acquired.time(), Qt.TimeSpec.UTC)
    properties = layer.temporalProperties()
    properties.setMode(QgsRasterLayerTemporalProperties.TemporalMode.FixedTemporalRange)
    properties.setFixedTemporalRange(QgsDateTimeRange(when, when))
    properties.setIsActive(True)


def ramp_items(spec: ContentSpec) -> list[QgsColorRampShader.ColorRampItem]:
    """VITO's colour table for a biophysical content, in physical units, then VITO's grey for DN 251..253."""
    items = [QgsColorRampShader.ColorRampItem(spec.to_physical(dn), QColor(colour), _label(spec.to_physical(dn)))
             for dn, colour in RAMPS[spec.content]]
    if spec.grey_values:
        low, high = min(spec.grey_values), max(spec.grey_values)
        items.append(QgsColorRampShader.ColorRampItem(
            spec.to_physical(low), QColor(NO_VALUE_COLOUR),
            tr("No value (DN {low}-{high})").format(low=low, high=high)))
    return items


def _ramp_renderer(layer: QgsRasterLayer, spec: ContentSpec) -> QgsSingleBandPseudoColorRenderer:
    items = ramp_items(spec)
    ramp = QgsColorRampShader(items[0].value, items[-1].value)
    ramp.setColorRampType(QgsColorRampShader.Type.Interpolated)
    ramp.setColorRampItemList(items)
    ramp.setClip(False)  # below the first stop: its colour (NDVI's DN 0 means "-0.08 or lower"); above: grey
    shader = QgsRasterShader()
    shader.setRasterShaderFunction(ramp)
    renderer = QgsSingleBandPseudoColorRenderer(layer.dataProvider(), 1, shader)
    renderer.setClassificationMin(items[0].value)
    renderer.setClassificationMax(items[-1].value)
    if spec.transparent_values:  # 255 is no data already; VITO's tables make the others (254) transparent too
        transparency = QgsRasterTransparency()
        pixels = []
        for dn in spec.transparent_values:
            pixel = QgsRasterTransparency.TransparentSingleValuePixel()
            pixel.min, pixel.max = spec.to_physical(dn - 0.5), spec.to_physical(dn + 0.5)
            pixel.percentTransparent = 100.0
            pixels.append(pixel)
        transparency.setTransparentSingleValuePixelList(pixels)
        renderer.setRasterTransparency(transparency)
    return renderer


def _reflectance_renderer(layer: QgsRasterLayer, spec: ContentSpec) -> QgsSingleBandGrayRenderer:
    # a fixed stretch rather than statistics: instant on a whole tile, and dates compare at a glance
    visible = spec.content in ("TOC-B01", "TOC-B02", "TOC-B03", "TOC-B04")
    renderer = QgsSingleBandGrayRenderer(layer.dataProvider(), 1)
    enhancement = QgsContrastEnhancement(layer.dataProvider().dataType(1))
    enhancement.setContrastEnhancementAlgorithm(QgsContrastEnhancement.ContrastEnhancementAlgorithm.StretchToMinimumMaximum)
    enhancement.setMinimumValue(0.0)
    enhancement.setMaximumValue(0.3 if visible else 0.5)
    renderer.setContrastEnhancement(enhancement)
    return renderer


def _paletted(layer: QgsRasterLayer, classes: list[tuple[int, str, str]]) -> QgsPalettedRasterRenderer:
    palette = [QgsPalettedRasterRenderer.Class(value, QColor(colour), label) for value, label, colour in classes]
    return QgsPalettedRasterRenderer(layer.dataProvider(), 1, palette)


def _label(value: float) -> str:
    return f"{round(value, 4):g}"


def _xml_unescape(text: str) -> str:
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'").replace("&amp;", "&")
