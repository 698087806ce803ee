"""GDAL's error mode belongs to QGIS, not to the plugin (issue 10 item 2).

QGIS's own Processing (3.38 and later) calls gdal.UseExceptions() for the whole process; before that, and on 3.22,
GDAL's Python bindings return None or an error code. The local-product and download failures are run here in both
modes: each gives the plugin's message (never a RuntimeError or a traceback), and GDAL is left in the mode it was in.
"""

from __future__ import annotations

import re
import shutil
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal, ogr, osr
from qgis.core import QgsProcessingException

from terrascope_s2.tests.helpers.faultfront import wms_document
from terrascope_s2.tests.helpers.s2local import hashes, read, write_raster
from terrascope_s2.tests.helpers.s2local import run_algorithm as run

# an error Python can only print ("Exception ignored in delete_Dataset", with its traceback) fails the test too
pytestmark = pytest.mark.filterwarnings("error::pytest.PytestUnraisableExceptionWarning")

NDVI = "S2A_20190307T105021_31UFS_NDVI_10M_V210.tif"
SCL = "S2A_20190307T105021_31UFS_SCENECLASSIFICATION_20M_V210.tif"
FAPAR = "vito-s2-31UFS-V102/small_subset_S2B_20180705T105029Z_31UFS_FAPAR_10M_V102.tif"


def modes() -> tuple[int, int, int]:
    return gdal.GetUseExceptions(), ogr.GetUseExceptions(), osr.GetUseExceptions()


@pytest.fixture(params=["exceptions", "return codes"])
def gdal_mode(request):
    """GDAL (and OGR, OSR) in one error mode for the test; the mode before is restored afterwards."""
    before = modes()
    set_modes(request.param == "exceptions")
    yield modes()
    set_modes(before[0])


def set_modes(on: bool) -> None:
    # GDAL 3.6 stacks the three modules' error handlers: switched off in the reverse order they were switched on
    for module in (gdal, ogr, osr) if on else (osr, ogr, gdal):
        module.UseExceptions() if on else module.DontUseExceptions()


def refused(match: str, name: str, mode, **parameters) -> str:
    with pytest.raises(QgsProcessingException) as caught:
        run(name, **parameters)
    message = str(caught.value)
    assert modes() == mode, "the plugin changed GDAL's error mode"
    assert "Traceback" not in message and "RuntimeError" not in message, message
    assert re.search(match, message), message
    return message


