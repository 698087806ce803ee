"""The time series chart: one curve per point or field, kept and masked dates told apart, the date and value under
the cursor, the product's unit on the axis, the table of every date, exports to CSV and PNG.

The chart is drawn with matplotlib (it ships with QGIS on Windows and macOS; Debian's python3-matplotlib) inside Qt;
without matplotlib the widget says how to get it, and the table and the CSV export still work.
"""

from __future__ import annotations

from pathlib import Path

from qgis.PyQt import uic
from qgis.PyQt.QtWidgets import QFileDialog, QTableWidgetItem, QWidget

from ..__about__ import RESOURCES
from ..core.errors import PluginError
from ..core.text import QT_TRANSLATE_NOOP
from ..core.timeseries.model import KEPT, MASKED, Observation, SeriesResult
from ..core.timeseries.values import DIGITAL_NUMBERS
from ..toolbelt.i18n import tr
from ..toolbelt.log import log

FORM_CLASS, _ = uic.loadUiType(str(RESOURCES / "ui" / "timeseries_chart.ui"))
PICK_PIXELS = 12  # the cursor names the point within this many pixels
MAX_LEGEND = 12  # more curves than this: no legend (the cursor and the table name them)
MAX_CURVES = 50  # more fields than this: the first ones drawn (every one is in the table and the CSV)
COLUMNS = (QT_TRANSLATE_NOOP("@default", "Feature"), QT_TRANSLATE_NOOP("@default", "Date"),
           QT_TRANSLATE_NOOP("@default", "Status"), QT_TRANSLATE_NOOP("@default", "Mean"),
           QT_TRANSLATE_NOOP("@default", "Median"), QT_TRANSLATE_NOOP("@default", "Std. dev."),
           QT_TRANSLATE_NOOP("@default", "Valid pixels"), QT_TRANSLATE_NOOP("@default", "Pixels"),
           QT_TRANSLATE_NOOP("@default", "Message"))
STATUS_WORDS = {KEPT: QT_TRANSLATE_NOOP("@default", "kept"), MASKED: QT_TRANSLATE_NOOP("@default", "masked"),
                "failed": QT_TRANSLATE_NOOP("@default", "failed")}


def axis_label(result: SeriesResult) -> str:
    """'FAPAR', 'LAI (m²/m²)', or 'CCC (digital numbers)' when no scaling is known."""
    if result.unit == DIGITAL_NUMBERS:
        return tr("{content} (digital numbers)").format(content=result.content)
    return f"{result.content} ({result.unit})" if result.unit else result.content


def matplotlib_canvas():
    """(Figure, FigureCanvas) classes of matplotlib's Qt backend, or None when matplotlib is missing."""
    try:
        from matplotlib.figure import Figure

        try:
            from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg as Canvas  # matplotlib >= 3.5, Qt 5 and 6
        except ImportError:
            from matplotlib.backends.backend_qt5agg import FigureCanvasQTAgg as Canvas
    except ImportError:
        return None
    return Figure, Canvas


