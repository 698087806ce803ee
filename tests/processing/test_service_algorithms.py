"""listdates and downloadimage against the loopback server, in real QGIS Processing."""

from __future__ import annotations

import os
import re
import socket
import stat
import time

import numpy as np
import processing
import pytest
from osgeo import gdal
from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback, QgsProject

pytestmark = pytest.mark.services


@pytest.fixture(scope="module")
def provider(qgis_processing):
    from terrascope_s2.plugin.processing.provider import TerrascopeProvider

    registry = QgsApplication.processingRegistry()
    if registry.providerById("terrascope_s2") is None:
        registry.addProvider(TerrascopeProvider())
    return registry.providerById("terrascope_s2")


def run(name, feedback=None, **parameters):
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return processing.run(f"terrascope_s2:{name}", parameters, context=context, feedback=feedback or QgsProcessingFeedback())


def rows(layer):
    return [feature.attributes() for feature in layer.getFeatures()]


def test_listdates_gives_one_row_a_day(provider, terrascope_server):
    result = run("listdates", URL=terrascope_server.wmts_capabilities_url, LAYER="CGS_S2_FAPAR", OUTPUT="memory:")
    table = QgsProcessingContext().getMapLayer(result["OUTPUT"]) if isinstance(result["OUTPUT"], str) else result["OUTPUT"]
    found = rows(table)
    assert [row[0].toString("yyyy-MM-dd") for row in found] == ["2018-02-25", "2018-03-07", "2018-04-11"]
    assert found[1][1:4] == ["2018-03-07T10:52:41.000Z", 2, "2018-03-07T10:52:41.000Z,2018-03-07T10:58:02.000Z"]
    assert found[0][4:] == ["CGS_S2_FAPAR", "WMTS"]


def test_listdates_range_and_wms_url(provider, terrascope_server):
    result = run("listdates", URL=terrascope_server.wms_url, LAYER="CGS_S2_RADIOMETRY", START="2019-04-01", END="2019-12-31",
                 OUTPUT="memory:")
    found = rows(result["OUTPUT"])
    assert [row[1] for row in found] == ["2019-04-12", "2019-05-22"] and found[0][5] == "WMS"


def test_listdates_unknown_layer_says_which_exist(provider, terrascope_server):
    with pytest.raises(QgsProcessingException) as raised:
        run("listdates", URL=terrascope_server.wms_url, LAYER="CGS_S2_NOPE", OUTPUT="memory:")
    assert "CGS_S2_NOPE" in str(raised.value) and "CGS_S2_NDVI" in str(raised.value)


def read(path):
    dataset = gdal.Open(str(path))
    return dataset.ReadAsArray(), dataset.GetGeoTransform(), dataset.GetProjection()


def test_downloadimage_georeferenced_different_per_date_and_tiled(provider, terrascope_server, tmp_path, monkeypatch):
    from terrascope_s2.plugin.core.services import download

    extent = "605000,625000,5640000,5660000 [EPSG:32631]"
    common = dict(URL=terrascope_server.wms_url, LAYER="CGS_S2_NDVI", EXTENT=extent, RESOLUTION=200)
    run("downloadimage", DATE="2018-02-25", OUTPUT=str(tmp_path / "a.tif"), **common)
    run("downloadimage", DATE="2018-03-07T10:52:41Z", OUTPUT=str(tmp_path / "b.tif"), **common)
    a, transform, wkt = read(tmp_path / "a.tif")
    b, _, _ = read(tmp_path / "b.tif")
    assert a.shape == (4, 100, 100) and transform == (605000, 200, 0, 5660000, 0, -200) and "32631" in wkt
    assert (a[3] == 255).all() and not np.array_equal(a, b)
    monkeypatch.setattr(download, "CHUNK_PX", 32)  # 4 x 4 requests, fetched several at once, one picture
    feedback = QgsProcessingFeedback()
    asked = terrascope_server.request_count()  # the earlier tests' requests all logged
    run("downloadimage", feedback=feedback, DATE="2018-02-25", OUTPUT=str(tmp_path / "tiled.tif"), **common)
    tiled, _, _ = read(tmp_path / "tiled.tif")
    assert np.array_equal(tiled, a)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["a.tif", "b.tif", "tiled.tif"]  # no partial file left
    for _ in range(50):  # lighttpd writes its access log in batches
        getmaps = [r for r in terrascope_server.requests()[asked:] if "REQUEST=GetMap" in r and "WIDTH=100&" not in r]
        if len(getmaps) >= 16:
            break
        time.sleep(0.1)
    assert len(getmaps) == 16 and len(set(getmaps)) == 16  # each chunk asked once
    umask = os.umask(0o022)
    os.umask(umask)
    for name in ("a.tif", "tiled.tif"):  # the user's normal mode, tophysical's tiles and compression
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o666 & ~umask
    info = gdal.Info(str(tmp_path / "a.tif"), format="json")
    assert info["bands"][0]["block"] == [512, 512] and info["metadata"]["IMAGE_STRUCTURE"]["COMPRESSION"] == "DEFLATE"


