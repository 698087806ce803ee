"""The benchmark harness: runs a command as a measured subprocess, samples the machine's load, keeps the figures.

Plain Python (Debian's /usr/bin/python3); no QGIS import here, so that each measured process starts cold.
Peak memory is the child's ru_maxrss from os.wait4 (the largest resident set of the process, and of the children
it waited for); wall time is perf_counter around Popen..wait4. Benchmarks never fail on a number.

Cold is cold: every measured process gets its own empty XDG cache folder (QGIS keeps its network disk cache in
~/.cache/QGIS, outside its profile: without this, a "cold" render is served from the last run's cache and a second
identical download sends no request). Each run records the machine's 1-minute load average when it started.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
RESULTS = BENCH / "results"
WORK = RESULTS / "work"  # inputs and outputs of the runs (gitignored with results/)
PYTHON = "/usr/bin/python3"  # Debian's, where qgis and osgeo live
CORES = os.cpu_count() or 1


def _busy_jiffies() -> tuple[int, int]:
    """(busy, total) CPU jiffies of the whole machine since boot, from /proc/stat."""
    with open("/proc/stat", encoding="ascii") as stat:
        fields = [int(v) for v in stat.readline().split()[1:]]
    idle = fields[3] + fields[4]  # idle + iowait
    total = sum(fields[:8])
    return total - idle, total


@dataclass
class Run:
    """One measured process."""

    wall_s: float
    peak_mb: float
    cpu_s: float  # user + system of the process (and its waited-for children)
    others_cpu_pct: float  # how busy the machine's other processes kept the cores during the run (0..100)
    returncode: int
    load: float = 0.0  # the machine's 1-minute load average when the process started
    stdout: str = ""
    stderr: str = ""
    extra: dict = field(default_factory=dict)


def run_measured(command: list[str], env: dict | None = None, cwd: str | Path | None = None, timeout: float = 900) -> Run:
    """Run `command` to its end; wall time, peak resident memory and CPU of the process, and the machine's other load.
    The process has an empty cache folder of its own (XDG_CACHE_HOME), removed afterwards."""
    env = dict(os.environ if env is None else env)
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.TemporaryDirectory(prefix="bench-cache-") as cache:
        env["XDG_CACHE_HOME"] = cache
        load = os.getloadavg()[0]
        busy0, total0 = _busy_jiffies()
        started = time.perf_counter()
        process = subprocess.Popen(command, env=env, cwd=cwd, stdout=out, stderr=err, stdin=subprocess.DEVNULL)
        deadline = started + timeout
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                process.kill()
                pid, status, usage = os.wait4(process.pid, 0)
                break
            time.sleep(0.002)
        wall = time.perf_counter() - started
        busy1, total1 = _busy_jiffies()
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
    tick = os.sysconf("SC_CLK_TCK")
    cpu = usage.ru_utime + usage.ru_stime
    machine_busy = (busy1 - busy0) / tick
    capacity = max((total1 - total0) / tick, 1e-9)
    others = max(0.0, machine_busy - cpu) / capacity * 100
    return Run(wall, usage.ru_maxrss / 1024, cpu, others, process.returncode, load, stdout, stderr)


def run_json(command: list[str], env: dict | None = None, timeout: float = 900) -> tuple[Run, dict]:
    """Run a probe script that prints one JSON object as its last stdout line; (the Run, that object)."""
    run = run_measured(command, env=env, timeout=timeout)
    lines = [line for line in run.stdout.splitlines() if line.startswith("{")]
    if run.returncode != 0 or not lines:
        raise BenchError(f"{' '.join(command[:3])}... failed ({run.returncode}):\n{run.stdout[-3000:]}\n{run.stderr[-3000:]}")
    return run, json.loads(lines[-1])


class BenchError(RuntimeError):
    """A benchmark that could not run (not a slow one: benchmarks never fail on a number)."""


@dataclass
class Figure:
    """The runs of one case and one metric: median, spread, and the ratio to the bench's reference case."""

    bench: str
    case: str
    metric: str
    unit: str
    values: list[float]
    reference: str | None = None  # the case of the same bench and metric that ratios are taken against
    note: str = ""
    higher_is_better: bool = False
    loads: list[float] = field(default_factory=list)  # 1-minute load average at the start of each run

    @property
    def load(self) -> float:
        return statistics.median(self.loads) if self.loads else float("nan")

    @property
    def median(self) -> float:
        return statistics.median(self.values) if self.values else float("nan")

    @property
    def spread(self) -> tuple[float, float]:
        return (min(self.values), max(self.values)) if self.values else (float("nan"), float("nan"))

    def as_dict(self) -> dict:
        data = asdict(self)
        data.update(median=self.median, min=self.spread[0], max=self.spread[1], load=self.load)
        return data


