"""Build the zip that QGIS's "Install from ZIP" takes: folder terrascope_s2/, the plugin's files and compiled translations."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INCLUDE = ("metadata.txt", "__init__.py", "LICENSE", "README.md", "plugin", "resources", "i18n")


def plugin_files() -> list[Path]:
    tracked = subprocess.run(["git", "ls-files", *INCLUDE], cwd=ROOT, check=True, capture_output=True, text=True).stdout.split()
    files = [ROOT / name for name in tracked if not name.endswith(".ts")]
    files += sorted((ROOT / "i18n").glob("*.qm"))
    return files


def main(destination: str) -> None:
    target = ROOT / destination
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".zip.partial")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in plugin_files():
            archive.write(path, f"terrascope_s2/{path.relative_to(ROOT)}")
    partial.replace(target)
    print(target)


if __name__ == "__main__":
    main(sys.argv[1])
