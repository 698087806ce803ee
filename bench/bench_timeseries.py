"""Bench 6: time series of fields, masked by the scene classification, against plain GDAL + numpy on the same windows.

Two inputs: the shared parcel (real V101 FAPAR, 108 dates, one field; ../shared/fixtures/real/vito-s2-parcel-timeseries)
and a season derived from it at bench time (bench/make_parcels.py: 325 dates of 1050 x 1050 tiled DEFLATE mosaics of
the parcel's real clips, FAPAR and its 10 m classification, and 100 copies of the parcel's outline). Every case is a
process of its own (bench/timeseries_probe.py; plain Python, no QGIS started): the plugin's core (products found by
name, grids checked, clear land 4 and 5 kept, dates under 50 % valid marked masked), the floor (a plain script: the same
files listed, each field rasterised once, the same two windows read per product and field, numpy's mean, median and
std), and the reading alone (the bound below both). The plugin and the floor must give the same statistics (counts,
statuses and means compared; the bench stops otherwise). Growth: the plugin and the floor over 33, 108 and 325 dates of
100 fields and over 1, 10 and 100 fields of 325 dates, in microseconds per observation (flat means linear) and in peak
memory (flat means bounded). Last, terrascope_s2:timeseries in qgis_process.bin on 100 fields x 325 dates, as a batch
user runs it (QGIS's start-up included).
"""

from __future__ import annotations

import csv
import hashlib
import shutil

from harness import PYTHON, REPO, WORK, BenchError, Figure, environment, log, plugin_path, qgis_profile, run_json, run_measured

BENCH = "timeseries"
PARCEL = REPO.parent / "shared" / "fixtures" / "real" / "vito-s2-parcel-timeseries"
PROBE = REPO / "bench" / "timeseries_probe.py"
DATES, FIELDS = 325, 100
GROWTH = [(33, 100), (108, 100), (325, 100), (325, 10), (325, 1)]  # (dates, fields)


def make_season() -> tuple:
    folder = WORK / "timeseries-season"
    stamp = folder / ".version"
    version = hashlib.sha256((REPO / "bench" / "make_parcels.py").read_bytes()).hexdigest() + f"-{DATES}"
    if not (stamp.exists() and stamp.read_text() == version):
        log(f"  deriving {DATES} dates of {FIELDS} fields from the parcel ...")
        shutil.rmtree(folder, ignore_errors=True)
        done = run_measured([PYTHON, str(REPO / "bench" / "make_parcels.py"), str(folder), str(DATES)],
                            env=environment())
        if done.returncode != 0:
            raise BenchError(f"make_parcels failed: {done.stderr[-2000:]}")
        stamp.write_text(version)
    return folder, folder / "fields.geojson"


