"""One error type users read (PluginError, translated when shown) and the task base that reports it from finished()."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QEventLoop, QTranslator

from terrascope_s2.plugin.core.errors import CancelledError, PluginError
from terrascope_s2.plugin.core.grid.tiles import TileError, tile
from terrascope_s2.plugin.core.products.inspire import MetadataError
from terrascope_s2.plugin.core.products.loader import ProductError
from terrascope_s2.plugin.core.products.names import ProductNameError, parse_product_name
from terrascope_s2.plugin.core.raster.writer import CancelledError as WriteCancelledError
from terrascope_s2.plugin.core.raster.writer import RasterError
from terrascope_s2.plugin.core.services.capabilities import CapabilitiesError
from terrascope_s2.plugin.core.services.network import FetchCancelledError, FetchError
from terrascope_s2.plugin.core.services.sources import SourceError
from terrascope_s2.plugin.core.services.timevalues import TimeParseError, parse_instant
from terrascope_s2.plugin.core.text import QT_TRANSLATE_NOOP
from terrascope_s2.plugin.toolbelt.tasks import PluginTask

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def dutch(qgis_app):
    qm = REPO / "i18n" / "terrascope_s2_nl.qm"
    if not qm.exists():
        pytest.skip("the .qm files are built by `make i18n`")
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_every_error_of_the_core_is_a_plugin_error():
    for kind in (TileError, ProductNameError, MetadataError, ProductError, RasterError, CapabilitiesError, FetchError,
                 SourceError, TimeParseError):
        assert issubclass(kind, PluginError), kind
    # cancels are cancels for the tasks, and stay what their callers catch
    assert issubclass(FetchCancelledError, CancelledError) and issubclass(FetchCancelledError, FetchError)
    assert issubclass(WriteCancelledError, CancelledError) and issubclass(WriteCancelledError, RasterError)
    assert FetchError("x", status=404).status == 404


def test_the_core_errors_reach_the_user_in_his_language(dutch):
    with pytest.raises(TileError) as tile_error:
        tile("31uzz")
    assert str(tile_error.value).startswith("'31uzz' is not a Sentinel-2 tile id")  # English in logs and tests
    assert tile_error.value.user_text().startswith("'31uzz' is geen Sentinel-2-tegelcode")
    with pytest.raises(ProductNameError) as name_error:
        parse_product_name("holiday.tif")
    assert name_error.value.user_text().startswith("'holiday.tif' is geen Terrascope Sentinel-2-productnaam")
    with pytest.raises(TimeParseError) as time_error:
        parse_instant("2019-02-29")
    assert time_error.value.user_text().startswith("'2019-02-29' is geen geldige datum of tijd: day is out of range")


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
        QEventLoop().processEvents(QEventLoop.AllEvents, 20)
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
