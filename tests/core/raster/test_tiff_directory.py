"""A TIFF's first directory read without GDAL. The raw GeoTIFF keys: equal for files GDAL gives the same SRS, different
where the SRS differs, in classic TIFF and BigTIFF of either byte order; None for anything that is no GeoTIFF; the
loader's VRT carries the SRS GDAL itself builds for each file, though the files of a tile share one build. A download
cut short: told in every layout, and the same answer as GDAL's own look (loader.truncated)."""

from __future__ import annotations

import numpy as np
import pytest
from osgeo import gdal, osr

from terrascope_s2.plugin.core.products.contents import content_spec
from terrascope_s2.plugin.core.products.loader import truncated
from terrascope_s2.plugin.core.products.styling import physical_source
from terrascope_s2.plugin.core.raster.tiff_directory import cut_short, geotiff_keys

VALUES = np.arange(64, dtype=np.uint8).reshape(8, 8)


def geotiff(path, epsg: int, options=(), kind=gdal.GDT_Byte):
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), 8, 8, 1, kind, list(options))
    dataset.SetGeoTransform((600000, 10, 0, 5700000, 0, -10))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    dataset.SetProjection(srs.ExportToWkt())
    dataset.GetRasterBand(1).WriteArray(VALUES)
    dataset = None
    return path


def test_files_with_the_same_srs_share_their_keys_whatever_their_layout(tmp_path):
    classic = geotiff(tmp_path / "classic.tif", 32631)
    tiled = geotiff(tmp_path / "tiled.tif", 32631, ["TILED=YES", "COMPRESS=DEFLATE"])
    big = geotiff(tmp_path / "big.tif", 32631, ["BIGTIFF=YES"])
    motorola = geotiff(tmp_path / "motorola.tif", 32631, ["ENDIANNESS=BIG"])
    keys = geotiff_keys(classic)
    assert keys is not None and keys.startswith(b"<")
    assert geotiff_keys(tiled) == keys
    assert geotiff_keys(big)[1:] == keys[1:]  # the same tags and values; BigTIFF only widens the directory
    assert geotiff_keys(motorola) is not None and geotiff_keys(motorola).startswith(b">")


def test_another_srs_gives_other_keys(tmp_path):
    utm31 = geotiff_keys(geotiff(tmp_path / "a.tif", 32631))
    assert geotiff_keys(geotiff(tmp_path / "b.tif", 32632)) != utm31
    assert geotiff_keys(geotiff(tmp_path / "c.tif", 3035)) != utm31


def test_anything_else_gives_none(tmp_path):
    plain = tmp_path / "plain.tif"
    gdal.GetDriverByName("GTiff").Create(str(plain), 8, 8, 1, gdal.GDT_Byte).FlushCache()  # a TIFF, not georeferenced
    text = tmp_path / "notes.tif"
    text.write_text("not an image")
    truncated = tmp_path / "cut.tif"
    truncated.write_bytes(geotiff(tmp_path / "whole.tif", 32631).read_bytes()[:12])
    png = tmp_path / "image.png"
    gdal.GetDriverByName("PNG").CreateCopy(str(png), gdal.Open(str(tmp_path / "whole.tif")))
    for path in (plain, text, truncated, png, tmp_path / "missing.tif", tmp_path):
        assert geotiff_keys(path) is None, path


def test_the_vrt_of_each_file_carries_the_srs_gdal_builds_for_it(tmp_path, real):
    """The SRS is built once for each set of keys: a UTM 31 file after a UTM 32 and a LAEA file still gets its own."""
    spec = content_spec("NDVI")
    paths = [geotiff(tmp_path / f"{epsg}.tif", epsg) for epsg in (32631, 32632, 3035)]
    paths += [geotiff(tmp_path / f"{epsg}-again.tif", epsg) for epsg in (32632, 32631, 3035)]
    paths += sorted((real / "vito-s2-parcel-timeseries").glob("S2*_FAPAR_*.tif"))[:3]
    for path in paths:
        expected = gdal.Open(str(path)).GetProjectionRef()
        vrt = gdal.Open(physical_source(path, spec))
        assert vrt.GetProjectionRef() == expected, path


