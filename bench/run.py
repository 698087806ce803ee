"""`make bench`: every benchmark, several runs each, interleaved; a table of medians and ratios; results on disk.

    python3 bench/run.py [--rounds N] [--only scaling,styling,...] [--quick]

Writes bench/results/results.{json,md,png} (gitignored) and bench/RESULTS.md (committed: the summary the README links
to). Benchmarks never fail on a number: the exit status says only whether they could run.
"""

from __future__ import annotations

import argparse
import datetime
import importlib
import json
import os
import platform
import statistics
import subprocess
import sys
import time
import traceback

from harness import BENCH, CORES, RESULTS, WORK, Figure, log, quiet_enough

BENCHES = ("scaling", "styling", "capabilities", "startup", "rendering", "catalogue", "timeseries", "loading", "download",
           "product_rendering")
TITLES = {
    "scaling": "1. A full tile (10980 x 10980 Byte NDVI) to Float32 physical values, DEFLATE, tiled 512",
    "styling": "2. Showing a product in physical units (request to styled layer)",
    "capabilities": "3. WMTS + WMS capabilities with 500 to 100,000 dates on three layers: the plugin against OWSLib",
    "startup": "4. Plugin start-up in the real QGIS desktop",
    "rendering": "5. Rendering one 1024 x 1024 view of a WMTS layer from the loopback server",
    "catalogue": "6. Terrascope's catalogue on loopback: a 1,000-item search, a 512 MB download against curl",
    "timeseries": "7. Time series of fields in physical units, masked by the scene classification (parcel: 108 dates; "
                  "100 fields x 325 dates)",
    "loading": "8. Loading 1, 10 and 50 products (request to styled layers in the project) against plain layers",
    "download": "9. downloadimage against GDAL's WMS driver: 70 x 70 km from the loopback MapServer at 10 to 60 m",
    "product_rendering": "10. Drawing a local product (full NDVI tile) in physical units against QGIS's plain drawing",
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="runs of each case (the slow scaling bench: --scaling-rounds)")
    parser.add_argument("--scaling-rounds", type=int, default=5)
    parser.add_argument("--only", default=",".join(BENCHES))
    parser.add_argument("--quick", action="store_true", help="a 2048 x 2048 tile and 2 rounds: to check the harness")
    parser.add_argument("--no-summary", action="store_true", help="do not rewrite bench/RESULTS.md")
    args = parser.parse_args()
    if args.quick:
        args.rounds, args.scaling_rounds = 2, 2
    RESULTS.mkdir(parents=True, exist_ok=True)
    WORK.mkdir(parents=True, exist_ok=True)

    started = time.monotonic()
    load_before = quiet_enough(max_load=0.7, wait_s=30)
    log(f"load average before: {load_before:.2f} ({CORES} cores)")
    loads = [os.getloadavg()[0]]
    figures: list[Figure] = []
    contexts, failures = {}, {}
    for name in [b.strip() for b in args.only.split(",") if b.strip()]:
        log(f"== {TITLES[name]}")
        module = importlib.import_module(f"bench_{name}")
        bench_started = time.monotonic()
        bench_loads = [os.getloadavg()[0]]
        try:
            if name == "scaling":
                found, context = module.run(args.scaling_rounds, 2048 if args.quick else 10980)
            else:
                found, context = module.run(args.rounds)
        except Exception:  # one bench that cannot run does not stop the others
            failures[name] = traceback.format_exc()
            log(failures[name])
            continue
        context["seconds"] = round(time.monotonic() - bench_started, 1)
        bench_loads.append(os.getloadavg()[0])
        context["load"] = [round(min(bench_loads), 2), round(max(bench_loads), 2)]
        figures += found
        contexts[name] = context
        loads.append(os.getloadavg()[0])
    total = time.monotonic() - started

    others = [p for c in contexts.values() for p in c.pop("others_cpu_pct", [])]
    machine = {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "cpu": _cpu_name(), "cores": CORES, "python": platform.python_version(),
        "qgis": _version(["qgis_process.bin", "--version"], "QGIS"), "gdal": _version(["gdalinfo", "--version"], "GDAL"),
        "load_average": {"before": round(load_before, 2), "min": round(min(loads), 2), "max": round(max(loads), 2)},
        "others_cpu_pct": {"median": round(statistics.median(others), 1), "max": round(max(others), 1)} if others else None,
        "total_seconds": round(total),
        "rounds": {"default": args.rounds, "scaling": args.scaling_rounds}, "quick": args.quick,
    }
    document = {"machine": machine, "contexts": contexts, "failures": failures, "figures": [f.as_dict() for f in figures]}
    (RESULTS / "results.json").write_text(json.dumps(document, indent=1))
    table = markdown(document)
    (RESULTS / "results.md").write_text(table)
    plotted = plot(document, RESULTS / "results.png")
    if not args.no_summary and not args.quick:
        summary = BENCH / "RESULTS.md"
        ran = [name for name in BENCHES if name in contexts or name in failures]
        if set(ran) != set(BENCHES) and summary.exists():  # --only: replace those sections, keep the others
            table = splice(summary.read_text(), table, [TITLES[name] for name in ran])
        summary.write_text(table)
    print(table)
    log(f"written: {RESULTS / 'results.md'}, {RESULTS / 'results.json'}" + (f", {plotted}" if plotted else "")
        + ("" if args.no_summary or args.quick else f", {BENCH / 'RESULTS.md'}") + f" ({total:.0f} s)")
    return 1 if failures else 0


