"""The catalogue tests: a real STAC API (stac-fastapi-pgstac on PostgreSQL/PostGIS) and lighttpd serving the asset
files behind Basic authentication, started once a session (tests/stac_server.py), and a login for it in the session's
QGIS authentication database. Every process started here is stopped here, also when tests fail."""

from __future__ import annotations

import pytest

MASTER_PASSWORD = "terrascope-tests-master-password"  # of the tests' own profile (.qgis-settings), nobody's real one


@pytest.fixture(scope="session")
def stac_server(tmp_path_factory):
    """A tests/stac_server.StacServer: .url (the STAC API), .download_origin (lighttpd, Basic login .user/.password),
    .other_origin (the same files on another port, no login), .catalogue.items, .items(collection, tile),
    .served_path(href), .file_requests(), .started_in_s."""
    from stac_server import StacServer, missing_software

    missing = missing_software()
    if missing:
        pytest.skip(f"the catalogue tests need {', '.join(missing)}: run `make deps`")
    server = StacServer.start(tmp_path_factory.mktemp("stac"))
    try:
        yield server
    finally:
        server.stop()


def basic_authcfg(name: str, user: str, password: str) -> str:
    """A Basic configuration in the session's QGIS authentication database; returns its id."""
    from qgis.core import QgsApplication, QgsAuthMethodConfig

    manager = QgsApplication.authManager()
    if not manager.masterPasswordIsSet():
        assert manager.setMasterPassword(MASTER_PASSWORD, True), "the tests' master password"
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
    from qgis.core import QgsApplication

    authcfg = basic_authcfg("Terrascope (old password)", stac_server.user, stac_server.password[::-1])
    yield authcfg
    QgsApplication.authManager().removeAuthenticationConfig(authcfg)


@pytest.fixture
def stac_login(stac_server, stac_authcfg):
    """A Login that sends the good Basic login to the download origin only."""
    from terrascope_s2.plugin.core.stac.transfer import Login

    return Login(stac_authcfg, stac_server.download_origin)
