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
from datetime import datetime
from functools import lru_cache
from pathlib import Path

from qgis.core import (
    QgsColorRampShader,
    QgsContrastEnhancement,
    QgsDataProvider,
    QgsDateTimeRange,
    QgsPalettedRasterRenderer,
    QgsProject,
    QgsRasterLayer,
    QgsRasterLayerTemporalProperties,
    QgsRasterRange,
    QgsRasterShader,
    QgsSingleBandGrayRenderer,
    QgsSingleBandPseudoColorRenderer,
)
from qgis.PyQt.QtCore import QDateTime, Qt
from qgis.PyQt.QtGui import QColor

from ...toolbelt.i18n import tr
from ..errors import PluginError
from ..raster.gdal_guard import gdal_call, gdal_try, no_gdal_sidecars, quiet_gdal
from ..raster.physical import PHYSICAL_MARK
from ..raster.tiff_directory import RasterHeader, geotiff_keys
from ..text import QT_TRANSLATE_NOOP
from .colormaps import NO_VALUE_COLOUR, RAMPS
from .contents import BIOPHYSICAL, CLASSIFICATION, MASK, REFLECTANCE, SCENE_CLASSES, ContentSpec, content_spec
from .lookup_renderer import LookupRampRenderer, set_lookup_renderer
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


def physical_source(path: str | Path, spec: ContentSpec, dataset=None, keys: bytes | None = None) -> str:
    """An inline GDAL VRT over band 1 of `path` that declares the spec's scale, offset and no data.

    Written from the file's header (`dataset`: the file opened with GDAL already, else opened here; `keys`: its
    GeoTIFF keys when read already, tiff_directory.geotiff_keys): the same VRT that
    gdal.Translate writes, without its work. The source's size, type and blocks are declared (<SourceProperties>), so
    that GDAL opens the file itself only when pixels are read."""
    from osgeo import gdal

    cannot = StyleError(QT_TRANSLATE_NOOP("@default", "'{name}' cannot be shown in physical units:"), name=Path(path).name)
    with quiet_gdal():
        if dataset is None:
            dataset = gdal_call(cannot, gdal.Open, str(path))
        band = dataset.GetRasterBand(1)
        width, height = dataset.RasterXSize, dataset.RasterYSize
        block_x, block_y = band.GetBlockSize()
        data_type = gdal.GetDataTypeName(band.DataType)
        nodata = spec.nodata if spec.nodata is not None else band.GetNoDataValue()
        wkt = _projection(path, dataset, keys)  # (a VRT's SRS without an axis mapping has GDAL's traditional order, as GTiff's)
        metadata = dataset.GetMetadata_Dict() or {}
        geotransform = dataset.GetGeoTransform(can_return_null=True)
        interpretation = gdal.GetColorInterpretationName(band.GetColorInterpretation())
    return _vrt(path, spec, width, height, (block_x, block_y), data_type, nodata, wkt, metadata, geotransform,
                interpretation)


def physical_source_from_header(path: str | Path, spec: ContentSpec, header: RasterHeader, keys: bytes | None) -> str | None:
    """physical_source of a plain one-band GeoTIFF without GDAL, from its header read by tiff_directory (`keys`: its
    GeoTIFF keys); None when GDAL must look (its SRS not built yet in this session, another georeferencing source
    asked for): the same VRT, text for text."""
    from osgeo import gdal

    if keys is None or gdal.GetConfigOption("GDAL_GEOREF_SOURCES") is not None:
        return None
    wkt = _WKT_BY_GEOTIFF_KEYS.get(_srs_key(keys))
    if wkt is None:
        return None
    return _vrt(path, spec, header.width, header.height, header.block, header.data_type, spec.nodata, wkt,
                {"AREA_OR_POINT": "Area"}, header.geotransform, "Gray")