def splice(old: str, new: str, titles: list[str]) -> str:
    """`old` (a RESULTS.md) with the sections of `titles` (matched by their number, '3.') taken from `new`, each with a
    line saying when it was run; the other sections kept as they were."""
    def sections(text: str) -> tuple[str, dict[str, str]]:
        head, *parts = text.split("\n## ")
        return head, {part.split(" ", 1)[0]: "## " + part.rstrip("\n") + "\n\n" for part in parts}

    old_head, old_sections = sections(old)
    new_head, new_sections = sections(new)
    for number in (title.split(" ", 1)[0] for title in titles):
        if number in new_sections:
            head = new_head.splitlines()
            old_sections[number] = new_sections[number].rstrip("\n") + f"\n- this section: {head[2]} {head[4]}\n\n"
    return old_head.rstrip("\n") + "\n\n" + "".join(old_sections[number] for number in sorted(
        old_sections, key=lambda number: int(number.rstrip(".")) if number.rstrip(".").isdigit() else 99))


def _version(command: list[str], word: str) -> str:
    try:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        done = subprocess.run(command, capture_output=True, text=True, timeout=60, env=env)
        text = done.stdout + done.stderr
    except (OSError, subprocess.TimeoutExpired):
        return "?"
    return next((line.strip() for line in text.splitlines() if word in line), "?")


def _cpu_name() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            return next((line.split(":", 1)[1].strip() for line in info if line.startswith("model name")), "?")
    except OSError:
        return "?"


def _number(value: float, unit: str) -> str:
    if value != value:  # NaN
        return "-"
    if unit == "s":
        return f"{value:.2f}" if value < 100 else f"{value:.0f}"
    if unit == "ms":
        return f"{value:.1f}" if value < 100 else f"{value:.0f}"
    if unit == "x":  # a ratio measured run by run (a bench's "paired" figures)
        return f"{value:.2f}"
    return f"{value:.0f}" if abs(value) >= 10 else f"{value:.2g}"