def test_a_small_image_is_asked_in_as_many_requests_as_connections(provider, terrascope_server, tmp_path, monkeypatch):
    """An image that fits one request is still asked in CONNECTIONS parts (a server draws each on one core), never in
    parts smaller than MIN_CHUNK_PX; the parts make the same picture as one request."""
    from terrascope_s2.plugin.core.services import download

    assert download.chunk_size(1997, 1830) == 1024  # 60 m over 70 km: 4 requests of 1024, not 1 of 2048
    assert download.chunk_size(3994, 3660) == download.chunk_size(11980, 10980) == 2048  # 4 and 36 requests already
    assert download.chunk_size(300, 200) == 512  # never below MIN_CHUNK_PX: one request
    common = dict(URL=terrascope_server.wms_url, LAYER="CGS_S2_NDVI", EXTENT="605000,625000,5640000,5660000 [EPSG:32631]",
                  RESOLUTION=200, DATE="2018-02-25")
    run("downloadimage", OUTPUT=str(tmp_path / "whole.tif"), **common)
    monkeypatch.setattr(download, "CHUNK_PX", 128)  # 100 x 100 pixels: one request of 128, or 4 of 64
    monkeypatch.setattr(download, "MIN_CHUNK_PX", 32)
    asked = terrascope_server.request_count()  # the earlier tests' requests all logged
    run("downloadimage", OUTPUT=str(tmp_path / "parts.tif"), **common)
    assert np.array_equal(read(tmp_path / "parts.tif")[0], read(tmp_path / "whole.tif")[0])
    for _ in range(50):  # lighttpd writes its access log in batches
        getmaps = [r for r in terrascope_server.requests()[asked:] if "REQUEST=GetMap" in r]
        if len(getmaps) >= 4:
            break
        time.sleep(0.1)
    assert sorted((int(re.search(r"WIDTH=(\d+)", r)[1]), int(re.search(r"HEIGHT=(\d+)", r)[1])) for r in getmaps) == \
        [(36, 36), (36, 64), (64, 36), (64, 64)]


@pytest.mark.parametrize("bands", ["grey", "grey+alpha", "palette", "rgb", "rgba"])
def test_a_png_of_any_kind_becomes_rgba(bands):
    from terrascope_s2.plugin.core.services.download import rgba

    grey = np.arange(12, dtype=np.uint8).reshape(3, 4) * 20
    planes = {"grey": [grey], "grey+alpha": [grey, grey + 1], "palette": [grey], "rgb": [grey, grey + 1, grey + 2],
              "rgba": [grey, grey + 1, grey + 2, grey + 3]}[bands]
    memory = gdal.GetDriverByName("MEM").Create("", 4, 3, len(planes), gdal.GDT_Byte)
    for index, plane in enumerate(planes):
        memory.GetRasterBand(index + 1).WriteArray(plane)
    if bands == "palette":
        table = gdal.ColorTable()
        for value in range(256):
            table.SetColorEntry(value, (value, 255 - value, 7, 200))
        memory.GetRasterBand(1).SetColorTable(table)
    gdal.GetDriverByName("PNG").CreateCopy("/vsimem/test_rgba.png", memory)
    data = gdal.VSIFReadL(1, 10_000_000, handle := gdal.VSIFOpenL("/vsimem/test_rgba.png", "rb"))
    gdal.VSIFCloseL(handle)
    gdal.Unlink("/vsimem/test_rgba.png")
    pixels = np.frombuffer(rgba(data, 4, 3), np.uint8).reshape(3, 4, 4)
    expected = {"grey": (grey, grey, grey, 255), "grey+alpha": (grey, grey, grey, grey + 1),
                "palette": (grey, 255 - grey, 7, 200), "rgb": (grey, grey + 1, grey + 2, 255),
                "rgba": (grey, grey + 1, grey + 2, grey + 3)}[bands]
    for channel, values in enumerate(expected):
        assert np.array_equal(pixels[:, :, channel], np.broadcast_to(values, (3, 4))), (bands, channel)


