"""A FIFO (named pipe) given where the plugin expects a file, or as a file:// URL, is refused at once (issue 11 item 8):
reading one waits for a writer that never comes, and QGIS would wait with it for ever.

Each case runs in a child process (fifo_probe.py) that is killed when it does not end in time: a regression shows
as a failed test, not a hung suite.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from terrascope_s2.tests.helpers.paths import IMPORT_ROOT

WAIT_S = 60  # the child's start (QGIS, Processing) takes a few seconds; a hang takes for ever
PRODUCT = "S2A_20190307T105021_31UFS_NDVI_10M_V210.tif"


@pytest.fixture
def fifo(tmp_path):
    folder = tmp_path / "products"
    folder.mkdir()
    (tmp_path / "products" / "out").mkdir()
    path = folder / PRODUCT
    os.mkfifo(path)
    return path


@pytest.mark.parametrize(("case", "said"), [
    ("tophysical", "not a regular file"),
    ("maskbysceneclassification", "not a regular file"),
    ("timeseries", "not a regular file"),
    ("loadproduct", "not a regular file"),
    ("listdates", "starting with https:// (or http://)"),  # refused before the run, as any URL not http(s)
    ("fetch", "not an http(s) URL"),
])
def test_a_fifo_is_refused_at_once(fifo, case, said):
    env = {key: value for key, value in os.environ.items() if not key.startswith("QGIS_")}
    env.update(QT_QPA_PLATFORM="offscreen", QGIS_CUSTOM_CONFIG_PATH=str(fifo.parent.parent / "profile"))
    started = time.monotonic()
    try:
        done = subprocess.run([sys.executable, str(Path(__file__).with_name("fifo_probe.py")), str(IMPORT_ROOT), case,
                               str(fifo)], env=env, capture_output=True, text=True, timeout=WAIT_S)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{case} waited on the FIFO for more than {WAIT_S} s")
    lines = done.stdout.strip().splitlines()
    assert done.returncode == 0 and lines, done.stdout[-2000:] + done.stderr[-2000:]
    result = json.loads(lines[-1])
    text = result.get("error", "") + result.get("log", "")
    assert said.lower() in text.lower(), result
    assert "Traceback" not in text, result
    print(f"\n{case}: {time.monotonic() - started:.1f} s: {text[-300:]!r}")
