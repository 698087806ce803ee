"""Shared test set-up: the plugin importable under its installed name, paths to the team's real fixtures."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
REAL = SHARED / "fixtures" / "real"

# Import the plugin as QGIS does, by its folder name terrascope_s2 (the clone may have any name).
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
