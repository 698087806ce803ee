"""Bench 6: Terrascope's catalogue on loopback (the tests' real STAC server: stac-fastapi-pgstac on PostgreSQL).

- Start-up of the tests' catalogue (PostgreSQL, pgstac's schema, 2,946 items, uvicorn, lighttpd): what the test
  session's fixture costs.
- A 1,000-item search to a listed result (items parsed, newest first): the plugin's client (QGIS's network stack, POST
  with a CQL2 filter, pages of 100 and of 1,000) in a headless QGIS (bench/qgis_catalogue_probe.py, timed inside the
  process), against pystac-client (requests; in .venv-stac) fetching the same items.
- A download's throughput: one 512 MB file behind the same Basic login, the plugin's download_file (QGIS's network
  stack, streamed to a .part, size checked, renamed) against curl writing to the same disk, alternately; and how much
  the plugin's peak memory grew during the download (memory flat: it does not grow with the file). CPU per GB, less
  bound to the machine's load than the throughput: of the whole process (QGIS's start included), and of the download
  itself (the plugin's process, all its threads, during download_file; curl: its whole process).
"""

from __future__ import annotations

import shutil
import sys

from harness import PYTHON, REPO, WORK, BenchError, Figure, environment, log, plugin_path, run_json, run_measured

BENCH = "catalogue"
FILE_MB = 512
SEARCH_ITEMS = 1000
SEARCH_DATES = 101  # x 10 tiles


def run(rounds: int) -> tuple[list[Figure], dict]:
    sys.path.insert(0, str(plugin_path()))  # the catalogue server is a helper of the tests: terrascope_s2.tests.helpers
    from terrascope_s2.tests.helpers.stac_server import STAC_VENV, StacServer, missing_software

    missing = missing_software()
    if missing:
        raise BenchError(f"missing {', '.join(missing)}: run `make deps`")
    series: dict[tuple[str, str], list[float]] = {}
    starts = []
    for number in range(2):  # the tests' catalogue as a test session starts it, twice
        folder = WORK / f"catalogue-server-{number}"
        shutil.rmtree(folder, ignore_errors=True)
        server = StacServer.start(folder)
        starts.append(server.timings)
        series.setdefault((f"tests' catalogue ({len(server.catalogue.items):,} items)", "start-up"), []).append(
            server.started_in_s)
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)
    context = {"start-up split (s)": ", ".join(f"{k} {v:.1f}" for k, v in starts[-1].items()), "others_cpu_pct": []}
    folder = WORK / "catalogue-server"
    shutil.rmtree(folder, ignore_errors=True)
    server = StacServer.start(folder, date_count=SEARCH_DATES)  # 1,010 NDVI items: enough for a 1,000-item search
    context["server for the search and download"] = f"{len(server.catalogue.items):,} items, {SEARCH_DATES} dates"
    try:
        _searches(server, rounds, series, context, STAC_VENV)
        _downloads(server, rounds, series, context)
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)  # the server's files (about 600 MB): not kept between runs
    figures = []
    for (case, metric), values in series.items():
        unit = ("s" if metric == "start-up" or metric.startswith("CPU") else "MB/s" if metric == "throughput"
                else "MB" if "MB" in metric else "ms")
        reference = {"1,000-item search": "pystac-client (requests)", "throughput": "curl",
                     "CPU per GB (the download itself)": "curl"}.get(metric)
        figures.append(Figure(BENCH, case, metric, unit, values, reference=reference,
                              higher_is_better=metric == "throughput"))
    return figures, context


