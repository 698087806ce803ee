"""The local-product tests: their helpers (s2local.py) importable, the plugin's provider registered."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))


@pytest.fixture(scope="session")
def terrascope_provider(qgis_processing):
    """The plugin's Processing provider, registered once for the session."""
    from qgis.core import QgsApplication

    from terrascope_s2.plugin.processing.provider import TerrascopeProvider

    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("terrascope_s2")
    if provider is None:
        provider = TerrascopeProvider()
        registry.addProvider(provider)
    yield provider


@pytest.fixture(autouse=True)
def no_sidecars_beside_shared_fixtures():
    """QGIS's default raster style makes GDAL save statistics (.aux.xml) beside a file: never in the shared fixtures."""
    from osgeo import gdal

    gdal.SetConfigOption("GDAL_PAM_ENABLED", "NO")
    yield
    gdal.SetConfigOption("GDAL_PAM_ENABLED", None)
