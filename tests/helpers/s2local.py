"""Helpers of the local-product tests: synthetic products written with GDAL, file hashes, an INSPIRE document."""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
from osgeo import gdal, osr

ORIGIN = (600000.0, 5700000.0)  # the upper-left corner of tile 31UFS, EPSG:32631


def write_raster(path: Path, values: np.ndarray, pixel: float = 10.0, origin=ORIGIN, nodata=None, options=()) -> Path:
    """A one-band GeoTIFF in EPSG:32631 with the given values (their numpy type decides the GDAL type)."""
    from osgeo import gdal_array

    path.parent.mkdir(parents=True, exist_ok=True)
    kind = gdal_array.NumericTypeCodeToGDALTypeCode(values.dtype)
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), values.shape[1], values.shape[0], 1, kind, list(options))
    dataset.SetGeoTransform((origin[0], pixel, 0, origin[1], 0, -pixel))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32631)
    dataset.SetProjection(srs.ExportToWkt())
    if nodata is not None:
        dataset.GetRasterBand(1).SetNoDataValue(nodata)
    dataset.GetRasterBand(1).WriteArray(values)
    dataset = None
    return path


def read(path) -> np.ndarray:
    return gdal.Open(str(path)).ReadAsArray()


def sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def hashes(folder: Path) -> dict[str, str]:
    return {str(p): sha256(p) for p in sorted(Path(folder).rglob("*")) if p.is_file()}


def every_byte() -> np.ndarray:
    """All 256 DNs, 16 x 16, row-major: pixel (row, col) holds 16 * row + col."""
    return np.arange(256, dtype=np.uint8).reshape(16, 16)


INSPIRE_XML = """<?xml version="1.0" encoding="UTF-8"?>
<gmd:MD_Metadata xmlns:gmd="http://www.isotc211.org/2005/gmd" xmlns:gco="http://www.isotc211.org/2005/gco"
    xmlns:gml="http://www.opengis.net/gml">
  <gmd:fileIdentifier><gco:CharacterString>urn:eop:VITO:CGS_S2_FAPAR:{stem}</gco:CharacterString></gmd:fileIdentifier>
  <gmd:identificationInfo>
    <gmd:MD_DataIdentification>
      <gmd:citation><gmd:CI_Citation>
        <gmd:title><gco:CharacterString>Sentinel-2 FAPAR {stem}</gco:CharacterString></gmd:title>
        <gmd:date><gmd:CI_Date>
          <gmd:date><gco:DateTime>2018-07-06T03:14:15Z</gco:DateTime></gmd:date>
          <gmd:dateType><gmd:CI_DateTypeCode codeList="#CI_DateTypeCode" codeListValue="creation">creation</gmd:CI_DateTypeCode></gmd:dateType>
        </gmd:CI_Date></gmd:date>
      </gmd:CI_Citation></gmd:citation>
      <gmd:abstract><gco:CharacterString>FAPAR from Sentinel-2 at 10 m, by VITO &amp; Terrascope.</gco:CharacterString></gmd:abstract>
      <gmd:descriptiveKeywords><gmd:MD_Keywords>
        <gmd:keyword><gco:CharacterString>Orthoimagery</gco:CharacterString></gmd:keyword>
      </gmd:MD_Keywords></gmd:descriptiveKeywords>
      <gmd:extent><gmd:EX_Extent><gmd:temporalElement><gmd:EX_TemporalExtent><gmd:extent>
        <gml:TimePeriod gml:id="t1"><gml:beginPosition>2018-07-05T10:50:29Z</gml:beginPosition>
          <gml:endPosition>2018-07-05T10:50:29Z</gml:endPosition></gml:TimePeriod>
      </gmd:extent></gmd:EX_TemporalExtent></gmd:temporalElement></gmd:EX_Extent></gmd:extent>
    </gmd:MD_DataIdentification>
  </gmd:identificationInfo>
</gmd:MD_Metadata>
"""


def run_algorithm(name: str, **parameters):
    """processing.run of terrascope_s2:<name> in the current project, as the toolbox runs it."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return processing.run(f"terrascope_s2:{name}", parameters, context=context, feedback=QgsProcessingFeedback())
