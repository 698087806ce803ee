"""One error type users read: every error of the core is a PluginError, translated when it is shown."""

from __future__ import annotations

import pytest
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

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
from terrascope_s2.tests.helpers.paths import REPO


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
