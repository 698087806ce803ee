"""Where things are: the repository, the import root that makes it importable as terrascope_s2, the team's fixtures."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
IMPORT_ROOT = REPO / ".pytest_import"  # holds the link terrascope_s2 -> REPO (made by tests/conftest.py)
SHARED = REPO.parent / "shared"
REAL = SHARED / "fixtures" / "real"
HELPERS = Path(__file__).resolve().parent  # the scripts here run as child processes too (slow_server.py)
