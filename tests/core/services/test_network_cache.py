"""QGIS's network cache answers a repeated GET of a document the server said nothing of (for CACHE_EXPIRY_S, as
QgsBlockingNetworkRequest lets it), and an answer that came from the cache leaves the cache's files as they were:
keeping it again made QNetworkDiskCache copy the whole file each time (core/services/network.py, _request)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from qgis.core import QgsNetworkAccessManager, QgsSettings
from qgis.PyQt.QtCore import QStandardPaths

from terrascope_s2.plugin.core.services import network
from terrascope_s2.tests.helpers.faultfront import FaultFront


@pytest.fixture(scope="module")
def front():
    with FaultFront() as server:
        yield server


def cache_folder() -> str:
    """Where QGIS keeps its network cache (QgsNetworkAccessManager.setupDefaults; QgsNetworkDiskCache's own
    cacheDirectory() is not the one Python reaches)."""
    assert QgsNetworkAccessManager.instance().cache() is not None, "QGIS has no network cache in this profile"
    folder = QgsSettings().value("cache/directory", "") or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.CacheLocation)
    assert os.path.isdir(folder), folder
    return folder


def cache_files(since_ns: int = 0) -> dict[str, tuple[int, int, int]]:
    """Each file of QGIS's network cache written since `since_ns`: (inode, size, modification time in ns)."""
    found = {}
    for folder, _dirs, names in os.walk(cache_folder()):
        for name in names:
            stat = (Path(folder) / name).stat()
            if stat.st_mtime_ns >= since_ns:
                found[str(Path(folder) / name)] = (stat.st_ino, stat.st_size, stat.st_mtime_ns)
    return found


def test_a_repeated_fetch_comes_from_qgis_cache_which_it_leaves_untouched(front):
    url = front.url("/wmts/ok?values=11&case=cache-untouched")  # an address no other test asks
    started = time.time_ns() - 1_000_000_000  # (a file system's clock may be coarser than the process's)
    first = network.fetch(url, timeout_s=10)
    kept = cache_files(started)
    assert kept, "the first answer was not kept in QGIS's network cache"
    again = [network.fetch(url, timeout_s=10) for _ in range(3)]
    assert again == [first] * 3
    assert front.hits("/wmts/ok") == 1  # the cache answered the three others
    assert {path: found for path, found in cache_files(started).items() if path in kept} == kept


def test_fresh_asks_the_server_and_keeps_its_new_answer(front):
    url = front.url("/wmts/ok?values=5&case=cache-fresh")
    before = front.hits("/wmts/ok")
    body = network.fetch(url, timeout_s=10)
    assert network.fetch(url, timeout_s=10, fresh=True) == body
    assert front.hits("/wmts/ok") == before + 2
    assert network.fetch(url, timeout_s=10) == body
    assert front.hits("/wmts/ok") == before + 2  # the fresh answer is the cache's again