def _searches(server, rounds, series, context, stac_venv) -> None:
    collection = "terrascope-s2-ndvi-v2"
    matching = len(server.items(collection))
    if matching < SEARCH_ITEMS:
        raise BenchError(f"{collection} has {matching} items, fewer than {SEARCH_ITEMS}")
    pystac = stac_venv / "bin" / "python"
    script = ("import sys, time; from pystac_client import Client; t = time.perf_counter(); "
              "items = list(Client.open(sys.argv[1]).search(collections=[sys.argv[2]], max_items=int(sys.argv[3]), "
              "limit=int(sys.argv[4])).items()); "
              "rows = sorted(((i.datetime, i.properties.get('eo:cloud_cover')) for i in items), reverse=True); "
              "print('{\"ms\": %f, \"items\": %d}' % (1000 * (time.perf_counter() - t), len(rows)))")
    has_pystac = (stac_venv / "bin" / "python").exists() and run_measured(
        [str(pystac), "-c", "import pystac_client"]).returncode == 0
    for round_number in range(rounds):
        for page in (100, 1000):
            env = environment({"QGIS_PLUGINPATH": str(plugin_path()), "QGIS_CUSTOM_CONFIG_PATH": str(WORK / "config-catalogue")})
            done, found = run_json([PYTHON, str(REPO / "bench" / "qgis_catalogue_probe.py"), "search", server.url,
                                    collection, str(SEARCH_ITEMS), str(page)], env=env)
            if found["items"] != SEARCH_ITEMS or not found["sorted"]:
                raise BenchError(f"the plugin listed {found['items']} items (sorted: {found['sorted']})")
            context["others_cpu_pct"].append(done.others_cpu_pct)
            series.setdefault((f"plugin, pages of {page}", "1,000-item search"), []).append(found["ms"])
            if has_pystac:
                done, found = run_json([str(pystac), "-c", script, server.url, collection, str(SEARCH_ITEMS), str(page)])
                series.setdefault(("pystac-client (requests)" + ("" if page == 100 else f", pages of {page}"),
                                   "1,000-item search"), []).append(found["ms"])
        log(f"  search round {round_number + 1}/{rounds} done")
    context["search"] = f"{collection}, no filter, {SEARCH_ITEMS} of {matching} items, newest first"


def _downloads(server, rounds, series, context) -> None:
    import os

    source = server.files_root / "bench" / "S2A_20230103T105629_31UFS_TOC-B04_10M_V210.tif"
    source.parent.mkdir(parents=True, exist_ok=True)
    chunk = os.urandom(1 << 20)
    with open(source, "wb") as out:
        for _ in range(FILE_MB):
            out.write(chunk)
    url = f"{server.download_origin}/download/bench/{source.name}"
    target = WORK / "catalogue-downloads" / source.name
    target.parent.mkdir(parents=True, exist_ok=True)
    for round_number in range(rounds):
        for kind in (("plugin", "curl") if round_number % 2 == 0 else ("curl", "plugin")):
            target.unlink(missing_ok=True)
            if kind == "curl":
                done = run_measured(["curl", "-sS", "--fail", "-u", f"{server.user}:{server.password}", "-o", str(target),
                                     url])
                if done.returncode != 0:
                    raise BenchError(f"curl failed: {done.stderr}")
                series.setdefault((kind, "CPU per GB (whole process, QGIS's start included)"), []).append(
                    done.cpu_s * 1024 / FILE_MB)
                seconds, grown = done.wall_s, None
                series.setdefault((kind, "CPU per GB (the download itself)"), []).append(done.cpu_s * 1024 / FILE_MB)
            else:
                config = WORK / "config-catalogue-download"
                shutil.rmtree(config, ignore_errors=True)
                env = environment({"QGIS_PLUGINPATH": str(plugin_path()), "QGIS_CUSTOM_CONFIG_PATH": str(config)})
                done, found = run_json([PYTHON, str(REPO / "bench" / "qgis_catalogue_probe.py"), "download", url,
                                        str(target), server.user, server.password, server.download_origin], env=env)
                seconds, grown = found["ms"] / 1000, found["grown_mb"]
                series.setdefault((kind, "CPU per GB (the download itself)"), []).append(found["cpu_s"] * 1024 / FILE_MB)
                series.setdefault((kind, "CPU per GB (whole process, QGIS's start included)"), []).append(
                    done.cpu_s * 1024 / FILE_MB)
            if target.stat().st_size != FILE_MB << 20:
                raise BenchError(f"{kind} wrote {target.stat().st_size} bytes")
            context["others_cpu_pct"].append(done.others_cpu_pct)
            series.setdefault((kind, "throughput"), []).append(FILE_MB / seconds)
            if grown is not None:
                series.setdefault((kind, "memory grown during the download MB"), []).append(grown)
        log(f"  download round {round_number + 1}/{rounds} done")
    target.unlink(missing_ok=True)
    context["download"] = f"{FILE_MB} MB of random bytes, Basic login, lighttpd on loopback, written to {target.parent}"
