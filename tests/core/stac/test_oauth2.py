"""A download with an OAuth2 login from QGIS's authentication database (the resource owner grant Terrascope's Keycloak
offers): QGIS asks the token endpoint, the plugin's request carries the bearer token to the download origin only."""

from __future__ import annotations

import dataclasses
import json

import pytest

from terrascope_s2.plugin.core.stac.download import fetch_product
from terrascope_s2.plugin.core.stac.items import parse_item
from terrascope_s2.plugin.core.stac.transfer import Login, TransferError
from terrascope_s2.tests.helpers.oauth_server import OAuthLogin

USER, PASSWORD = "terrascope-user", "s3cret-Pa55"


@pytest.fixture(scope="module")
def oauth(stac_server):
    with OAuthLogin(stac_server.files_root, USER, PASSWORD) as login:
        yield login


def oauth2_authcfg(token_url: str, password: str) -> str:
    from qgis.core import QgsApplication, QgsAuthMethodConfig

    from terrascope_s2.tests.conftest import STAC_MASTER_PASSWORD

    manager = QgsApplication.authManager()
    if not manager.masterPasswordIsSet():
        assert manager.setMasterPassword(STAC_MASTER_PASSWORD, True)
    config = QgsAuthMethodConfig("OAuth2")
    config.setName("Terrascope (OAuth2)")
    config.setConfig("oauth2config", json.dumps({
        "configType": 1, "grantFlow": 2, "tokenUrl": token_url, "refreshTokenUrl": token_url, "clientId": "public",
        "clientSecret": "", "username": USER, "password": password, "scope": "", "persistToken": False,
        "accessMethod": 0, "requestTimeout": 10, "version": 1, "apiKey": "", "queryPairs": {}}))
    assert manager.storeAuthenticationConfig(config)[0]
    return config.id()


def on(oauth, item):
    return dataclasses.replace(item, assets=tuple(dataclasses.replace(a, href=oauth.href(a.href)) for a in item.assets))


def test_an_oauth2_login_downloads_with_a_bearer_token_to_its_origin_only(stac_server, oauth, tmp_path):
    authcfg = oauth2_authcfg(oauth.token_url, PASSWORD)
    item = parse_item(stac_server.items("terrascope-s2-ndvi-v2", "31UES")[3])
    result = fetch_product(on(oauth, item), tmp_path, Login(authcfg, oauth.download_origin))
    for file, asset in zip(result.files, item.product_assets()):
        assert file.path.read_bytes() == stac_server.served_path(asset.href).read_bytes()
    assert oauth.token_requests and oauth.token_requests[0]["grant_type"] == "password"
    assert oauth.token_requests[0]["username"] == USER
    assert len(oauth.file_requests) == len(result.files)
    assert all(auth.startswith("Bearer ") and auth[7:] in oauth.tokens for _, auth in oauth.file_requests)
    elsewhere = Login(authcfg, stac_server.other_origin)  # the token is for the download origin, not this one
    with pytest.raises(TransferError) as raised:
        fetch_product(on(oauth, item), tmp_path / "elsewhere", elsewhere)
    assert raised.value.status == 401 and oauth.file_requests[-1][1] == "-"


def test_a_refused_oauth2_login_names_its_configuration_and_writes_nothing(stac_server, oauth, tmp_path):
    authcfg = oauth2_authcfg(oauth.token_url, PASSWORD[::-1])
    item = parse_item(stac_server.items("terrascope-s2-ndvi-v2", "31UES")[4])
    with pytest.raises(TransferError) as raised:
        fetch_product(on(oauth, item), tmp_path, Login(authcfg, oauth.download_origin))
    text = raised.value.user_text()
    assert authcfg in text and "Options > Authentication" in text and PASSWORD[::-1] not in text
    assert list((tmp_path / item.id).iterdir()) == []


def test_an_oauth2_login_in_the_panels_task_thread(stac_server, oauth, qgis_app, tmp_path):
    import time

    from qgis.core import QgsApplication

    from terrascope_s2.plugin.core.stac.tasks import FetchProductTask

    authcfg = oauth2_authcfg(oauth.token_url, PASSWORD)
    item = parse_item(stac_server.items("terrascope-s2-ndvi-v2", "31UES")[5])
    outcome = {}
    for attempt in range(2):  # a new token in one worker thread, then the one QGIS keeps, in another
        task = FetchProductTask(on(oauth, item), tmp_path / str(attempt), Login(authcfg, oauth.download_origin))
        task.done.connect(lambda result, attempt=attempt: outcome.update({attempt: result}))
        task.failed.connect(lambda text, attempt=attempt: outcome.update({attempt: text}))
        QgsApplication.taskManager().addTask(task)
        deadline = time.monotonic() + 60
        while attempt not in outcome:
            assert time.monotonic() < deadline, "the task did not end"
            qgis_app.processEvents()
            time.sleep(0.01)
        assert not isinstance(outcome[attempt], str), outcome[attempt]
        assert [f.path.read_bytes() for f in outcome[attempt].files] == [
            stac_server.served_path(a.href).read_bytes() for a in item.product_assets()]
    assert all(auth.startswith("Bearer ") for path, auth in oauth.file_requests if item.id in path)
