"""A product's files from the catalogue into a folder of its own, or opened where they already are (in place).

    result = fetch_product(item, root, login, contents=None, overwrite=False, timeout_s=30, feedback=f, progress=p)
    result.folder, result.files ([FileResult: path, outcome]), result.in_place

- In place: when every file of the product has an on-platform path (alternate MEP/local) that exists and is readable
  (a Terrascope virtual machine), nothing is downloaded.
- Downloaded through QGIS's network stack (transfer.py: the login only to its origin), streamed to
  `<root>/<item id>/<file>.part` as it arrives (memory stays flat), checked against the announced size, then renamed.
- Never over an existing file unless `overwrite`: a file already there is kept and used (outcome KEPT).
- A free-space check before anything is written (with the item's sizes, else each file's Content-Length).
- A download that broke off (or was cancelled) leaves its `.part`: the next attempt asks only for the rest
  (HTTP Range) where the server allows it, else starts again. A full disk removes the `.part`.
Blocking: run it in a QgsTask or an algorithm.
"""

from __future__ import annotations

import errno
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from qgis.core import QgsFeedback

from ..errors import PluginError
from ..text import QT_TRANSLATE_NOOP
from .items import CatalogueError, Item, Scaling
from .transfer import Login, Response, TransferError, send, status_error

PART_SUFFIX = ".part"
SPACE_MARGIN = 32 * 1024 * 1024  # left free beyond the files (the system and QGIS need some too)
DOWNLOADED, RESUMED, KEPT, IN_PLACE = "downloaded", "resumed", "kept", "in place"
Progress = Callable[[int, "int | None"], None]  # bytes done, bytes in all (None: unknown)


class DownloadError(PluginError):
    """A file that could not be downloaded; what was kept (a .part to resume) is said in the message."""


@dataclass
class FileResult:
    path: Path
    outcome: str  # DOWNLOADED, RESUMED, KEPT or IN_PLACE
    size: int
    scaling: Scaling | None = None


@dataclass
class ProductResult:
    item: Item
    folder: Path
    files: list[FileResult] = field(default_factory=list)
    in_place: bool = False

    def scalings(self) -> dict[str, Scaling]:
        """File name -> the item's scaling of that file (for the product loader: the item's values win)."""
        return {f.path.name: f.scaling for f in self.files if f.scaling is not None}


def product_folder(root: Path, item: Item) -> Path:
    return Path(root) / safe_name(item.id)


def safe_name(name: str) -> str:
    """A name from the catalogue as a file or folder name, or CatalogueError: never a path that leaves the folder."""
    if (not name or name in (".", "..") or name.startswith(".") or any(c in name for c in "/\\\0:")
            or len(name.encode()) > 255):
        raise CatalogueError(QT_TRANSLATE_NOOP("@default", "The catalogue names a file '{name}', which the plugin does "
                                                           "not write (not a plain file name)."), name=name[:100])
    return name


def in_place_paths(item: Item, contents: tuple[str, ...] | None = None) -> list[Path] | None:
    """The product's files where they are (Terrascope's platform), when all of them exist and can be read; else None."""
    assets = item.product_assets(contents)
    if not assets or any(not asset.local_path for asset in assets):
        return None
    paths = [Path(asset.local_path) for asset in assets]
    if all(path.is_file() and os.access(path, os.R_OK) for path in paths):
        return paths
    return None


def fetch_product(item: Item, root: str | Path, login: Login | None = None, *, contents: tuple[str, ...] | None = None,
                  overwrite: bool = False, allow_in_place: bool = True, timeout_s: float = 30,
                  feedback: QgsFeedback | None = None, progress: Progress | None = None) -> ProductResult:
    """The product's files (images, scene classification, metadata) in place or in `<root>/<item id>/`."""
    assets = item.product_assets(contents)
    if not assets:
        raise CatalogueError(QT_TRANSLATE_NOOP("@default", "The catalogue lists no files for {item}: there is nothing to "
                                                           "open."), item=item.id)
    if allow_in_place:
        local = in_place_paths(item, contents)
        if local is not None:
            files = [FileResult(path, IN_PLACE, path.stat().st_size, asset.scaling) for path, asset in zip(local, assets)]
            return ProductResult(item, local[0].parent, files, in_place=True)
    folder = product_folder(Path(root), item)
    targets = [(asset, folder / safe_name(asset.file_name)) for asset in assets]
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DownloadError(QT_TRANSLATE_NOOP("@default", "The folder {folder} cannot be made: choose another download "
                                                          "folder in the settings."), error.strerror or "",
                            folder=folder) from None
    wanted = [(asset, target) for asset, target in targets if overwrite or not target.exists()]
    check_space(folder, [asset.size for asset, _ in wanted], [_part(target) for _, target in wanted])
    total = sum(asset.size for asset, _ in wanted) if all(asset.size is not None for asset, _ in wanted) else None
    done = 0
    result = ProductResult(item, folder)
    for asset, target in targets:
        if target.exists() and not overwrite:
            result.files.append(FileResult(target, KEPT, target.stat().st_size, asset.scaling))
            continue
        before = done

        def file_progress(received: int, _size: int | None, before=before) -> None:
            if progress is not None:
                progress(before + received, total)

        outcome, size = download_file(asset.href, target, login, expected_size=asset.size, overwrite=overwrite,
                                      timeout_s=timeout_s, feedback=feedback, progress=file_progress)
        done = before + size
        result.files.append(FileResult(target, outcome, size, asset.scaling))
    return result


