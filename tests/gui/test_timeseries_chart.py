"""The time series chart: one curve per field, kept and masked dates apart, the cursor's date and value, the unit on
the axis, CSV and PNG exports; without matplotlib, the table, the CSV and a message that says how to get the chart."""

from __future__ import annotations

import builtins
import csv
from datetime import datetime, timezone

import pytest

from terrascope_s2.plugin.core.timeseries.model import FAILED, KEPT, MASKED, Field, Observation, Series, SeriesResult


def observation(field_id, day, status, mean=None, valid=0, total=10):
    return Observation(field_id, datetime(2017, 6, day, 10, 40, tzinfo=timezone.utc), f"p{day}.tif", "31UFS", status,
                       valid, total, mean, mean, 0.0 if mean is not None else None)


def result(unit=""):
    north = Series(Field(1, b"", "EPSG:32631", "north"), [
        observation(1, 1, KEPT, 0.2, 10), observation(1, 5, MASKED, 0.9, 2), observation(1, 9, KEPT, 0.4, 9),
        observation(1, 13, MASKED), observation(1, 17, FAILED)])
    south = Series(Field(2, b"", "EPSG:32631"), [observation(2, 1, KEPT, 0.3, 10), observation(2, 9, KEPT, 0.5, 10)])
    return SeriesResult("LAI" if unit else "FAPAR", unit, [north, south])


@pytest.fixture
def chart(qgis_app, qtbot):
    from terrascope_s2.plugin.gui.timeseries_chart import TimeSeriesChart

    widget = TimeSeriesChart()
    qtbot.addWidget(widget)
    widget.resize(800, 500)
    widget.show()
    return widget


def test_one_curve_per_field_kept_and_masked_apart(chart):
    chart.set_result(result())
    axes = chart.axes
    lines = {(line.get_label(), line.get_marker(), line.get_markerfacecolor()): list(line.get_ydata())
             for line in axes.get_lines()}
    kept_north = [values for (label, marker, face), values in lines.items() if label == "north" and marker == "o"
                  and face != "none"]
    assert kept_north == [[0.2, 0.4]]  # the masked 0.9 is not on the curve
    hollow = [values for (label, marker, face), values in lines.items() if face == "none"]
    assert hollow == [[0.9]]
    crosses = [values for (label, marker, face), values in lines.items() if marker == "x"]
    assert [len(values) for values in crosses] == [2]  # the masked date without value and the failed one
    assert [text.get_text() for text in axes.get_legend().get_texts()] == ["north", "feature 2"]
    assert axes.get_ylabel() == "FAPAR"
    assert "2 features, 4 dates kept, 2 masked, 1 failed." == chart.summary_label.text()
    assert chart.table.rowCount() == 7 and chart.table.item(1, 2).text() == "masked"


def test_the_unit_is_on_the_axis(chart):
    chart.set_result(result("m²/m²"))
    assert chart.axes.get_ylabel() == "LAI (m²/m²)"
    chart.set_result(SeriesResult("CCC", "DN", result().series))
    assert chart.axes.get_ylabel() == "CCC (digital numbers)"


def test_the_cursor_names_the_date_and_value_under_it(chart, qgis_app):
    from matplotlib.dates import date2num

    chart.set_result(result())
    chart.canvas.draw()
    x, y = chart.axes.transData.transform((date2num(datetime(2017, 6, 5, 10, 40, tzinfo=timezone.utc)), 0.9))
    assert chart.text_at(x + 3, y - 2) == "north, 2017-06-05: 0.9000 (masked, 2 of 10 pixels valid)"
    x, y = chart.axes.transData.transform((date2num(datetime(2017, 6, 9, 10, 40, tzinfo=timezone.utc)), 0.5))
    assert chart.text_at(x, y) == "feature 2, 2017-06-09: 0.5000 (kept, 10 of 10 pixels valid)"
    x, y = chart.axes.get_xaxis_transform().transform((date2num(datetime(2017, 6, 17, 10, 40, tzinfo=timezone.utc)),
                                                       0.02))
    assert chart.text_at(x, y).startswith("north, 2017-06-17: no value (failed")
    assert chart.text_at(1, 1) == ""


def test_png_and_csv_exports(chart, tmp_path):
    chart.set_result(result())
    png = chart.save_png(tmp_path / "chart.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000
    with open(chart.save_csv(tmp_path / "series.csv"), newline="", encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    assert [(r["feature_id"], r["status"], r["mean"]) for r in rows][:3] == [("1", "kept", "0.2"), ("1", "masked", "0.9"),
                                                                             ("1", "kept", "0.4")]
    assert len(rows) == 7
    from terrascope_s2.plugin.core.errors import PluginError

    with pytest.raises(PluginError, match="cannot be written"):
        chart.save_png(tmp_path / "missing" / "chart.png")


def test_without_matplotlib_the_table_and_csv_still_work(qgis_app, qtbot, monkeypatch, tmp_path):
    real_import = builtins.__import__

    def no_matplotlib(name, *args, **kwargs):
        if name.startswith("matplotlib"):
            raise ImportError(f"No module named {name!r}")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_matplotlib)
    from terrascope_s2.plugin.gui.timeseries_chart import TimeSeriesChart

    widget = TimeSeriesChart()
    qtbot.addWidget(widget)
    widget.set_result(result())
    assert not widget.has_chart and widget.missing_label.isVisibleTo(widget)
    assert "python3-matplotlib" in widget.missing_label.text()
    assert not widget.png_button.isEnabled() and widget.csv_button.isEnabled()
    assert widget.table.rowCount() == 7
    assert widget.save_csv(tmp_path / "series.csv").exists()



def test_many_fields_draw_the_first_fifty_and_keep_all_in_the_table(chart):
    many = [Series(Field(n, b"", "EPSG:32631"), [observation(n, 1, KEPT, 0.1, 10)]) for n in range(60)]
    chart.set_result(SeriesResult("FAPAR", "", many))
    assert len(chart.axes.get_lines()) == 50
    assert "the first 50 of 60 features drawn" in chart.axes.get_title()
    assert chart.table.rowCount() == 60 and chart.axes.get_legend() is None
