"""Bench 5: one 1024 x 1024 render of a WMTS layer (CGS_S2_NDVI, newest date) from a real MapCache on loopback.

The layer as the plugin adds it (its capabilities task and source string) against the same layer added through QGIS's
own WMTS source string, each in a fresh headless QGIS (bench/qgis_render_probe.py), alternately. Cold: MapCache's disk
cache emptied before the process starts, QGIS's caches new (a fresh configuration folder), so every tile is drawn by
MapServer; warm: the same view again with a new layer object. A 1024 x 1024 view of 60 km around Brussels is about
30 tiles of 256 px at zoom 10. The server is the tests' loopback server (tests/helpers/loopback_server.py) with the panel's
data set (PANEL_DATES over PANEL_AREA, as the dock's tests and `make screenshots` use).
"""

from __future__ import annotations

import shutil
import sys

from harness import PYTHON, REPO, WORK, BenchError, Figure, environment, log, plugin_path, run_json

BENCH = "rendering"


def run(rounds: int) -> tuple[list[Figure], dict]:
    sys.path.insert(0, str(plugin_path()))  # the loopback server is a helper of the tests: terrascope_s2.tests.helpers
    from terrascope_s2.tests.helpers.loopback_server import PANEL_AREA, PANEL_DATES, PANEL_WGS84_BBOX, LoopbackServer

    folder = WORK / "loopback-server"
    shutil.rmtree(folder, ignore_errors=True)
    server = LoopbackServer.start(folder, PANEL_DATES, area=PANEL_AREA, wgs84_bbox=PANEL_WGS84_BBOX)
    try:
        time_value = server.dates["CGS_S2_NDVI"][-1]
        series: dict[tuple[str, str], list[float]] = {}
        hashes, others, sources = {}, [], {}
        for round_number in range(-1, rounds):  # round -1 warms up the server's FastCGI processes: not counted
            for kind in (("plugin", "qgis") if round_number % 2 == 0 else ("qgis", "plugin")):
                shutil.rmtree(folder / "cache", ignore_errors=True)
                config = WORK / f"config-render-{kind}"
                shutil.rmtree(config, ignore_errors=True)
                env = environment({"QGIS_PLUGINPATH": str(plugin_path()), "QGIS_CUSTOM_CONFIG_PATH": str(config),
                                   "BENCH_TIME_VALUE": time_value})
                done, found = run_json([PYTHON, str(REPO / "bench" / "qgis_render_probe.py"), kind, server.wmts_capabilities_url,
                                        server.wms_url, "3"], env=env, timeout=300)
                if found["centre_alpha"] == 0:
                    raise BenchError(f"{kind}: the rendered view is empty: {found['source']}")
                if round_number < 0:
                    continue
                others.append(done.others_cpu_pct)
                case = "plugin's layer" if kind == "plugin" else "QGIS's own WMTS source"
                series.setdefault((case, "cold render (empty caches)"), []).append(found["cold_ms"])
                series.setdefault((case, "warm render"), []).extend(found["warm_ms"])
                hashes.setdefault(case, set()).update(found["hashes"])
                sources[case] = found["source"]
            log(f"  round {round_number + 1}/{rounds} done" if round_number >= 0 else "  warm-up done")
    finally:
        server.stop()
    figures = [Figure(BENCH, case, metric, "ms", values, reference=None if case.startswith("QGIS") else "QGIS's own WMTS source")
               for (case, metric), values in series.items()]
    same = hashes.get("plugin's layer") == hashes.get("QGIS's own WMTS source")
    context = {"same picture": "yes, identical PNGs" if same else f"NO: {hashes}",
               "plugin's source": sources.get("plugin's layer", "?"),
               "QGIS's source": sources.get("QGIS's own WMTS source", "?"),
               "others_cpu_pct": others}
    return figures, context
