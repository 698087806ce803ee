"""The map service's dates follow the catalogue: with a real map server (MapServer + MapCache on loopback) and the real
STAC API, the panel lists only the service's dates with a product on the chosen tile, with their cloud cover, none
above the ceiling; when the catalogue does not answer, the service's own list, and the panel says which it shows."""

from __future__ import annotations

import datetime as dt

import pytest

from terrascope_s2.plugin.core.stac.items import parse_item
from terrascope_s2.tests.helpers.loopback_server import LoopbackServer, free_port, missing_software

pytestmark = pytest.mark.services

CATALOGUE_DAYS = [dt.date(2023, 5, 3) + dt.timedelta(days=5 * n) for n in range(10)]  # acquisitions of the test items
OTHER_DAYS = [dt.date(2023, 5, 4), dt.date(2023, 6, 1), dt.date(2023, 7, 30)]  # the service has them, the catalogue not


@pytest.fixture(scope="module")
def map_server(tmp_path_factory):
    if missing_software():
        pytest.skip("the loopback map server needs MapServer, MapCache and lighttpd: run `make deps`")
    days = sorted(CATALOGUE_DAYS + OTHER_DAYS)
    server = LoopbackServer.start(tmp_path_factory.mktemp("map"), {"CGS_S2_NDVI": tuple(d.isoformat() for d in days)})
    yield server
    server.stop()


def cloud_of(stac_server, day, tile="31UFS"):
    items = [parse_item(raw) for raw in stac_server.items("terrascope-s2-ndvi-v2", tile)]
    return next(i.cloud_cover for i in items if i.acquired.date() == day)


def listed(dock):
    return [(entry.date, entry.label) for entry in dock.dates.listed_entries()]


def settled(dock, qtbot, tile):
    """Until the line under the dates says for good where the list of `tile` comes from: the catalogue's answer, or why
    the service's own list (its first words, "Dates: the service's own list.", come while the catalogue is asked).
    The panel asks in a chain of tasks (capabilities, collections, search): between two of them it runs none."""
    def done():
        text = dock.dates_source_label.text()
        return not dock.tasks and "catalogue" in text and (tile in text or "(" in text)

    try:
        qtbot.waitUntil(done, timeout=60_000)
    except qtbot.TimeoutError:
        pytest.fail(f"the dates did not settle in 60 s: {dock.dates_source_label.text()!r}, status "
                    f"{dock.status_label.text()!r}")


@pytest.fixture
def following_dock(make_dock, map_server, stac_server, qtbot):
    def make(**values):
        values.setdefault("catalogue_url", stac_server.url)
        dock = make_dock(custom_wmts_url=map_server.wmts_capabilities_url, custom_wms_url=map_server.wms_url,
                         last_layer="CGS_S2_NDVI", last_tile="31UFS", **values)
        settled(dock, qtbot, "31UFS")
        dock.all_dates_button.click()
        return dock

    return make


def test_only_the_days_with_a_product_on_the_tile_are_listed_with_their_clouds(following_dock, stac_server):
    dock = following_dock()
    shown = listed(dock)
    assert [day for day, _ in shown] == sorted(CATALOGUE_DAYS, reverse=True)
    for day, label in shown:
        assert label == f"{day.isoformat()}  ☁ {cloud_of(stac_server, day):.0f} %"
    assert dock.dates_source_label.text() == "Dates: the 10 with a product on 31UFS in the catalogue (of 13 in the service)."
    assert dock.dates_cloud_spin.isEnabled()


def test_the_cloud_ceiling_hides_the_cloudier_days_and_is_remembered(following_dock, stac_server):
    from terrascope_s2.plugin.core.settings import Settings

    dock = following_dock()
    dock.dates_cloud_spin.setValue(40)
    expected = sorted((d for d in CATALOGUE_DAYS if cloud_of(stac_server, d) <= 40), reverse=True)
    assert 0 < len(expected) < 10
    assert [day for day, _ in listed(dock)] == expected
    assert Settings.load().dates_max_cloud == 40


def test_another_tile_asks_the_catalogue_again(following_dock, stac_server, qtbot):
    dock = following_dock()
    dock.tile.set_tile("31UES")
    settled(dock, qtbot, "31UES")
    dock.all_dates_button.click()
    assert [label for _, label in listed(dock)][0] == \
        f"{CATALOGUE_DAYS[-1].isoformat()}  ☁ {cloud_of(stac_server, CATALOGUE_DAYS[-1], '31UES'):.0f} %"
    assert "31UES" in dock.dates_source_label.text()


def test_without_the_catalogue_the_services_own_list_and_the_panel_says_so(following_dock):
    dock = following_dock(catalogue_url=f"http://127.0.0.1:{free_port()}/")
    assert [day for day, _ in listed(dock)] == sorted(CATALOGUE_DAYS + OTHER_DAYS, reverse=True)
    # one short line (it showed the error with its address, cut by the panel's edge); the address in the tooltip
    assert dock.dates_source_label.text() == "Dates: the service's own list. (The catalogue could not be read.)"
    assert "The server cannot be reached." in dock.dates_source_label.toolTip()
    assert not dock.dates_cloud_spin.isEnabled()
