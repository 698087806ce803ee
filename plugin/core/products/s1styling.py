"""Sentinel-1 backscatter layers as Terrascope shows them: VV and VH in dB, and the VV, VH, VV/VH colour composite.

Nothing is written anywhere: each layer's source is an inline GDAL VRT (as the Sentinel-2 physical-units layers,
styling.py) over the product's own files. A band "in dB" is computed by GDAL's log10 pixel function and declares the
scale 10, which QGIS applies (10 log10 of linear power; files that hold dB already are only read, rescaled). Its second
band is the linear value, so that Identify tells both. The composite's bands: VV (dB), VH (dB), VV/VH as VV - VH (dB),
then VV and VH linear. How each file is read (linear or dB, no data, scale) comes from raster.backscatter.

Terrascope's FAQ describes the composite: red = VV, green = VH, blue = VV/VH; water and flat surfaces blue (both low),
built-up areas yellow, forests grey, wind parks and ships bright. COMPOSITE_STRETCH is chosen so that this holds for the
typical C-band sigma0 of those surfaces (tests/core/products/test_sentinel1.py renders them with QGIS and reads the colours).
"""

from __future__ import annotations

import math
from datetime import datetime
from html import escape  # (&, <, > and quotes: valid in XML text too)

from qgis.core import (
    QgsContrastEnhancement,
    QgsDataProvider,
    QgsDateTimeRange,
    QgsMultiBandColorRenderer,
    QgsRasterLayer,
    QgsRasterLayerTemporalProperties,
    QgsSingleBandGrayRenderer,
)
from qgis.PyQt.QtCore import QDateTime, Qt

from ...toolbelt.i18n import tr
from ...toolbelt.log import log
from ..raster.backscatter import BackscatterFile, read_backscatter
from ..raster.gdal_guard import no_gdal_sidecars
from ..text import QT_TRANSLATE_NOOP
from .s1names import COHERENCE, Sentinel1Name
from .styling import CONTENT_PROPERTY, PATH_PROPERTY, StyleResult

COMPOSITE = "COMPOSITE"
# dB shown from black to white on a VV or VH layer
DB_STRETCH = {"VV": (-25.0, 0.0), "HH": (-25.0, 0.0), "VH": (-30.0, -5.0), "HV": (-30.0, -5.0)}
# the composite's stretch in dB: red VV, green VH, blue VV - VH (see the module's docstring)
COMPOSITE_STRETCH = ((-20.0, -1.0), (-20.0, -8.0), (-4.0, 14.0))
LINEAR = QT_TRANSLATE_NOOP("@default", "{band} (linear)")
DECIBELS = "{band} (dB)"


def _complex_source(file: BackscatterFile, ratio: float, offset: float, zero_is_empty: bool = False) -> str:
    """The file's band as a source: `ratio` x stored + `offset`, its no-data pixels left out (NaN in the band); with
    `zero_is_empty`, stored 0 too when the file has no no-data value of its own (one value only: GDAL's limit)."""
    empty = file.nodata if file.nodata is not None and not math.isnan(file.nodata) else (0.0 if zero_is_empty else None)
    nodata = "" if empty is None else f"<NODATA>{empty!r}</NODATA>"
    return (f'<ComplexSource><SourceFilename relativeToVRT="0">{escape(str(file.path))}</SourceFilename>'
            f"<SourceBand>1</SourceBand>{nodata}<ScaleOffset>{offset!r}</ScaleOffset><ScaleRatio>{ratio!r}</ScaleRatio>"
            f"</ComplexSource>")


def _nested_source(xml: str) -> str:
    return (f'<SimpleSource><SourceFilename relativeToVRT="0">{escape(xml)}</SourceFilename><SourceBand>1</SourceBand>'
            f"</SimpleSource>")


def _band(number: int, description: str, sources: str, function: str = "", scale: float | None = None) -> str:
    derived = ' subClass="VRTDerivedRasterBand"' if function else ""
    computed = f"<PixelFunctionType>{function}</PixelFunctionType><SourceTransferType>Float64</SourceTransferType>" \
        if function else ""
    scaled = f"<Scale>{scale!r}</Scale>" if scale is not None else ""
    return (f'<VRTRasterBand dataType="Float32" band="{number}"{derived}><Description>{escape(description)}</Description>'
            f"<NoDataValue>nan</NoDataValue>{scaled}{computed}{sources}</VRTRasterBand>")


def _dataset(file: BackscatterFile, bands: list[str], georeferenced: bool = True) -> str:
    where = ""
    if georeferenced:
        where = (f"<SRS>{escape(file.crs_wkt)}</SRS>" if file.crs_wkt else "") + \
            f"<GeoTransform>{', '.join(repr(v) for v in file.geotransform)}</GeoTransform>"
    return f'<VRTDataset rasterXSize="{file.width}" rasterYSize="{file.height}">{where}{"".join(bands)}</VRTDataset>'


def _bels_band(number: int, file: BackscatterFile, description: str, scale: float | None) -> str:
    """A band of the file's values in bels (log10 units; dB / 10), declaring `scale` (10 shows them in dB). A linear 0
    has no value in dB (GDAL's log10 would give -inf): no data, as SNAP's fill outside the swath."""
    if file.decibels:
        return _band(number, description, _complex_source(file, file.scale / 10.0, file.offset / 10.0), scale=scale)
    zero_is_empty = file.offset == 0.0  # then a stored 0 is a linear 0
    return _band(number, description, _complex_source(file, file.scale, file.offset, zero_is_empty), "log10", scale)


