"""Bench 1: a full product tile (10980 x 10980 Byte NDVI) to Float32 physical values, compressed and tiled.

The plugin's `terrascope_s2:tophysical` (through qgis_process.bin, as a user runs it headless) against what users
would do instead, each doing exactly the plugin's conversion: 0.004 x DN - 0.08 for DN 0..250, and no data for VITO's
special values (DN 251..254) and for 255. gdal_translate through a VRT whose <LUT> maps 0..250 linearly and 251..255 to
no data; gdal_calc.py with a where(); QGIS's raster calculator (qgis:rastercalculator: 3.22 has no native:rastercalc)
with a conditional expression. Same input, same output options (the plugin's creation options, read from its code),
same no-data value (-9999: gdal_calc.py turns every pixel into NaN when asked for a NaN no-data value), and every tool
gets both cores: GDAL_NUM_THREADS=ALL_CPUS (multi-threaded decoding of the input) and NUM_THREADS=ALL_CPUS
(multi-threaded compression of the output). tophysical's other output encodings (ZSTD, LERC, uncompressed, COG) are
measured too, for the README's table. QGIS's raster calculator in 3.22 takes no creation options: it is measured
as it is (uncompressed, striped) and as users would have to use it to get the same file (then gdal_translate to the
options). Every output is checked against the input's DNs (the note column).
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from pathlib import Path

from harness import PYTHON, REPO, WORK, BenchError, Figure, environment, log, plugin_path, qgis_profile, run_measured

BENCH = "scaling"
NODATA = "-9999"
SCALE, OFFSET = 0.004, -0.08  # NDVI: physical = 0.004 x DN - 0.08 (PRODUCTS.md)
DEFAULT_OPTIONS = ["TILED=YES", "BLOCKXSIZE=512", "BLOCKYSIZE=512", "COMPRESS=DEFLATE", "ZLEVEL=1", "NUM_THREADS=ALL_CPUS",
                   "BIGTIFF=IF_SAFER"]
THREADS = {"GDAL_NUM_THREADS": "ALL_CPUS"}
# tophysical's other output encodings (its ENCODING choices after the default DEFLATE): time and size for the README
ENCODINGS = ((1, "ZSTD"), (2, "LERC"), (3, "uncompressed"), (4, "COG"))


def plugin_creation_options() -> list[str]:
    """The creation options the plugin's tophysical writes with (from its code), so that every tool writes the same."""
    code = ("import json, sys; sys.path.insert(0, sys.argv[1]); "
            "from terrascope_s2.plugin.core.raster.writer import CREATION_OPTIONS; print(json.dumps(list(CREATION_OPTIONS)))")
    done = subprocess.run([PYTHON, "-c", code, str(plugin_path())], capture_output=True, text=True,
                          env=environment(), check=False)
    if done.returncode != 0:
        log(f"  (the plugin's creation options could not be read, using the bench's own: {done.stderr.strip()[-200:]})")
        return list(DEFAULT_OPTIONS)
    options = json.loads(done.stdout.strip().splitlines()[-1])
    if not any(o.upper().startswith("NUM_THREADS") for o in options):
        options.append("NUM_THREADS=ALL_CPUS")
    return options


def make_input(size: int) -> Path:
    from make_tile import NAME

    path = WORK / f"tile-{size}" / NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    stamp = path.with_suffix(".version")
    version = hashlib.sha256((REPO / "bench" / "make_tile.py").read_bytes()).hexdigest()
    if path.exists() and stamp.exists() and stamp.read_text() == version:
        return path
    log(f"  making the input tile {size} x {size} ...")
    done = run_measured([PYTHON, str(REPO / "bench" / "make_tile.py"), str(path), str(size)], env=environment())
    if done.returncode != 0:
        raise BenchError(f"make_tile failed: {done.stderr[-2000:]}")
    stamp.write_text(version)
    return path


