"""terrascope_s2:maskbysceneclassification: keep a product's pixels of chosen scene classes, no data elsewhere."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
)

from ..core.products.contents import ALL_CLASSES, MASK_PRESETS, SCENE_CLASSES
from ..core.text import QT_TRANSLATE_NOOP
from ..toolbelt.i18n import tr
from .base import TerrascopeAlgorithm
from .common import ProductRaster, ReadOnlyInputs, input_path

MODES = (QT_TRANSLATE_NOOP("@default", "Keep the chosen classes"), QT_TRANSLATE_NOOP("@default", "Mask the chosen classes"))


class MaskByClassificationAlgorithm(ReadOnlyInputs, TerrascopeAlgorithm):
    NAME = "maskbysceneclassification"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("@default", "Mask with scene classification")
    GROUP_ID = "local"
    HELP = QT_TRANSLATE_NOOP(
        "@default",
        "Keeps the pixels of a product whose scene class (SCL) is wanted and sets the others to no data; the values "
        "and the data type stay those of the product. The classification is found beside the product when it is "
        "not given, and its 20 m classes are resampled to the product's grid (nearest neighbour). Choose a preset "
        "or 'Custom' with your own classes, kept or masked.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(ProductRaster("INPUT", tr("Product image")))
        self.addParameter(ProductRaster(
            "CLASSIFICATION", tr("Scene classification (empty: the one beside the product)"), optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            "PRESET", tr("Preset"), options=[tr(label) for label, _ in MASK_PRESETS], defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            "CLASSES", tr("Classes (for 'Custom')"), options=[f"{c.value} {tr(c.label)}" for c in SCENE_CLASSES],
            allowMultiple=True, optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            "MODE", tr("The chosen classes are (for 'Custom')"), options=[tr(m) for m in MODES], defaultValue=0))
        nodata = QgsProcessingParameterNumber(
            "NODATA", tr("No-data value of the output (empty: the product's)"), QgsProcessingParameterNumber.Type.Double,
            optional=True)
        overwrite = QgsProcessingParameterBoolean("OVERWRITE", tr("Replace an existing output file"), False)
        for parameter in (nodata, overwrite):
            parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
            self.addParameter(parameter)
        self.addParameter(QgsProcessingParameterRasterDestination("OUTPUT", tr("Masked product")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ..core.raster.masking import find_classification, mask_by_classification
        from ..core.raster.writer import RasterError

        source = input_path(self, parameters, "INPUT", context)
        try:
            if parameters.get("CLASSIFICATION") not in (None, ""):
                classification = input_path(self, parameters, "CLASSIFICATION", context)
            else:
                classification = str(find_classification(source))
                feedback.pushInfo(tr("Scene classification: {path}").format(path=classification))
            keep = MASK_PRESETS[self.parameterAsEnum(parameters, "PRESET", context)][1]
            if keep is None:
                chosen = set(self.parameterAsEnums(parameters, "CLASSES", context))
                keep = chosen if self.parameterAsEnum(parameters, "MODE", context) == 0 else ALL_CLASSES - chosen
            feedback.pushInfo(tr("Classes kept: {classes}").format(classes=", ".join(map(str, sorted(keep)))))
            nodata_given = parameters.get("NODATA") not in (None, "")
            output = self.parameterAsOutputLayer(parameters, "OUTPUT", context)
            mask_by_classification(
                source, classification, output, keep,
                nodata=self.parameterAsDouble(parameters, "NODATA", context) if nodata_given else None,
                overwrite=self.parameterAsBool(parameters, "OVERWRITE", context),
                progress=feedback.setProgress, is_cancelled=feedback.isCanceled)
        except RasterError as error:
            raise QgsProcessingException(error.user_text()) from None
        return {"OUTPUT": output}
