"""Fixtures of the algorithm tests: real files on real (tiny, read-only or full) file systems; every mount is undone,
even when a test fails."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from terrascope_s2.tests.helpers.fsfaults import tmpfs_mounted


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
