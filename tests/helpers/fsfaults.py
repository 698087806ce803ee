"""File-system faults for the tests: a tiny tmpfs (a full disk), remounted read-only when asked (root only)."""

from __future__ import annotations

import subprocess
import uuid
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def tmpfs_mounted(where: Path, size: str):
    where.mkdir(parents=True, exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0777", f"terrascope-test-{uuid.uuid4().hex[:6]}",
                    str(where)], check=True, capture_output=True)
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False, capture_output=True)


def remount_read_only(path: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(path)], check=True, capture_output=True)