def check_space(folder: Path, sizes: list[int | None], parts: list[Path]) -> None:
    """DownloadError when the known sizes (less what .part files hold already) do not fit on the disk of `folder`."""
    known = [size for size in sizes if size is not None]
    if not known:
        return
    held = sum(part.stat().st_size for part in parts if part.exists())
    needed = max(0, sum(known) - held)
    free = shutil.disk_usage(folder).free
    if needed + SPACE_MARGIN > free:
        raise DownloadError(QT_TRANSLATE_NOOP(
            "@default", "Not enough free space in {folder}: the files need {needed} MB and {free} MB are free. Free some "
                        "space or choose another download folder in the settings."),
            folder=folder, needed=_mb(needed + SPACE_MARGIN), free=_mb(free))


def download_file(url: str, target: Path, login: Login | None = None, *, expected_size: int | None = None,
                  overwrite: bool = False, timeout_s: float = 30, feedback: QgsFeedback | None = None,
                  progress: Progress | None = None) -> tuple[str, int]:
    """One file to `target` through `target.part`; (DOWNLOADED or RESUMED, its size). See the module's docstring."""
    if target.exists() and not overwrite:
        return KEPT, target.stat().st_size
    part = _part(target)
    check_space(target.parent, [expected_size], [part])
    for attempt in range(2):  # a second time from the start when the .part cannot be continued
        offset = part.stat().st_size if part.exists() else 0
        writer = _Writer(part, offset, target.name, expected_size)

        def file_progress(received: int, _total: int | None, offset=offset) -> None:
            if progress is not None:
                progress(offset + received, expected_size)

        try:
            response = send(url, login=login, timeout_s=timeout_s, deadline_s=None, feedback=feedback,
                            headers={"Range": f"bytes={offset}-"} if offset else None,
                            on_headers=writer.open, progress=file_progress)
            writer.close()
        except _RestartError:
            writer.close(quietly=True)
            part.unlink(missing_ok=True)
            continue
        except TransferError as error:
            writer.close(quietly=True)
            if writer.file_size is not None:  # the file had begun: what arrived stays in the .part, to resume
                raise DownloadError(QT_TRANSLATE_NOOP(
                    "@default", "The download of {name} broke off after {received} MB. What arrived is kept: download "
                                "it again to continue where it stopped."), error.user_text(),
                    name=target.name, received=_mb(part.stat().st_size if part.exists() else 0)) from None
            raise
        except OSError as error:
            writer.close(quietly=True)
            raise _write_error(error, part, target) from None
        except BaseException:
            writer.close(quietly=True)
            raise
        if response.status == 416:  # the .part does not fit the file on the server: start again, or it was complete
            if writer.complete_at_416(response):
                break
            part.unlink(missing_ok=True)
            if attempt == 0:
                continue
        if response.status >= 400:
            raise status_error(response, login)
        if response.status >= 300 or writer.file_size is None:
            raise TransferError(QT_TRANSLATE_NOOP("@default", "The server answered with an error."),
                                f"HTTP {response.status}: {response.url}", response.status)
        break
    size = part.stat().st_size
    announced = writer.expected_total
    if (announced is not None and size != announced) or (expected_size is not None and size != expected_size):
        wanted = expected_size if expected_size is not None and size != expected_size else announced
        if size > (wanted or 0):
            part.unlink(missing_ok=True)
        raise DownloadError(QT_TRANSLATE_NOOP(
            "@default", "The file {name} arrived with {size} bytes instead of {expected}: download it again."),
            name=target.name, size=size, expected=wanted)
    if target.exists() and not overwrite:  # appeared meanwhile: not replaced
        raise DownloadError(QT_TRANSLATE_NOOP("@default", "{name} appeared in the folder during the download and was "
                                                          "not replaced; the download is kept as {part}."),
                            name=target.name, part=part.name)
    os.replace(part, target)
    return (RESUMED if writer.resumed else DOWNLOADED), size


