"""The panel's status line and progress row: what the panel says, and the tasks it runs (shown, and cancellable)."""

from __future__ import annotations

from qgis.core import QgsApplication, QgsTask
from qgis.PyQt.QtCore import Qt

from ...toolbelt.log import log

_alive: set[QgsTask] = set()  # every task started here, until it ends: a Python task must outlive the panel's list



class StatusRow:
    def __init__(self, label, progress_row, progress_bar, cancel_button):
        self.label = label
        self.progress_row = progress_row
        self.progress_bar = progress_bar
        self.tasks: list[QgsTask] = []  # running tasks: the panel keeps them alive, shows them and can cancel them
        self.closed = False  # the panel is gone: a task that ends later touches none of its widgets
        cancel_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        cancel_button.clicked.connect(self.cancel_all)
        progress_row.hide()

    def say(self, text: str, error: bool = False, detail: str = "") -> None:
        """One short sentence in the status line: what happened and, for an error, what to do. `detail` (a server's
        own words, addresses) goes to QGIS's Log Messages panel and the line's tooltip, not into the line."""
        self.label.setText(text)
        self.label.setToolTip(detail)
        self.label.setStyleSheet("color: #b00020;" if error else "")
        if error or detail:
            log(f"{text} {detail}".strip(), "warning" if error else "info")

    def run(self, task: QgsTask, message: str) -> QgsTask:
        """Start a task in QGIS's task manager, show it in the progress row and forget it when it ends (`message`
        empty: the status line keeps what it says, for work in the background of another, such as a quicklook)."""
        self.tasks.append(task)
        if message:
            self.say(message)
        self.progress_bar.setMaximum(0)  # busy until the task reports progress
        self.progress_row.show()
        task.progressChanged.connect(self._progress)
        task.taskCompleted.connect(lambda: self._ended(task))
        task.taskTerminated.connect(lambda: self._ended(task))
        _alive.add(task)
        task.taskCompleted.connect(lambda: _alive.discard(task))
        task.taskTerminated.connect(lambda: _alive.discard(task))
        QgsApplication.taskManager().addTask(task)
        return task

    def _progress(self, value: float) -> None:
        if value > 0 and not self.closed:
            self.progress_bar.setMaximum(100)
            self.progress_bar.setValue(int(value))

    def _ended(self, task: QgsTask) -> None:
        if task in self.tasks:
            self.tasks.remove(task)
        if not self.tasks and not self.closed:
            self.progress_row.hide()

    def cancel_all(self) -> None:
        for task in list(self.tasks):
            task.cancel()

    def close(self) -> None:
        """Cancel what runs and drop the panel's callbacks from the tasks (the plugin is being unloaded)."""
        self.cancel_all()
        self.closed = True
        for task in self.tasks:
            for signal in ("loaded", "failed", "built", "done"):
                try:
                    getattr(task, signal).disconnect()
                except (AttributeError, TypeError, RuntimeError):
                    pass
        self.tasks.clear()
