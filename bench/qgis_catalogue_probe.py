"""Runs in a headless QGIS: the plugin's catalogue search or download, timed inside the process (QGIS's start left out).

    python3 bench/qgis_catalogue_probe.py search CATALOGUE_URL COLLECTION MAX_ITEMS PAGE_SIZE
    python3 bench/qgis_catalogue_probe.py download URL TARGET USER PASSWORD ORIGIN
(QGIS_PLUGINPATH: the plugin's parent; QGIS_CUSTOM_CONFIG_PATH: a throwaway profile.)

search: CatalogueClient.search to a listed result (items newest first), with the longest GUI stall meanwhile.
download: download_file with a Basic login from the profile's authentication database, through QGIS's network stack;
the process's peak memory is reset just before (VmHWM), so `grown_mb` is what the download itself added; `cpu_s` is
the CPU time of all the process's threads (QGIS's network thread too) during the download.
Prints one JSON object.
"""

import json
import os
import re
import sys
import time

from qgis.core import QgsApplication, QgsAuthMethodConfig

QgsApplication.setPrefixPath("/usr", True)
app = QgsApplication([], False)
app.initQgis()
sys.path.insert(0, os.environ["QGIS_PLUGINPATH"])


def peak_kb() -> int:
    return int(re.search(r"VmHWM:\s+(\d+)", open("/proc/self/status").read()).group(1))


def search(url: str, collection: str, max_items: int, page_size: int) -> dict:
    from terrascope_s2.plugin.core.stac.client import CatalogueClient
    from terrascope_s2.plugin.core.stac.search import SearchQuery

    began = time.perf_counter()
    result = CatalogueClient(url).search(SearchQuery(collection, page_size=page_size, max_items=max_items))
    took = time.perf_counter() - began
    listed = [(item.acquired.isoformat(), item.tile, item.cloud_cover, item.estimated_size) for item in result.items]
    return {"ms": 1000 * took, "items": len(listed), "pages": result.pages, "newest": listed[0][0],
            "sorted": listed == sorted(listed, key=lambda row: row[0], reverse=True)}


def download(url: str, target: str, user: str, password: str, origin: str) -> dict:
    from pathlib import Path

    from terrascope_s2.plugin.core.stac.download import download_file
    from terrascope_s2.plugin.core.stac.transfer import Login

    manager = QgsApplication.authManager()
    assert manager.setMasterPassword("bench-master-password", True)
    config = QgsAuthMethodConfig("Basic")
    config.setName("bench")
    config.setConfig("username", user)
    config.setConfig("password", password)
    assert manager.storeAuthenticationConfig(config)[0]
    open("/proc/self/clear_refs", "w").write("5")
    before = peak_kb()
    began, cpu = time.perf_counter(), time.process_time()
    outcome, size = download_file(url, Path(target), Login(config.id(), origin), overwrite=True)
    took, cpu = time.perf_counter() - began, time.process_time() - cpu
    return {"ms": 1000 * took, "cpu_s": cpu, "bytes": size, "outcome": outcome, "grown_mb": (peak_kb() - before) / 1024}


mode, args = sys.argv[1], sys.argv[2:]
if mode == "search":
    found = search(args[0], args[1], int(args[2]), int(args[3]))
else:
    found = download(*args[:5])
print(json.dumps(found))
app.exitQgis()
