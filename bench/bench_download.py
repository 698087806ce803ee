"""Bench 9: `downloadimage` against GDAL's WMS driver: the same layer, date and area from the loopback MapServer.

The plugin's terrascope_s2:downloadimage (bench/qgis_algorithm.py: its own time, QGIS's start-up left out; the
service's capabilities are read as part of it, as users run it) against gdal_translate of a <GDAL_WMS> description of
the same WMS 1.3.0 layer and TIME (GDAL's defaults: blocks of 1024, 2 connections), written with the same creation
options. The area is the loopback server's panel area (70 x 70 km of 31UFS/31UES), at 10, 20, 30 and 60 m. The server
is the tests' real MapServer (tests/helpers/loopback_server.py). Each process has an empty network cache (harness).
Checked on every output: size, georeferencing, the same pixels as the peer's, and the file's mode (the user's umask).
With BENCH_BASELINE, the downloadimage of another checkout runs beside it ("before").
"""

from __future__ import annotations

import json
import math
import os
import shutil
import stat
import sys

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
    qgis_profile,
    run_measured,
)

BENCH = "download"
RESOLUTIONS = (10, 20, 30, 60)
LAYER = "CGS_S2_NDVI"
IMAGE_OPTIONS = ["COMPRESS=DEFLATE", "TILED=YES", "PHOTOMETRIC=RGB", "ALPHA=YES", "BIGTIFF=IF_SAFER"]


def image_options(path) -> list[str]:
    """The creation options the plugin's downloadimage writes with (from its code, else the bench's own)."""
    code = ("import json, sys; sys.path.insert(0, sys.argv[1]); "
            "from terrascope_s2.plugin.core.services.download import IMAGE_OPTIONS; print(json.dumps(list(IMAGE_OPTIONS)))")
    import subprocess

    done = subprocess.run([PYTHON, "-c", code, str(path)], capture_output=True, text=True, env=environment(), check=False)
    return json.loads(done.stdout.strip().splitlines()[-1]) if done.returncode == 0 else IMAGE_OPTIONS


def gdal_wms(wms_url: str, time_value: str, area, resolution: float) -> str:
    """The same image as the plugin's: its size rounded up, its lower right corner where the whole pixels end."""
    width, height = math.ceil((area[2] - area[0]) / resolution), math.ceil((area[3] - area[1]) / resolution)
    right, bottom = area[0] + width * resolution, area[3] - height * resolution
    return (f"<GDAL_WMS><Service name=\"WMS\"><Version>1.3.0</Version>"
            f"<ServerUrl>{wms_url}?TIME={time_value}&amp;</ServerUrl><Layers>{LAYER}</Layers><CRS>EPSG:32631</CRS>"
            f"<ImageFormat>image/png</ImageFormat><Transparent>TRUE</Transparent></Service>"
            f"<DataWindow><UpperLeftX>{area[0]}</UpperLeftX><UpperLeftY>{area[3]}</UpperLeftY>"
            f"<LowerRightX>{right}</LowerRightX><LowerRightY>{bottom}</LowerRightY>"
            f"<SizeX>{width}</SizeX><SizeY>{height}</SizeY></DataWindow><BandsCount>4</BandsCount></GDAL_WMS>")


