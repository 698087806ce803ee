"""The task base (toolbelt/tasks.py): the exception raised in the task's thread is reported on the GUI thread."""

from __future__ import annotations

import time

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QEventLoop

from terrascope_s2.plugin.core.errors import CancelledError, PluginError
from terrascope_s2.plugin.core.raster.writer import CancelledError as WriteCancelledError
from terrascope_s2.plugin.core.services.network import FetchCancelledError
from terrascope_s2.plugin.core.text import QT_TRANSLATE_NOOP
from terrascope_s2.plugin.toolbelt.tasks import PluginTask


class Job(PluginTask):
    """A task whose work raises what it is given (or succeeds)."""

    def __init__(self, raise_this: BaseException | None = None):
        super().__init__("test job")
        self.raise_this = raise_this
        self.outcome: dict[str, object] = {}
        self.failed.connect(lambda message: self.outcome.setdefault("failed", message))
        self.taskTerminated.connect(lambda: self.outcome.setdefault("terminated", True))
        self.taskCompleted.connect(lambda: self.outcome.setdefault("completed", True))

    def work(self) -> bool:
        if self.raise_this is not None:
            raise self.raise_this
        return True

    def succeeded(self) -> None:
        self.outcome["succeeded"] = True


def run(task: Job) -> dict[str, object]:
    QgsApplication.taskManager().addTask(task)
    deadline = time.monotonic() + 20
    while not ({"terminated", "completed"} & set(task.outcome)) and time.monotonic() < deadline:
        QEventLoop().processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    return task.outcome


def test_a_task_reports_the_plugin_error_raised_in_its_thread(qgis_app):
    error = PluginError(QT_TRANSLATE_NOOP("@default", "The server cannot be reached."), detail="http://x")
    outcome = run(Job(error))
    assert outcome == {"failed": "The server cannot be reached. http://x", "terminated": True}


def test_a_task_reports_an_unexpected_error_with_its_type(qgis_app):
    task = Job(ZeroDivisionError("division by zero"))
    outcome = run(task)
    assert outcome["failed"] == "Unexpected error: ZeroDivisionError: division by zero"
    assert isinstance(task.exception, ZeroDivisionError)


def test_a_cancelled_task_says_nothing(qgis_app):
    for cancel in (CancelledError(), FetchCancelledError("http://x"), WriteCancelledError()):
        task = Job(cancel)
        assert run(task) == {"terminated": True}
        assert task.was_cancelled


def test_a_task_that_succeeds_lands_on_the_gui_thread(qgis_app):
    assert run(Job()) == {"succeeded": True, "completed": True}