def paired_ratios(values: list[float], references: list[float]) -> list[float]:
    """Each run of a case over the run of its reference that ran beside it, in the same process (the lists in the
    same order): on a machine whose speed drifts between processes, their median is steadier than a ratio of medians
    taken over different processes."""
    if len(values) != len(references):
        raise BenchError(f"{len(values)} runs cannot be paired with {len(references)}")
    return [value / reference for value, reference in zip(values, references) if reference > 0]


def quiet_enough(max_load: float = 0.5, wait_s: float = 60) -> float:
    """Wait (at most wait_s) for the 1-minute load average to drop below max_load; return the load found."""
    deadline = time.monotonic() + wait_s
    load = os.getloadavg()[0]
    while load > max_load and time.monotonic() < deadline:
        time.sleep(5)
        load = os.getloadavg()[0]
    return load


def environment(extra: dict | None = None, drop_qgis: bool = True) -> dict:
    """The caller's environment without QGIS_* variables (each bench sets its own), offscreen Qt, plus `extra`."""
    env = {k: v for k, v in os.environ.items() if not (drop_qgis and k.startswith("QGIS_"))}
    env["QT_QPA_PLATFORM"] = "offscreen"
    # QGIS saves raster statistics as .aux.xml beside the files it opens: never beside the team's shared fixtures
    env["GDAL_PAM_ENABLED"] = "NO"
    # Python keeps its bytecode as a user's QGIS does: with this machine's PYTHONDONTWRITEBYTECODE every process compiled
    # the plugin's modules from source again (49 ms of the start-up bench's 73). Kept under the bench's work folder.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(WORK / "pycache")
    env.update(extra or {})
    return env


def plugin_path() -> Path:
    """A folder holding `terrascope_s2` -> this checkout, for QGIS_PLUGINPATH (the clone may have any name)."""
    root = WORK / "pluginpath"
    root.mkdir(parents=True, exist_ok=True)
    link = root / "terrascope_s2"
    if not link.is_symlink() or link.resolve() != REPO:
        if link.is_symlink():
            link.unlink()
        link.symlink_to(REPO, target_is_directory=True)
    return root


def baseline_plugin_path() -> tuple[str, Path] | None:
    """(label, plugin path) of another checkout to measure beside this one (BENCH_BASELINE=/path/to/checkout, such as
    a worktree of main before a change: `make bench BENCH_BASELINE=...`), or None. Only benches that compare the
    plugin's own paths with their peers use it; their "before" cases carry the label."""
    folder = os.environ.get("BENCH_BASELINE")
    if not folder:
        return None
    checkout = Path(folder).resolve()
    commit = subprocess.run(["git", "-C", str(checkout), "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True, check=False).stdout.strip() or "?"
    root = WORK / "pluginpath-baseline"
    root.mkdir(parents=True, exist_ok=True)
    link = root / "terrascope_s2"
    if link.is_symlink():
        link.unlink()
    link.symlink_to(checkout, target_is_directory=True)
    return f"before ({commit})", root


def qgis_profile(name: str = "qgis_process") -> Path:
    """A throwaway QGIS configuration with the plugin enabled (for QGIS_CUSTOM_CONFIG_PATH)."""
    config = WORK / f"config-{name}"
    ini = config / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True, exist_ok=True)
    ini.write_text("[PythonPlugins]\nterrascope_s2=true\n")
    return config


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)
