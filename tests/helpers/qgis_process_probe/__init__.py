"""A test helper plugin for qgis_process (its folder goes on QGIS_PLUGINPATH): one algorithm, terrascope_probe:everyraster,
that runs terrascope_s2's local algorithms on every raster of a folder, each the way qgis_process runs one algorithm
(a fresh context, every parameter's checkValueIsAcceptable, checkParameterValues, run, the context deleted). Starting
qgis_process once per file would take an hour for the team's 553 real rasters."""

from __future__ import annotations

import json
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputString,
    QgsProcessingParameterString,
    QgsProcessingProvider,
)

ALGORITHMS = ("terrascope_s2:tophysical", "terrascope_s2:maskbysceneclassification")


def run_like_qgis_process(algorithm_id: str, parameters: dict) -> str:
    """'ran', or the message of a refusal or an error, as qgis_process would print it."""
    algorithm = QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)
    context = QgsProcessingContext()
    feedback = QgsProcessingFeedback()
    try:
        for definition in algorithm.parameterDefinitions():
            definition.checkValueIsAcceptable(parameters.get(definition.name()), context)
        ok, message = algorithm.checkParameterValues(parameters, context)
        if not ok:
            return f"refused: {message}"
        try:
            _, ok = algorithm.run(parameters, context, feedback)
        except QgsProcessingException as error:
            return f"error: {error}"
        return "ran" if ok else "error"
    finally:
        del context, algorithm  # the layers it loaded are closed here, as when qgis_process ends


class EveryRaster(QgsProcessingAlgorithm):
    def name(self):
        return "everyraster"

    def displayName(self):
        return "Every raster of a folder through terrascope_s2's local algorithms"

    def createInstance(self):
        return EveryRaster()

    def flags(self):
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterString("FOLDER", "Folder of rasters"))
        self.addParameter(QgsProcessingParameterString("OUTPUTS", "Folder for the outputs"))
        self.addOutput(QgsProcessingOutputString("REPORT", "JSON: what each run gave"))

    def processAlgorithm(self, parameters, context, feedback):
        folder, outputs = Path(parameters["FOLDER"]), Path(parameters["OUTPUTS"])
        report = {}
        for number, path in enumerate(sorted(folder.rglob("*.tif"))):
            for algorithm_id in ALGORITHMS:
                output = outputs / f"{number}_{algorithm_id.split(':')[1]}.tif"
                report[f"{path.relative_to(folder)} {algorithm_id}"] = run_like_qgis_process(
                    algorithm_id, {"INPUT": str(path), "OUTPUT": str(output)})
        (outputs / "report.json").write_text(json.dumps(report, indent=1))
        return {"REPORT": str(outputs / "report.json")}


class ProbeProvider(QgsProcessingProvider):
    def id(self):
        return "terrascope_probe"

    def name(self):
        return "Terrascope probe"

    def loadAlgorithms(self):
        self.addAlgorithm(EveryRaster())


class ProbePlugin:
    def __init__(self, iface):
        self.provider = None

    def initProcessing(self):
        self.provider = ProbeProvider()
        QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):
        self.initProcessing()

    def unload(self):
        QgsApplication.processingRegistry().removeProvider(self.provider)


def classFactory(iface):  # noqa: N802
    return ProbePlugin(iface)
