"""The series in a QgsTask for the panel: products found (or fetched from the catalogue) and read off the GUI thread,
with progress and cancel.

work() touches no layer, project or widget: the panel hands it the fields (geometries as WKB, CRS as WKT) and the
folder, files or catalogue results; the result reaches the GUI thread through `done`, a failure (in the user's words)
through `failed`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from qgis.PyQt.QtCore import pyqtSignal

from ...toolbelt.tasks import PluginTask
from ..text import QT_TRANSLATE_NOOP
from .model import Field, MaskOptions, SeriesResult
from .series import compute_series
from .sources import find_products, products_from_files

DESCRIPTION = QT_TRANSLATE_NOOP("@default", "Time series of {content}")
UNEXPECTED = QT_TRANSLATE_NOOP("@default", "Unexpected error while computing the time series:")


@dataclass(frozen=True)
class CatalogueProducts:
    """Catalogue results (core.stac.items.Item) to fetch into `root` (downloads) with `login` (core.stac.transfer)."""

    items: tuple
    root: Path
    login: object = None
    timeout_s: float = 30


class TimeSeriesTask(PluginTask):
    """`done` carries the SeriesResult (its problems and each series' messages included)."""

    done = pyqtSignal(object)

    def __init__(self, fields: Sequence[Field], content: str, options: MaskOptions, folder: str | Path | None = None,
                 files: Sequence[str | Path] = (), catalogue: CatalogueProducts | None = None):
        from ...toolbelt.i18n import tr

        super().__init__(tr(DESCRIPTION).format(content=content.upper()))
        self.fields, self.content, self.options = list(fields), content, options
        self.folder, self.files, self.catalogue = folder, list(files), catalogue
        self.result: SeriesResult | None = None

    def work(self) -> bool:  # worker thread
        share = 0.0  # of the progress bar taken by fetching the products
        if self.catalogue is not None:
            from .catalogue import products_from_catalogue

            share = 50.0
            source = self.catalogue
            search = products_from_catalogue(source.items, self.content, source.root, source.login,
                                             timeout_s=source.timeout_s, feedback=self.feedback,
                                             progress=lambda percent: self.setProgress(percent * share / 100))
        elif self.folder is not None:
            search = find_products(self.folder, self.content, self.cancelled)
        else:
            search = products_from_files(self.files, self.content)
        result = compute_series(search.products, self.fields, self.content, self.options,
                                lambda percent: self.setProgress(share + percent * (100 - share) / 100), self.cancelled)
        result.problems[:0] = search.problems
        self.result = result
        return True

    def succeeded(self) -> None:  # GUI thread
        self.done.emit(self.result)

    def unexpected_text(self) -> str:
        from ...toolbelt.i18n import tr

        return tr(UNEXPECTED)
