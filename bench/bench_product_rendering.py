"""Bench 10: drawing a local product in physical units against QGIS's plain drawing of the same file.

The full 10980 x 10980 NDVI tile of bench 1, drawn 1024 x 1024 at full extent and as a 10 x 10 km view at its centre,
in a fresh headless QGIS per run (bench/qgis_product_render_probe.py), alternately: plain (QgsRasterLayer with QGIS's
default grey style) and the plugin's (the loader: the inline VRT with scale, offset and no data, VITO's colour ramp
drawn by the plugin's lookup renderer: plugin/core/products/lookup_renderer.py).
Cold: the process's first render (GDAL's block cache empty; the file in the page cache, read once before the runs);
warm: the same view again, each a new render job. Identify at the centre is checked: physical for the plugin.
Where the time goes: once, where perf is installed, each kind renders the 10 km view 30 times under `perf record`
(CPU samples, whole process): the functions holding the most samples, with their share.
With BENCH_BASELINE, another checkout's plugin draws beside them ("plugin before (commit)"), in the same rounds.
"""

from __future__ import annotations

import shutil
import subprocess

from harness import (
    PYTHON,
    REPO,
    WORK,
    BenchError,
    Figure,
    baseline_plugin_path,
    environment,
    log,
    plugin_path,
    run_json,
    run_measured,
)

BENCH = "product_rendering"
VIEWS = ("full", "10km")
WARM = 10


def run(rounds: int) -> tuple[list[Figure], dict]:
    from bench_scaling import make_input

    tile = make_input(10980)
    tile.read_bytes()  # into the page cache: cold means GDAL's caches, not the disk
    config = {"QGIS_CUSTOM_CONFIG_PATH": str(WORK / "config-product-render")}
    env = environment({"QGIS_PLUGINPATH": str(plugin_path()), **config})
    kinds = {"plain": ("QGIS plain (grey, DNs)", env), "plugin": ("plugin (physical units, VITO's colours)", env)}
    before = baseline_plugin_path()  # BENCH_BASELINE: another checkout's drawing beside
    if before:
        kinds["before"] = (f"plugin {before[0]} (physical units)",
                           environment({"QGIS_PLUGINPATH": str(before[1]), **config}))
    series: dict[tuple[str, str], list[float]] = {}
    loads: dict[str, list[float]] = {}
    identified, others = {}, []
    for view in VIEWS:
        label = "full extent" if view == "full" else "10 km view"
        for round_number in range(rounds):
            order = list(kinds) if round_number % 2 == 0 else list(reversed(kinds))
            for kind in order:
                case, kind_env = kinds[kind]
                done, found = run_json([PYTHON, str(REPO / "bench" / "qgis_product_render_probe.py"), str(tile),
                                        "plain" if kind == "plain" else "plugin", view, str(WARM)], env=kind_env,
                                       timeout=600)
                if kind != "plain" and not (isinstance(found["identify"], float) and found["identify"] < 1.5
                                            and (found["source_is_vrt"] or kind == "before")):
                    raise BenchError(f"the plugin's layer is not in physical units: {found}")
                series.setdefault((case, f"{label}: cold render"), []).append(found["cold_ms"])
                series.setdefault((case, f"{label}: warm render"), []).extend(found["warm_ms"])
                loads.setdefault(case, []).append(done.load)
                identified[case] = found["identify"]
                others.append(done.others_cpu_pct)
            log(f"  {label}: round {round_number + 1}/{rounds} done")
    figures = [Figure(BENCH, case, metric, "ms", values,
                      None if case.startswith("QGIS") else "QGIS plain (grey, DNs)", loads=loads[case])
               for (case, metric), values in series.items()]
    figures.sort(key=lambda f: (f.metric, f.case))
    context = {f"where the CPU goes, 10 km view, {kind} (perf samples of the whole process)": where_the_time_goes(tile, env, kind)
               for kind in ("plain", "plugin")}
    context |= {"file": f"{tile.name} (synthetic, bench 1's), 10980 x 10980 Byte",
               "identify at the centre": identified, "warm renders per run": WARM, "others_cpu_pct": others}
    return figures, context


def where_the_time_goes(tile, env: dict, kind: str, shown: int = 8) -> str:
    """The functions where one probe's renders of the 10 km view (30 warm ones) spend the process's CPU, as perf
    samples them: 'name: share' for the `shown` largest; or why it could not be told (never an error: figures first)."""
    if shutil.which("perf") is None:
        return "perf is missing"
    data = WORK / f"perf-product-render-{kind}.data"
    try:
        done = run_measured(["perf", "record", "-q", "-F", "499", "-o", str(data), PYTHON,
                             str(REPO / "bench" / "qgis_product_render_probe.py"), str(tile), kind, "10km", "30"],
                            env=env, timeout=600)
        if done.returncode != 0:
            return f"perf record failed ({done.returncode}): {done.stderr[-300:]}"
        report = subprocess.run(["perf", "report", "-i", str(data), "--stdio", "--no-children", "--sort", "symbol"],
                                capture_output=True, text=True, timeout=300, check=False).stdout
    except (OSError, subprocess.SubprocessError) as error:
        return f"perf could not run: {error}"
    finally:
        data.unlink(missing_ok=True)
    found = []
    for line in report.splitlines():
        fields = line.split(None, 2)
        if len(fields) == 3 and fields[0].endswith("%") and fields[1] == "[.]":
            found.append(f"{fields[2].split('  ')[0].split('(')[0].strip()}: {fields[0]}")  # perf pads with columns
    return "; ".join(found[:shown]) or "perf reported no samples"
