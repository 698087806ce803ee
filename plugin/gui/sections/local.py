"""The local products section: product folders and files dropped on the panel or opened, loaded as styled groups."""

from __future__ import annotations

from pathlib import Path

from qgis.PyQt.QtCore import QEvent
from qgis.PyQt.QtWidgets import QFileDialog

from ...toolbelt.i18n import tr
from .section import Section


def local_paths(mime) -> list[Path]:
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]


class LocalSection(Section):
    def __init__(self, dock, memory, status, iface):
        super().__init__(dock, memory, status)
        self.iface = iface
        dock.drop_label.setAcceptDrops(True)
        dock.drop_label.installEventFilter(self)
        dock.open_file_button.clicked.connect(self._open_file)
        dock.open_folder_button.clicked.connect(self._open_folder)

    def eventFilter(self, watched, event):  # noqa: N802
        if watched is self.dock.drop_label:
            if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
                if local_paths(event.mimeData()):
                    event.acceptProposedAction()
                    return True
            elif event.type() == QEvent.Type.Drop:
                paths = local_paths(event.mimeData())
                if paths:
                    event.acceptProposedAction()
                    self.open(paths)
                    return True
        return super().eventFilter(watched, event)

    def open(self, paths: list[Path]) -> int:
        """Open product files or folders with the local-product styling (each product becomes a group; a folder of several
        acquisitions gives each); what went wrong is told in the message bar by the loader itself."""
        from ..local_products import load_products

        self.memory.remember(last_product_folder=str(paths[0].parent if paths[0].is_file() else paths[0]))
        opened = sum(len(load_products(str(path), self.iface)) for path in paths)
        if opened:
            self.status.say(tr("%n product(s) opened.", None, opened))
        else:
            self.status.say(tr("Nothing could be opened: the message bar says why."), error=True)
        return opened

    def _open_file(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self.dock, tr("Open product files"), self.settings.last_product_folder,
                                                tr("Rasters (*.tif *.tiff *.jp2 *.vrt);;All files (*)"))
        if paths:
            self.open([Path(p) for p in paths])

    def _open_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.dock, tr("Open a product folder"), self.settings.last_product_folder)
        if folder:
            self.open([Path(folder)])

    def close(self) -> None:
        self.dock.drop_label.removeEventFilter(self)
