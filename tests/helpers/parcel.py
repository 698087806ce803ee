"""The shared parcel (real VITO data, 108 dates of 2017) and a plain numpy computation of its statistics, written
without the plugin's code: the field's pixels from yatt's own fieldmask.tif, the 20 m classes brought to the 10 m grid by
GDAL's warper, the widening by looking at every pixel's square neighbourhood."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from osgeo import gdal, ogr

from .paths import REAL

FOLDER = REAL / "vito-s2-parcel-timeseries"
FAPAR_SCALE = 1 / 200  # PRODUCTS.md: physical = DN / 200, DN 0..200, 255 no data, 251..254 special


def parcel_folder() -> Path:
    """The shared parcel's folder, or a skip that says why it is missing."""
    import pytest

    if not FOLDER.is_dir():
        pytest.skip(f"{FOLDER} is missing: the tests expect the team's shared/ folder beside the clone")
    return FOLDER


def open_array(path: Path) -> np.ndarray:
    return gdal.Open(str(path)).ReadAsArray()


def field_layer(folder: Path):
    source = ogr.Open(str(folder / "field.shp"))
    return source, source.GetLayer()


def parcel_field(folder: Path):
    """The parcel as the plugin's Field (WKB + CRS)."""
    from terrascope_s2.plugin.core.timeseries.model import Field

    source, layer = field_layer(folder)
    feature = layer.GetNextFeature()
    return Field(7, bytes(feature.GetGeometryRef().ExportToWkb()), layer.GetSpatialRef().ExportToWkt(), "parcel")


def field_mask(folder: Path) -> np.ndarray:
    """yatt's mask of the parcel on the 10 m grid: 0 inside the field (189 pixels), 1 outside."""
    return open_array(folder / "fieldmask.tif") == 0


def classes_on_product_grid(classification: Path, product: Path, pad: int = 0) -> np.ndarray:
    """The classes on the product's grid (grown by `pad` pixels each side), by GDAL's nearest-neighbour warp; 255 where
    the classification has no pixel."""
    reference = gdal.Open(str(product))
    x0, px, _, y0, _, py = reference.GetGeoTransform()
    width, height = reference.RasterXSize + 2 * pad, reference.RasterYSize + 2 * pad
    left, top = x0 - pad * px, y0 - pad * py
    warped = gdal.Warp("", str(classification), format="MEM", resampleAlg="near", dstSRS=reference.GetProjection(),
                       outputBounds=(left, top + py * height, left + px * width, top), width=width, height=height,
                       dstNodata=255)
    return warped.ReadAsArray()


def near_any(mask: np.ndarray, pixels: int) -> np.ndarray:
    """True where some True pixel of `mask` lies within `pixels` rows and columns."""
    height, width = mask.shape
    padded = np.pad(mask, pixels, constant_values=False)
    near = np.zeros_like(mask)
    for down in range(2 * pixels + 1):
        for right in range(2 * pixels + 1):
            near |= padded[down:down + height, right:right + width]
    return near


def expected(product: Path, classification: Path | None, keep=None, widen: int = 0, field=None) -> dict:
    """valid, total, mean, median, std of the field's pixels of `product`, in plain numpy."""
    folder = product.parent
    inside = field_mask(folder) if field is None else field
    dn = open_array(product)
    selected = inside & (dn <= 200)
    if keep is not None:
        classes = classes_on_product_grid(classification, product, pad=widen)
        kept = np.isin(classes, list(keep))
        if widen:
            masked = ~kept & (classes != 255)
            grown = near_any(masked, widen)
            kept &= ~grown
            kept = kept[widen:-widen, widen:-widen]
        selected &= kept
    values = dn[selected].astype(np.float64) * FAPAR_SCALE
    found = {"valid": int(selected.sum()), "total": int(inside.sum())}
    if values.size:
        found.update(mean=values.mean(), median=float(np.median(values)), std=values.std())
    return found
