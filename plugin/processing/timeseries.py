"""terrascope_s2:timeseries: the time series of points or fields over a folder of products, as a table."""

from __future__ import annotations

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime

from ..core.products.contents import MASK_PRESETS, NO_MASKING, SCENE_CLASSES
from ..core.products.contents import SERIES_CONTENTS as CONTENTS
from ..core.text import QT_TRANSLATE_NOOP
from ..toolbelt.fields import output_field
from ..toolbelt.i18n import tr
from .base import TerrascopeAlgorithm

# the MASK choices: no masking, then the plugin's masking presets (the same index + 1)
OUTPUT_FIELDS = (("feature_id", "long"), ("label", "string"), ("date", "date"), ("acquired", "datetime"),
                 ("content", "string"), ("unit", "string"), ("tile", "string"), ("product", "string"),
                 ("status", "string"), ("masked", "bool"), ("mean", "double"), ("median", "double"), ("std", "double"),
                 ("valid", "int"), ("total", "int"), ("valid_pct", "double"), ("message", "string"))


class TimeSeriesAlgorithm(TerrascopeAlgorithm):
    NAME = "timeseries"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("@default", "Time series of points or fields")
    GROUP_ID = "local"
    HELP = QT_TRANSLATE_NOOP(
        "@default",
        "For each point or polygon of INPUT and each date, the statistics of a product content (FAPAR, NDVI...) in "
        "physical units over the products found in FOLDER and its subfolders (by their names): the mean, median and "
        "standard deviation of the pixels whose centres fall in the polygon (the pixel under a point), with the "
        "counts of valid and of all its pixels. MASK keeps only the pixels of chosen scene classes (the "
        "classification of the same acquisition, found beside each product); WIDEN also masks the pixels within that "
        "many pixels of a masked class; a date with less than MIN_VALID % valid pixels is marked masked, not "
        "dropped. A date that cannot be read, or a feature outside every product, gets a row that says why. Only "
        "the windows around the features are read.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            "INPUT", tr("Points or fields"),
            [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            "LABEL_FIELD", tr("Field with each feature's name (optional)"), parentLayerParameterName="INPUT",
            optional=True))
        self.addParameter(QgsProcessingParameterFile(
            "FOLDER", tr("Folder of products (searched with its subfolders)"), QgsProcessingParameterFile.Behavior.Folder))
        self.addParameter(QgsProcessingParameterEnum("CONTENT", tr("Content"), options=list(CONTENTS), defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            "MASK", tr("Mask with the scene classification"),
            options=[tr(NO_MASKING), *(tr(label) for label, _ in MASK_PRESETS)], defaultValue=1))
        self.addParameter(QgsProcessingParameterEnum(
            "CLASSES", tr("Classes kept (for 'Custom')"), options=[f"{c.value} {tr(c.label)}" for c in SCENE_CLASSES],
            allowMultiple=True, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            "WIDEN", tr("Widen the masked classes by (pixels)"), QgsProcessingParameterNumber.Type.Integer, 0, False, 0, 100))
        self.addParameter(QgsProcessingParameterNumber(
            "MIN_VALID", tr("Dates with fewer valid pixels than this are marked masked (%)"),
            QgsProcessingParameterNumber.Type.Double, 50.0, False, 0.0, 100.0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", tr("Time series"), QgsProcessing.SourceType.TypeVector))

    def processAlgorithm(self, parameters, context, feedback):
        from ..core.errors import PluginError
        from ..core.timeseries.export import rows
        from ..core.timeseries.model import MASKED, Field, MaskOptions
        from ..core.timeseries.series import compute_series
        from ..core.timeseries.sources import find_products

        source = self.parameterAsSource(parameters, "INPUT", context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, "INPUT"))
        content = CONTENTS[self.parameterAsEnum(parameters, "CONTENT", context)]
        options = MaskOptions(self._keep(parameters, context), self.parameterAsInt(parameters, "WIDEN", context),
                              self.parameterAsDouble(parameters, "MIN_VALID", context) / 100)
        label_field = self.parameterAsString(parameters, "LABEL_FIELD", context)
        crs = source.sourceCrs().toWkt()
        fields = [Field(feature.id(), bytes(feature.geometry().asWkb()) if feature.hasGeometry() else b"", crs,
                        str(feature[label_field]) if label_field and feature[label_field] is not None else "")
                  for feature in source.getFeatures()]
        try:
            search = find_products(self.parameterAsFile(parameters, "FOLDER", context), content, feedback.isCanceled)
            feedback.pushInfo(tr("{content}: %n product(s)", None, len(search.products)).format(content=content) + "; "
                              + tr("%n feature(s).", None, len(fields)))
            if options.keep is not None:
                feedback.pushInfo(tr("Classes kept: {classes}").format(classes=", ".join(map(str, sorted(options.keep)))))
            result = compute_series(search.products, fields, content, options, feedback.setProgress, feedback.isCanceled)
        except PluginError as error:
            raise QgsProcessingException(error.user_text()) from None
        for problem in [*search.problems, *(p for series in result.series for p in series.problems)]:
            feedback.pushWarning(problem.user_text())

        table = QgsFields()
        for name, kind in OUTPUT_FIELDS:
            table.append(output_field(name, kind))
        sink, dest_id = self.parameterAsSink(parameters, "OUTPUT", context, table, QgsWkbTypes.Type.NoGeometry)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        counts = {}
        for row in rows(result):
            counts[row["status"]] = counts.get(row["status"], 0) + 1
            if row["message"] and row["date"]:
                feedback.pushWarning(f"{row['feature_id']} {row['date']}: {row['message']}")
            masked = None if row["date"] is None else row["status"] == MASKED
            percent = None if row["valid_fraction"] is None else 100 * row["valid_fraction"]
            feature = QgsFeature(table)
            feature.setAttributes([
                row["feature_id"], row["label"], _date(row["date"]), _acquired(row["acquired"]), row["content"],
                row["unit"], row["tile"], row["product"], row["status"], masked, row["mean"], row["median"], row["std"],
                row["valid"], row["total"], percent, row["message"]])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        feedback.pushInfo(tr("Rows: {kept} kept, {masked} masked, {failed} failed.").format(
            kept=counts.get("kept", 0), masked=counts.get("masked", 0), failed=counts.get("failed", 0)))
        return {"OUTPUT": dest_id}

    def _keep(self, parameters, context) -> frozenset[int] | None:
        choice = self.parameterAsEnum(parameters, "MASK", context)
        if choice == 0:
            return None
        keep = MASK_PRESETS[choice - 1][1]
        if keep is None:  # Custom
            keep = self.parameterAsEnums(parameters, "CLASSES", context)
            if not keep:
                raise QgsProcessingException(tr("No class is kept: every pixel would be masked. Choose at least one "
                                                "class."))
        return frozenset(int(k) for k in keep)



def _date(value):
    return None if value is None else QDate(value.year, value.month, value.day)


def _acquired(value):
    if value is None:
        return None
    return QDateTime(_date(value), QTime(value.hour, value.minute, value.second), Qt.TimeSpec.UTC)
