"""A request keeps no Python wrapper of its reply once it returns, in a task's thread as on the GUI thread.

PyQt hears of a Qt-made object's deletion through its destroyed() signal, queued to the GUI thread, and looks the wrapper
up by address: a reply's wrapper that outlived the reply was taken for a later reply made at the same address, which
then came back "deleted" in the task's thread (core/services/network.py, _request)."""

from __future__ import annotations

import gc
import time

import pytest
from qgis.core import QgsApplication, QgsTask
from qgis.PyQt.QtCore import QEventLoop, QTimer
from qgis.PyQt.QtNetwork import QNetworkReply

from terrascope_s2.plugin.core.services import network
from terrascope_s2.tests.helpers.faultfront import FaultFront


@pytest.fixture(scope="module")
def front():
    with FaultFront() as server:
        yield server


def wrappers() -> set[int]:
    """The ids of the Python wrappers of replies, event loops and timers (alive, or already deleted)."""
    return {id(o) for o in gc.get_objects() if isinstance(o, (QNetworkReply, QEventLoop, QTimer))}


def requests_then_look(paths: list[str], front) -> dict:
    """Fetch each path, then count the wrappers of replies, loops and timers left."""
    before = wrappers()
    seen: dict = {"bodies": []}
    for path in paths:
        try:
            seen["bodies"].append(len(network.fetch(front.url(path), timeout_s=10)))
        except network.FetchError as error:
            seen["bodies"].append(error.short_text())
    seen["wrappers left"] = len(wrappers() - before)
    return seen


PATHS = ["/wmts/ok", "/wms/ok", "/wmts/redirect", "/wms/status/404"] * 10  # a new reply often takes a freed one's place


def test_in_a_tasks_thread_no_wrapper_of_a_reply_outlives_its_request(front):
    seen: dict = {}

    def work(_task):
        try:
            seen.update(requests_then_look(PATHS, front))
        except Exception as error:  # noqa: BLE001 - said by the assertion below
            seen["error"] = f"{type(error).__name__}: {error}"
        return True

    task = QgsTask.fromFunction("requests", work)
    QgsApplication.taskManager().addTask(task)
    deadline = time.monotonic() + 120
    while not seen and time.monotonic() < deadline:
        QgsApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    assert "error" not in seen, seen  # "wrapped C/C++ object of type QNetworkReply has been deleted"
    assert [b if isinstance(b, str) else b > 0 for b in seen["bodies"]] == [
        True, True, True, "The server answered with an error."] * 10
    assert seen["wrappers left"] == 0


def test_on_the_gui_thread_too(front):
    assert requests_then_look(PATHS, front)["wrappers left"] == 0