def _linear_band(number: int, file: BackscatterFile, description: str) -> str:
    if file.decibels:
        return _band(number, description, _complex_source(file, file.scale, file.offset), "dB2pow")
    return _band(number, description, _complex_source(file, file.scale, file.offset))


def decibel_source(file: BackscatterFile, polarisation: str) -> str:
    """An inline VRT of one polarisation: band 1 in dB, band 2 linear."""
    return _dataset(file, [_bels_band(1, file, DECIBELS.format(band=polarisation), 10.0),
                           _linear_band(2, file, tr(LINEAR).format(band=polarisation))])


def composite_source(vv: BackscatterFile, vh: BackscatterFile) -> str:
    """An inline VRT of the composite: VV (dB), VH (dB), VV/VH (dB, as VV - VH), VV (linear), VH (linear)."""
    ratio = _band(3, DECIBELS.format(band="VV/VH"),
                  _nested_source(_dataset(vv, [_bels_band(1, vv, "VV", None)], georeferenced=False))
                  + _nested_source(_dataset(vh, [_bels_band(1, vh, "VH", None)], georeferenced=False)), "diff", 10.0)
    return _dataset(vv, [_bels_band(1, vv, DECIBELS.format(band="VV"), 10.0),
                         _bels_band(2, vh, DECIBELS.format(band="VH"), 10.0), ratio,
                         _linear_band(4, vv, tr(LINEAR).format(band="VV")),
                         _linear_band(5, vh, tr(LINEAR).format(band="VH"))])


def _enhancement(provider, band: int, low: float, high: float) -> QgsContrastEnhancement:
    enhancement = QgsContrastEnhancement(provider.dataType(band))
    enhancement.setContrastEnhancementAlgorithm(QgsContrastEnhancement.ContrastEnhancementAlgorithm.StretchToMinimumMaximum)
    enhancement.setMinimumValue(low)
    enhancement.setMaximumValue(high)
    return enhancement


def gray_renderer(layer: QgsRasterLayer, low: float, high: float) -> QgsSingleBandGrayRenderer:
    renderer = QgsSingleBandGrayRenderer(layer.dataProvider(), 1)
    renderer.setContrastEnhancement(_enhancement(layer.dataProvider(), 1, low, high))
    return renderer


def composite_renderer(layer: QgsRasterLayer) -> QgsMultiBandColorRenderer:
    provider = layer.dataProvider()
    renderer = QgsMultiBandColorRenderer(provider, 1, 2, 3)
    (red, green, blue) = (_enhancement(provider, band, *COMPOSITE_STRETCH[band - 1]) for band in (1, 2, 3))
    renderer.setRedContrastEnhancement(red)
    renderer.setGreenContrastEnhancement(green)
    renderer.setBlueContrastEnhancement(blue)
    return renderer


def set_time_range(layer: QgsRasterLayer, start: datetime, end: datetime | None = None) -> None:
    """The acquisition instant (a coherence pair: its two acquisitions) as the layer's fixed temporal range."""
    def instant(when: datetime) -> QDateTime:
        return QDateTime(when.date(), when.time(), Qt.TimeSpec.UTC)

    properties = layer.temporalProperties()
    properties.setMode(QgsRasterLayerTemporalProperties.TemporalMode.FixedTemporalRange)
    properties.setFixedTemporalRange(QgsDateTimeRange(instant(start), instant(end or start)))
    properties.setIsActive(True)


def _mark(layer: QgsRasterLayer, name: Sentinel1Name, path: str, content: str) -> None:
    layer.setCustomProperty(PATH_PROPERTY, path)
    layer.setCustomProperty(CONTENT_PROPERTY, content)
    set_time_range(layer, name.acquired, name.acquired_end)


def polarisation_layer(file: BackscatterFile, name: Sentinel1Name, layer_name: str) -> QgsRasterLayer:
    """A VV or VH layer in dB (Identify: dB and linear), black to white."""
    with no_gdal_sidecars():
        layer = QgsRasterLayer(decibel_source(file, name.band), layer_name, "gdal")
    if layer.isValid():
        layer.setRenderer(gray_renderer(layer, *DB_STRETCH[name.band]))
        _mark(layer, name, str(file.path), name.band)
    return layer


def composite_layer(vv: BackscatterFile, vh: BackscatterFile, name: Sentinel1Name, layer_name: str) -> QgsRasterLayer:
    """The FAQ's composite: red VV, green VH, blue VV/VH, in dB."""
    with no_gdal_sidecars():
        layer = QgsRasterLayer(composite_source(vv, vh), layer_name, "gdal")
    if layer.isValid():
        layer.setRenderer(composite_renderer(layer))
        _mark(layer, name, str(vv.path), COMPOSITE)
    return layer


def style_sentinel1_layer(layer: QgsRasterLayer, name: Sentinel1Name) -> StyleResult:
    """A Sentinel-1 file opened any way (dropped, Data Source Manager): VV/VH in dB with Identify in dB and linear;
    the incidence angle and coherence as they are; each at its acquisition time."""
    from ..raster.writer import RasterError

    path = layer.source()
    result = StyleResult(name)
    if name.band in DB_STRETCH and name.kind != COHERENCE:
        try:
            file = read_backscatter(path)
        except RasterError as error:
            result.notes.append(error.user_text())
            return result
        log(f"{file.path.name}: {'dB' if file.decibels else 'linear'} values: {file.reason}")
        layer.setDataSource(decibel_source(file, name.band), layer.name(), "gdal", QgsDataProvider.ProviderOptions())
        layer.setRenderer(gray_renderer(layer, *DB_STRETCH[name.band]))
        result.physical = True
    _mark(layer, name, path, name.band or name.kind)
    layer.triggerRepaint()
    return result