class TimeSeriesChart(QWidget, FORM_CLASS):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setupUi(self)
        self.result: SeriesResult | None = None
        self.points: list[tuple[Observation, str, bool]] = []  # (observation, curve label, drawn along the axis)
        self.figure = self.canvas = self.axes = None
        classes = matplotlib_canvas()
        self.missing_label.setVisible(classes is None)
        if classes is not None:
            figure_class, canvas_class = classes
            self.figure = figure_class(figsize=(6, 3.5), layout="constrained")
            self.canvas = canvas_class(self.figure)
            self.chart_layout.insertWidget(0, self.canvas, 1)
            self.canvas.mpl_connect("motion_notify_event", self._moved)
        self.png_button.setEnabled(False)
        self.csv_button.setEnabled(False)
        self.csv_button.clicked.connect(self._ask_csv)
        self.png_button.clicked.connect(self._ask_png)
        self.table.setColumnCount(len(COLUMNS))
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])

    @property
    def has_chart(self) -> bool:
        return self.figure is not None

    # ------------------------------------------------------------------ showing a result

    def set_result(self, result: SeriesResult) -> None:
        self.result = result
        self._fill_table(result)
        counts = {KEPT: 0, MASKED: 0, "failed": 0}
        for series in result.series:
            for observation in series.observations:
                counts[observation.status] = counts.get(observation.status, 0) + 1
        self.summary_label.setText(tr("{fields} features, {kept} dates kept, {masked} masked, {failed} failed.").format(
            fields=len(result.series), kept=counts[KEPT], masked=counts[MASKED], failed=counts["failed"]))
        self.csv_button.setEnabled(True)
        self.png_button.setEnabled(self.has_chart)
        if self.has_chart:
            self._draw(result)

    def _label(self, series) -> str:
        return series.field.label or tr("feature {id}").format(id=series.field.id)

    def _draw(self, result: SeriesResult) -> None:
        self.figure.clear()
        axes = self.axes = self.figure.add_subplot()
        self.points = []
        rug = axes.get_xaxis_transform()  # x in dates, y in axes fraction: the dates without a value, along the axis
        for number, series in enumerate(result.series[:MAX_CURVES]):
            colour = f"C{number % 10}"
            label = self._label(series)
            kept = [o for o in series.observations if o.status == KEPT]
            masked = [o for o in series.observations if o.status == MASKED and o.mean is not None]
            empty = [o for o in series.observations if o.mean is None]
            if kept:
                axes.plot([o.acquired for o in kept], [o.mean for o in kept], "-o", color=colour, markersize=4,
                          linewidth=1.2, label=label)
            if masked:
                axes.plot([o.acquired for o in masked], [o.mean for o in masked], "o", markerfacecolor="none",
                          markeredgecolor=colour, markersize=5, alpha=0.7, label=None if kept else label)
            if empty:
                axes.plot([o.acquired for o in empty], [0.02] * len(empty), "x", color=colour, markersize=4,
                          alpha=0.6, transform=rug)
            self.points += [(o, label, False) for o in kept + masked] + [(o, label, True) for o in empty]
        axes.set_ylabel(axis_label(result))
        axes.grid(True, alpha=0.3)
        if 0 < len(result.series) <= MAX_LEGEND and any(s.observations for s in result.series):
            axes.legend(loc="best", fontsize="small")
        title = tr("{content}: filled = kept, hollow = masked (too few valid pixels), x = no value").format(
            content=result.content)
        if len(result.series) > MAX_CURVES:
            title += "\n" + tr("the first {count} of {total} features drawn; the table holds them all").format(
                count=MAX_CURVES, total=len(result.series))
        axes.set_title(title, fontsize="small")
        from matplotlib.dates import AutoDateLocator, ConciseDateFormatter

        locator = AutoDateLocator()
        axes.xaxis.set_major_locator(locator)
        axes.xaxis.set_major_formatter(ConciseDateFormatter(locator))
        self.canvas.draw_idle()

    def _fill_table(self, result: SeriesResult) -> None:
        rows = [(self._label(series), observation) for series in result.series for observation in series.observations]
        self.table.setRowCount(len(rows))
        for row, (label, o) in enumerate(rows):
            values = (label, o.acquired.strftime("%Y-%m-%d %H:%M"), tr(STATUS_WORDS.get(o.status, o.status)),
                      _number(o.mean), _number(o.median), _number(o.std), str(o.valid), str(o.total), o.message)
            for column, text in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    # ------------------------------------------------------------------ the cursor

    def text_at(self, x: float, y: float) -> str:
        """What the cursor at display pixel (x, y) of the canvas points at ('' when nothing is near)."""
        if self.axes is None or not self.points:
            return ""
        from matplotlib.dates import date2num

        best, best_distance = None, PICK_PIXELS
        data, rug = self.axes.transData, self.axes.get_xaxis_transform()
        for observation, label, on_axis in self.points:
            position = date2num(observation.acquired)
            px, py = (rug if on_axis else data).transform((position, 0.02 if on_axis else observation.mean))
            distance = ((px - x) ** 2 + (py - y) ** 2) ** 0.5
            if distance < best_distance:
                best, best_distance = (observation, label), distance
        if best is None:
            return ""
        observation, label = best
        value = tr("no value") if observation.mean is None else _number(observation.mean)
        return tr("{label}, {date}: {value} ({status}, {valid} of {total} pixels valid)").format(
            label=label, date=observation.acquired.strftime("%Y-%m-%d"), value=value,
            status=tr(STATUS_WORDS.get(observation.status, observation.status)), valid=observation.valid,
            total=observation.total)

    def _moved(self, event) -> None:
        self.cursor_label.setText(self.text_at(event.x, event.y) if event.inaxes is self.axes else "")

    # ------------------------------------------------------------------ exports

    def save_png(self, path: str | Path) -> Path:
        """The chart as a PNG (a PluginError when it cannot be written)."""
        path = Path(path)
        try:
            self.figure.savefig(str(path), dpi=150)
        except (OSError, ValueError) as error:
            raise PluginError(QT_TRANSLATE_NOOP("@default", "'{path}' cannot be written: choose another file or "
                                                            "folder."), detail=str(error), path=path) from None
        return path

    def save_csv(self, path: str | Path) -> Path:
        from ..core.timeseries.export import write_csv

        return write_csv(self.result, path)

    def _ask_csv(self) -> None:
        self._export(tr("Export the time series as CSV"), tr("CSV files (*.csv)"), ".csv", self.save_csv)

    def _ask_png(self) -> None:
        self._export(tr("Export the chart as PNG"), tr("PNG images (*.png)"), ".png", self.save_png)

    def _export(self, title: str, file_filter: str, suffix: str, save) -> None:
        name = f"{self.result.content.lower()}_timeseries{suffix}" if self.result else f"timeseries{suffix}"
        path, _ = QFileDialog.getSaveFileName(self, title, name, file_filter)
        if not path:
            return
        if not path.lower().endswith(suffix):
            path += suffix
        try:
            written = save(path)
        except PluginError as error:
            self.summary_label.setText(error.user_text())
            return
        log(f"time series written to {written}")
        self.summary_label.setText(tr("Written: {path}").format(path=written))


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:.4f}"
