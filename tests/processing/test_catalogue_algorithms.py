"""searchcatalogue and downloadproducts against the loopback STAC API and its download server: in QGIS's Processing,
and headless in qgis_process with a login from the profile's authentication database."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from datetime import date

import processing
import pytest
from osgeo import ogr
from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback, QgsProject

from terrascope_s2.plugin.core.settings import Settings
from terrascope_s2.plugin.core.stac.items import parse_item
from terrascope_s2.tests.helpers.paths import IMPORT_ROOT


@pytest.fixture(scope="module")
def provider(qgis_processing):
    from terrascope_s2.plugin.processing.provider import TerrascopeProvider

    registry = QgsApplication.processingRegistry()
    if registry.providerById("terrascope_s2") is None:
        registry.addProvider(TerrascopeProvider())
    return registry.providerById("terrascope_s2")


@pytest.fixture
def catalogue_settings(stac_server, stac_authcfg, tmp_path):
    """The plugin's settings pointed at the loopback catalogue with the tests' login; put back afterwards."""
    before = Settings.load()
    settings = Settings.load()
    settings.catalogue_url, settings.catalogue_authcfg = stac_server.url, stac_authcfg
    settings.catalogue_login_origin, settings.download_folder = stac_server.download_origin, str(tmp_path / "downloads")
    settings.save()
    yield settings
    before.save()


def run(name, feedback=None, **parameters):
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return processing.run(f"terrascope_s2:{name}", parameters, context=context, feedback=feedback or QgsProcessingFeedback())


def expected(server, collection, tile, start, end, max_cloud):
    items = [parse_item(raw) for raw in server.items(collection, tile)]
    kept = [i for i in items if start <= i.acquired.date() <= end and i.cloud_cover <= max_cloud]
    return [i.id for i in sorted(kept, key=lambda i: i.acquired, reverse=True)]


def test_searchcatalogue_gives_the_footprints_newest_first(provider, catalogue_settings, stac_server):
    result = run("searchcatalogue", COLLECTION="terrascope-s2-fapar-v2", TILES="31UFS", START="2023-03-01",
                 END="2023-08-31", MAX_CLOUD=35, OUTPUT="memory:")
    layer = result["OUTPUT"]
    rows = [f for f in layer.getFeatures()]
    ids = expected(stac_server, "terrascope-s2-fapar-v2", "31UFS", date(2023, 3, 1), date(2023, 8, 31), 35)
    assert [f["id"] for f in rows] == ids and result["COUNT"] == len(ids) == result["MATCHED"]
    first = rows[0]
    assert first["collection"] == "terrascope-s2-fapar-v2" and first["tile"] == "31UFS"
    assert first["cloud_cover"] <= 35 and first["date"].toString("yyyy-MM-dd") <= "2023-08-31"
    assert first["files"] == 3 and first["size_known"] == 0 and first["size_mb"] > 0
    assert layer.crs().authid() == "EPSG:4326"
    assert first.geometry().boundingBox().contains(4.9, 51.0)  # 31UFS covers Leuven


def test_searchcatalogue_by_extent_finds_every_tile_there(provider, catalogue_settings):
    result = run("searchcatalogue", COLLECTION="terrascope-s2-ndvi-v2", EXTENT="4.30,4.45,50.80,50.90 [EPSG:4326]",
                 START="2023-06-01", END="2023-06-30", OUTPUT="memory:")
    assert {f["tile"] for f in result["OUTPUT"].getFeatures()} == {"31UES", "31UFS"}


def test_searchcatalogue_without_a_collection_lists_the_catalogues(provider, catalogue_settings):
    with pytest.raises(QgsProcessingException) as raised:
        run("searchcatalogue", TILES="31UFS", OUTPUT="memory:")
    text = str(raised.value)
    assert "terrascope-s2-lai-v2" in text and "terrascope_s2_toc_v2: Sentinel-2 Top of Canopy" in text


def test_downloadproducts_takes_the_selected_footprints(provider, catalogue_settings, stac_server, tmp_path):
    found = run("searchcatalogue", COLLECTION="terrascope-s2-ndvi-v2", TILES="31UFS", START="2023-07-01",
                END="2023-07-31", OUTPUT="memory:")["OUTPUT"]
    QgsProject.instance().addMapLayer(found)
    try:
        chosen = [f.id() for f in found.getFeatures()][:2]
        chosen_ids = sorted(found.getFeature(i)["id"] for i in chosen)
        found.selectByIds(chosen)
        from qgis.core import QgsProcessingFeatureSourceDefinition

        source = QgsProcessingFeatureSourceDefinition(found.id(), selectedFeaturesOnly=True)
        result = run("downloadproducts", INPUT=source, FOLDER=str(tmp_path / "out"))
    finally:
        QgsProject.instance().removeMapLayer(found.id())
    assert result["PRODUCTS"] == 2
    folders = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert folders == chosen_ids
    for path in result["FILES"].splitlines():
        item_id = os.path.basename(os.path.dirname(path))
        raw = next(i for i in stac_server.items("terrascope-s2-ndvi-v2") if i["id"] == item_id)
        href = next(a["href"] for a in raw["assets"].values() if a["href"].endswith(os.path.basename(path)))
        assert open(path, "rb").read() == stac_server.served_path(href).read_bytes()


def test_downloadproducts_refuses_more_than_its_limit(provider, catalogue_settings, tmp_path):
    with pytest.raises(QgsProcessingException) as raised:
        run("downloadproducts", COLLECTION="terrascope-s2-ndvi-v2", TILES="31UFS", MAX_PRODUCTS=5,
            FOLDER=str(tmp_path / "out"))
    assert "more than 5" in str(raised.value)
    assert not (tmp_path / "out").exists() or list((tmp_path / "out").iterdir()) == []


def test_downloadproducts_with_a_refused_login_says_which_and_writes_nothing(provider, catalogue_settings, wrong_authcfg,
                                                                             tmp_path):
    """It stops at the first refusal (the same login would be refused for every product)."""
    settings = Settings.load()
    settings.catalogue_authcfg = wrong_authcfg
    settings.save()
    with pytest.raises(QgsProcessingException) as raised:
        run("downloadproducts", COLLECTION="terrascope-s2-fapar-v2", TILES="31UFS", START="2023-05-01",
            END="2023-05-10", FOLDER=str(tmp_path / "out"))
    text = str(raised.value)
    assert wrong_authcfg in text and "Options > Authentication" in text and "Traceback" not in text
    assert all(not files for _, _, files in os.walk(tmp_path / "out"))


# -- headless -------------------------------------------------------------------------------------------------------

MASTER = "qgis-process-master-password"


@pytest.fixture(scope="module")
def qgis_process_with_login(stac_server, tmp_path_factory):
    """qgis_process.bin in a throwaway profile whose authentication database holds the download login (its master
    password read from QGIS_AUTH_PASSWORD_FILE, as on a server), with the plugin's catalogue settings pointing here."""
    import shutil

    binary = shutil.which("qgis_process.bin")
    if binary is None:
        pytest.skip("qgis_process.bin is needed: run `make deps`")
    config = tmp_path_factory.mktemp("qgis_process_catalogue")
    password_file = config / "master.txt"
    password_file.write_text(MASTER)
    env = {key: value for key, value in os.environ.items() if not key.startswith("QGIS_")}
    env.update(QT_QPA_PLATFORM="offscreen", QGIS_CUSTOM_CONFIG_PATH=str(config))
    script = textwrap.dedent(f"""
        from qgis.core import QgsApplication, QgsAuthMethodConfig
        QgsApplication.setOrganizationName("QGIS"); QgsApplication.setApplicationName("QGIS3")
        app = QgsApplication([], False); app.initQgis()
        manager = QgsApplication.authManager()
        assert manager.setMasterPassword({MASTER!r}, True)
        config = QgsAuthMethodConfig("Basic"); config.setName("Terrascope"); config.setId("tsstac1")
        config.setConfig("username", {stac_server.user!r}); config.setConfig("password", {stac_server.password!r})
        assert manager.storeAuthenticationConfig(config)[0]
        app.exitQgis()
    """)
    subprocess.run([sys.executable, "-c", script], env=env, check=True, capture_output=True, timeout=120)
    ini = config / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True, exist_ok=True)
    ini.write_text("[PythonPlugins]\nterrascope_s2=true\n\n[terrascope_s2]\n"
                   f"catalogue_url={stac_server.url}\ncatalogue_authcfg=tsstac1\n"
                   f"catalogue_login_origin={stac_server.download_origin}\n")
    env.update(QGIS_PLUGINPATH=str(IMPORT_ROOT), QGIS_AUTH_PASSWORD_FILE=str(password_file))

    def run_headless(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([binary, *args], env=env, capture_output=True, text=True, timeout=300)

    return run_headless


def test_both_algorithms_run_headless_in_qgis_process(qgis_process_with_login, stac_server, tmp_path):
    footprints = tmp_path / "footprints.gpkg"
    done = qgis_process_with_login("run", "terrascope_s2:searchcatalogue", "--", "COLLECTION=terrascope-s2-ndvi-v2",
                                   "TILES=31UFS", "START=2023-05-01", "END=2023-05-31", "MAX_CLOUD=60",
                                   f"OUTPUT={footprints}")
    assert done.returncode == 0, done.stdout + done.stderr
    dataset = ogr.Open(str(footprints))
    ids = [feature.GetField("id") for feature in dataset.GetLayer(0)]
    dataset = None
    assert ids == expected(stac_server, "terrascope-s2-ndvi-v2", "31UFS", date(2023, 5, 1), date(2023, 5, 31), 60)
    folder = tmp_path / "products"
    done = qgis_process_with_login("run", "terrascope_s2:downloadproducts", "--", f"INPUT={footprints}",
                                   "CONTENTS=NDVI", f"FOLDER={folder}")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Traceback" not in done.stdout + done.stderr
    got = sorted(p.name for p in folder.iterdir())
    assert got == sorted(ids)
    for item_id in ids:
        names = sorted(p.name for p in (folder / item_id).iterdir())
        assert names == sorted([f"{item_id[:-10]}_NDVI_10M_V210.tif", f"{item_id[:-10]}_NDVI_10M_V210.xml"])
    sent = [auth for port, auth, line, status in stac_server.file_requests() if ids[0] in line]
    assert sent and all(auth.startswith("Basic ") for auth in sent)
    assert stac_server.password not in done.stdout + done.stderr


def test_a_catalogue_that_is_down_is_a_plain_message_in_qgis_process(qgis_process_with_login, tmp_path):
    from terrascope_s2.tests.helpers.loopback_server import free_port

    done = qgis_process_with_login("run", "terrascope_s2:searchcatalogue", "--",
                                   f"CATALOGUE=http://127.0.0.1:{free_port()}/", "COLLECTION=x",
                                   f"OUTPUT={tmp_path / 'x.gpkg'}")
    assert done.returncode != 0
    assert "The server cannot be reached." in done.stdout + done.stderr
    assert "Traceback" not in done.stdout + done.stderr
    json.dumps(done.stdout)  # printable
