"""tophysical converts chunk by chunk whatever the data type (issue 11 item 7): an Int32 image 100,000 pixels wide
peaked at 1.1 GB above the process's start (whole strips converted through float64), as the promise held for Byte only.
Measured in a child process: its peak resident memory (VmHWM), above its size before the call."""

from __future__ import annotations

import subprocess

import numpy as np
import pytest
from osgeo import gdal, osr

from terrascope_s2.tests.helpers.paths import IMPORT_ROOT

WIDTH, HEIGHT = 100_000, 512  # one strip of output tiles, the whole width

MEASURE = """
import sys
sys.path.insert(0, sys.argv[1])
import numpy
from osgeo import gdal
from terrascope_s2.plugin.core.products.contents import content_spec
from terrascope_s2.plugin.core.raster.physical import convert_to_physical
def status(key):  # VmHWM: this process's peak (ru_maxrss would count the forking test process's size)
    return next(int(line.split()[1]) for line in open('/proc/self/status') if line.startswith(key)) // 1024
start = status('VmRSS')
convert_to_physical(sys.argv[2], sys.argv[3], content_spec('NDVI'))
print(status('VmHWM') - start)
"""


def wide_int32(path, tiled: bool):
    options = ["COMPRESS=DEFLATE", "ZLEVEL=1"] + (["TILED=YES", "BLOCKXSIZE=512", "BLOCKYSIZE=512"] if tiled else [])
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), WIDTH, HEIGHT, 1, gdal.GDT_Int32, options)
    dataset.SetGeoTransform((600000, 10, 0, 5700000, 0, -10))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32631)
    dataset.SetProjection(srs.ExportToWkt())
    dataset.GetRasterBand(1).WriteArray(np.tile((np.arange(WIDTH) % 256).astype(np.int32), (HEIGHT, 1)))
    dataset = None
    return path


@pytest.mark.parametrize("tiled, bound_mb", [(True, 160), (False, 330)])
def test_an_int32_image_100000_pixels_wide_in_bounded_memory(tmp_path, tiled, bound_mb):
    source = wide_int32(tmp_path / "S2A_20190307T105021_31UFS_NDVI_10M_V210.tif", tiled)
    done = subprocess.run(["/usr/bin/python3", "-c", MEASURE, str(IMPORT_ROOT), str(source), str(tmp_path / "p.tif")],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    peak_mb = int(done.stdout.split()[-1])
    print(f"Int32 {WIDTH} x {HEIGHT} ({'tiled' if tiled else 'striped'}): peak {peak_mb} MB above the start")
    # a striped input keeps one decoded strip (512 rows x the width x 4 bytes: 205 MB) in GDAL's cache
    assert peak_mb < bound_mb
    written = gdal.Open(str(tmp_path / "p.tif"))  # kept: on GDAL 3.6 a band does not keep its dataset alive
    values = written.GetRasterBand(1).ReadAsArray(99_000, 0, 1000, 1)[0]
    expected = (np.arange(99_000, 100_000) % 256).astype(np.float32) * np.float32(0.004) - np.float32(0.08)
    expected[np.arange(99_000, 100_000) % 256 > 250] = np.nan
    np.testing.assert_allclose(values, expected, atol=1e-6)