def test_downloadimage_refuses_a_day_without_image_and_a_huge_image(provider, terrascope_server, tmp_path):
    common = dict(URL=terrascope_server.wms_url, LAYER="CGS_S2_NDVI", OUTPUT=str(tmp_path / "x.tif"))
    with pytest.raises(QgsProcessingException) as raised:
        run("downloadimage", DATE="2018-02-26", TILE="31UFS", RESOLUTION=200, **common)
    assert "2018-02-26" in str(raised.value)
    with pytest.raises(QgsProcessingException) as raised:
        run("downloadimage", DATE="2018-02-25", TILE="31UFS", RESOLUTION=1, **common)
    assert "109800 x 109800" in str(raised.value)
    assert list(tmp_path.iterdir()) == []


def test_downloadimage_can_be_cancelled(provider, terrascope_server, tmp_path, monkeypatch):
    from terrascope_s2.plugin.core.services import download

    monkeypatch.setattr(download, "CHUNK_PX", 16)
    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(lambda progress: feedback.cancel() if progress > 20 else None)
    result = run("downloadimage", feedback=feedback, URL=terrascope_server.wms_url, LAYER="CGS_S2_NDVI", DATE="2018-02-25",
                 EXTENT="605000,625000,5640000,5660000 [EPSG:32631]", RESOLUTION=200, OUTPUT=str(tmp_path / "c.tif"))
    assert result["OUTPUT"] is None and list(tmp_path.iterdir()) == []


def test_downloadimage_says_what_is_wrong_before_the_run(provider, tmp_path):
    """A WMTS URL, a date, a tile or a layer that cannot be right is said before anything is fetched (issue 13 item 10:
    the WMTS URL its field offered was refused during the run; date and tile were taken as any text)."""
    common = dict(URL="https://example.com/wms", LAYER="CGS_S2_NDVI", TILE="31UFS", OUTPUT=str(tmp_path / "x.tif"))
    for wrong, said in ((dict(URL="https://example.com/wmts/1.0.0/WMTSCapabilities.xml"), "is a WMTS (map tiles)"),
                        (dict(URL="services.terrascope.be/wms/v2"), "is not a web address"),
                        (dict(DATE="yesterday"), "DATE 'yesterday' is not a date"),
                        (dict(TILE="32XYZ"), "'32XYZ' is not a Sentinel-2 tile id"),
                        (dict(LAYER="CGS S2 NDVI"), "LAYER 'CGS S2 NDVI' is not a layer name")):
        with pytest.raises(QgsProcessingException, match=re.escape(said)):
            run("downloadimage", **{**common, **wrong})
    assert list(tmp_path.iterdir()) == []


def test_a_wmts_url_of_terrascope_downloads_from_its_wms():
    from terrascope_s2.plugin.core.services.endpoints import PROFILES
    from terrascope_s2.plugin.processing.service_params import terrascope_wms_of

    for known in PROFILES.values():
        if known.wmts_url:
            assert terrascope_wms_of(known.wmts_url) == known.wms_url
    assert terrascope_wms_of("https://example.com/wmts") == ""


def test_qgis_process_says_a_failed_run_once(qgis_process, tmp_path):
    """qgis_process printed a failed run's message three times (QGIS's log twice, then its ERROR: line); said once."""
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    done = qgis_process("run", "terrascope_s2:listdates", "--", f"URL=http://127.0.0.1:{port}/wms", "LAYER=CGS_S2_NDVI",
                        f"OUTPUT={tmp_path / 'dates.gpkg'}")
    assert done.returncode != 0
    said = done.stdout + done.stderr
    assert said.count("The service could not be read") == 1, said
    assert "ERROR:" in said and "Traceback" not in said


@pytest.mark.parametrize(("algorithm", "parameter"), [("listdates", "URL"), ("downloadimage", "URL"),
                                                      ("searchcatalogue", "CATALOGUE")])
def test_a_url_holding_a_login_is_refused_before_processing_logs_it(provider, algorithm, parameter):
    found = QgsApplication.processingRegistry().algorithmById(f"terrascope_s2:{algorithm}")
    ok, message = found.checkParameterValues({parameter: "https://someone:s3cret-pw@services.terrascope.be/wmts"},
                                             QgsProcessingContext())
    assert not ok and "user name or password" in message
    assert "s3cret-pw" not in message and "someone" not in message
