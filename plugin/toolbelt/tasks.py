"""The plugin's QgsTask base: work off the GUI thread, its exception kept and told on the GUI thread, cancel never lost.

    class ReadThings(PluginTask):
        done = pyqtSignal(object)

        def work(self) -> bool:            # worker thread: no layer, project or widget here
            self.things = read(self.feedback)      # raise PluginError (or a subclass) for what the user must read
            return True

        def succeeded(self) -> None:       # GUI thread
            self.done.emit(self.things)

    task = ReadThings(tr("Reading things"))
    task.failed.connect(show_message)      # str: translated, on the GUI thread; never fires after a cancel
    QgsApplication.taskManager().addTask(task)   # keep a Python reference to `task` until it has ended

run() keeps the exception work() raised (task.exception) and finished() reports it: a PluginError by its user_text(),
anything else as an unexpected error with its type (and the traceback in the log). A CancelledError, the task's cancel()
or its feedback's cancel end the task without a message (task.was_cancelled).
"""

from __future__ import annotations

import traceback

from qgis.core import QgsFeedback, QgsTask
from qgis.PyQt.QtCore import pyqtSignal

from ..core.errors import CancelledError, PluginError, printable
from ..core.text import QT_TRANSLATE_NOOP

UNEXPECTED = QT_TRANSLATE_NOOP("@default", "Unexpected error:")
STOPPED = QT_TRANSLATE_NOOP("@default", "the task stopped")


class PluginTask(QgsTask):
    failed = pyqtSignal(str)  # translated message for the user, emitted on the GUI thread

    def __init__(self, description: str, flags=QgsTask.Flag.CanCancel):
        super().__init__(description, flags)
        self.feedback = QgsFeedback()  # hand it to blocking calls: cancel() reaches them
        self.exception: BaseException | None = None
        self.was_cancelled = False

    # ------------------------------------------------------------------ for subclasses

    def work(self) -> bool:
        """The work, in the task's thread; True when it succeeded. Raise PluginError for what the user must read."""
        raise NotImplementedError

    def succeeded(self) -> None:
        """On the GUI thread after work() returned True (not cancelled)."""

    def unexpected_text(self) -> str:
        """The sentence put before an unexpected error's type and text (subclasses may say what they were doing)."""
        from .i18n import tr

        return tr(UNEXPECTED)

    # ------------------------------------------------------------------ the machinery

    def cancel(self) -> None:
        self.was_cancelled = True
        self.feedback.cancel()
        super().cancel()

    def cancelled(self) -> bool:
        return self.was_cancelled or self.isCanceled() or self.feedback.isCanceled()

    def run(self) -> bool:  # worker thread
        try:
            if self.cancelled():  # cancelled before it started
                self.was_cancelled = True
                return False
            result = bool(self.work())
        except CancelledError:
            self.was_cancelled = True
            return False
        except Exception as error:  # noqa: BLE001 - kept and reported in finished(), never lost in a thread
            self.exception = error
            if not isinstance(error, PluginError):
                from .log import log

                log("".join(traceback.format_exception(type(error), error, error.__traceback__)), "critical")
            return False
        if self.cancelled():
            self.was_cancelled = True
            return False
        return result

    def error_text(self) -> str:
        """What went wrong, translated ('' when nothing did)."""
        error = self.exception
        if error is None:
            return ""
        if isinstance(error, PluginError):
            return error.user_text()
        return f"{self.unexpected_text()} {type(error).__name__}: {error}"

    def error_parts(self) -> tuple[str, str]:
        """What went wrong as (the translated sentence, what a server or a file said): a panel shows the sentence and
        keeps the detail (addresses, a server's words) for the tooltip and QGIS's log."""
        error = self.exception
        if isinstance(error, PluginError):
            return error.short_text(), printable(error.detail)
        return self.error_text(), ""

    def finished(self, result: bool) -> None:  # GUI thread
        if result:
            self.succeeded()
        elif not self.was_cancelled and not self.isCanceled():
            from .i18n import tr

            self.failed.emit(self.error_text() or tr(STOPPED))