def _vrt(path, spec: ContentSpec, width: int, height: int, block: tuple[int, int], data_type: str, nodata, wkt: str,
         metadata: dict, geotransform, interpretation: str) -> str:
    block_x, block_y = block
    size = f'xOff="0" yOff="0" xSize="{width}" ySize="{height}"'
    lines = [f'<VRTDataset rasterXSize="{width}" rasterYSize="{height}">']
    if wkt:
        lines.append(f"  <SRS>{_xml(wkt)}</SRS>")
    if geotransform is not None:
        lines.append(f"  <GeoTransform>{', '.join(repr(float(v)) for v in geotransform)}</GeoTransform>")
    if metadata:
        lines += ["  <Metadata>", *(f'    <MDI key="{_xml(k)}">{_xml(v)}</MDI>' for k, v in metadata.items()), "  </Metadata>"]
    lines.append(f'  <VRTRasterBand dataType="{data_type}" band="1" blockXSize="{block_x}" blockYSize="{block_y}">')
    if nodata is not None:
        lines.append(f"    <NoDataValue>{_number(nodata)}</NoDataValue>")
    lines += [f"    <Offset>{_number(spec.offset)}</Offset>", f"    <Scale>{_number(spec.scale)}</Scale>",
              f"    <ColorInterp>{interpretation}</ColorInterp>", "    <SimpleSource>",
              f'      <SourceFilename relativeToVRT="0">{_xml(str(path))}</SourceFilename>',
              "      <SourceBand>1</SourceBand>",
              f'      <SourceProperties RasterXSize="{width}" RasterYSize="{height}" DataType="{data_type}" '
              f'BlockXSize="{block_x}" BlockYSize="{block_y}" />',
              f"      <SrcRect {size} />", f"      <DstRect {size} />",
              "    </SimpleSource>", "  </VRTRasterBand>", "</VRTDataset>"]
    return "\n".join(lines)


# The SRS GDAL builds from a GeoTIFF's keys (with the options that change how it reads them): the files of a tile share
# their keys, and building it takes GDAL 1 to 1.5 ms a file, as long as the rest of making a layer's VRT.
_WKT_BY_GEOTIFF_KEYS: dict[tuple, str] = {}
_SRS_OPTIONS = ("GTIFF_SRS_SOURCE", "GTIFF_REPORT_COMPD_CS", "GDAL_GEOREF_SOURCES")


def _projection(path: str | Path, dataset, keys: bytes | None = None) -> str:
    """The dataset's SRS as WKT (GetProjectionRef), built once for each set of GeoTIFF keys (`keys`: read already)."""

    if dataset.GetDriver().ShortName != "GTiff":
        keys = None
    elif keys is None:
        keys = geotiff_keys(path)
    if keys is None:
        return dataset.GetProjectionRef()
    key = _srs_key(keys)
    wkt = _WKT_BY_GEOTIFF_KEYS.get(key)
    if wkt is None:
        if len(_WKT_BY_GEOTIFF_KEYS) >= 256:  # a bound, for a session that visits many different files
            _WKT_BY_GEOTIFF_KEYS.clear()
        wkt = _WKT_BY_GEOTIFF_KEYS[key] = dataset.GetProjectionRef()
    return wkt


def _srs_key(keys: bytes) -> tuple:
    from osgeo import gdal

    return (keys, *(gdal.GetConfigOption(option) for option in _SRS_OPTIONS))


def holds_digital_numbers(path: str | Path, dataset=None) -> bool:
    """True for integer rasters (VITO's DNs); float rasters (tophysical's output, openEO's) hold physical values.
    `dataset`: the file opened with GDAL already (else it is opened here)."""
    from osgeo import gdal

    with quiet_gdal():
        dataset = dataset or gdal_try(gdal.Open, str(path))
        if dataset is None:
            return False
        band = dataset.GetRasterBand(1)
        floating = gdal.GetDataTypeName(band.DataType).startswith(("Float", "CFloat"))
        return not floating and not dataset.GetMetadataItem(PHYSICAL_MARK)


