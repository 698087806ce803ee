"""terrascope_s2:tilefootprints: the exact squares of Sentinel-2 tiles, as polygons."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..core.grid.tile_layers import tile_geometry
from ..core.grid.tiles import BELGIAN_TILES, TileError, tile
from ..core.text import QT_TRANSLATE_NOOP
from ..toolbelt.fields import output_field
from ..toolbelt.i18n import tr
from .base import TerrascopeAlgorithm


class TileFootprintsAlgorithm(TerrascopeAlgorithm):
    NAME = "tilefootprints"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("@default", "Tile footprints")
    GROUP_ID = "tiles"
    HELP = QT_TRANSLATE_NOOP(
        "@default",
        "Polygons of Sentinel-2 tiles, exactly as ESA's tiling grid draws them (109.8 km squares in their UTM zone), "
        "reprojected to the output CRS. TILES is a list of tile ids separated by commas or spaces; "
        "empty means Belgium's ten tiles. An existing output file is only replaced when 'Replace an existing output "
        "file' is ticked.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterString(
            "TILES", tr("Tile ids (empty: Belgium's ten tiles)"), defaultValue=" ".join(BELGIAN_TILES),
            optional=True))
        self.addParameter(QgsProcessingParameterCrs("CRS", tr("Output CRS"), defaultValue="EPSG:4326", optional=True))
        overwrite = QgsProcessingParameterBoolean("OVERWRITE", tr("Replace an existing output file"), False)
        overwrite.setFlags(overwrite.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        self.addParameter(overwrite)
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", tr("Tile footprints"), QgsProcessing.SourceType.TypeVectorPolygon))

    def checkParameterValues(self, parameters, context):  # noqa: N802
        """A wrong tile id is said before the run: once, in the dialog or in qgis_process."""
        try:
            self._tiles(parameters, context)
        except TileError as error:
            return False, error.user_text()
        return super().checkParameterValues(parameters, context)

    def _tiles(self, parameters, context) -> list:
        text = self.parameterAsString(parameters, "TILES", context) or " ".join(BELGIAN_TILES)
        return [tile(token) for token in text.replace(",", " ").replace(";", " ").split()]

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        try:
            tiles = self._tiles(parameters, context)
        except TileError as error:
            raise QgsProcessingException(error.user_text()) from None
        crs = self.parameterAsCrs(parameters, "CRS", context)
        if not crs.isValid():
            crs = QgsCoordinateReferenceSystem("EPSG:4326")
        existing = _existing_output(self.parameterAsOutputLayer(parameters, "OUTPUT", context))
        if existing is not None and not self.parameterAsBool(parameters, "OVERWRITE", context):
            raise QgsProcessingException(tr("The output '{path}' already exists: choose another name, or tick 'Replace an "
                                            "existing output file'.").format(path=existing))
        fields = QgsFields()
        for name, kind in (("tile", "string"), ("epsg", "int"), ("xmin", "int"), ("ymin", "int"), ("xmax", "int"),
                           ("ymax", "int")):
            fields.append(output_field(name, kind))
        sink, dest_id = self.parameterAsSink(parameters, "OUTPUT", context, fields, QgsWkbTypes.Type.Polygon, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        for number, square in enumerate(dict.fromkeys(tiles)):
            if feedback.isCanceled():
                break
            geometry = tile_geometry(square, crs, context.transformContext())
            feature = QgsFeature(fields)
            feature.setGeometry(geometry)
            feature.setAttributes([square.tile_id, square.epsg, *square.extent()])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
            feedback.setProgress(100 * (number + 1) / len(tiles))
        return {"OUTPUT": dest_id}


def _existing_output(destination: str):
    """The file a sink destination names when it exists already (None for memory: and other non-file destinations)."""
    from pathlib import Path

    for candidate in (destination, destination.split("|")[0]):  # '|layername=...' of a GeoPackage, or part of a name
        if candidate and Path(candidate).exists():
            return Path(candidate)
    return None
