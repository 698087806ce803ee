"""Bench 3: WMTS + WMS capabilities with 5,000 dates on each of three layers, to a ready service model.

A static HTTP server on loopback (python3 -m http.server, a process of its own) serves documents shaped like MapCache's
WMTS and MapServer's WMS 1.3.0 answers (bench/capabilities_doc.py: 594 kB and 377 kB). In a headless QGIS
(bench/qgis_capabilities_probe.py), once with Debian's OWSLib 0.27 and once with the newest (.venv/owslib-newest):
the plugin's capabilities task from the request to the service model, against a plain OWSLib parse of the same
documents (already fetched), with the longest GUI stall of each (a 2 ms QTimer on the GUI thread).
"""

from __future__ import annotations

import socket
import subprocess
import time
import urllib.request

from harness import PYTHON, REPO, WORK, BenchError, Figure, environment, log, plugin_path, run_json

BENCH = "capabilities"
DATES = 5000


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run(rounds: int) -> tuple[list[Figure], dict]:
    from capabilities_doc import write

    folder = WORK / "capabilities"
    wmts_file, wms_file = write(folder, DATES)
    port = _free_port()
    server = subprocess.Popen([PYTHON, "-m", "http.server", str(port), "--bind", "127.0.0.1"], cwd=folder,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{base}/wms.xml", timeout=1).read()  # nosec B310: our own loopback server
                break
            except OSError:
                time.sleep(0.05)
        else:
            raise BenchError("the loopback HTTP server did not start")
        newest = REPO / ".venv" / "owslib-newest"
        versions = {"OWSLib 0.27 (Debian)": {}}
        if newest.is_dir():
            versions["OWSLib newest"] = {"PYTHONPATH": str(newest)}
        series: dict[tuple[str, str], list[float]] = {}
        context = {"documents": f"wmts.xml {wmts_file.stat().st_size // 1000} kB, wms.xml {wms_file.stat().st_size // 1000} kB, "
                                f"{DATES} dates on each of 3 layers", "others_cpu_pct": []}
        for round_number in range(rounds):
            for label, extra in versions.items():
                env = environment({"QGIS_PLUGINPATH": str(plugin_path()), **extra,
                                   "QGIS_CUSTOM_CONFIG_PATH": str(WORK / "config-capabilities")})
                done, found = run_json([PYTHON, str(REPO / "bench" / "qgis_capabilities_probe.py"), base, str(wmts_file),
                                        str(wms_file), "3"], env=env)
                context["others_cpu_pct"].append(done.others_cpu_pct)
                version = found["owslib"]
                context[f"{label}"] = f"{version} ({found['owslib_path']})"
                context[f"{label}: dates per layer, plugin model"] = found["plugin_dates"]
                context[f"{label}: dates per layer, plain OWSLib WMTS / WMS"] = \
                    f"{found['owslib_wmts_dates']} / {found['owslib_wms_dates']}"
                if any(count != DATES for name, count in found["plugin_dates"].items() if name != "CGS_S2"):
                    raise BenchError(f"the plugin's model misses dates: {found['plugin_dates']}")
                for key, case, metric in (
                        ("plugin_ms", f"plugin task, {label}", "request -> service model"),
                        ("plugin_stall_ms", f"plugin task, {label}", "longest GUI stall"),
                        ("owslib_wmts_ms", f"plain OWSLib parse, {label}", "WMTS parse (in memory)"),
                        ("owslib_wms_ms", f"plain OWSLib parse, {label}", "WMS 1.3.0 parse (in memory)"),
                        ("owslib_stall_ms", f"plain OWSLib parse, {label}", "longest GUI stall")):
                    series.setdefault((case, metric), []).extend(found[key])
                series.setdefault((f"plugin task, {label}", "first request of a session"), []).append(found["plugin_first_ms"])
            log(f"  round {round_number + 1}/{rounds} done")
    finally:
        server.terminate()
        server.wait(10)
    figures = [Figure(BENCH, case, metric, "ms", values) for (case, metric), values in series.items()]
    return figures, context
