"""Masking and physical values on VITO's real files, and outputs kept as the user left them (issue 12 items 5, 7, 13,
14): a no-data value the product cannot hold, every band masked, a classification of another place, a quicklook, an
existing output replaced only when asked and never by two runs at once, odd but legal output paths."""

from __future__ import annotations

import shutil
import threading

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsProcessingException

from terrascope_s2.plugin.core.products.contents import content_spec
from terrascope_s2.plugin.core.raster.physical import convert_to_physical
from terrascope_s2.plugin.core.raster.writer import RasterError
from terrascope_s2.tests.helpers.s2local import hashes, read
from terrascope_s2.tests.helpers.s2local import run_algorithm as run

V102 = "vito-s2-31UFS-V102"
FAPAR = f"{V102}/small_subset_S2B_20180705T105029Z_31UFS_FAPAR_10M_V102.tif"
SCL = f"{V102}/small_subset_S2B_20180705T105029Z_31UFS_SCENECLASSIFICATION_20M_V102.tif"
TOC = [f"{V102}/small_subset_S2B_20180705T105029Z_31UFS_TOC-B0{band}_10M_V102.tif" for band in (2, 3, 4)]
PARCEL_SCL = "vito-s2-parcel-V101/S2A_20170506T105029Z_31UFS_SCENECLASSIFICATION_20M_V101.tif"


def refused(match: str, name: str, **parameters) -> str:
    with pytest.raises(QgsProcessingException, match=match) as caught:
        run(name, **parameters)
    assert "Traceback" not in str(caught.value)
    return str(caught.value)


def test_a_no_data_value_the_product_cannot_hold_is_refused(terrascope_provider, real, tmp_path):
    common = dict(INPUT=str(real / FAPAR), CLASSIFICATION=str(real / SCL), PRESET=0)
    refused(r"The no-data value -9999 cannot be stored in 'small_subset_.*FAPAR_10M_V102.tif', which holds Byte values "
            r"\(0 to 255\)", "maskbysceneclassification", NODATA=-9999, OUTPUT=str(tmp_path / "a.tif"), **common)
    refused("The no-data value 2.5 cannot be stored", "maskbysceneclassification", NODATA=2.5,
            OUTPUT=str(tmp_path / "b.tif"), **common)
    assert list(tmp_path.iterdir()) == []  # was: a file declaring -9999 and storing 241
    run("maskbysceneclassification", NODATA=254, OUTPUT=str(tmp_path / "c.tif"), **common)
    masked = gdal.Open(str(tmp_path / "c.tif"))
    assert masked.GetRasterBand(1).GetNoDataValue() == 254
    values, dn = masked.ReadAsArray(), read(real / FAPAR)
    kept = np.kron(read(real / SCL), np.ones((2, 2), np.uint8))  # 20 m classes on the 10 m grid
    np.testing.assert_array_equal(values, np.where(np.isin(kept, (4, 5)), dn, 254))


def test_every_band_of_a_multi_band_product_is_masked(terrascope_provider, real, tmp_path):
    bands = [gdal.Open(str(real / path)) for path in TOC]
    stacked = tmp_path / "S2B_20180705T105029Z_31UFS_TOC_10M_V102.tif"  # the three real TOC bands in one file
    target = gdal.GetDriverByName("GTiff").Create(str(stacked), 500, 500, 3, gdal.GDT_Int16)
    target.SetGeoTransform(bands[0].GetGeoTransform())
    target.SetProjection(bands[0].GetProjection())
    for number, band in enumerate(bands):
        target.GetRasterBand(number + 1).WriteArray(band.ReadAsArray())
    target = None
    run("maskbysceneclassification", INPUT=str(stacked), CLASSIFICATION=str(real / SCL), PRESET=3,
        OUTPUT=str(tmp_path / "masked.tif"))
    masked = gdal.Open(str(tmp_path / "masked.tif"))
    assert masked.RasterCount == 3  # bands 2 and 3 were dropped without a word
    for number, path in enumerate(TOC):
        run("maskbysceneclassification", INPUT=str(real / path), CLASSIFICATION=str(real / SCL), PRESET=3,
            OUTPUT=str(tmp_path / f"single{number}.tif"))
        np.testing.assert_array_equal(masked.GetRasterBand(number + 1).ReadAsArray(), read(tmp_path / f"single{number}.tif"))
        assert masked.GetRasterBand(number + 1).GetNoDataValue() == 32767


def test_a_classification_of_another_place_is_refused(terrascope_provider, real, tmp_path):
    # the parcel's classification lies 30 km south of the V102 subset: the output was empty, without a word
    refused("'S2A_20170506T105029Z_31UFS_SCENECLASSIFICATION_20M_V101.tif' does not cover any pixel of "
            "'small_subset_S2B_20180705T105029Z_31UFS_FAPAR_10M_V102.tif'", "maskbysceneclassification",
            INPUT=str(real / FAPAR), CLASSIFICATION=str(real / PARCEL_SCL), OUTPUT=str(tmp_path / "m.tif"))
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", ["S2A_20250516T104651_31UFS_NDVI_QUICKLOOK_V210.tif",
                                  "S2A_20191128T075251Z_36MZE_FAPAR_V102_QL.tif",
                                  "S2B_20180506T105029Z_31UFS_TOC_V102_WM_QL.tif"])