LAYOUTS = {"strips": [], "tiled": ["TILED=YES", "BLOCKXSIZE=16", "BLOCKYSIZE=16", "COMPRESS=DEFLATE"],
           "bigtiff": ["BIGTIFF=YES", "TILED=YES", "BLOCKXSIZE=16", "BLOCKYSIZE=16"], "big-endian": ["ENDIANNESS=BIG"],
           "one strip": ["BLOCKYSIZE=64"]}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_download_cut_short_is_told_as_gdal_tells_it(tmp_path, layout):
    whole = tmp_path / "whole.tif"
    dataset = gdal.GetDriverByName("GTiff").Create(str(whole), 64, 64, 1, gdal.GDT_UInt16, LAYOUTS[layout])
    dataset.GetRasterBand(1).WriteArray(np.random.default_rng(1).integers(0, 60000, (64, 64)).astype(np.uint16))
    dataset = None
    data = whole.read_bytes()
    assert cut_short(whole) is False and truncated(whole) is False
    tested = 0
    for keep in range(len(data) - 1, 0, -max(1, len(data) // 40)):
        cut = tmp_path / f"cut-{keep}.tif"
        cut.write_bytes(data[:keep])
        told = cut_short(cut)
        if told is not None:  # None: the directory itself is gone, the loader asks GDAL
            assert told == truncated(cut), keep
            tested += told
    assert tested  # some cuts left the directory and lost blocks


def test_a_sparse_file_is_not_cut_short(tmp_path):
    sparse = tmp_path / "sparse.tif"
    dataset = gdal.GetDriverByName("GTiff").Create(str(sparse), 64, 64, 1, gdal.GDT_Byte,
                                                   ["TILED=YES", "BLOCKXSIZE=16", "BLOCKYSIZE=16", "SPARSE_OK=TRUE"])
    dataset.GetRasterBand(1).WriteArray(np.zeros((16, 16), np.uint8) + 7)  # only the first block is written
    dataset = None
    assert cut_short(sparse) is False and truncated(sparse) is False


def test_cut_short_knows_nothing_of_what_is_no_tiff(tmp_path):
    text = tmp_path / "notes.tif"
    text.write_text("not an image")
    assert cut_short(text) is None and cut_short(tmp_path / "missing.tif") is None and cut_short(tmp_path) is None


def gdal_header(path):
    """What raster_header stands for, as GDAL reports it (None when GDAL reports more than a plain one-band GeoTIFF)."""
    dataset = gdal.Open(str(path))
    band = dataset.GetRasterBand(1)
    plain = (dataset.RasterCount == 1 and dataset.GetMetadata_Dict() == {"AREA_OR_POINT": "Area"}
             and band.GetNoDataValue() is None and gdal.GetColorInterpretationName(band.GetColorInterpretation()) == "Gray")
    return (dataset.RasterXSize, dataset.RasterYSize, tuple(band.GetBlockSize()), gdal.GetDataTypeName(band.DataType),
            dataset.GetGeoTransform()) if plain else None


def test_the_header_of_every_real_product_image_is_what_gdal_reports(real):
    from terrascope_s2.plugin.core.raster.tiff_directory import raster_header

    read = 0
    for path in sorted(real.glob("*/*.tif")):
        header = raster_header(path)
        if header is not None:
            assert tuple(header) == gdal_header(path), path
            read += 1
    assert read >= 500  # the parcel series, the V101 and V102 clips: all plain GeoTIFFs


@pytest.mark.parametrize("options, kind", [
    ((), gdal.GDT_Byte), (("TILED=YES", "BLOCKXSIZE=16", "BLOCKYSIZE=16", "COMPRESS=DEFLATE"), gdal.GDT_UInt16),
    (("BLOCKYSIZE=3",), gdal.GDT_Int16), (("COMPRESS=LZW", "BLOCKYSIZE=8"), gdal.GDT_Float32),
    (("BIGTIFF=YES",), gdal.GDT_Int32), (("ENDIANNESS=BIG",), gdal.GDT_Byte)])
def test_a_header_read_without_gdal_is_gdals_or_none(tmp_path, options, kind):
    from terrascope_s2.plugin.core.raster.tiff_directory import raster_header

    path = geotiff(tmp_path / "a.tif", 32631, options, kind)
    assert tuple(raster_header(path)) == gdal_header(path)
    dataset = gdal.Open(str(path), gdal.GA_Update)  # anything more GDAL would report: left to GDAL
    dataset.GetRasterBand(1).SetNoDataValue(255)
    dataset = None
    assert raster_header(path) is None and gdal_header(path) is None
    described = geotiff(tmp_path / "b.tif", 32631, options, kind)
    dataset = gdal.Open(str(described), gdal.GA_Update)
    dataset.SetMetadataItem("TIFFTAG_SOFTWARE", "x")
    dataset = None
    assert raster_header(described) is None


def test_a_big_single_uncompressed_strip_is_left_to_gdal(tmp_path):
    """GDAL reads it in blocks of a few rows (not the strip): the header does not guess how many."""
    from terrascope_s2.plugin.core.raster.tiff_directory import raster_header

    dataset = gdal.GetDriverByName("GTiff").Create(str(tmp_path / "strip.tif"), 200, 200, 1, gdal.GDT_Byte, ["BLOCKYSIZE=200"])
    dataset.SetGeoTransform((600000, 10, 0, 5700000, 0, -10))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32631)
    dataset.SetProjection(srs.ExportToWkt())
    dataset = None
    assert raster_header(tmp_path / "strip.tif") is None and gdal_header(tmp_path / "strip.tif")[2] == (200, 40)