class Cases:
    """The commands of each case, for one input and one output folder."""

    def __init__(self, source: Path, out: Path, options: list[str]):
        self.source, self.out, self.options = source, out, options
        self.qgis_env = environment({**THREADS, "QGIS_CUSTOM_CONFIG_PATH": str(qgis_profile()),
                                     "QGIS_PLUGINPATH": str(plugin_path())})
        self.gdal_env = environment(THREADS)
        self.qgis_process = shutil.which("qgis_process.bin")
        if self.qgis_process is None:
            raise BenchError("qgis_process.bin is needed: run `make deps`")

    def output(self, case: str) -> Path:
        return self.out / f"{case}.tif"

    def lut_vrt(self) -> Path:
        """A VRT of the source as Float32 whose lookup table does the plugin's conversion (the LUT interpolates between
        its points: 0 -> -0.08 .. 250 -> 0.92, then no data from just above 250 to 255)."""
        from osgeo import gdal

        path = self.out / "lut.vrt"
        source = gdal.Open(str(self.source))
        lut = f"0:{OFFSET},250:{SCALE * 250 + OFFSET:.6f},250.001:{NODATA},255:{NODATA}"
        written = gdal.Translate(str(path), source, format="VRT", outputType=gdal.GDT_Float32, noData=NODATA)
        del written  # closed: the file is complete
        text = path.read_text()
        text = text.replace("<SimpleSource>", "<ComplexSource>").replace("</SimpleSource>",
                                                                          f"<LUT>{lut}</LUT></ComplexSource>")
        path.write_text(text)
        return path

    def in_qgis(self, algorithm: str, parameters: dict) -> tuple[list[str], dict]:
        """A Python process that starts QGIS, loads the plugin and runs the algorithm: it reports the algorithm's own time."""
        return ([PYTHON, str(REPO / "bench" / "qgis_algorithm.py"), algorithm, json.dumps(parameters)], self.qgis_env)

    def commands(self) -> dict[str, list[tuple[list[str], dict]]]:
        src, co = str(self.source), self.options
        band = f'"{self.source.stem}@1"'
        # DN 251..254 to the no-data value QGIS's raster calculator gives its output (-FLT_MAX; DN 255 gets it too)
        expression = f"({band} <= 250) * ({band} * {SCALE} - {-OFFSET}) + ({band} > 250) * -3.4028234e+38"
        qcalc_raw = str(self.out / "qgis-rastercalculator-raw.tif")
        creation = sum((["-co", o] for o in co), [])
        return {
            "plugin tophysical": [self.in_qgis("terrascope_s2:tophysical", {
                "INPUT": src, "NODATA": float(NODATA), "OVERWRITE": True, "OUTPUT": str(self.output("plugin tophysical"))})],
            "plugin tophysical, qgis_process.bin": [([self.qgis_process, "run", "terrascope_s2:tophysical", "--",
                                                      f"INPUT={src}", f"NODATA={NODATA}", "OVERWRITE=true",
                                                      f"OUTPUT={self.output('plugin tophysical, qgis_process.bin')}"],
                                                     self.qgis_env)],
            **{f"plugin tophysical, ENCODING={name}": [self.in_qgis("terrascope_s2:tophysical", {
                "INPUT": src, "NODATA": float(NODATA), "OVERWRITE": True, "ENCODING": index,
                "OUTPUT": str(self.output(f"plugin tophysical, ENCODING={name}"))})]
               for index, name in ENCODINGS},
            "gdal_translate of a LUT VRT": [(["gdal_translate", "-q", *creation, str(self.lut_vrt()),
                                              str(self.output("gdal_translate of a LUT VRT"))], self.gdal_env)],
            "gdal_calc.py": [(["gdal_calc.py", "--quiet", "--overwrite", "-A", src, "--calc",
                               f"where(A <= 250, A * {SCALE} - {-OFFSET}, {NODATA})",
                               "--type", "Float32", f"--NoDataValue={NODATA}", *sum((["--co", o] for o in co), []),
                               "--outfile", str(self.output("gdal_calc.py"))], self.gdal_env)],
            "QGIS raster calculator (uncompressed)": [
                self.in_qgis("qgis:rastercalculator", {"EXPRESSION": expression, "LAYERS": [src], "OUTPUT": qcalc_raw})],
            "QGIS raster calculator + gdal_translate": [
                self.in_qgis("qgis:rastercalculator", {"EXPRESSION": expression, "LAYERS": [src], "OUTPUT": qcalc_raw}),
                (["gdal_translate", "-q", *creation, qcalc_raw, str(self.output("QGIS raster calculator + gdal_translate"))],
                 self.gdal_env)],
        }


def _reported(stdout: str) -> dict:
    """What qgis_algorithm.py reports: the algorithm's own time (QGIS's start-up left out), the memory before it."""
    lines = [line for line in stdout.splitlines() if line.startswith("{")]
    return json.loads(lines[-1]) if lines else {}


