"""Print, on one line, what the tests run on here: QGIS, Qt, GDAL, OWSLib, Python and the Debian release."""

from __future__ import annotations

import platform
from pathlib import Path


def describe() -> str:
    from osgeo import gdal
    from qgis.core import Qgis
    from qgis.PyQt.QtCore import PYQT_VERSION_STR, QT_VERSION_STR

    try:
        import owslib

        owslib_version = owslib.__version__
    except ImportError:
        owslib_version = "missing"
    release = dict(line.split("=", 1) for line in Path("/etc/os-release").read_text().splitlines() if "=" in line)
    debian = release.get("PRETTY_NAME", "?").strip('"')
    return (f"QGIS {Qgis.QGIS_VERSION}, Qt {QT_VERSION_STR} (PyQt {PYQT_VERSION_STR}), GDAL {gdal.__version__}, "
            f"OWSLib {owslib_version}, Python {platform.python_version()}, {debian}")


if __name__ == "__main__":
    print(describe())
