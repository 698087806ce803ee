"""qgis_process with GDAL's default settings (the suite forces GDAL_PAM_ENABLED=NO for itself; users do not) leaves
the folders of its inputs byte for byte as they were (issue 12 item 6): every run of tophysical and
maskbysceneclassification left <input>.tif.aux.xml beside its input, even a run refused at once.

The team's real rasters are copied first (nothing may ever be written into ../shared), then: real `qgis_process run`s on
one file of each real folder (a refused run among them), and one qgis_process that runs both algorithms on every real
raster the way qgis_process runs one (tests/helpers/qgis_process_probe). Listings and checksums before and after."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from terrascope_s2.tests.helpers.paths import IMPORT_ROOT, REAL
from terrascope_s2.tests.helpers.s2local import hashes

FOLDERS = ("vito-s2-31UFS-V102", "vito-s2-parcel-V101", "vito-s2-toc-V210", "vito-s2-parcel-timeseries")
SAMPLES = [  # (folder, file, algorithm): runs, and runs refused at once (a classification, a file without product name)
    ("vito-s2-31UFS-V102", "small_subset_S2B_20180705T105029Z_31UFS_FAPAR_10M_V102.tif", "tophysical"),
    ("vito-s2-31UFS-V102", "small_subset_S2B_20180705T105029Z_31UFS_SCENECLASSIFICATION_20M_V102.tif", "tophysical"),
    ("vito-s2-parcel-V101", "S2A_20170506T105029Z_31UFS_FAPAR_10M_V101.tif", "maskbysceneclassification"),
    ("vito-s2-parcel-timeseries", "fieldmask.tif", "maskbysceneclassification"),
]


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    """The real rasters' folders, copied; their listing and checksums; ../shared's own, to compare at the end."""
    if not REAL.is_dir():
        pytest.skip(f"{REAL} is missing: the tests expect the team's shared/ folder beside the clone")
    if shutil.which("qgis_process.bin") is None:
        pytest.skip("qgis_process.bin is needed: run `make deps`")
    root = tmp_path_factory.mktemp("real_inputs")
    for folder in FOLDERS:
        shutil.copytree(REAL / folder, root / folder)
    shared_before = {folder: hashes(REAL / folder) for folder in FOLDERS}
    yield root, hashes(root)
    assert {folder: hashes(REAL / folder) for folder in FOLDERS} == shared_before


@pytest.fixture(scope="module")
def run_default_gdal(tmp_path_factory):
    """qgis_process.bin with this plugin and the probe plugin enabled, GDAL as users have it."""
    config = tmp_path_factory.mktemp("qgis_process_defaults")
    (config / "profiles" / "default" / "QGIS").mkdir(parents=True)
    (config / "profiles" / "default" / "QGIS" / "QGIS3.ini").write_text(
        "[PythonPlugins]\nterrascope_s2=true\nterrascope_probe=true\n")
    plugins = tmp_path_factory.mktemp("probe_plugins")
    shutil.copytree(Path(__file__).parents[1] / "helpers" / "qgis_process_probe", plugins / "terrascope_probe",
                    ignore=shutil.ignore_patterns("__pycache__"))
    env = {key: value for key, value in os.environ.items() if not key.startswith(("QGIS_", "GDAL_", "CPL_"))}
    env.update(QT_QPA_PLATFORM="offscreen", QGIS_CUSTOM_CONFIG_PATH=str(config),
               QGIS_PLUGINPATH=os.pathsep.join((str(IMPORT_ROOT), str(plugins))))

    def run(*args: str, timeout: int = 600) -> subprocess.CompletedProcess:
        return subprocess.run(["qgis_process.bin", "run", *args], env=env, capture_output=True, text=True, timeout=timeout)

    return run


def listing(root: Path) -> list[str]:
    return sorted(str(path.relative_to(root)) for path in root.rglob("*"))


def test_qgis_process_runs_leave_the_input_folders_as_they_were(inputs, run_default_gdal, tmp_path):
    root, before = inputs
    listed = listing(root)
    outcomes = []
    for folder, name, algorithm in SAMPLES:
        done = run_default_gdal(f"terrascope_s2:{algorithm}", "--", f"INPUT={root / folder / name}",
                                f"OUTPUT={tmp_path / f'{algorithm}_{name}'}")
        outcomes.append(done.returncode)
        assert "Traceback" not in done.stdout + done.stderr, done.stdout + done.stderr
    classification = root / "vito-s2-31UFS-V102" / "small_subset_S2B_20180705T105029Z_31UFS_SCENECLASSIFICATION_20M_V102.tif"
    done = run_default_gdal("terrascope_s2:maskbysceneclassification", "--",  # an explicit CLASSIFICATION got one too
                            f"INPUT={root / SAMPLES[0][0] / SAMPLES[0][1]}", f"CLASSIFICATION={classification}",
                            f"OUTPUT={tmp_path / 'explicit.tif'}")
    outcomes.append(done.returncode)
    assert outcomes == [0, 1, 0, 1, 0]  # three runs, two refusals
    assert listing(root) == listed  # was: <input>.tif.aux.xml beside every input, refused runs' too
    assert hashes(root) == before


def test_every_real_raster_through_both_algorithms_in_qgis_process(inputs, run_default_gdal, tmp_path):
    root, before = inputs
    listed = listing(root)
    done = run_default_gdal("terrascope_probe:everyraster", "--", f"FOLDER={root}", f"OUTPUTS={tmp_path}", timeout=900)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    report = json.loads((tmp_path / "report.json").read_text())
    assert len(report) == 2 * 553  # every real raster of the team's fixtures, twice
    ran = [key for key, outcome in report.items() if outcome == "ran"]
    assert len(ran) >= 220 and not [outcome for outcome in report.values() if "Traceback" in outcome]
    assert listing(root) == listed
    assert hashes(root) == before
