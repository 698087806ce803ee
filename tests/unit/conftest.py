"""The QGIS-free tier: the pure core, tested with plain pytest (no QGIS, no Qt, no display): `make test-unit`.

Run on its own (`make test-unit`, without pytest-qgis and pytest-qt), importing qgis or Qt fails the test: the modules
of the core these tests reach must stay plain Python. In the whole suite, where QGIS is loaded, they simply run again.
"""

from __future__ import annotations

import importlib.abc
import sys

_QT = ("qgis", "PyQt5", "PyQt6", "sip")


class _NoQgis(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in _QT:
            raise ImportError(f"{name} imported by the QGIS-free tier (tests/unit): keep the code it tests plain Python")
        return None


if not any(name.split(".")[0] in _QT for name in sys.modules):  # a run of this tier alone
    sys.meta_path.insert(0, _NoQgis())
