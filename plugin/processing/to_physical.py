"""terrascope_s2:tophysical: a product's digital numbers as physical values, in a Float32 GeoTIFF."""

from __future__ import annotations

import math
from pathlib import Path

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
)

from ..core.products.contents import content_spec
from ..core.products.names import try_parse_product_name
from ..core.text import QT_TRANSLATE_NOOP
from ..toolbelt.i18n import tr
from .base import TerrascopeAlgorithm
from .common import ProductRaster, ReadOnlyInputs, input_path

# (content or "" for the file name, label) in the order of the PRODUCT choices: the index is what models store
PRODUCT_CHOICES = (
    ("", QT_TRANSLATE_NOOP("@default", "Detect from the file name")),
    ("FAPAR", "FAPAR"), ("FCOVER", "FCOVER"), ("LAI", "LAI"), ("NDVI", "NDVI"),
    ("TOC", QT_TRANSLATE_NOOP("@default", "TOC reflectance (any band)")),
)


class ToPhysicalAlgorithm(ReadOnlyInputs, TerrascopeAlgorithm):
    NAME = "tophysical"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("@default", "Convert to physical values")
    GROUP_ID = "local"
    HELP = QT_TRANSLATE_NOOP(
        "@default",
        "Writes the physical values (scaling x digital number + offset) of a Terrascope Sentinel-2 product "
        "(FAPAR, FCOVER, LAI, NDVI, TOC reflectance) to a Float32 GeoTIFF, compressed and tiled. No data and VITO's "
        "special values (251 to 254) become the chosen no-data value (NaN when empty). NDVI's DN 0 and 250 mean "
        "'this bound or beyond' (saturation): they keep the bound's value unless 'Saturated pixels as no data' is ticked. "
        "Works block by block, so a whole tile runs in little memory. The input is only read; an existing output "
        "is only replaced when 'Replace an existing output file' is ticked.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(ProductRaster("INPUT", tr("Product image")))
        self.addParameter(QgsProcessingParameterEnum(
            "PRODUCT", tr("Product"), options=[tr(label) for _, label in PRODUCT_CHOICES], defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            "NODATA", tr("No-data value of the output (empty: NaN)"), QgsProcessingParameterNumber.Type.Double,
            optional=True))
        saturated = QgsProcessingParameterBoolean("SATURATED_AS_NODATA", tr("Saturated pixels as no data"), False)
        overwrite = QgsProcessingParameterBoolean("OVERWRITE", tr("Replace an existing output file"), False)
        for parameter in (saturated, overwrite):
            parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
            self.addParameter(parameter)
        self.addParameter(QgsProcessingParameterRasterDestination("OUTPUT", tr("Physical values")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ..core.raster.physical import convert_to_physical
        from ..core.raster.writer import RasterError

        source = input_path(self, parameters, "INPUT", context)
        content = PRODUCT_CHOICES[self.parameterAsEnum(parameters, "PRODUCT", context)][0]
        product = try_parse_product_name(source)
        if product is not None and product.is_quicklook:
            raise QgsProcessingException(tr(
                "'{name}' is a quicklook: a picture for browsing, in colours, not digital numbers. Choose the "
                "product's own image (such as {example}).").format(name=Path(source).name, example=product.with_content(
                    product.content, product.resolution or 10).name() + ".tif"))
        if not content:
            if product is None:
                raise QgsProcessingException(tr(
                    "The product cannot be told from the name '{name}': choose it in 'Product'.").format(name=source))
            content = product.content
        spec = content_spec("TOC-B02" if content == "TOC" else content)
        if not spec.scaling_known:
            raise QgsProcessingException(tr(
                "No scaling is known for {content}: it cannot be converted to physical values.").format(content=content))
        nodata_given = parameters.get("NODATA") not in (None, "")
        nodata = self.parameterAsDouble(parameters, "NODATA", context) if nodata_given else math.nan
        output = self.parameterAsOutputLayer(parameters, "OUTPUT", context)
        feedback.pushInfo(tr("{content}: physical value = {scale} x DN + {offset}").format(
            content=spec.content, scale=spec.scale, offset=spec.offset))
        try:
            convert_to_physical(
                source, output, spec, nodata=nodata,
                saturated_as_nodata=self.parameterAsBool(parameters, "SATURATED_AS_NODATA", context),
                overwrite=self.parameterAsBool(parameters, "OVERWRITE", context),
                progress=feedback.setProgress, is_cancelled=feedback.isCanceled)
        except RasterError as error:
            raise QgsProcessingException(error.user_text()) from None
        return {"OUTPUT": output}
