"""End to end in the real QGIS desktop (xvfb): the catalogue tab searches 31UFS in a date range under a cloud ceiling,
opens the newest result from the loopback catalogue (downloaded with a Basic login from the profile's authentication
database), and the map shows the product in physical units: Identify gives scale x DN + offset; the downloaded files
are byte for byte the served ones."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from osgeo import gdal

from terrascope_s2.plugin.core.stac.items import parse_item
from terrascope_s2.tests.helpers.paths import IMPORT_ROOT

pytestmark = pytest.mark.desktop
MASTER = "desktop-master-password"


def test_search_open_and_identify_in_the_real_desktop(stac_server, tmp_path):
    if shutil.which("xvfb-run") is None or shutil.which("qgis.bin") is None:
        pytest.skip("xvfb-run and qgis.bin are needed: run `make deps`")
    profiles = tmp_path / "profiles"
    profile = profiles / "probe"
    (profile / "QGIS").mkdir(parents=True)
    downloads = tmp_path / "downloads"
    # the login, as a user stores it: a Basic configuration in the profile's encrypted database
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "QGIS_CUSTOM_CONFIG_PATH", "QGIS_OPTIONS_PATH")}
    script = textwrap.dedent(f"""
        from qgis.core import QgsApplication, QgsAuthMethodConfig
        QgsApplication.setOrganizationName("QGIS"); QgsApplication.setApplicationName("QGIS3")
        app = QgsApplication([], False); app.initQgis()
        manager = QgsApplication.authManager()
        assert manager.setMasterPassword({MASTER!r}, True)
        config = QgsAuthMethodConfig("Basic"); config.setName("Terrascope"); config.setId("tsdesk1")
        config.setConfig("username", {stac_server.user!r}); config.setConfig("password", {stac_server.password!r})
        assert manager.storeAuthenticationConfig(config)[0]
        app.exitQgis()
    """)
    subprocess.run([sys.executable, "-c", script], env={**env, "QT_QPA_PLATFORM": "offscreen",
                                                         "QGIS_CUSTOM_CONFIG_PATH": str(profiles.parent / "auth")},
                   check=True, capture_output=True, timeout=120)
    shutil.copy(profiles.parent / "auth" / "profiles" / "default" / "qgis-auth.db", profile / "qgis-auth.db")
    (profile / "QGIS" / "QGIS3.ini").write_text(
        "[PythonPlugins]\nterrascope_s2=true\n\n[terrascope_s2]\n"
        f"catalogue_url={stac_server.url}\ncatalogue_authcfg=tsdesk1\n"
        f"catalogue_login_origin={stac_server.download_origin}\ndownload_folder={downloads}\n"
        "service_profile=custom\n")  # no map service: the panel asks nothing else
    password_file = tmp_path / "master.txt"
    password_file.write_text(MASTER)

    # what the user will see: the newest FAPAR product of 31UFS between 2023-05-01 and 2023-08-31 at most 30 % cloudy
    items = [parse_item(raw) for raw in stac_server.items("terrascope-s2-fapar-v2", "31UFS")]
    chosen = sorted((i for i in items if dt.date(2023, 5, 1) <= i.acquired.date() <= dt.date(2023, 8, 31)
                     and i.cloud_cover <= 30), key=lambda i: i.acquired, reverse=True)
    newest = chosen[0]
    image_asset = next(a for a in newest.assets if a.file_name.endswith("_FAPAR_10M_V210.tif"))
    served = stac_server.served_path(image_asset.href)
    dataset = gdal.Open(str(served))
    values = dataset.ReadAsArray()
    x0, dx, _, y0, _, dy = dataset.GetGeoTransform()
    dataset = None
    pixels = [(10, 10), (250, 250), (400, 120)]
    points = [(x0 + (col + 0.5) * dx, y0 + (row + 0.5) * dy) for row, col in pixels]
    query = {"collection": "terrascope-s2-fapar-v2", "collection_content": "FAPAR", "tile": "31UFS",
             "start": "2023-05-01", "end": "2023-08-31", "cloud": 30, "pixels": points}

    out = tmp_path / "probe.json"
    env.update(TERRASCOPE_PROBE_OUT=str(out), TERRASCOPE_PROBE_QUERY=json.dumps(query),
               QGIS_AUTH_PASSWORD_FILE=str(password_file), QGIS_PLUGINPATH=str(IMPORT_ROOT))
    command = ["xvfb-run", "-a", "-s", "-screen 0 1280x1024x24", "qgis.bin", "--noversioncheck", "--nologo",
               "--profiles-path", str(profiles.parent), "--profile", "probe",
               "--code", str(Path(__file__).with_name("catalogue_probe.py"))]
    try:
        completed = subprocess.run(command, env=env, capture_output=True, text=True, timeout=420)
    except subprocess.TimeoutExpired:
        pytest.fail("QGIS did not quit: a modal dialog (a master password prompt? a Python error?) probably blocked it")
    assert out.exists(), completed.stdout[-2000:] + completed.stderr[-2000:]
    result = json.loads(out.read_text())
    assert "error" not in result, result["error"]
    assert "terrascope-s2-fapar-v2" in result["collections"]
    assert [row[0] for row in result["results"]] == [i.id for i in chosen]
    assert result["footprints"] == len(chosen)
    assert "downloaded to" in result["status_after_open"], result["status_after_open"]
    for (row, col), shown in zip(pixels, result["identified"]):
        dn = int(values[row, col])
        assert (shown is None) if dn == 255 else shown == pytest.approx(0.005 * dn, abs=1e-6), (row, col, dn, shown)
    assert result["source_is_vrt"]
    folder = downloads / newest.id
    for asset in newest.product_assets():
        assert (folder / asset.file_name).read_bytes() == stac_server.served_path(asset.href).read_bytes()
    assert not list(folder.glob("*.part"))
