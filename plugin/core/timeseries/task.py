"""The series in a QgsTask for the panel: products found and read off the GUI thread, with progress and cancel.

work() touches no layer, project or widget: the panel hands it the fields (geometries as WKB, CRS as WKT) and the
folder or files; the result reaches the GUI thread through `done`, a failure (in the user's words) through `failed`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from qgis.PyQt.QtCore import pyqtSignal

from ...toolbelt.tasks import PluginTask
from ..text import QT_TRANSLATE_NOOP
from .model import Field, MaskOptions, SeriesResult
from .series import compute_series
from .sources import find_products, products_from_files

DESCRIPTION = QT_TRANSLATE_NOOP("@default", "Time series of {content}")
UNEXPECTED = QT_TRANSLATE_NOOP("@default", "Unexpected error while computing the time series:")


class TimeSeriesTask(PluginTask):
    """`done` carries the SeriesResult (its problems and each series' messages included)."""

    done = pyqtSignal(object)

    def __init__(self, fields: Sequence[Field], content: str, options: MaskOptions, folder: str | Path | None = None,
                 files: Sequence[str | Path] = ()):
        from ...toolbelt.i18n import tr

        super().__init__(tr(DESCRIPTION).format(content=content.upper()))
        self.fields, self.content, self.options = list(fields), content, options
        self.folder, self.files = folder, list(files)
        self.result: SeriesResult | None = None

    def work(self) -> bool:  # worker thread
        if self.folder is not None:
            search = find_products(self.folder, self.content, self.cancelled)
        else:
            search = products_from_files(self.files, self.content)
        result = compute_series(search.products, self.fields, self.content, self.options,
                                lambda percent: self.setProgress(percent), self.cancelled)
        result.problems[:0] = search.problems
        self.result = result
        return True

    def succeeded(self) -> None:  # GUI thread
        self.done.emit(self.result)

    def unexpected_text(self) -> str:
        from ...toolbelt.i18n import tr

        return tr(UNEXPECTED)
