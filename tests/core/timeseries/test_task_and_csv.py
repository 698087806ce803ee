"""The series in a QgsTask (progress, cancel, errors in words) and as CSV (every row, messages included)."""

from __future__ import annotations

import csv
import time

import numpy as np
import pytest

from terrascope_s2.plugin.core.errors import PluginError
from terrascope_s2.plugin.core.timeseries.export import COLUMNS, write_csv
from terrascope_s2.plugin.core.timeseries.model import MaskOptions
from terrascope_s2.plugin.core.timeseries.series import compute_series
from terrascope_s2.plugin.core.timeseries.sources import find_products
from terrascope_s2.tests.helpers.fields import box, field, pixels_box, write_pair


def products(folder, days=(1, 2, 3)):
    values = np.arange(400, dtype=np.uint16).reshape(20, 20).clip(0, 200).astype(np.uint8)
    for day in days:
        classes = np.full((20, 20), 4, np.uint8)
        if day == 2:
            classes[:, :] = 9  # a cloudy date
        write_pair(folder, day, values, classes)
    return folder


def run_task(task, qgis_app):
    """Run a task through QGIS's task manager to its end; what it signalled."""
    from qgis.core import QgsApplication

    outcome = {}
    task.done.connect(lambda result: outcome.setdefault("done", result))
    task.failed.connect(lambda message: outcome.setdefault("failed", message))
    task.progressChanged.connect(lambda percent: outcome.setdefault("progress", []).append(percent))
    task.taskCompleted.connect(lambda: outcome.setdefault("ended", True))
    task.taskTerminated.connect(lambda: outcome.setdefault("ended", True))
    QgsApplication.taskManager().addTask(task)
    deadline = time.monotonic() + 30
    while "ended" not in outcome:
        assert time.monotonic() < deadline, "the task did not end"
        qgis_app.processEvents()
        time.sleep(0.005)
    qgis_app.processEvents()
    outcome.pop("ended")
    return outcome


def test_the_task_computes_the_series_of_a_folder(qgis_app, tmp_path):
    from terrascope_s2.plugin.core.timeseries.task import TimeSeriesTask

    products(tmp_path)
    task = TimeSeriesTask([field(1, pixels_box(2, 3, 4, 2))], "FAPAR", MaskOptions(frozenset({4, 5})), folder=tmp_path)
    outcome = run_task(task, qgis_app)
    series = outcome["done"].series[0]
    assert [o.status for o in series.observations] == ["kept", "masked", "kept"]
    assert outcome["progress"][-1] == 100


def test_the_task_says_what_is_wrong_in_words(qgis_app, tmp_path):
    from terrascope_s2.plugin.core.timeseries.task import TimeSeriesTask

    products(tmp_path)
    outcome = run_task(TimeSeriesTask([field(1, pixels_box(2, 3, 4, 2))], "LAI", MaskOptions(), folder=tmp_path), qgis_app)
    assert outcome["failed"].startswith("No LAI product was found in")
    outcome = run_task(TimeSeriesTask([field(1, pixels_box(2, 3, 4, 2))], "FAPAR", MaskOptions(),
                                      files=[tmp_path / "nothing.tif"]), qgis_app)
    assert "None of the chosen files is a FAPAR product" in outcome["failed"]


def test_a_cancelled_task_reports_nothing(qgis_app, tmp_path):
    from terrascope_s2.plugin.core.timeseries.task import TimeSeriesTask

    products(tmp_path)
    task = TimeSeriesTask([field(1, pixels_box(2, 3, 4, 2))], "FAPAR", MaskOptions(), folder=tmp_path)
    report = task.setProgress

    def report_then_cancel(percent):  # the user cancels once the first date is read (in the worker: deterministic)
        report(percent)
        task.cancel()

    task.setProgress = report_then_cancel
    outcome = run_task(task, qgis_app)
    assert "done" not in outcome and "failed" not in outcome
    assert outcome["progress"] == [pytest.approx(100 / 3)]


def test_csv_holds_every_date_every_field_and_the_messages(tmp_path):
    products(tmp_path / "p")
    far = box(0, 0, 10, 10)
    result = compute_series(find_products(tmp_path / "p", "FAPAR").products,
                            [field(5, pixels_box(2, 3, 4, 2), label="north"), field(6, far, label="nowhere")],
                            "FAPAR", MaskOptions(frozenset({4, 5}), 0, 0.5))
    path = write_csv(result, tmp_path / "series.csv")
    with open(path, newline="", encoding="utf-8") as stream:
        table = list(csv.DictReader(stream))
    assert tuple(table[0]) == COLUMNS
    assert [(r["feature_id"], r["date"], r["status"], r["valid"], r["total"]) for r in table] == [
        ("5", "2017-06-01", "kept", "8", "8"), ("5", "2017-06-02", "masked", "0", "8"), ("5", "2017-06-03", "kept", "8", "8"),
        ("6", "", "failed", "0", "0")]
    assert float(table[0]["mean"]) == pytest.approx(result.series[0].observations[0].mean, rel=1e-15)
    assert table[1]["mean"] == "" and table[0]["content"] == "FAPAR" and table[0]["acquired"] == "2017-06-01T10:40:21Z"
    assert "outside every FAPAR product" in table[3]["message"] and table[3]["label"] == "nowhere"
    assert list(tmp_path.iterdir()) == [tmp_path / "p", path]  # no temporary file left


def test_csv_into_a_missing_folder_says_so(tmp_path):
    result = compute_series([], [], "FAPAR")
    with pytest.raises(PluginError, match="cannot be written"):
        write_csv(result, tmp_path / "missing" / "series.csv")
