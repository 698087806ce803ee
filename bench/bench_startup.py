"""Bench 4: what loading the plugin adds to QGIS's start, and that the start makes no network request for it.

The real QGIS desktop (qgis.bin under xvfb-run, as tests/desktop does), in throwaway profiles: one with the plugin
enabled, one without, started alternately. QGIS's own start-up profiler gives "Load plugins/terrascope_s2" (import,
classFactory, initGui, Processing provider); the launch-to-ready wall time of both profiles shows the same from outside
(noisier: a whole QGIS start). The plugin's service URLs point at a loopback listener that records any connection, and
bench/startup_watch.py (PYQGIS_STARTUP, before any plugin loads) records every request QGIS's network manager is asked
to make, until 2 s after start-up.
"""

from __future__ import annotations

import os
import shutil
import statistics
import threading
import time

from harness import REPO, WORK, BenchError, Figure, environment, log, run_measured

BENCH = "startup"
HEAVY = ("numpy", "osgeo", "owslib", "lxml", "matplotlib", "pandas", "scipy")


class Listener:
    """An HTTP server on loopback that records the path of every request made to it (only the control should come)."""

    def __init__(self):
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        paths = self.paths = []

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                paths.append(self.path)
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self._thread.start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()
        self._thread.join(2)


def _profile(root, name: str, enabled: bool, port: int):
    profile = root / "profiles" / name
    shutil.rmtree(profile, ignore_errors=True)
    plugins = profile / "python" / "plugins"
    plugins.mkdir(parents=True)
    (plugins / "terrascope_s2").symlink_to(REPO, target_is_directory=True)
    (profile / "QGIS").mkdir()
    base = f"http://127.0.0.1:{port}"
    (profile / "QGIS" / "QGIS3.ini").write_text(
        f"[PythonPlugins]\nterrascope_s2={'true' if enabled else 'false'}\n\n"
        "[terrascope_s2]\nservice_profile=custom\n"
        f"custom_wmts_url={base}/mapcache/wmts?SERVICE=WMTS&REQUEST=GetCapabilities\ncustom_wms_url={base}/ows\n"
        "[qgis]\ncheckVersion=false\n\n[core]\nNewsFeed\\httpsfeedqgisorg\\disabled=true\n")


def start_once(root, name: str, out, control_url: str) -> tuple[float, dict]:
    import json

    if out.exists():
        out.unlink()
    env = environment({"TERRASCOPE_PROBE_OUT": str(out), "PYQGIS_STARTUP": str(REPO / "bench" / "startup_watch.py"),
                       "TERRASCOPE_LAUNCHED": repr(time.time()), "STARTUP_WATCH_S": "2",
                       "TERRASCOPE_CONTROL_URL": control_url})
    env.pop("QT_QPA_PLATFORM")
    command = ["xvfb-run", "-a", "-s", "-screen 0 1280x1024x24", "qgis.bin", "--noversioncheck", "--nologo",
               "--profiles-path", str(root), "--profile", name, "--code", str(REPO / "bench" / "startup_probe.py")]
    done = run_measured(command, env=env, timeout=180)
    if not out.exists():
        raise BenchError(f"QGIS wrote no start-up probe ({done.returncode}):\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}")
    return done.others_cpu_pct, json.loads(out.read_text())


def run(rounds: int) -> tuple[list[Figure], dict]:
    if shutil.which("xvfb-run") is None or shutil.which("qgis.bin") is None:
        raise BenchError("xvfb-run and qgis.bin are needed: run `make deps`")
    root = WORK / "startup-profiles"
    listener = Listener()
    try:
        for name, enabled in (("with_plugin", True), ("without_plugin", False)):
            _profile(root, name, enabled, listener.port)
        control = f"http://127.0.0.1:{listener.port}/control"
        service_counts, any_counts = [], []
        plugin_ms, launch, start_paths = [], {"with_plugin": [], "without_plugin": []}, []
        startup_total, requests, plugin_modules, others = [], set(), set(), []
        modules = {"with_plugin": set(), "without_plugin": set()}
        for round_number in range(rounds + 1):  # the first round warms the disk cache and QGIS's caches: not counted
            for name in (("with_plugin", "without_plugin") if round_number % 2 else ("without_plugin", "with_plugin")):
                seen = len(listener.paths)
                busy, found = start_once(root, name, WORK / f"startup-{name}.json", control)
                paths = listener.paths[seen:]
                if not found.get("watched") or not found.get("control_seen") or "/control" not in paths:
                    raise BenchError(f"the network watch does not work: the control request was not seen ({found})")
                start_paths.extend(path for path in paths if path != "/control")
                modules[name] |= set(found["modules"])
                if round_number == 0:
                    continue
                others.append(busy)
                launch[name].append(found["launch_to_ready_s"])
                if name == "with_plugin":
                    if "terrascope_s2" not in found["active"]:
                        raise BenchError(f"the plugin did not load: {found}")
                    plugin_ms.append(found["plugins_ms"]["terrascope_s2"])
                    startup_total.append(found["startup_total_s"])
                    requests |= set(found["requests"])
                    service_counts.append(float(sum(f"127.0.0.1:{listener.port}" in url for url in found["requests"])
                                                + len([p for p in paths if p != "/control"])))
                    any_counts.append(float(len(found["requests"])))
                    plugin_modules |= set(found["plugin_modules"])
            log(f"  round {round_number}/{rounds}: plugin {plugin_ms[-1] if plugin_ms else float('nan'):.1f} ms")
    finally:
        listener.close()
    added_heavy = sorted(m for m in modules["with_plugin"] - modules["without_plugin"] if m in HEAVY)
    figures = [
        Figure(BENCH, "plugin (QGIS profiler: Load plugins/terrascope_s2)", "start-up time", "ms", plugin_ms,
               note="target: under 50 ms"),
        Figure(BENCH, "QGIS with the plugin", "launch to ready (xvfb-run qgis.bin)", "s", launch["with_plugin"],
               reference="QGIS without the plugin"),
        Figure(BENCH, "QGIS without the plugin", "launch to ready (xvfb-run qgis.bin)", "s", launch["without_plugin"]),
        Figure(BENCH, "QGIS with the plugin", "requests to the plugin's service at start", "count", service_counts),
        Figure(BENCH, "QGIS with the plugin", "any network request at start", "count", any_counts,
               note=f"the loopback server of the plugin's service URLs got {len(start_paths)} request(s) "
                    f"{sorted(set(start_paths)) or ''} besides the control; QGIS's requests: {sorted(requests) or 'none'}"),
    ]
    context = {"heavy modules imported only with the plugin": added_heavy or "none",
               "plugin modules imported at start": len(plugin_modules),
               "QGIS start-up profiler total with the plugin, median s": round(statistics.median(startup_total), 2),
               "others_cpu_pct": others}
    for name in ("with_plugin", "without_plugin"):
        for leftover in (WORK / f"startup-{name}.json",):
            if leftover.exists():
                os.unlink(leftover)
    return figures, context