def run(rounds: int) -> tuple[list[Figure], dict]:
    sys.path.insert(0, str(plugin_path()))
    from terrascope_s2.tests.helpers.loopback_server import PANEL_AREA, PANEL_DATES, PANEL_WGS84_BBOX, LoopbackServer

    out = WORK / "download-out"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    folder = WORK / "download-server"
    shutil.rmtree(folder, ignore_errors=True)
    server = LoopbackServer.start(folder, PANEL_DATES, area=PANEL_AREA, wgs84_bbox=PANEL_WGS84_BBOX)
    checkouts = [("plugin downloadimage", plugin_path())]
    before = baseline_plugin_path()
    if before is not None:
        checkouts.append((f"plugin downloadimage {before[0]}", before[1]))
    extent = ",".join(str(v) for v in (PANEL_AREA[0], PANEL_AREA[2], PANEL_AREA[1], PANEL_AREA[3])) + " [EPSG:32631]"
    time_value = server.dates[LAYER][-1]
    options = image_options(plugin_path())
    series: dict[tuple[str, str], list[float]] = {}
    loads: dict[str, list[float]] = {}
    notes: dict[tuple[str, str], str] = {}
    others = []
    umask = os.umask(0o022)
    os.umask(umask)
    try:
        for resolution in RESOLUTIONS:
            metric = f"{resolution} m"
            for round_number in range(-1, rounds):  # round -1 warms up the server's FastCGI processes: not counted
                outputs = {}
                cases = [(label, path) for label, path in checkouts] + [("gdal_translate of <GDAL_WMS>", None)]
                for label, path in (cases if round_number % 2 == 0 else cases[::-1]):
                    output = out / f"{label.replace(' ', '_').replace('(', '').replace(')', '')}-{resolution}.tif"
                    if output.exists():
                        output.unlink()
                    if path is None:
                        command = ["gdal_translate", "-q", *sum((["-co", o] for o in options), []),
                                   gdal_wms(server.wms_url, time_value, PANEL_AREA, resolution), str(output)]
                        env = environment({"GDAL_NUM_THREADS": "ALL_CPUS"})
                    else:
                        parameters = {"URL": server.wms_url, "LAYER": LAYER, "DATE": time_value, "EXTENT": extent,
                                      "RESOLUTION": resolution, "OUTPUT": str(output)}
                        command = [PYTHON, str(REPO / "bench" / "qgis_algorithm.py"), "terrascope_s2:downloadimage",
                                   json.dumps(parameters)]
                        env = environment({"QGIS_PLUGINPATH": str(path), "QGIS_CUSTOM_CONFIG_PATH": str(qgis_profile()),
                                           "GDAL_NUM_THREADS": "ALL_CPUS"})
                    done = run_measured(command, env=env, timeout=900)
                    if done.returncode != 0 or not output.exists():
                        raise BenchError(f"{label} at {resolution} m failed:\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}")
                    outputs[label] = output
                    if round_number < 0:
                        continue
                    reported = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
                    seconds = reported[-1]["algorithm_s"] if reported else done.wall_s
                    series.setdefault((label, metric), []).append(seconds)
                    series.setdefault((label, f"{metric}: peak memory"), []).append(done.peak_mb)
                    if reported:  # QGIS's own memory (started, Processing and the plugin loaded) left out
                        series.setdefault((label, f"{metric}: peak memory above QGIS's own"), []).append(
                            done.peak_mb - reported[-1]["ready_mb"])
                    loads.setdefault(label, []).append(done.load)
                    others.append(done.others_cpu_pct)
                if round_number == rounds - 1:
                    checks = _check(outputs, "gdal_translate of <GDAL_WMS>", umask)
                    for label, verdict in checks.items():
                        notes[(label, metric)] = f"{notes.get((label, metric), '')}; {verdict}".strip("; ")
                for output in outputs.values():
                    output.unlink()
            log(f"  {resolution} m done")
    finally:
        server.stop()
    figures = []
    for (label, metric), values in series.items():
        reference = None if label.startswith("gdal") else "gdal_translate of <GDAL_WMS>"
        unit = "MB" if "memory" in metric else "s"
        figures.append(Figure(BENCH, label, metric, unit, values, reference, notes.get((label, metric), ""),
                              loads=loads[label]))
    figures.sort(key=lambda f: (f.unit == "MB", f.metric.split(": ")[-1], int(f.metric.split(" ")[0]), f.case))
    context = {"area": f"{PANEL_AREA} EPSG:32631 (70 x 70 km)", "layer": f"{LAYER} at {time_value}",
               "creation options": options, "plugin's time": "processing.run alone (QGIS's start-up left out), "
               "capabilities included", "others_cpu_pct": others}
    return figures, context


CHECK = """
import json, sys
import numpy as np
from osgeo import gdal
reference, *paths = sys.argv[1:]
wanted = gdal.Open(reference).ReadAsArray()
found = {}
for path in paths:
    dataset = gdal.Open(path)
    values = dataset.ReadAsArray()
    same = float(np.mean(values == wanted)) if values.shape == wanted.shape else 0.0
    found[path] = [dataset.RasterXSize, dataset.RasterYSize, same, dataset.GetGeoTransform()]
print(json.dumps(found))
"""


def _check(outputs: dict, reference: str, umask: int) -> dict[str, str]:
    """Size, georeferencing, pixels and mode of each output, read in a process of its own (the arrays would stay in
    this one's memory, and every later child would count them in its peak: a fork's pages are its own at first)."""
    import subprocess

    paths = {label: str(path) for label, path in outputs.items()}
    done = subprocess.run([PYTHON, "-c", CHECK, paths[reference], *paths.values()], capture_output=True, text=True,
                          env=environment(), check=False)
    if done.returncode != 0:
        raise BenchError(f"checking the downloads failed: {done.stderr[-2000:]}")
    found = json.loads(done.stdout.strip().splitlines()[-1])
    transform = found[paths[reference]][3]
    result = {}
    for label, path in paths.items():
        width, height, same, geotransform = found[path]
        mode = stat.S_IMODE(outputs[label].stat().st_mode)
        result[label] = (f"{width} x {height}, {100 * same:.1f} % of values as the peer's"
                         f"{'' if geotransform == transform else ', georeferenced differently'}, "
                         f"mode {mode:04o} (umask {umask:04o})")
    return result
