"""Reliability tests: real files on real (tiny, read-only or full) file systems, a fault-injecting HTTP front on
loopback, and a throwaway QGIS authentication database. Every mount, server and process started here is stopped
here, even when a test fails."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "local"))  # s2local: synthetic products, hashes

from fsfaults import tmpfs_mounted  # noqa: E402


@pytest.fixture
def tmpfs(tmp_path):
    """mount(name, size, read_only=False) -> Path: a tmpfs of that size under tmp_path (root only), unmounted afterwards.

    A read-only mount is made after the files are written: mount(...) returns the folder and a function that remounts
    it read-only.
    """
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root; the RLIMIT_FSIZE test covers a full disk without it")
    mounted = []

    def mount(name: str, size: str = "1m") -> Path:
        context = tmpfs_mounted(tmp_path / name, size)
        path = context.__enter__()
        mounted.append(context)
        return path

    yield mount
    for context in reversed(mounted):
        context.__exit__(None, None, None)