def run(rounds: int) -> tuple[list[Figure], dict]:
    if not PARCEL.is_dir():
        raise BenchError(f"{PARCEL} is missing: the bench derives its fields from the team's shared parcel")
    plugin_path()  # the link the probe imports the plugin through
    season, season_fields = make_season()
    env = environment()
    series: dict[tuple[str, str], list[float]] = {}
    checks: dict[str, dict] = {}
    others = []

    def measure(label: str, mode: str, folder, fields_file, dates: int, fields: int, widen: int = 0) -> dict:
        done, found = run_json([PYTHON, str(PROBE), mode, str(folder), str(fields_file), str(dates), str(fields),
                                str(widen)], env=env)
        others.append(done.others_cpu_pct)
        series.setdefault((label, "time without start-up"), []).append(found["seconds"])
        series.setdefault((label, "CPU time"), []).append(done.cpu_s)
        series.setdefault((label, "peak memory"), []).append(done.peak_mb)
        if found["observations"]:
            series.setdefault((label, "time per observation"), []).append(1e6 * found["seconds"] / found["observations"])
        found.pop("seconds")
        checks.setdefault(f"{mode} {dates}x{fields}x{widen}", found)
        return found

    parcel_fields = PARCEL / "field.shp"
    for round_number in range(rounds):
        order = ("plugin", "floor", "io") if round_number % 2 == 0 else ("io", "floor", "plugin")
        for mode in order:
            measure(f"parcel 108 dates, {_name(mode)}", mode, PARCEL, parcel_fields, 108, 1)
        for mode in order:
            measure(f"{FIELDS} fields x {DATES} dates, {_name(mode)}", mode, season, season_fields, DATES, FIELDS)
        measure(f"{FIELDS} fields x {DATES} dates, plugin, masked classes widened by 2 px", "plugin", season,
                season_fields, DATES, FIELDS, 2)
        for dates, fields in GROWTH:
            if (dates, fields) != (DATES, FIELDS):
                for mode in ("plugin", "floor"):
                    measure(f"{fields} fields x {dates} dates, {_name(mode)}", mode, season, season_fields, dates, fields)
        series.setdefault((f"{FIELDS} fields x {DATES} dates, qgis_process.bin", "wall time"), []).append(
            _qgis_process(season, season_fields, rounds))
        log(f"  round {round_number + 1}/{rounds} done")

    for key, found in checks.items():
        mode, size = key.split(" ", 1)
        if mode == "plugin" and size.endswith("x0") and checks.get(f"floor {size}") not in (None, found):
            raise BenchError(f"the plugin and the floor disagree on {size}: {found} != {checks[f'floor {size}']}")

    figures = []
    for (case, metric), values in series.items():
        unit = {"time without start-up": "s", "CPU time": "s", "peak memory": "MB", "time per observation": "us",
                "wall time": "s"}[metric]
        reference = f"{case.split(', ')[0]}, plain GDAL + numpy"  # the floor of the same size
        note = ""
        if "plugin" in case and "widened" not in case and metric == "time without start-up":
            note = "same statistics as the floor"
        figures.append(Figure(BENCH, case, metric, unit, values, reference=reference, note=note))
    import statistics

    def median(case: str, metric: str) -> float:
        return statistics.median(series[(case, metric)])

    growth = [(dates, fields, median(f"{fields} fields x {dates} dates, plugin core", "time per observation"),
               median(f"{fields} fields x {dates} dates, plugin core", "peak memory")) for dates, fields in GROWTH]
    context = {
        "growth (plugin core)": "; ".join(f"{dates} dates x {fields} fields: {per:.0f} us per observation, "
                                          f"{memory:.0f} MB" for dates, fields, per, memory in growth),
        "inputs": f"the parcel: {PARCEL.name} (108 dates, 21 x 21 px, one field of 189 px); the season: {DATES} dates "
                  f"of 1050 x 1050 px FAPAR + classification (DEFLATE, tiled 256), {FIELDS} fields of 189 px",
        "masking": "clear land (4, 5) kept; dates with less than 50 % valid pixels marked masked",
        "agreement": "; ".join(f"{key}: {value['observations']} observations, {value['kept']} kept, "
                               f"valid {value['valid']}, mean sum {value['mean_sum']}"
                               for key, value in sorted(checks.items()) if key.startswith("plugin") and value["observations"]),
        "others_cpu_pct": others,
    }
    return figures, context


def _name(mode: str) -> str:
    return {"plugin": "plugin core", "floor": "plain GDAL + numpy", "io": "reading the windows only"}[mode]


def _qgis_process(folder, fields_file, rounds: int) -> float:
    """terrascope_s2:timeseries headless: wall time of the whole qgis_process.bin run (its start-up included)."""
    binary = shutil.which("qgis_process.bin")
    if binary is None:
        raise BenchError("qgis_process.bin is needed: run `make deps`")
    output = WORK / "timeseries-qgis-process.csv"
    output.unlink(missing_ok=True)
    env = environment({"QGIS_CUSTOM_CONFIG_PATH": str(qgis_profile()), "QGIS_PLUGINPATH": str(plugin_path())})
    done = run_measured([binary, "run", "terrascope_s2:timeseries", "--", f"INPUT={fields_file}", f"FOLDER={folder}",
                         "CONTENT=0", "MASK=1", "WIDEN=0", "MIN_VALID=50", f"OUTPUT={output}"], env=env)
    if done.returncode != 0:
        raise BenchError(f"qgis_process failed: {done.stdout[-2000:]} {done.stderr[-2000:]}")
    with open(output, newline="", encoding="utf-8") as stream:
        rows = sum(1 for _ in csv.DictReader(stream))
    if rows != DATES * FIELDS:
        raise BenchError(f"qgis_process wrote {rows} rows, not {DATES * FIELDS}")
    return done.wall_s
