"""Derive a season of many fields from the shared parcel: N dates of FAPAR + scene classification, 100 fields.

    python3 bench/make_parcels.py OUTPUT_FOLDER DATES [CELLS]

Every product is a mosaic of CELLS x CELLS of the parcel's real 21 x 21 clips (FAPAR_10M and SCENECLASSIFICATION_10M,
V101): cell (row, col) of date d holds the clip of the parcel's date (d + 7 row + 13 col) mod 108, so each field sees
its own real sequence of clear and cloudy days. Dates past the 108th repeat the season a year later, then two... The
products are tiled (256) DEFLATE GeoTIFFs like VITO's, on the parcel's own grid (EPSG:32631). fields.geojson holds 100
copies of the parcel's outline, each over its own cell (10 x 10, five cells apart). Nothing is written in shared/.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path

import numpy as np
from osgeo import gdal, ogr

PARCEL = Path(__file__).resolve().parents[2] / "shared" / "fixtures" / "real" / "vito-s2-parcel-timeseries"
CLIP = 21  # pixels of the parcel's clips
OPTIONS = ["TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256", "COMPRESS=DEFLATE"]
FIELDS_SIDE, FIELD_STEP = 10, 5  # 10 x 10 fields, five cells apart


def _clips():
    products = sorted(PARCEL.glob("*_FAPAR_10M_V101.tif"))
    fapar = [gdal.Open(str(p)).ReadAsArray() for p in products]
    classes = [gdal.Open(str(p).replace("_FAPAR_", "_SCENECLASSIFICATION_")).ReadAsArray() for p in products]
    return products, np.stack(fapar), np.stack(classes)


def _name(source: Path, years_later: int, content: str) -> str:
    mission, stamp, rest = source.name.split("_", 2)
    acquired = datetime.strptime(stamp, "%Y%m%dT%H%M%SZ")
    acquired = acquired.replace(year=acquired.year + years_later)
    return f"{mission}_{acquired:%Y%m%dT%H%M%S}Z_{rest}".replace("_FAPAR_", f"_{content}_")


def make(folder: Path, dates: int, cells: int = 50) -> dict:
    folder.mkdir(parents=True, exist_ok=True)
    products, fapar, classes = _clips()
    reference = gdal.Open(str(products[0]))
    geotransform, projection = reference.GetGeoTransform(), reference.GetProjection()
    rows, cols = np.mgrid[0:cells, 0:cells]
    for date in range(dates):
        chosen = (date + 7 * rows + 13 * cols) % len(products)  # the clip of each cell
        for content, clips in (("FAPAR", fapar), ("SCENECLASSIFICATION", classes)):
            mosaic = clips[chosen].transpose(0, 2, 1, 3).reshape(cells * CLIP, cells * CLIP)
            path = folder / _name(products[date % len(products)], date // len(products), content)
            target = gdal.GetDriverByName("GTiff").Create(str(path), mosaic.shape[1], mosaic.shape[0], 1, gdal.GDT_Byte,
                                                          OPTIONS)
            target.SetGeoTransform(geotransform)
            target.SetProjection(projection)
            target.GetRasterBand(1).WriteArray(mosaic)
            target = None
    outline = ogr.Open(str(PARCEL / "field.shp"))
    layer = outline.GetLayer()
    parcel = layer.GetNextFeature()
    features = []
    for row in range(FIELDS_SIDE):
        for col in range(FIELDS_SIDE):
            geometry = parcel.GetGeometryRef().Clone()
            shift = FIELD_STEP * CLIP * geotransform[1]  # metres between two fields
            _translate(geometry, col * shift, -row * shift)
            features.append({"type": "Feature", "id": row * FIELDS_SIDE + col,
                             "properties": {"name": f"field {row}-{col}"},
                             "geometry": json.loads(geometry.ExportToJson())})
    (folder / "fields.geojson").write_text(json.dumps({
        "type": "FeatureCollection", "features": features,
        "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::32631"}}}))
    return {"products": dates, "pixels": cells * CLIP, "fields": len(features)}


def _translate(geometry, dx: float, dy: float) -> None:
    for ring in range(geometry.GetGeometryCount()):
        part = geometry.GetGeometryRef(ring)
        for index in range(part.GetPointCount()):
            x, y = part.GetX(index), part.GetY(index)
            part.SetPoint_2D(index, x + dx, y + dy)


if __name__ == "__main__":
    print(json.dumps(make(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) > 3 else 50)))
