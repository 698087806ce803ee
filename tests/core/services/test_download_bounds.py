"""The WMS download engine against hostile GetMap answers: one of about 1 MB that declares a 30000 x 30000 PNG is refused
from its declared size, before any pixel is decoded (issue 11 item 6); one that is a GDAL VRT naming a local file is
refused as not an image, the file never read into the output."""

from __future__ import annotations

import time

import pytest
from qgis.core import QgsCoordinateReferenceSystem

from terrascope_s2.plugin.core.errors import PluginError
from terrascope_s2.plugin.core.services.download import ImageRequest, download_image
from terrascope_s2.plugin.core.services.timevalues import TimeValue, parse_instant
from terrascope_s2.tests.helpers.faultfront import FaultFront, png_bomb

pytestmark = pytest.mark.services

BOUND = 200 * 1024 * 1024  # peak memory growth allowed while the bomb is refused (decoded, it is 900 MB a band)


def peak_rss_growth(work) -> int:
    """Bytes the process's peak resident memory grew by while `work()` ran (VmHWM, reset first)."""
    def status(key: str) -> int:
        with open("/proc/self/status") as lines:
            return next(int(line.split()[1]) * 1024 for line in lines if line.startswith(key))

    with open("/proc/self/clear_refs", "w") as clear:  # resets VmHWM to the current RSS
        clear.write("5")
    before = status("VmRSS:")
    work()
    return status("VmHWM:") - before


def test_a_png_bomb_is_refused_from_its_declared_size(tmp_path):
    bomb = png_bomb()
    assert len(bomb) < 1_100_000  # about 1 MB on the wire
    crs = QgsCoordinateReferenceSystem("EPSG:32631")
    value = TimeValue("2018-02-25T10:50:18.000Z", parse_instant("2018-02-25T10:50:18.000Z"))
    output = tmp_path / "image.tif"
    caught: list[BaseException] = []
    with FaultFront() as front:
        front.url("")
        request = ImageRequest(front.url("/wms/ok?bomb=1"), "CGS_S2_NDVI", value, "EPSG:32631", crs.toWkt(),
                               (600000.0, 5690000.0, 601000.0, 5691000.0), 10.0)  # 100 x 100 pixels asked

        def work():
            try:
                download_image(request, str(output), timeout_s=10)
            except PluginError as error:
                caught.append(error)

        started = time.monotonic()
        growth = peak_rss_growth(work)
        seconds = time.monotonic() - started
    print(f"PNG bomb (30000 x 30000 declared, {len(bomb) / 1e6:.2f} MB sent): refused after {seconds:.2f} s, "
          f"peak RSS growth {growth / 2**20:.0f} MB")
    assert caught, "the bomb was accepted"
    text = caught[0].user_text()
    assert "wrong size" in text and "30000 x 30000" in text, text
    assert growth < BOUND, f"peak memory grew by {growth / 2**20:.0f} MB"
    assert not output.exists() and list(tmp_path.iterdir()) == []  # nothing left beside the output either


def test_a_getmap_answer_naming_a_local_file_is_not_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_bytes(b"SECRET-4f2a9 " * 800)  # 10,400 bytes: the 100 x 100 pixels asked, and more
    output = tmp_path / "out" / "image.tif"
    output.parent.mkdir()
    crs = QgsCoordinateReferenceSystem("EPSG:32631")
    value = TimeValue("2018-02-25T10:50:18.000Z", parse_instant("2018-02-25T10:50:18.000Z"))
    with FaultFront() as front:
        request = ImageRequest(front.url(f"/wms/ok?vrt={secret}"), "CGS_S2_NDVI", value, "EPSG:32631", crs.toWkt(),
                               (600000.0, 5690000.0, 601000.0, 5691000.0), 10.0)  # 100 x 100 pixels asked
        with pytest.raises(PluginError) as caught:
            download_image(request, str(output), timeout_s=10)
        assert any("vrt=" in path and "GetMap" in path for path, _ in front.requests)
    assert "did not send an image" in caught.value.user_text()
    assert list(output.parent.iterdir()) == []
