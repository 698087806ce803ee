"""terrascope_s2:s1composite: a Sentinel-1 product's VV and VH as the 3-band composite Terrascope shows, in dB."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterRasterDestination,
)

from ..core.text import QT_TRANSLATE_NOOP
from ..toolbelt.i18n import tr
from .base import TerrascopeAlgorithm
from .common import ProductRaster, ReadOnlyInputs, input_path


class Sentinel1CompositeAlgorithm(ReadOnlyInputs, TerrascopeAlgorithm):
    NAME = "s1composite"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("@default", "Sentinel-1 backscatter composite (VV, VH, VV/VH)")
    GROUP_ID = "local"
    HELP = QT_TRANSLATE_NOOP(
        "@default",
        "Writes the colour composite of a Terrascope Sentinel-1 backscatter product as a 3-band Float32 GeoTIFF in "
        "decibels: band 1 VV, band 2 VH, band 3 the ratio VV/VH (VV - VH in dB), as Terrascope's viewer shows them in "
        "red, green and blue. Give the product's VV image (or any image of the product: its VV and VH are found beside "
        "it), or a VV and a VH image. Whether the files hold linear values or decibels, their no-data value and scale "
        "are read from the files. Works block by block, so a whole scene runs in little memory; no data is NaN. The "
        "inputs are only read; an existing output is only replaced when 'Replace an existing output file' is ticked.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(ProductRaster("INPUT", tr("VV image (or any image of the product)")))
        self.addParameter(ProductRaster("VH", tr("VH image (empty: the product's own, beside the input)"), optional=True))
        overwrite = QgsProcessingParameterBoolean("OVERWRITE", tr("Replace an existing output file"), False)
        overwrite.setFlags(overwrite.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        self.addParameter(overwrite)
        self.addParameter(QgsProcessingParameterRasterDestination("OUTPUT", tr("Composite (dB)")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ..core.raster.backscatter import read_backscatter, write_composite
        from ..core.raster.writer import RasterError

        source = Path(input_path(self, parameters, "INPUT", context))
        given_vh = Path(input_path(self, parameters, "VH", context)) if parameters.get("VH") not in (None, "") else None
        vv, vh = polarisations(source, given_vh)
        output = self.parameterAsOutputLayer(parameters, "OUTPUT", context)
        try:
            for path in (vv, vh):
                file = read_backscatter(path)
                feedback.pushInfo(tr("{name}: {units} ({reason})").format(
                    name=path.name, units="dB" if file.decibels else tr("linear"), reason=file.reason))
            write_composite(vv, vh, output, overwrite=self.parameterAsBool(parameters, "OVERWRITE", context),
                            progress=feedback.setProgress, is_cancelled=feedback.isCanceled)
        except RasterError as error:
            raise QgsProcessingException(error.user_text()) from None
        return {"OUTPUT": output}


def polarisations(source: Path, vh: Path | None) -> tuple[Path, Path]:
    """The VV and VH images: the ones given, or the product's own beside the input (found by their names)."""
    from ..core.products.s1names import COHERENCE, try_parse_sentinel1_name

    name = try_parse_sentinel1_name(source.name)
    if vh is not None:
        return (vh, source) if name is not None and name.band == "VH" else (source, vh)
    if name is None or name.kind == COHERENCE:
        raise QgsProcessingException(tr(
            "'{name}' is not named like the image of a Terrascope Sentinel-1 backscatter product (such as {example}): "
            "give its VH image too.").format(name=source.name, example=_example()))
    found = {}
    for band in ("VV", "VH"):
        wanted = name.with_band(band).name()
        found[band] = next((p for p in sorted(source.parent.iterdir())
                            if p.is_file() and p.suffix.lower() in (".tif", ".tiff") and p.stem.endswith(wanted)), None)
        if found[band] is None:
            raise QgsProcessingException(tr(
                "The product's {band} image ({name}.tif) is not beside '{input}': give it as an input.").format(
                band=band, name=wanted, input=source.name))
    return found["VV"], found["VH"]


def _example() -> str:
    from ..core.products.s1names import EXAMPLE_NAME

    return EXAMPLE_NAME + ".tif"
