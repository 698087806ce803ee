"""terrascope_s2:listdates: the acquisition dates a service advertises for a layer, as a table."""

from __future__ import annotations

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterFeatureSink,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate

from ..core.text import QT_TRANSLATE_NOOP
from ..toolbelt.fields import output_field
from ..toolbelt.i18n import tr
from .base import TerrascopeAlgorithm
from .service_params import add_service_parameters, check_service_parameters, read_model, service_layer, service_profile


class ListDatesAlgorithm(TerrascopeAlgorithm):
    NAME = "listdates"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("@default", "List acquisition dates")
    GROUP_ID = "services"
    HELP = QT_TRANSLATE_NOOP(
        "@default",
        "The days for which a Terrascope map service has images of a layer, read from its capabilities (WMTS when it "
        "offers the layer, else WMS). One row a day: the day, the value the server advertised (send it back as it is), "
        "the number of acquisitions that day and all their values. START and END limit the days (both optional).")

    def initAlgorithm(self, config=None):
        add_service_parameters(self)
        for name, label in (("START", tr("From (optional)")), ("END", tr("Until (optional)"))):
            self.addParameter(QgsProcessingParameterDateTime(name, label, type=QgsProcessingParameterDateTime.Type.Date,
                                                             optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", tr("Acquisition dates"),
                                                            QgsProcessing.SourceType.TypeVector))

    def checkParameterValues(self, parameters, context):  # noqa: N802
        problem = check_service_parameters(self, parameters, context)
        return (False, problem) if problem else super().checkParameterValues(parameters, context)

    def processAlgorithm(self, parameters, context, feedback):
        from ..core.services.model import WMS, WMTS

        chosen, settings = service_profile(self, parameters, context)
        model = read_model(chosen, settings, feedback)
        name = self.parameterAsString(parameters, "LAYER", context)
        layer = service_layer(model, name)
        protocol = WMTS if WMTS in layer.times else WMS
        dimension = layer.time_for(protocol)
        if not dimension:
            raise QgsProcessingException(tr("Layer {name} has no dates").format(name=name))
        start = self._date(parameters, "START", context)
        end = self._date(parameters, "END", context)
        if start and end and start > end:
            raise QgsProcessingException(tr("The start date is after the end date."))
        fields = QgsFields()
        for field_name, kind in (("date", "date"), ("value", "string"), ("count", "int"), ("values", "string"),
                                 ("layer", "string"), ("protocol", "string")):
            fields.append(output_field(field_name, kind))
        sink, dest_id = self.parameterAsSink(parameters, "OUTPUT", context, fields, QgsWkbTypes.Type.NoGeometry)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        days: dict = {}
        for value in dimension.between(start, end):
            days.setdefault(value.day, []).append(value)
        for number, (day, values) in enumerate(days.items()):
            if feedback.isCanceled():
                break
            feature = QgsFeature(fields)
            feature.setAttributes([QDate(day.year, day.month, day.day), values[0].text, len(values),
                                   ",".join(value.text for value in values), layer.name, protocol])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
            feedback.setProgress(100 * (number + 1) / len(days))
        feedback.pushInfo(tr("%n date(s)", None, len(days)))
        return {"OUTPUT": dest_id}

    def _date(self, parameters, name, context):
        if parameters.get(name) in (None, ""):
            return None
        value = self.parameterAsDateTime(parameters, name, context)
        return value.date().toPyDate() if value.isValid() else None
