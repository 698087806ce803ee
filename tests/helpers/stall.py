"""Whether the GUI thread kept running while the plugin worked: where the parsing ran, and the longest GUI stall.

A frozen QGIS is a behaviour, checked here in two ways that do not depend on how busy the machine is: the capabilities
were parsed off the GUI thread (recorded by wrapping the parser functions the task calls), and no gap between two ticks
of a 5 ms timer on the GUI thread reached FREEZE_MS, a pause a user would take for a hang. How short the stalls are is a
speed figure: `make bench` measures it (bench/bench_capabilities.py), side by side with OWSLib.
"""

from __future__ import annotations

import time
from contextlib import contextmanager

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QThread, QTimer

FREEZE_MS = 1000


class StallMeter:
    """The longest gap between two ticks of a 5 ms timer on the GUI thread."""

    def __init__(self, interval_ms: int = 5):
        from qgis.PyQt.QtCore import Qt

        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self.last = self.longest = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def start(self) -> None:
        self.last, self.longest = time.perf_counter(), 0.0
        self.timer.start()

    def stop(self) -> float:
        self._tick()
        self.timer.stop()
        return self.longest_ms

    def __enter__(self) -> StallMeter:
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    @property
    def longest_ms(self) -> float:
        return self.longest * 1000


@contextmanager
def parse_threads(monkeypatch):
    """Yields a list that receives, for each capabilities document parsed meanwhile, whether it was parsed on the GUI
    thread (True) or off it (False)."""
    from terrascope_s2.plugin.core.services import capabilities_task

    on_gui: list[bool] = []
    for name in ("parse_wms_capabilities", "parse_wmts_capabilities"):
        original = getattr(capabilities_task, name)

        def recorded(*args, _original=original, **kwargs):
            on_gui.append(QThread.currentThread() is QgsApplication.instance().thread())
            return _original(*args, **kwargs)

        monkeypatch.setattr(capabilities_task, name, recorded)
    yield on_gui