def product(folder: Path, shape=(24, 24)) -> tuple[Path, Path]:
    image = write_raster(folder / NDVI, np.full(shape, 100, np.uint8))
    classes = (np.arange(shape[0] * shape[1] // 4) % 12).astype(np.uint8).reshape(shape[0] // 2, shape[1] // 2)
    return image, write_raster(folder / SCL, classes, pixel=20.0)


def test_local_products_that_cannot_be_read(terrascope_provider, gdal_mode, tmp_path, real):
    text = tmp_path / NDVI
    text.write_text("shopping list: bread, milk")  # a .tif that is no image at all
    refused("cannot be read as a raster", "tophysical", gdal_mode, INPUT=str(text), OUTPUT=str(tmp_path / "o.tif"))
    truncated = tmp_path / "t" / Path(FAPAR).name
    truncated.parent.mkdir()
    truncated.write_bytes((real / FAPAR).read_bytes()[:40000])
    refused("damaged or truncated", "tophysical", gdal_mode, INPUT=str(truncated), OUTPUT=str(tmp_path / "o.tif"))
    image, classes = product(tmp_path / "p")
    classes.write_bytes(classes.read_bytes()[:400])
    refused("damaged or truncated", "maskbysceneclassification", gdal_mode,
            INPUT=str(image), CLASSIFICATION=str(classes), OUTPUT=str(tmp_path / "m.tif"))
    assert sorted(p.name for p in tmp_path.iterdir()) == [NDVI, "p", "t"]  # no output, no temporary file


def test_a_product_with_a_damaged_file_loads_the_rest(terrascope_provider, qgis_new_project, gdal_mode, tmp_path):
    image, classes = product(tmp_path)
    classes.write_bytes(classes.read_bytes()[:300])
    result = run("loadproduct", PRODUCT=str(image))
    assert len(result["OUTPUT"]) == 1 and modes() == gdal_mode


def test_the_local_algorithms_work_and_leave_the_mode_as_it_was(terrascope_provider, gdal_mode, tmp_path, real):
    run("tophysical", INPUT=str(real / FAPAR), OUTPUT=str(tmp_path / "p.tif"))
    image, _ = product(tmp_path / "in")
    run("maskbysceneclassification", INPUT=str(image), OUTPUT=str(tmp_path / "m.tif"))
    assert read(tmp_path / "p.tif").dtype == np.float32 and read(tmp_path / "m.tif").shape == (24, 24)
    assert modes() == gdal_mode


def test_a_full_disk(terrascope_provider, gdal_mode, tmpfs, tmp_path):
    rng = np.random.default_rng(6)
    image = write_raster(tmp_path / "in" / NDVI, rng.integers(0, 250, (2000, 2000), dtype=np.uint8))
    small = tmpfs("small", "1m")
    before = hashes(small)
    refused("the disk is full", "tophysical", gdal_mode, INPUT=str(image), OUTPUT=str(small / "physical.tif"))
    assert hashes(small) == before


class GarbageMap(BaseHTTPRequestHandler):
    """A WMS whose capabilities are fine and whose GetMap answers are not images."""

    def log_message(self, *args):
        pass

    def do_GET(self):  # noqa: N802
        if "GetCapabilities" in self.path:
            body, kind = wms_document(["2018-02-25T10:50:18.000Z"]), "text/xml"
        else:
            body, kind = b"\x89PNG\r\n\x1a\n but not really a PNG", "image/png"
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def garbage_wms():
    server = ThreadingHTTPServer(("127.0.0.1", 0), GarbageMap)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/ows"
    server.shutdown()
    server.server_close()


@pytest.mark.services
def test_downloads_that_fail(terrascope_provider, gdal_mode, garbage_wms, terrascope_server, tmpfs, tmp_path):
    area = dict(EXTENT="605000,625000,5640000,5660000 [EPSG:32631]", RESOLUTION=200)
    refused("The server did not send an image", "downloadimage", gdal_mode, URL=garbage_wms, LAYER="CGS_S2_NDVI",
            OUTPUT=str(tmp_path / "a.tif"), **area)
    common = dict(URL=terrascope_server.wms_url, LAYER="CGS_S2_NDVI", DATE="2018-02-25", **area)
    refused("The output folder '.*missing' does not exist", "downloadimage", gdal_mode,
            OUTPUT=str(tmp_path / "missing" / "a.tif"), **common)
    small = tmpfs("small", "16k")
    refused("the disk is full", "downloadimage", gdal_mode, OUTPUT=str(small / "a.tif"), **dict(common, RESOLUTION=10))
    assert list(small.iterdir()) == [] and sorted(tmp_path.iterdir()) == [small]
    run("downloadimage", OUTPUT=str(tmp_path / "ok.tif"), **common)  # and one that works leaves the mode as it was
    assert modes() == gdal_mode and read(tmp_path / "ok.tif").shape == (4, 100, 100)


def test_a_time_series_with_a_damaged_date_and_a_field_in_an_unknown_crs(gdal_mode, tmp_path, real):
    """The time series core (issue 16) on a copy of the real parcel: a truncated date and a field whose CRS is unknown
    each become a message in the table, in both modes (with exceptions on, the unknown CRS was a RuntimeError)."""
    import dataclasses

    from terrascope_s2.plugin.core.timeseries.model import MaskOptions
    from terrascope_s2.plugin.core.timeseries.series import compute_series
    from terrascope_s2.plugin.core.timeseries.sources import find_products
    from terrascope_s2.tests.helpers.parcel import parcel_field

    folder = tmp_path / "parcel"
    folder.mkdir()
    for path in (real / "vito-s2-parcel-timeseries").glob("S2A_20170[12]*"):
        shutil.copy(path, folder)
    damaged = folder / "S2A_20170113T104402Z_31UFS_FAPAR_10M_V101.tif"
    damaged.write_bytes(b"II*\x00" + bytes(200))  # a TIFF header and nothing after it
    field = parcel_field(real / "vito-s2-parcel-timeseries")
    elsewhere = dataclasses.replace(field, id=2, crs="EPSG:999999")
    result = compute_series(find_products(folder, "FAPAR").products, [field, elsewhere], "FAPAR", MaskOptions(keep=frozenset({4, 5})))
    assert modes() == gdal_mode
    parcel, unknown = result.series
    failed = [o for o in parcel.observations if o.status == "failed"]
    assert [o.product for o in failed] == [damaged.name]
    assert "cannot be read as a raster (damaged, truncated or not an image)" in failed[0].problem.english()
    assert [p.message for p in unknown.problems] == ["Feature {id} has an unknown CRS."]
    assert len([o for o in parcel.observations if o.status != "failed"]) >= 5


def test_s1composite_on_damaged_files_and_a_full_disk(terrascope_provider, gdal_mode, tmpfs, tmp_path):
    from terrascope_s2.tests.helpers.s1local import PRODUCT, write_image, write_product

    folder = write_product(tmp_path / "in", angle=False)
    vv = folder / f"{PRODUCT}_VV.tif"
    damaged = folder / f"{PRODUCT}_VH.tif"
    damaged.write_bytes(damaged.read_bytes()[:300])
    refused("cannot be read as a raster|damaged or truncated", "s1composite", gdal_mode, INPUT=str(vv),
            OUTPUT=str(tmp_path / "c.tif"))
    big = tmp_path / "big" / PRODUCT
    rng = np.random.default_rng(1)
    for band in ("VV", "VH"):
        write_image(big / f"{PRODUCT}_{band}.tif", rng.uniform(0.001, 1, (1500, 1500)).astype(np.float32))
    small = tmpfs("small", "1m")
    refused("the disk is full", "s1composite", gdal_mode, INPUT=str(big / f"{PRODUCT}_VV.tif"),
            OUTPUT=str(small / "c.tif"))
    assert list(small.iterdir()) == [] and not (tmp_path / "c.tif").exists()
