"""Bench 2: showing a product in physical units, from "add this file" to a styled layer (target: under 100 ms).

A real 500 x 500 FAPAR product (../shared/fixtures/real, or a synthetic 500 x 500 NDVI where shared/ is absent) and
the full 10980 x 10980 NDVI tile of bench 1. Each round is a fresh headless QGIS (bench/qgis_styling_probe.py) that adds
each file seven times with QGIS's default style and seven times with the plugin's auto-styler (physical units through an
inline VRT); the first styling of each process is reported apart (it imports GDAL's Python bindings). The first
1024 x 1024 render of each layer shows what the VRT costs when drawing.
"""

from __future__ import annotations

from harness import PYTHON, REPO, WORK, BenchError, Figure, environment, log, plugin_path, run_json

BENCH = "styling"
REAL_500 = REPO.parent / "shared" / "fixtures" / "real" / "vito-s2-31UFS-V102" / \
    "small_subset_S2B_20180705T105029Z_31UFS_FAPAR_10M_V102.tif"


def run(rounds: int) -> tuple[list[Figure], dict]:
    from bench_scaling import make_input

    small = REAL_500 if REAL_500.exists() else make_input(500)
    files = {"500 x 500": small, "full tile": make_input(10980)}
    env = environment({"QGIS_PLUGINPATH": str(plugin_path()), "QGIS_CUSTOM_CONFIG_PATH": str(WORK / "config-styling")})
    keys = {str(path.name): label for label, path in files.items()}
    series: dict[tuple[str, str], list[float]] = {}
    others, loads = [], []
    for round_number in range(rounds):
        order = list(files.values()) if round_number % 2 == 0 else list(files.values())[::-1]
        done, found = run_json([PYTHON, str(REPO / "bench" / "qgis_styling_probe.py"), *map(str, order)], env=env)
        others.append(done.others_cpu_pct)
        loads.append(done.load)
        for name, figures in found.items():
            label = keys[name]
            if not figures["physical"]:
                raise BenchError(f"{name} was not styled in physical units: {figures}")
            series.setdefault((f"QGIS alone, {label}", "add file -> layer"), []).extend(figures["qgis_ms"])
            series.setdefault((f"plugin, {label}", "add file -> layer"), []).extend(figures["plugin_ms"])
            if figures["plugin_cold_ms"] is not None:
                series.setdefault(("plugin, first in a session", "add file -> layer"), []).append(figures["plugin_cold_ms"])
            series.setdefault((f"QGIS alone, {label}", "first 1024 x 1024 render"), []).append(figures["render_qgis_ms"])
            series.setdefault((f"plugin, {label}", "first 1024 x 1024 render"), []).append(figures["render_plugin_ms"])
        log(f"  round {round_number + 1}/{rounds} done")
    result = []
    for (case, metric), values in sorted(series.items(), key=lambda item: (item[0][1], item[0][0].split(",")[-1], item[0][0])):
        label = case.split(", ", 1)[1]
        reference = f"QGIS alone, {label}" if not case.startswith("QGIS") and label in files else None
        result.append(Figure(BENCH, case, metric, "ms", values, reference, loads=loads))
    context = {"files": {label: f"{path.name} ({'real' if path == REAL_500 else 'synthetic'})" for label, path in files.items()},
               "target": "under 100 ms from the request to a styled layer, for both sizes",
               "others_cpu_pct": others}
    return result, context
