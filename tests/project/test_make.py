"""The developer's make targets: `make run`, `make demo` and `make package` install only what they need (not the test
toolchain: the venvs, PostgreSQL), and QGIS started by `make run` stops cleanly, closed or with Ctrl-C."""

from __future__ import annotations

import os
import signal
import subprocess  # nosec B404: the test runs make and the project's scripts
import time

import pytest

from terrascope_s2.tests.helpers.desktop import desktop_missing
from terrascope_s2.tests.helpers.paths import REPO

TEST_TOOLCHAIN = ("pip install", "-m venv", "install-stac-deps", "requirements-dev", "requirements-stac")


def dry_run(target: str, tmp_path) -> str:
    """What `make <target>` would run on a fresh clone (no venv yet: pointed at empty places)."""
    return subprocess.run(["make", "-n", "--no-print-directory", target, f"RUN_DIR={tmp_path}", f"VENV={tmp_path}/venv",
                           f"STAC_VENV={tmp_path}/stac"], cwd=REPO, capture_output=True, text=True, check=True).stdout


@pytest.mark.parametrize("target", ["run", "demo", "package"])
def test_run_demo_and_package_install_no_test_toolchain(target, tmp_path):
    commands = dry_run(target, tmp_path)
    assert "install-deps.sh" in commands  # what they do need: QGIS, Qt's translation tools
    assert [word for word in TEST_TOOLCHAIN if word in commands] == []
    installs = [line for line in commands.splitlines() if "install-deps.sh" in line]
    assert all(not {"tests", "bench"} & set(line.split()) and line.split()[-1] != "install-deps.sh" for line in installs), installs


def start_qgis(command: list[str], tmp_path) -> subprocess.Popen:
    """QGIS by make or the script, as from a terminal: its own process group, Ctrl-C (SIGINT) not ignored."""
    ready = tmp_path / "ready"
    script = tmp_path / "ready.py"
    script.write_text(f"open({str(ready)!r}, 'w').close()\n")
    env = {key: value for key, value in os.environ.items() if key not in ("DISPLAY", "QT_QPA_PLATFORM")}
    process = subprocess.Popen([*command, "--code", str(script)] if command[0] != "make" else command, env=env, cwd=REPO,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))  # noqa: PLW1509
    process.ready = ready
    return process


def qgis_left(run_dir) -> list[str]:
    found = subprocess.run(["pgrep", "-af", f"profiles-path {run_dir}"], capture_output=True, text=True).stdout
    return found.splitlines()


@pytest.mark.desktop
def test_ctrl_c_stops_qgis_cleanly(tmp_path):
    if desktop_missing():
        pytest.skip("xvfb-run and qgis.bin are needed: run `make deps`")
    process = start_qgis(["scripts/run-qgis.sh", str(tmp_path)], tmp_path)
    deadline = time.monotonic() + 90
    while not process.ready.exists() and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.2)
    assert process.ready.exists(), "QGIS did not start"
    os.killpg(process.pid, signal.SIGINT)  # what the terminal does on Ctrl-C: the whole foreground group
    output, _ = process.communicate(timeout=60)
    assert process.returncode == 0, output
    assert "QGIS stopped." in output and "XIO" not in output and "Error" not in output
    assert qgis_left(tmp_path) == []  # QGIS and its virtual screen are gone


@pytest.mark.desktop
def test_closing_qgis_ends_make_run_cleanly(tmp_path):
    if desktop_missing():
        pytest.skip("xvfb-run and qgis.bin are needed: run `make deps`")
    quit_script = tmp_path / "quit.py"
    quit_script.write_text("from qgis.PyQt.QtCore import QTimer\nfrom qgis.utils import iface\n"
                           "QTimer.singleShot(1000, iface.mainWindow().close)\n")
    process = subprocess.run(["scripts/run-qgis.sh", str(tmp_path), "--code", str(quit_script)], cwd=REPO,
                             env={k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")},
                             capture_output=True, text=True, timeout=120)
    assert process.returncode == 0 and "QGIS stopped." in process.stdout, process.stdout + process.stderr
    assert qgis_left(tmp_path) == []
