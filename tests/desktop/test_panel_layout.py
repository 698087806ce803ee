"""The panel and its Options page as a new user meets them in English, Dutch and French: the real QGIS desktop (xvfb)
in a fresh profile in that language, the panel at the width QGIS gives it, every text readable whole (issue 13: the
French panel hid its Refresh button, cut its tabs, its 'All' button and the calendar; the Dutch and French Options
page squeezed QGIS's Options sidebar to icons)."""

from __future__ import annotations

import pytest

from terrascope_s2.tests.helpers.desktop import fresh_profile, run_desktop, service_ini
from terrascope_s2.tests.helpers.paths import REPO

pytestmark = pytest.mark.desktop
PROBE = REPO / "tests" / "desktop" / "layout_probe.py"


@pytest.fixture(scope="module", params=["en", "nl", "fr"])
def seen(request, panel_server, tmp_path_factory) -> dict:
    """What the probe found in one language (the pictures are beside its JSON)."""
    language = request.param
    folder = tmp_path_factory.mktemp(f"layout-{language}")
    fresh_profile(folder, service_ini(panel_server) + f"\n[locale]\noverrideFlag=true\nuserLocale={language}\n")
    result = run_desktop(folder, PROBE, folder / "probe.json", env={"TERRASCOPE_PROBE_PICTURES": str(folder)})
    assert "error" not in result, result["error"]
    result["language"] = language
    return result


def test_every_text_of_the_panel_fits_at_the_width_qgis_gives_it(seen):
    for place, problems in seen["cut"].items():
        assert problems == [], f"{seen['language']}, {place} (panel {seen['dock_width']} px wide):\n" + "\n".join(problems)


def test_the_settings_button_opens_the_plugins_own_page_in_qgis_options(seen):
    options = seen["options"]["with_page"]
    assert options["dialog"] is not None, "the settings button opened no dialog"
    assert options["page_shown"], f"QGIS Options opened on {options.get('current')!r}"


def test_the_options_page_leaves_qgis_options_sidebar_as_wide_as_qgis_makes_it(seen):
    alone, with_page = seen["options"]["without_page"], seen["options"]["with_page"]
    assert with_page["sidebar_width"] >= alone["sidebar_width"] - 2, (alone["splitter_sizes"], with_page["splitter_sizes"])
    assert with_page["sidebar_width"] > with_page["icon_width"] + 32, "the sidebar shows icons only"
    # the plugin's own entry is read whole
    entry = with_page["sidebar"][with_page["current"]]
    assert entry["shown"] >= entry["needed"], (with_page["current"], entry)
