"""Bench 7: time series of fields, masked by the scene classification, against plain GDAL + numpy on the same windows.

Two inputs: the shared parcel (real V101 FAPAR, 108 dates, one field; ../shared/fixtures/real/vito-s2-parcel-timeseries)
and a season derived from it at bench time (bench/make_parcels.py: 325 dates of 1050 x 1050 tiled DEFLATE mosaics of the
parcel's real clips, FAPAR and its 10 m classification, and 100 copies of the parcel's outline). Every case is a process
of its own (bench/timeseries_probe.py; plain Python, no QGIS started): the plugin's core (products found by name, grids
checked, clear land 4 and 5 kept, dates under 50 % valid marked masked), the floor (a plain script: the same files
listed, the products' CRS read once and the fields put in it, each field rasterised once, the same two windows read per
product and field, numpy's mean, median and std), and the reading alone (the bound below both). The plugin and the floor
must give the same statistics (counts, statuses and means compared; the bench stops otherwise). Times are given as wall
time and as the process's CPU time (both without the interpreter's start-up and imports, the plugin's modules'
included): on a busy machine the CPU time is the one to compare. Growth: the plugin and the floor over 33, 108 and 325
dates of 100 fields and over 1, 10 and 100 fields of 325 dates; the plugin's CPU times fitted to a x dates + b x dates x
fields (a: the cost of a date, b: of an observation) with the largest deviation from the fit (small means linear), and
peak memory (flat means bounded). Last, terrascope_s2:timeseries in qgis_process.bin on 100 fields x 325 dates, as a
batch user runs it (QGIS's start-up included)."""

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
        series.setdefault((label, "CPU without start-up"), []).append(found["cpu_seconds"])
        series.setdefault((label, "peak memory"), []).append(done.peak_mb)
        if found["observations"]:
            series.setdefault((label, "CPU per observation"), []).append(1e6 * found["cpu_seconds"] / found["observations"])
        found.pop("seconds")
        found.pop("cpu_seconds")
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
        unit = {"time without start-up": "s", "CPU without start-up": "s", "peak memory": "MB",
                "CPU per observation": "us", "wall time": "s"}[metric]
        reference = f"{case.split(', ')[0]}, plain GDAL + numpy"  # the floor of the same size
        note = ""
        if "plugin" in case and "widened" not in case and metric == "CPU without start-up":
            note = "same statistics as the floor"
        figures.append(Figure(BENCH, case, metric, unit, values, reference=reference, note=note))
    import statistics

    def median(case: str, metric: str) -> float:
        return statistics.median(series[(case, metric)])

    growth = [(dates, fields, median(f"{fields} fields x {dates} dates, plugin core", "CPU without start-up"),
               median(f"{fields} fields x {dates} dates, plugin core", "peak memory")) for dates, fields in GROWTH]
    per_date, per_observation, worst = _linear_fit(growth)
    context = {
        "growth (plugin core, CPU)": "; ".join(f"{dates} dates x {fields} fields: {cpu:.2f} s, {memory:.0f} MB"
                                               for dates, fields, cpu, memory in growth),
        "linear fit (plugin core, CPU)": f"{1000 * per_date:.2f} ms a date + {1e6 * per_observation:.0f} us an "
                                         f"observation (date x field); largest deviation from the fit {worst:.0f} %",
        "inputs": f"the parcel: {PARCEL.name} (108 dates, 21 x 21 px, one field of 189 px); the season: {DATES} dates "
                  f"of 1050 x 1050 px FAPAR + classification (DEFLATE, tiled 256), {FIELDS} fields of 189 px",
        "masking": "clear land (4, 5) kept; dates with less than 50 % valid pixels marked masked",
        "agreement": "; ".join(f"{key}: {value['observations']} observations, {value['kept']} kept, "
                               f"valid {value['valid']}, mean sum {value['mean_sum']}"
                               for key, value in sorted(checks.items()) if key.startswith("plugin") and value["observations"]),
        "others_cpu_pct": others,
    }
    return figures, context


def _linear_fit(points) -> tuple[float, float, float]:
    """Least squares of cpu = a * dates + b * dates * fields; (a, b, the largest deviation from the fit in %)."""
    rows = [(dates, dates * fields, cpu) for dates, fields, cpu, _ in points]
    s11 = sum(x * x for x, _, _ in rows)
    s12 = sum(x * y for x, y, _ in rows)
    s22 = sum(y * y for _, y, _ in rows)
    t1 = sum(x * c for x, _, c in rows)
    t2 = sum(y * c for _, y, c in rows)
    determinant = s11 * s22 - s12 * s12
    a = (t1 * s22 - t2 * s12) / determinant
    b = (s11 * t2 - s12 * t1) / determinant
    worst = max(abs(a * x + b * y - c) / c * 100 for x, y, c in rows)
    return a, b, worst


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