def shown_in_physical_units(product: ProductName, spec: ContentSpec) -> bool:
    """True when style_layer shows the content's digital numbers as physical values (through physical_source)."""
    if product.is_quicklook:
        return False
    return spec.kind in (BIOPHYSICAL, REFLECTANCE) or (spec.kind not in (CLASSIFICATION, MASK) and spec.scaling_known)


def style_layer(layer: QgsRasterLayer, product: ProductName | None = None, spec: ContentSpec | None = None,
                path: str | None = None) -> StyleResult:
    """Style a product layer by its content: physical units, colours, no data and acquisition time.

    A layer that is no product (no product name in its file name) is left as it is: result.product is None.
    `spec` replaces the built-in one (a catalogue item's own scale, offset and no data: contents.with_item_scaling).
    `path`: the file behind the layer when the caller knows it (else found from the layer's source).
    GDAL writes no sidecar beside the file meanwhile (each look at the file is guarded, not the whole: the loader's
    layers are made on their final source already, and a guard costs as much as a tenth of styling a layer).
    """
    path = path or layer_path(layer)
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

    if spec.kind in (BIOPHYSICAL, REFLECTANCE):  # (shown_in_physical_units says which kinds: keep them equal)
        scaled = layer.source().lstrip().startswith("<VRTDataset")  # the loader made it on our VRT already
        if not scaled and holds_digital_numbers(path):
            _make_physical(layer, path, spec)
            scaled = True
        elif spec.nodata is not None and not scaled:
            # already physical values: only say which value is no data
            layer.dataProvider().setUserNoDataValue(1, [QgsRasterRange(spec.nodata, spec.nodata)])
        if spec.kind == BIOPHYSICAL and scaled:
            _special_values_as_no_data(layer, spec)
        result.physical = True
        if spec.kind == BIOPHYSICAL:
            set_lookup_renderer(layer, _ramp_renderer(layer, spec))
        else:
            layer.setRenderer(_reflectance_renderer(layer, spec))
        if spec.kind == BIOPHYSICAL:  # the legend says the product, its unit and its physical range (not "Band 1 (Gray)")
            from .legend import set_colour_table_legend

            set_colour_table_legend(layer, spec)
    elif spec.kind == CLASSIFICATION:
        # class 0 is "no data": transparent on the map, still listed in the legend with the other eleven
        layer.dataProvider().setUserNoDataValue(1, [QgsRasterRange(0, 0)])
        layer.setRenderer(_paletted(spec.content))
    elif spec.kind == MASK:
        layer.setRenderer(_paletted(spec.content))
    elif spec.scaling_known:  # no colours of ours, but the catalogue's item says how its DNs become physical values
        if not layer.source().lstrip().startswith("<VRTDataset") and holds_digital_numbers(path):
            _make_physical(layer, path, spec)
        result.physical = True
    else:
        result.notes.append(tr("No scaling is known for {content}: its values are shown as digital numbers.").format(
            content=spec.content))
    layer.triggerRepaint()
    return result


def _make_physical(layer: QgsRasterLayer, path: str, spec: ContentSpec) -> None:
    """The layer's source becomes the VRT that gives the file's physical values (QGIS's look at it saves nothing)."""
    with no_gdal_sidecars():
        layer.setDataSource(physical_source(path, spec), layer.name(), "gdal", QgsDataProvider.ProviderOptions())


def set_acquisition_time(layer: QgsRasterLayer, product: ProductName) -> None:
    """The acquisition instant as the layer's fixed temporal range, for the Temporal Controller."""
    properties = layer.temporalProperties()
    properties.setMode(QgsRasterLayerTemporalProperties.TemporalMode.FixedTemporalRange)
    properties.setFixedTemporalRange(_instant(product.acquired))
    properties.setIsActive(True)


@lru_cache(maxsize=256)
def _instant(acquired: datetime) -> QgsDateTimeRange:
    """The range of one UTC instant, made once for the layers of a product (QGIS copies it)."""
    when = QDateTime(acquired.date(), acquired.time(), Qt.TimeSpec.UTC)
    return QgsDateTimeRange(when, when)


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