def test_a_quicklook_is_not_converted(terrascope_provider, real, tmp_path, name):
    quicklook = tmp_path / name  # a quicklook is a picture: here the real FAPAR's pixels as grey RGB
    gdal.Translate(str(quicklook), str(real / FAPAR), bandList=[1, 1, 1])
    refused(f"'{name}' is a quicklook: a picture for browsing", "tophysical", INPUT=str(quicklook),
            OUTPUT=str(tmp_path / "p.tif"))
    refused("is a quicklook", "tophysical", INPUT=str(quicklook), PRODUCT=4, OUTPUT=str(tmp_path / "p.tif"))
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


def test_two_runs_writing_one_output_at_once_do_not_both_succeed(real, tmp_path):
    """Both runs pass the 'output exists?' check before either finishes: the second to finish must not replace the
    first one's file (os.replace did: both 'succeeded')."""
    output = tmp_path / "fapar.tif"
    both_started, results = threading.Barrier(2, timeout=30), {}

    def convert(which: str, spec: str) -> None:
        def progress(_):
            if which not in results:
                results[which] = "started"
                both_started.wait()  # neither finishes before the other has passed its checks

        try:
            convert_to_physical(real / FAPAR, output, content_spec(spec), progress=progress)
            results[which] = "written"
        except RasterError as error:
            results[which] = error.english()

    threads = [threading.Thread(target=convert, args=("fapar", "FAPAR")), threading.Thread(target=convert, args=("lai", "LAI"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert sorted(results.values())[1] == "written", results
    loser = next(text for text in results.values() if text != "written")
    assert "was created by another program while this one ran: it is kept as it is" in loser
    winner = next(which for which, text in results.items() if text == "written")
    scale = 0.005 if winner == "fapar" else 0.04
    dn = read(real / FAPAR)
    valid = dn <= 200
    np.testing.assert_allclose(read(output)[valid], dn[valid] * scale, rtol=1e-6)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fapar.tif"]  # no part file left


def test_a_windows_like_system_without_resource_still_says_why_a_write_failed(tmp_path, monkeypatch):
    import builtins

    from terrascope_s2.plugin.core.raster import writer

    real_import = builtins.__import__

    def no_resource(name, *args, **kwargs):
        if name == "resource":
            raise ModuleNotFoundError("No module named 'resource'")  # what Windows' Python says
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_resource)
    error = writer._write_failure(tmp_path / "out.tif")  # was: ModuleNotFoundError instead of the message
    assert error.english() == f"'{tmp_path / 'out.tif'}' cannot be written:"


@pytest.mark.services
def test_downloadimage_outputs(terrascope_provider, terrascope_server, tmp_path):
    common = dict(URL=terrascope_server.wms_url, LAYER="CGS_S2_NDVI", DATE="2018-02-25", RESOLUTION=200,
                  EXTENT="605000,625000,5640000,5660000 [EPSG:32631]")
    existing = tmp_path / "existing.tif"
    existing.write_bytes(b"hours of work")
    refused("already exists: choose another name, or tick 'Replace an existing output file'", "downloadimage",
            OUTPUT=str(existing), **common)
    assert existing.read_bytes() == b"hours of work"  # was replaced without OVERWRITE
    run("downloadimage", OUTPUT=str(existing), OVERWRITE=True, **common)
    assert read(existing).shape == (4, 100, 100)
    refused("The output folder '.*missing' does not exist", "downloadimage", OUTPUT=str(tmp_path / "missing" / "a.tif"),
            **common)  # was: FileNotFoundError traceback
    (tmp_path / "folder.tif").mkdir()
    refused("The output '.*folder.tif' is a folder: give the name of a file in it", "downloadimage",
            OUTPUT=str(tmp_path / "folder.tif"), **common)  # was: IsADirectoryError traceback
    refused("The output file name is 300 bytes long; this folder takes names of at most 255 bytes", "downloadimage",
            OUTPUT=str(tmp_path / ("x" * 296 + ".tif")), **common)  # was: OSError traceback
    for legal in ("a|b.tif", "y" * 240 + ".tif", "été à Gent.tif"):  # 244 bytes: was refused by the part file's name
        run("downloadimage", OUTPUT=str(tmp_path / legal), **common)
        assert read(tmp_path / legal).shape == (4, 100, 100), legal
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_tophysical_a_legal_244_byte_output_name_and_an_input_with_a_bar(terrascope_provider, real, tmp_path):
    source = tmp_path / "in" / "a|b_S2B_20180705T105029Z_31UFS_FAPAR_10M_V102.tif"  # '|' is legal in a file name
    source.parent.mkdir()
    shutil.copy(real / FAPAR, source)
    before = hashes(source.parent)
    output = tmp_path / ("y" * 240 + ".tif")
    run("tophysical", INPUT=str(source), OUTPUT=str(output))  # was 'File name too long' (the part file's name)
    assert read(output).shape == (500, 500) and hashes(source.parent) == before


def test_downloadimage_and_tilefootprints_refuse_an_existing_output(terrascope_provider, tmp_path):
    existing = tmp_path / "tiles.gpkg"
    existing.write_bytes(b"yesterday's tiles")
    refused("already exists: choose another name, or tick 'Replace an existing output file'", "tilefootprints",
            TILES="31UFS", OUTPUT=str(existing))
    assert existing.read_bytes() == b"yesterday's tiles"  # was replaced without a word
    run("tilefootprints", TILES="31UFS", OUTPUT=str(existing), OVERWRITE=True)
    from qgis.core import QgsVectorLayer

    assert QgsVectorLayer(str(existing), "t", "ogr").featureCount() == 1
