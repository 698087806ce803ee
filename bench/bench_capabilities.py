"""Bench 3: WMTS + WMS capabilities with 500 to 100,000 dates on each of three layers: the plugin against OWSLib.

A static HTTP server on loopback (python3 -m http.server, a process of its own) serves documents shaped like MapCache's
WMTS and MapServer's WMS 1.3.0 answers (bench/capabilities_doc.py), for each count of dates. In a headless QGIS
(bench/qgis_capabilities_probe.py), once with Debian's OWSLib 0.27 and once with the newest (.venv/owslib-newest), A/B
interleaved in one process: the plugin's capabilities task from the request to the panel's view (QGIS's network stack,
the panel's dates made), the plugin's parse of the same bytes in memory, OWSLib's parse of them (WebMapTileService and
WebMapService with xml=, TIME values included where this OWSLib reads them: WMTS dimensions only from 0.30), OWSLib
fetching them itself, and QGIS's own QgsBlockingNetworkRequest fetching them without parsing (the network stack's part of
the plugin task); the CPU time each takes (all threads: on this shared machine less disturbed than the wall
time), the peak memory each adds; the plugin task's longest GUI stall; once, at the largest size, where the plugin's
parse spends its CPU time, by stage. The ratios are against OWSLib's
parse in memory of the same OWSLib version: the newest is the peer that gives what the plugin gives (0.27 reads no
WMTS dates); the "paired" figures divide each CPU time by that of OWSLib's parse run beside it in the same process
(steadier on a machine whose speed drifts between processes). With BENCH_BASELINE=/path/to/another/checkout (e.g. a
worktree of main before a change), that checkout's plugin task and parse are measured too, in the same rounds ("plugin
before (commit) ...").
"""

from __future__ import annotations

import itertools
import socket
import subprocess
import time
import urllib.request

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
)

BENCH = "capabilities"
SIZES = (500, 5000, 50_000, 100_000)
CASES = ("plugin task", "plugin parse", "OWSLib parse", "OWSLib end to end", "QGIS fetch alone")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run(rounds: int) -> tuple[list[Figure], dict]:
    from capabilities_doc import write

    folder = WORK / "capabilities"
    sizes = {size: write(folder / f"d{size}", size) for size in SIZES}
    port = _free_port()
    server = subprocess.Popen([PYTHON, "-m", "http.server", str(port), "--bind", "127.0.0.1"], cwd=folder,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{base}/d{SIZES[0]}/wms.xml", timeout=1).read()  # nosec B310: our own loopback server
                break
            except OSError:
                time.sleep(0.05)
        else:
            raise BenchError("the loopback HTTP server did not start")
        newest = REPO / ".venv" / "owslib-newest"
        versions = {"OWSLib 0.27": {}}
        if newest.is_dir():
            versions["OWSLib newest"] = {"PYTHONPATH": str(newest)}
        series: dict[tuple[str, str, str], list[float]] = {}
        context: dict = {"documents": ", ".join(f"{size:,} dates: wmts.xml {wmts.stat().st_size // 1000:,} kB, wms.xml "
                                                f"{wms.stat().st_size // 1000:,} kB" for size, (wmts, wms) in sizes.items()),
                         "others_cpu_pct": []}
        firsts: dict[str, list[float]] = {}
        before = baseline_plugin_path()  # BENCH_BASELINE: another checkout's plugin cases beside these
        plugins = [("", plugin_path(), CASES)] + ([(f" {before[0]}", before[1], CASES[:2])] if before else [])
        for round_number in range(rounds):
            for size in SIZES:
                for (label, extra), (suffix, path, cases) in itertools.product(versions.items(), plugins):
                    env = environment({"QGIS_PLUGINPATH": str(path), **extra,
                                       "QGIS_CUSTOM_CONFIG_PATH": str(WORK / "config-capabilities")})
                    repeats = 3 if size <= 5000 else 2
                    profile = ["profile"] if round_number == 0 and size == SIZES[-1] else []
                    done, found = run_json([PYTHON, str(REPO / "bench" / "qgis_capabilities_probe.py"), f"{base}/d{size}",
                                            str(repeats), *profile], env=env, timeout=1800)
                    if "profile" in found:
                        context[f"where the plugin{suffix} parse's time goes at {size:,} dates, {label} (CPU ms, one run)"] \
                            = "; ".join(f"{stage}: {ms:g}" for stage, ms in found["profile"].items())
                    context["others_cpu_pct"].append(done.others_cpu_pct)
                    context[label] = f"{found['owslib']} ({found['owslib_path']})"
                    _check_dates(found, size, label)
                    for case in cases:
                        name = case.replace("plugin", "plugin" + suffix, 1)
                        series.setdefault((f"{name}, {label}", f"{size:,} dates", "ms"), []).extend(found["ms"][case])
                        series.setdefault((f"{name}, {label}", f"{size:,} dates, CPU time", "ms"), []).extend(
                            found["cpu_ms"][case])
                        series.setdefault((f"{name}, {label}", f"{size:,} dates, peak memory added", "MB"), []).extend(
                            found["peak_mb"][case])
                    for case in ("plugin task", "plugin parse"):  # each run over OWSLib's parse run beside it
                        name = case.replace("plugin", "plugin" + suffix, 1)
                        series.setdefault((f"{name}, {label}", f"{size:,} dates, CPU time over OWSLib's parse beside it",
                                           "x"), []).extend(paired_ratios(found["cpu_ms"][case],
                                                                         found["cpu_ms"]["OWSLib parse"]))
                    series.setdefault((f"plugin{suffix} task, {label}", f"{size:,} dates, longest GUI stall", "ms"),
                                      []).extend(found["stall_ms"])
                    if size == SIZES[0]:
                        firsts.setdefault(f"plugin{suffix} task, {label}", []).append(found["first_ms"]["plugin task"])
            log(f"  round {round_number + 1}/{rounds} done")
    finally:
        server.terminate()
        server.wait(10)
    figures = []
    for (case, metric, unit), values in series.items():
        label = case.split(", ", 1)[1]
        reference = f"OWSLib parse, {label}" if unit == "ms" and "stall" not in metric else (
            f"OWSLib parse, {label}" if unit == "MB" else None)
        figures.append(Figure(BENCH, case, metric, unit, values, reference=reference))
    for case, values in firsts.items():
        figures.append(Figure(BENCH, case, "first request of a session (500 dates)", "ms", values))
    context["microseconds per date (plugin task, median)"] = _per_date(series, "plugin task")
    context["microseconds per date (OWSLib parse, median)"] = _per_date(series, "OWSLib parse")
    return figures, context


def _check_dates(found: dict, size: int, label: str) -> None:
    """The plugin lists every date of every layer (as the documents hold them); OWSLib's counts are reported."""
    from capabilities_doc import LAYERS, layer_times

    expected = {name: len(layer_times(list(range(size)), number)) for number, name in enumerate(LAYERS)}
    for case in ("plugin task", "plugin parse"):
        if found["dates"][case] != expected:
            raise BenchError(f"{label}, {size} dates: the plugin's view misses dates: {found['dates'][case]} != {expected}")


def _per_date(series: dict, case: str) -> str:
    import statistics

    parts = []
    for (name, metric, unit), values in series.items():
        if name.startswith(case + ",") and unit == "ms" and metric.endswith(" dates"):
            size = int(metric.split()[0].replace(",", ""))
            parts.append(f"{name.split(', ', 1)[1]} {size:,}: {1000 * statistics.median(values) / size:.2f}")
    return "; ".join(parts)
