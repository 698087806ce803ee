"""The real QGIS desktop for a test: qgis.bin under xvfb-run, in a fresh profile, running a probe script that writes
what it found as JSON (and pictures) and quits QGIS."""

from __future__ import annotations

import json
import os
import shutil
import subprocess  # nosec B404: the test starts QGIS itself
from pathlib import Path

from .paths import REPO


def desktop_missing() -> str:
    """What is missing to start the real desktop here ('' when nothing)."""
    missing = [tool for tool in ("xvfb-run", "qgis.bin") if shutil.which(tool) is None]
    return " and ".join(missing)


def fresh_profile(profiles_path: Path, ini: str = "", link_plugin: bool = True, name: str = "probe") -> Path:
    """A new QGIS profile `name` under profiles_path with the plugin (this clone, linked) enabled and `ini` appended to
    its QGIS3.ini; QGIS's own defaults for everything else."""
    profile = profiles_path / "profiles" / name
    plugins = profile / "python" / "plugins"
    plugins.mkdir(parents=True)
    if link_plugin:
        (plugins / "terrascope_s2").symlink_to(REPO, target_is_directory=True)
    (profile / "QGIS").mkdir()
    (profile / "QGIS" / "QGIS3.ini").write_text("[PythonPlugins]\nterrascope_s2=true\n" + ini, encoding="utf-8")
    return profile


def run_desktop(profiles_path: Path, probe: Path, out: Path, timeout: int = 180, env: dict | None = None,
                screen: str = "1600x1000x24", name: str = "probe") -> dict:
    """Start qgis.bin on a virtual screen with profile profiles_path/profiles/<name> and the probe script; the probe
    writes JSON to `out` (TERRASCOPE_PROBE_OUT) and quits QGIS. Returns that JSON."""
    environment = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "QGIS_CUSTOM_CONFIG_PATH",
                                                                     "QGIS_OPTIONS_PATH")}
    environment["TERRASCOPE_PROBE_OUT"] = str(out)
    environment.update(env or {})
    command = ["xvfb-run", "-a", "-s", f"-screen 0 {screen}", "qgis.bin", "--noversioncheck", "--nologo",
               "--profiles-path", str(profiles_path), "--profile", name, "--code", str(probe)]
    try:
        completed = subprocess.run(command, env=environment, capture_output=True, text=True, timeout=timeout)  # nosec B603
    except subprocess.TimeoutExpired as expired:
        raise AssertionError("QGIS did not quit: a modal dialog (a Python error in a slot?) probably blocked it") from expired
    assert out.exists(), f"the probe wrote nothing; QGIS said:\n{completed.stdout[-3000:]}\n{completed.stderr[-3000:]}"
    return json.loads(out.read_text())


def service_ini(server, **settings: str) -> str:
    """The profile settings that point the panel at the server, and any other plugin `settings` a test chooses."""
    lines = "".join(f"{key}={value}\n" for key, value in settings.items())
    return (f"\n[terrascope_s2]\nservice_profile=custom\ncustom_wmts_url={server.wmts_capabilities_url}\n"
            f"custom_wms_url={server.wms_url}\n{lines}[qgis]\ncheckVersion=false\n")
