"""Bench 8: loading 1, 10 and 50 products into the project, the plugin's loader against plain QgsRasterLayer.

Real products: the parcel time series of ../shared/fixtures/real (V101 clips: FAPAR, scene classification at 10 and
20 m, cloud and shadow masks: 5 images an acquisition), linked (not copied) into a folder per count. In one headless
QGIS per round (bench/qgis_loading_probe.py), alternately: a plain QgsRasterLayer for each image, added to the
project, and the plugin's loader (find_products, product_layers: physical units, colours, metadata, then
add_to_project), as the panel and loadproduct run it. The ratio divides the loader's time by the plain layers' time,
wall and CPU (the probe's own user and system time: what the load of other processes does not lengthen); the "paired"
figures divide each load's CPU time by that of the plain load beside it in the same process (this machine's speed
drifts by up to 1.7x between processes: their median is the steadier ratio).
Also reported: how many times each image file is opened (openat) while one product loads in a fresh process, counted
with strace; and where each kind's CPU time goes, by stage (QGIS making the layers, adding them to the project, the
plugin's reading of TIFF directories and its styling, the rest), one more load per round. With BENCH_BASELINE, the
same loader of another checkout runs beside it ("before").
"""

from __future__ import annotations

import shutil
import statistics

from harness import (
    PYTHON,
    REPO,
    WORK,
    BenchError,
    Figure,
    baseline_plugin_path,
    environment,
    log,
    paired_ratios,
    plugin_path,
    run_json,
    run_measured,
)

BENCH = "loading"
SERIES = REPO.parent / "shared" / "fixtures" / "real" / "vito-s2-parcel-timeseries"
COUNTS = (1, 10, 50)
IMAGES_PER_PRODUCT = 5


def products(count: int):
    """A folder with `count` acquisitions of the real time series, as symbolic links."""
    if not SERIES.is_dir():
        raise BenchError(f"{SERIES} is missing: the bench needs the team's shared/ folder beside the clone")
    days = sorted({p.name.split("_")[1] for p in SERIES.glob("S2*_*.tif")})[:count]
    folder = WORK / "loading" / f"{count}"
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    for day in days:
        for image in SERIES.glob(f"S2*_{day}_*.tif"):
            (folder / image.name).symlink_to(image)
    return folder


def count_opens(path, kind: str) -> dict[str, int] | str:
    """How many times each image of one product is opened (openat) during one load of `kind`, counted by strace."""
    if shutil.which("strace") is None:
        return "strace is missing"
    folder = products(1)
    trace = WORK / "loading-strace.txt"
    env = environment({"QGIS_PLUGINPATH": str(path), "QGIS_CUSTOM_CONFIG_PATH": str(WORK / "config-loading")})
    done = run_measured(["strace", "-f", "-e", "trace=openat", "-o", str(trace), PYTHON,
                         str(REPO / "bench" / "qgis_loading_probe.py"), str(folder), "0", kind], env=env, timeout=600)
    if done.returncode != 0:
        raise BenchError(f"strace of the loading probe failed: {done.stderr[-2000:]}")
    opened: dict[str, int] = {}
    for line in trace.read_text().splitlines():
        if "openat(" in line and ".tif\"" in line and "= -1" not in line:
            name = "_".join(line.split('"')[1].rsplit("/", 1)[-1].split("_")[3:5])
            opened[name] = opened.get(name, 0) + 1
    trace.unlink()
    return opened


def run(rounds: int) -> tuple[list[Figure], dict]:
    checkouts = [("plugin", plugin_path())]
    before = baseline_plugin_path()
    if before is not None:
        checkouts.append((f"plugin {before[0]}", before[1]))
    series: dict[tuple[str, str], list[float]] = {}
    loads: dict[str, list[float]] = {}
    opens, layers, others, where = {}, {}, [], {}
    paired: dict[tuple[str, str], list[float]] = {}
    for count in COUNTS:
        folder = products(count)
        repeats = max(3, 15 // count)
        for round_number in range(rounds):
            for label, path in (checkouts if round_number % 2 == 0 else checkouts[::-1]):
                env = environment({"QGIS_PLUGINPATH": str(path), "QGIS_CUSTOM_CONFIG_PATH": str(WORK / "config-loading")})
                done, found = run_json([PYTHON, str(REPO / "bench" / "qgis_loading_probe.py"), str(folder), str(repeats)],
                                       env=env, timeout=600)
                others.append(done.others_cpu_pct)
                metric = f"{count} product{'s' if count > 1 else ''} ({found['plain_layers']} images)"
                plain_case = "plain QgsRasterLayer" if label == "plugin" else f"plain QgsRasterLayer, beside {label}"
                for case, key in ((plain_case, "plain"), (f"{label} loader", "loader")):
                    series.setdefault((case, metric), []).extend(1000 * s for s in found[f"{key}_s"])
                    series.setdefault((case, f"{metric}: CPU"), []).extend(1000 * s for s in found[f"{key}_cpu_s"])
                    loads.setdefault(case, []).append(done.load)
                paired.setdefault((f"{label} loader", f"{metric}: CPU, each load over the plain one beside it"),
                                  []).extend(paired_ratios(found["loader_cpu_s"], found["plain_cpu_s"]))
                layers[metric] = found["loader_layers"]
                for kind, stages in found.get("where", {}).items():  # one more load of each kind, its CPU by stage
                    name = "plain QgsRasterLayer" if kind == "plain" else f"{label} loader"
                    where.setdefault(f"{metric}, {name}", []).append(stages)
            log(f"  {count} products: round {round_number + 1}/{rounds} done")
    for label, path in checkouts:
        opens[f"{label} loader"] = count_opens(path, "loader")
    opens["plain QgsRasterLayer"] = count_opens(checkouts[0][1], "plain")
    figures = []
    for (case, metric), values in series.items():
        reference = None if case.startswith("plain") else (
            "plain QgsRasterLayer" if case == "plugin loader" else f"plain QgsRasterLayer, beside {case[:-len(' loader')]}")
        figures.append(Figure(BENCH, case, metric, "ms", values, reference, loads=loads[case]))
    figures += [Figure(BENCH, case, metric, "x", ratios, loads=loads[case]) for (case, metric), ratios in paired.items()]
    context = {"products": f"{SERIES.name}: {IMAGES_PER_PRODUCT} images an acquisition (V101 clips, real)",
               "GDAL opens of each image during one load": opens, "layers": layers, "others_cpu_pct": others}
    for case, runs in where.items():  # the median of each stage over the rounds
        context[f"where the CPU goes (ms), {case}"] = "; ".join(
            f"{stage}: {statistics.median(run[stage] for run in runs):g}" for stage in runs[0])
    return figures, context
