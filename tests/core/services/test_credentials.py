"""A Terrascope login lives in QGIS's authentication database only: after a session that used it (settings saved,
capabilities fetched, a layer added, the project saved, a wrong password tried), the password appears nowhere else.

The session runs in a child process with a throwaway QGIS profile (QGIS_CUSTOM_CONFIG_PATH), so the master password
and the configuration never touch the test session's or the user's profile. The fault front checks the Basic login.
"""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from pathlib import Path

from terrascope_s2.tests.helpers.faultfront import FaultFront
from terrascope_s2.tests.helpers.paths import IMPORT_ROOT

USER = "ts-user-4f2a9"  # a name found nowhere else, to grep for
PASSWORD = "Pw-9f1c&k=ey \"quoted\" 'TERRASCOPE-SECRET'"  # characters that an encoder could mangle into a trace
MARKERS = [PASSWORD, "TERRASCOPE-SECRET", base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()]


def test_the_password_is_only_in_the_authentication_database(tmp_path):
    config = tmp_path / "profile"
    config.mkdir()
    project, log = tmp_path / "project.qgs", tmp_path / "qgis.log"
    import_root = IMPORT_ROOT
    env = {key: value for key, value in os.environ.items() if not key.startswith("QGIS_")}
    env.update(QT_QPA_PLATFORM="offscreen", QGIS_CUSTOM_CONFIG_PATH=str(config))
    with FaultFront(credentials=(USER, PASSWORD)) as front:
        done = subprocess.run(
            [sys.executable, str(Path(__file__).with_name("credentials_probe.py")), str(import_root),
             front.url("").rstrip("/"), USER, PASSWORD, str(project), str(log)],
            env=env, capture_output=True, text=True, timeout=120, cwd=tmp_path)
        requests = list(front.requests)
    assert done.returncode == 0, done.stdout + done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])

    # the login was really used: the front saw the right Basic header on /wmts/auth, and the layer is valid with it
    authorized = [headers.get("Authorization", "") for path, headers in requests if path.startswith("/wmts/auth")]
    assert f"Basic {MARKERS[2]}" in authorized
    assert result["layers"] == ["CGS_S2_NDVI"] and result["valid"] is True
    assert f"authcfg={result['good']}" in result["source"]

    # a wrong password says which configuration failed (its id), no configuration says to check it
    wrong, missing, in_url = result["errors"]
    assert "refused the login of the authentication configuration" in wrong and f"authcfg {result['wrong']}" in wrong
    assert "The server refused access" in missing
    assert "The URL holds a user name or password, which the plugin does not send" in in_url
    assert "@127.0.0.1" not in in_url and USER not in in_url
    assert not [path for path, _ in requests if path.startswith("/wmts/status")]  # not sent at all

    # Processing: with the settings' login the dates are listed; a user:password@ URL is refused before it is logged
    with_login, with_login_log, in_url_run, in_url_log = result["processing"]
    assert with_login == "rows: 3", result["processing"]
    assert in_url_run.startswith("refused:") and "user name or password" in in_url_run
    # the Options page stored everything but the URL holding the login
    assert result["stored_after_options"] == [f"{front.url('').rstrip('/')}/wmts/auth", 7]

    # the password is nowhere but in qgis-auth.db (encrypted there too), the user name nowhere at all
    markers = [*MARKERS, USER]
    shown = [done.stdout, done.stderr, log.read_text(), project.read_text(), result["source"], result["public_source"],
             *result["errors"], *result["processing"]]
    shown += [path.read_text(errors="replace") for path in config.rglob("*") if path.is_file() and path.suffix != ".db"]
    for marker in markers:
        assert not [text[:200] for text in shown if marker in text], f"{marker!r} leaked"
    databases = [path for path in config.rglob("*.db")]
    assert any(path.name == "qgis-auth.db" for path in databases)
    for database in databases:
        data = database.read_bytes()
        assert not [marker for marker in MARKERS if marker.encode() in data], f"{database.name} holds the password in clear"
    settings = next(config.rglob("QGIS3.ini")).read_text()
    assert f"authcfg={result['good']}" in settings  # the plugin's settings keep the id, and only the id