def _ramp_renderer(layer: QgsRasterLayer, spec: ContentSpec) -> LookupRampRenderer:
    return _ramp_template(spec, tr("No value (DN {low}-{high})")).clone()  # setRenderer gives it the layer's provider


@lru_cache(maxsize=32)
def _ramp_template(spec: ContentSpec, grey_label: str) -> QgsSingleBandPseudoColorRenderer:
    """The colour ramp renderer of a content, made once (for the label of VITO's grey in the current language):
    each layer gets a copy."""
    items = ramp_items(spec)
    ramp = QgsColorRampShader(items[0].value, items[-1].value)
    ramp.setColorRampType(QgsColorRampShader.Type.Interpolated)
    ramp.setColorRampItemList(items)
    ramp.setClip(False)  # below the first stop: its colour (NDVI's DN 0 means "-0.08 or lower"); above: grey
    shader = QgsRasterShader()
    shader.setRasterShaderFunction(ramp)
    renderer = LookupRampRenderer(1, shader)  # QGIS's pseudocolour renderer, drawing through a table of 256 colours
    renderer.setClassificationMin(items[0].value)
    renderer.setClassificationMax(items[-1].value)
    return renderer


def restore_lookup_renderers(project: QgsProject) -> int:
    """A project file keeps a product layer's renderer as QGIS's pseudocolour renderer: product layers in physical
    units (our VRT) get the lookup renderer back, with the settings read (the user's own changes included)."""
    restored = 0
    for layer in project.mapLayers().values():
        renderer = layer.renderer() if isinstance(layer, QgsRasterLayer) else None
        if (type(renderer) is QgsSingleBandPseudoColorRenderer and layer.customProperty(CONTENT_PROPERTY, "")
                and layer.source().lstrip().startswith("<VRTDataset")):
            set_lookup_renderer(layer, LookupRampRenderer.copy_of(renderer))
            restored += 1
    return restored


def _special_values_as_no_data(layer: QgsRasterLayer, spec: ContentSpec) -> None:
    """VITO's tables draw DN 254 transparent, as 255 (no data): it carries no physical value either (tophysical
    writes it as no data), so it becomes no data of the layer: transparent, and no value in Identify and statistics.
    (Cheaper to draw than a transparency list: a 10 km view took 1.2x as long with one.)"""
    special = [dn for dn in spec.transparent_values if dn != spec.nodata]
    if special:
        layer.dataProvider().setUserNoDataValue(
            1, [QgsRasterRange(spec.to_physical(dn - 0.5), spec.to_physical(dn + 0.5)) for dn in special])


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


def _paletted(content: str) -> QgsPalettedRasterRenderer:
    """The renderer of a classification or mask: its classes' values, labels and colours."""
    classes = _classes(content)
    # made once for each language (told by the first label's translation); setRenderer gives a copy the layer's provider
    return _paletted_template(content, tr(classes[0][1])).clone()


def _classes(content: str) -> tuple[tuple[int, str, str], ...]:
    """A mask's or the scene classification's (value, label, colour) classes, labels untranslated."""
    return MASK_STYLES.get(content) or tuple((c.value, c.label, c.colour) for c in SCENE_CLASSES)


@lru_cache(maxsize=32)
def _paletted_template(content: str, first_label: str) -> QgsPalettedRasterRenderer:
    """The renderer of a content's (value, label, colour) classes in the current language, made once."""
    palette = [QgsPalettedRasterRenderer.Class(value, QColor(colour), tr(label))
               for value, label, colour in _classes(content)]
    return QgsPalettedRasterRenderer(None, 1, palette)


def _label(value: float) -> str:
    return f"{round(value, 4):g}"


def _number(value: float) -> str:
    return repr(int(value)) if float(value).is_integer() else repr(float(value))


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def _xml_unescape(text: str) -> str:
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'").replace("&amp;", "&")