def markdown(document: dict) -> str:
    machine = document["machine"]
    figures = [Figure(**{k: v for k, v in f.items() if k in Figure.__dataclass_fields__}) for f in document["figures"]]
    lines = ["# Benchmark results", "",
             f"`make bench` on {machine['date']}: {machine['cpu']}, {machine['cores']} cores; {machine['qgis']}; "
             f"{machine['gdal']}; Python {machine['python']}. Whole run: {machine['total_seconds']} s.", "",
             f"Load: 1-minute load average {machine['load_average']['before']} before, "
             f"{machine['load_average']['min']}..{machine['load_average']['max']} during"
             + (f"; other processes kept the cores {machine['others_cpu_pct']['median']} % busy during the median run "
                f"({machine['others_cpu_pct']['max']} % at worst)." if machine["others_cpu_pct"] else "."), "",
             "Each figure is the median of the runs, with the spread (min..max) in brackets; the ratio column divides the "
             "median by the reference case's median of the same bench and metric (for times, above 1 means the reference "
             "is faster). The load column is the machine's 1-minute load average when the case's runs started (median; "
             "a range: the bench's lowest and highest where the case does not record its own). Produced by `bench/run.py`; "
             "what each bench does is in the docstring of `bench/bench_<name>.py`.", ""]
    for name in BENCHES:
        chosen = [f for f in figures if f.bench == name]
        context = document["contexts"].get(name)
        if not chosen and name not in document["failures"]:
            continue
        lines += [f"## {TITLES[name]}", ""]
        if name in document["failures"]:
            lines += ["Could not run: " + document["failures"][name].strip().splitlines()[-1], ""]
            continue
        lines += ["| case | metric | median | spread | runs | ratio | load | note |", "|---|---|---|---|---|---|---|---|"]
        medians = {(f.case, f.metric): f.median for f in chosen}
        bench_load = "{:.2f}..{:.2f}".format(*context["load"]) if context and "load" in context else ""
        for f in chosen:
            low, high = f.spread
            ratio = ""
            if f.reference and f.case != f.reference and (f.reference, f.metric) in medians:
                base = medians[(f.reference, f.metric)]
                ratio = f"{f.median / base:.2f} x" if base else ""
            load = f"{f.load:.2f}" if f.loads else bench_load
            lines.append(f"| {f.case} | {f.metric} | {_number(f.median, f.unit)} {f.unit} | "
                         f"{_number(low, f.unit)}..{_number(high, f.unit)} | {len(f.values)} | {ratio} | {load} | {f.note} |")
        lines.append("")
        for key, value in (context or {}).items():
            if key not in ("seconds", "load"):
                lines.append(f"- {key.replace('_', ' ')}: {value if not isinstance(value, list) else ' '.join(map(str, value))}")
        if context:
            lines += [f"- this bench took {context['seconds']} s", ""]
    return "\n".join(lines) + "\n"


def plot(document: dict, path) -> str | None:
    """One panel a bench: horizontal bars of the medians of its main metric, with min..max whiskers."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        log("matplotlib is missing (python3-matplotlib): no plot")
        return None
    figures = [Figure(**{k: v for k, v in f.items() if k in Figure.__dataclass_fields__}) for f in document["figures"]]
    panels = []
    for name in BENCHES:
        chosen = [f for f in figures if f.bench == name and f.unit in ("s", "ms", "MB")]
        for metric in dict.fromkeys(f.metric for f in chosen):
            rows = [f for f in chosen if f.metric == metric]
            panels.append((name, metric, rows))
    if not panels:
        return None
    fig, axes = plt.subplots(len(panels), 1, figsize=(10, 1.0 + sum(0.35 * len(r) + 0.8 for _, _, r in panels) / 1.0),
                             gridspec_kw={"height_ratios": [len(r) + 1 for _, _, r in panels]})
    axes = axes if len(panels) > 1 else [axes]
    for axis, (name, metric, rows) in zip(axes, panels):
        labels = [r.case for r in rows]
        medians = [r.median for r in rows]
        errors = [[r.median - r.spread[0] for r in rows], [r.spread[1] - r.median for r in rows]]
        colours = ["tab:green" if r.case.startswith(("plugin", "terrascope")) else "tab:grey" for r in rows]
        axis.barh(labels, medians, xerr=errors, color=colours, capsize=3)
        axis.invert_yaxis()
        axis.set_title(f"{name}: {metric} ({rows[0].unit}, median, min..max)", fontsize=9, loc="left")
        axis.tick_params(labelsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=90)
    plt.close(fig)
    return str(path)


if __name__ == "__main__":
    sys.exit(main())
