"""Shared test set-up: the plugin importable under its installed name, paths to the team's real fixtures."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# QGIS saves raster statistics as .aux.xml beside the file it opens (drag and drop, qgis_process): never beside the
# team's shared fixtures, and never in any child process the tests start either.
os.environ["GDAL_PAM_ENABLED"] = "NO"

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
REAL = SHARED / "fixtures" / "real"

# Import the plugin as QGIS does, by its folder name terrascope_s2 (the clone may have any name); the tests' helpers
# come with it, as terrascope_s2.tests.helpers (helpers/paths.py names these same places for the helpers and probes).
_import_root = REPO / ".pytest_import"
_import_root.mkdir(exist_ok=True)
_link = _import_root / "terrascope_s2"
if not _link.is_symlink() or _link.resolve() != REPO:
    if _link.is_symlink():
        _link.unlink()
    _link.symlink_to(REPO, target_is_directory=True)
sys.path.insert(0, str(_import_root))


def real_fixture(*parts: str) -> Path:
    """A file of ../shared/fixtures/real, or a skip that says why it is missing."""
    path = REAL.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"real fixture {path} is missing: the tests expect the team's shared/ folder beside the clone")
    return path


@pytest.fixture
def real() -> Path:
    if not REAL.is_dir():
        pytest.skip(f"{REAL} is missing: the tests expect the team's shared/ folder beside the clone")
    return REAL


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
    """GDAL_PAM_ENABLED=NO again after each test, in this process too: a test that turns it on (to show the plugin's own
    guard) cannot leave it on for the next one."""
    from osgeo import gdal

    gdal.SetConfigOption("GDAL_PAM_ENABLED", "NO")
    yield
    gdal.SetConfigOption("GDAL_PAM_ENABLED", None)


@pytest.fixture
def message_log():
    """The messages QGIS's log receives while the test runs (message, tag), disconnected after it: a slot left connected
    outlives its test and runs in every later one (it crashed a later test on QGIS 3.44)."""
    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QCoreApplication

    received: list[tuple[str, str]] = []

    def keep(message, tag, level):
        received.append((message, tag))

    QgsApplication.messageLog().messageReceived.connect(keep)
    yield received
    QCoreApplication.processEvents()  # messages queued from other threads arrive before the slot goes
    QgsApplication.messageLog().messageReceived.disconnect(keep)


@pytest.fixture(scope="session")
def qgis_process(tmp_path_factory):
    """Run `qgis_process.bin` headless with this plugin enabled in a throwaway profile; returns a function(*args) -> CompletedProcess.

    Debian's /usr/bin/qgis_process wrapper passes --noversioncheck, which qgis_process 3.22 rejects: call the binary.
    """
    import shutil
    import subprocess

    binary = shutil.which("qgis_process.bin")
    if binary is None:
        pytest.skip("qgis_process.bin is needed: run `make deps`")
    config = tmp_path_factory.mktemp("qgis_process_config")
    (config / "profiles" / "default" / "QGIS").mkdir(parents=True)
    (config / "profiles" / "default" / "QGIS" / "QGIS3.ini").write_text("[PythonPlugins]\nterrascope_s2=true\n")
    env = {key: value for key, value in os.environ.items() if not key.startswith("QGIS_")}
    env.update(QT_QPA_PLATFORM="offscreen", QGIS_CUSTOM_CONFIG_PATH=str(config), QGIS_PLUGINPATH=str(_import_root))

    def run(*args: str, timeout: int = 300) -> subprocess.CompletedProcess:
        return subprocess.run([binary, *args], env=env, capture_output=True, text=True, timeout=timeout)

    return run


@pytest.fixture(scope="session")
def terrascope_server(tmp_path_factory):
    """A real MapServer 8 (WMS with TIME) + MapCache 1.14 (WMTS, TIME dimension, g3857) on 127.0.0.1, started once a session.

    Gives a tests/loopback_server.LoopbackServer: .wms_url, .wmts_url, .wmts_capabilities_url, .base_url, .port,
    .dates (layer -> the advertised TIME values, in order), .layers, .profile() (a custom ServiceProfile), .get(path).
    Stopped by its process group at the end of the session, also when tests fail.
    """
    from terrascope_s2.tests.helpers.loopback_server import LoopbackServer, missing_software

    missing = missing_software()
    if missing:
        pytest.skip(f"the loopback server needs {', '.join(missing)}: run `make deps` (cgi-mapserver mapcache-cgi lighttpd)")
    server = LoopbackServer.start(tmp_path_factory.mktemp("loopback"))
    try:
        yield server
    finally:
        server.stop()


STAC_MASTER_PASSWORD = "terrascope-tests-master-password"  # of the tests' own profile (.qgis-settings), nobody's real one


@pytest.fixture(scope="session")
def stac_server(tmp_path_factory):
    """A real STAC API (stac-fastapi-pgstac on PostgreSQL 15 + PostGIS 3) with Terrascope's items, and lighttpd serving
    the asset files behind Basic authentication, started once a session (tests/helpers/stac_server.py).

    Gives a StacServer: .url (the STAC API), .download_origin (lighttpd, Basic login .user/.password), .other_origin (the
    same files on another port, no login), .catalogue.items, .items(collection, tile), .served_path(href),
    .file_requests(), .started_in_s. Every process is stopped by its process group, also when tests fail.
    """
    from terrascope_s2.tests.helpers.stac_server import StacServer, missing_software

    missing = missing_software()
    if missing:
        pytest.skip(f"the catalogue tests need {', '.join(missing)}: run `make deps`")
    server = StacServer.start(tmp_path_factory.mktemp("stac"))
    try:
        yield server
    finally:
        server.stop()


def basic_authcfg(name: str, user: str, password: str) -> str:
    """A Basic configuration in the session's QGIS authentication database (the tests' profile); returns its id."""
    from qgis.core import QgsApplication, QgsAuthMethodConfig

    manager = QgsApplication.authManager()
    if not manager.masterPasswordIsSet():
        assert manager.setMasterPassword(STAC_MASTER_PASSWORD, True), "the tests' master password"
    config = QgsAuthMethodConfig("Basic")
    config.setName(name)
    config.setConfig("username", user)
    config.setConfig("password", password)
    assert manager.storeAuthenticationConfig(config)[0]
    return config.id()


@pytest.fixture(scope="session")
def stac_authcfg(stac_server, qgis_app):
    """The id of a Basic configuration with the download server's user and password (removed after the session)."""
    from qgis.core import QgsApplication

    authcfg = basic_authcfg("Terrascope (tests)", stac_server.user, stac_server.password)
    yield authcfg
    QgsApplication.authManager().removeAuthenticationConfig(authcfg)


@pytest.fixture(scope="session")
def wrong_authcfg(stac_server, qgis_app):
    """A Basic configuration with the right user and a wrong password."""
    from qgis.core import QgsApplication

    authcfg = basic_authcfg("Terrascope (old password)", stac_server.user, stac_server.password[::-1])
    yield authcfg
    QgsApplication.authManager().removeAuthenticationConfig(authcfg)


@pytest.fixture
def stac_login(stac_server, stac_authcfg):
    """A Login that sends the good Basic login to the download origin only."""
    from terrascope_s2.plugin.core.stac.transfer import Login

    return Login(stac_authcfg, stac_server.download_origin)