def run(rounds: int, size: int = 10980) -> tuple[list[Figure], dict]:
    source = make_input(size)
    out = WORK / "scaling-out"
    out.mkdir(parents=True, exist_ok=True)
    options = plugin_creation_options()
    cases = Cases(source, out, options)
    commands = cases.commands()
    wall = {case: [] for case in commands}
    peak = {case: [] for case in commands}
    algorithm = {case: [] for case in commands}
    above = {case: [] for case in commands}
    loads = {case: [] for case in commands}
    sizes, others = {}, []
    for round_number in range(rounds):  # interleaved: a load change hits every case alike
        for case, steps in commands.items():
            total_wall, total_algorithm, case_peak, case_above = 0.0, 0.0, 0.0, 0.0
            for command, env in steps:
                if "QGIS_CUSTOM_CONFIG_PATH" in env:
                    qgis_profile()  # QGIS rewrites its settings on exit: enable the plugin again each time
                for stale in out.glob(".*.part.tif"):
                    stale.unlink()
                done = run_measured(command, env=env)
                if len(loads[case]) <= round_number:
                    loads[case].append(done.load)
                if done.returncode != 0:
                    raise BenchError(f"{case}: {' '.join(command)}\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}")
                total_wall += done.wall_s
                reported = _reported(done.stdout)
                total_algorithm += reported.get("algorithm_s", done.wall_s)
                case_peak = max(case_peak, done.peak_mb)
                if "ready_mb" in reported:  # the QGIS steps only: what the algorithm adds to QGIS's own memory
                    case_above = max(case_above, done.peak_mb - reported["ready_mb"])
                others.append(done.others_cpu_pct)
            wall[case].append(total_wall)
            algorithm[case].append(total_algorithm)
            peak[case].append(case_peak)
            above[case].append(case_above)
            log(f"  round {round_number + 1}/{rounds} {case}: {total_wall:.2f} s, {case_peak:.0f} MB")
    for case in commands:
        output = cases.output(case)
        if output.exists():
            sizes[case] = output.stat().st_size / 1e6
    checks = check_outputs(source, {case: cases.output(case) for case in sizes}, "plugin tophysical")
    reference = "plugin tophysical"
    figures = []
    for case in commands:
        note = f"output {sizes[case]:.0f} MB" if case in sizes else ""
        if case in checks:
            note += ("; " if note else "") + checks[case]
        figures.append(Figure(BENCH, case, "wall time", "s", wall[case], reference, note, loads=loads[case]))
        figures.append(Figure(BENCH, case, "time without QGIS start-up", "s", algorithm[case], reference, loads=loads[case]))
        figures.append(Figure(BENCH, case, "peak memory", "MB", peak[case], reference, loads=loads[case]))
        if any(c[0][0] == PYTHON for c in commands[case]):
            figures.append(Figure(BENCH, case, "peak memory above QGIS's own", "MB", above[case], reference, loads=loads[case]))
    for leftover in out.glob("*.tif"):
        leftover.unlink()
    context = {"input": f"{source.name}, {size} x {size} Byte, {source.stat().st_size / 1e6:.0f} MB DEFLATE-tiled",
               "creation_options": options, "threads": "GDAL_NUM_THREADS=ALL_CPUS for every tool; NUM_THREADS=ALL_CPUS "
               "in the creation options", "nodata": NODATA, "others_cpu_pct": others}
    return figures, context


def check_outputs(source: Path, outputs: dict[str, Path], reference: str) -> dict[str, str]:
    """Compare each output with the input's DNs on a sample of rows: valid DNs scaled right, 255 as no data."""
    import numpy as np
    from osgeo import gdal

    dataset = gdal.Open(str(source))
    height = dataset.RasterYSize
    rows = [(row, 64) for row in (0, height // 3, (2 * height) // 3, height - 64)]
    dns = [dataset.GetRasterBand(1).ReadAsArray(0, row, dataset.RasterXSize, count) for row, count in rows]
    result = {}
    for case, path in outputs.items():
        out = gdal.Open(str(path))
        band = out.GetRasterBand(1)
        nodata = band.GetNoDataValue()
        worst, nodata_ok, special = 0.0, True, set()
        for (row, count), dn in zip(rows, dns):
            values = band.ReadAsArray(0, row, out.RasterXSize, count).astype(np.float64)
            valid = dn <= 250
            expected = dn[valid] * SCALE + OFFSET
            worst = max(worst, float(np.abs(values[valid] - expected).max()) if valid.any() else 0.0)
            is_nodata = np.isnan(values) if nodata is not None and np.isnan(nodata) else values == nodata
            nodata_ok &= bool(is_nodata[dn == 255].all())
            specials = (dn > 250) & (dn < 255)
            if specials.any():
                special.add("no data" if is_nodata[specials].all() else "numbers")
        allowed = SCALE / 2 if "LERC" in case else 1e-6  # LERC: within half a DN step, by design
        verdict = (("values OK" if allowed < 1e-3 else f"values within half a DN step (max error {worst:.2g})")
                   if worst < allowed and nodata_ok else f"values DIFFER (max {worst:.2g}, no data ok {nodata_ok})")
        result[case] = f"{verdict}; DN 251-254 -> {'/'.join(sorted(special)) or '-'}"
    return result