class _Writer:
    """Opens the .part when the answer's headers say how (append after a 206, from the start after a 200) and writes
    each chunk; checks the free space against Content-Length first."""

    def __init__(self, part: Path, offset: int, name: str, expected_size: int | None):
        self.part, self.offset, self.name, self.expected_size = part, offset, name, expected_size
        self.file = None
        self.file_size: int | None = None  # bytes in the .part when it was opened
        self.expected_total: int | None = None
        self.resumed = False

    def open(self, response: Response):
        if "text/html" in response.content_type and not self.name.lower().endswith((".html", ".htm")):
            raise DownloadError(QT_TRANSLATE_NOOP(
                "@default", "The server sent a web page instead of {name} (a sign-in page?): check the login chosen for "
                            "the catalogue in the plugin's settings."), response.url, name=self.name)
        length = response.content_length()
        append = False
        if response.status == 206:
            start, total = _content_range(response.headers.get("content-range", ""))
            if start != self.offset:
                raise _RestartError()
            append, self.resumed = True, True
            self.expected_total = total
        else:
            self.expected_total = length
        remaining = max(length or 0, (self.expected_size or 0) - (self.offset if append else 0))
        if remaining and remaining + SPACE_MARGIN > shutil.disk_usage(self.part.parent).free:
            raise DownloadError(QT_TRANSLATE_NOOP(
                "@default", "Not enough free space in {folder}: the files need {needed} MB and {free} MB are free. Free "
                            "some space or choose another download folder in the settings."),
                folder=self.part.parent, needed=_mb(remaining + SPACE_MARGIN),
                free=_mb(shutil.disk_usage(self.part.parent).free))
        # unbuffered: each chunk (up to network.READ_BUFFER_BYTES) goes to the disk as it is, never copied into a buffer
        self.file = open(self.part, "ab" if append else "wb", buffering=0)  # noqa: SIM115 - closed by close()
        self.file_size = self.offset if append else 0
        return self.write

    def write(self, data: memoryview) -> None:
        while data:  # an unbuffered write may take only part (at a file size limit): the rest again, or its OSError
            data = data[self.file.write(data):]

    def close(self, quietly: bool = False) -> None:
        """Close the .part (an error of the file system shows here as OSError, unless `quietly`)."""
        if self.file is not None:
            file, self.file = self.file, None
            try:
                file.close()
            except OSError:
                if not quietly:
                    raise

    def complete_at_416(self, response: Response) -> bool:
        """A 416 because the .part already holds the whole file (a download stopped after its last byte)."""
        if response.status != 416:
            return False
        total = _content_range(response.headers.get("content-range", ""))[1]
        if total is not None and total == self.offset and (self.expected_size in (None, total)):
            self.expected_total, self.file_size, self.resumed = total, total, True
            return True
        return False


class _RestartError(DownloadError):
    """The server answered a range request from another offset: the .part is dropped and the file asked again."""

    def __init__(self):
        super().__init__("restart")


def _content_range(value: str) -> tuple[int | None, int | None]:
    """'bytes 100-199/2000' -> (100, 2000); 'bytes */2000' -> (None, 2000)."""
    try:
        unit, _, rest = value.strip().partition(" ")
        span, _, total = rest.partition("/")
        start = None if span == "*" else int(span.split("-")[0])
        return start, (None if total in ("", "*") else int(total))
    except ValueError:
        return None, None


def _part(target: Path) -> Path:
    return target.with_name(target.name + PART_SUFFIX)


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.0f}" if size >= 10 * 1024 * 1024 else f"{size / (1024 * 1024):.1f}"


def _write_error(error: OSError, part: Path, target: Path) -> DownloadError:
    if error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        part.unlink(missing_ok=True)  # the half file would only keep the disk full
        return DownloadError(QT_TRANSLATE_NOOP(
            "@default", "The disk is full: {name} could not be written to {folder}. Free some space or choose another "
                        "download folder in the settings."), error.strerror or "", name=target.name, folder=target.parent)
    return DownloadError(QT_TRANSLATE_NOOP("@default", "{name} cannot be written to {folder}: choose another download "
                                                       "folder in the settings."), error.strerror or str(error),
                         name=target.name, folder=target.parent)
