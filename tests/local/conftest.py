"""The local-product tests: their helpers (s2local.py) importable (the provider and the no-sidecar guard are in
tests/conftest.py)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
