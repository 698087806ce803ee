"""The series in a QgsTask for the panel: products found and read off the GUI thread, with progress and cancel.

run() touches no layer, project or widget: the panel hands it the fields (geometries as WKB, CRS as WKT) and the
folder or files; the result (or the error, in the user's words) reaches the GUI thread through finished().
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from qgis.core import QgsTask
from qgis.PyQt.QtCore import pyqtSignal

from ..errors import CancelledError, PluginError
from ..text import QT_TRANSLATE_NOOP
from .model import Field, MaskOptions, SeriesResult
from .series import compute_series
from .sources import find_products, products_from_files

DESCRIPTION = QT_TRANSLATE_NOOP("@default", "Time series of {content}")
UNEXPECTED = QT_TRANSLATE_NOOP("@default", "Unexpected error while computing the time series:")


class TimeSeriesTask(QgsTask):
    """`done` carries the SeriesResult (its problems and each series' messages included), `failed` the reason."""

    done = pyqtSignal(object)
    failed = pyqtSignal(str)

    def __init__(self, fields: Sequence[Field], content: str, options: MaskOptions, folder: str | Path | None = None,
                 files: Sequence[str | Path] = ()):
        from ...toolbelt.i18n import tr

        super().__init__(tr(DESCRIPTION).format(content=content.upper()), QgsTask.CanCancel)
        self.fields, self.content, self.options = list(fields), content, options
        self.folder, self.files = folder, list(files)
        self.result: SeriesResult | None = None
        self.error = ""

    def run(self) -> bool:  # worker thread
        try:
            if self.folder is not None:
                search = find_products(self.folder, self.content, self.isCanceled)
            else:
                search = products_from_files(self.files, self.content)
            result = compute_series(search.products, self.fields, self.content, self.options,
                                    lambda percent: self.setProgress(percent), self.isCanceled)
            result.problems[:0] = search.problems
            self.result = result
            return True
        except CancelledError:
            return False
        except PluginError as error:
            self.error = error.user_text()
            return False
        except Exception as error:  # noqa: BLE001 - reported in finished(), never lost in a thread
            from ...toolbelt.i18n import tr

            self.error = f"{tr(UNEXPECTED)} {type(error).__name__}: {error}"
            return False

    def finished(self, result: bool) -> None:  # GUI thread
        if result and self.result is not None:
            self.done.emit(self.result)
        elif not self.isCanceled():
            self.failed.emit(self.error)
