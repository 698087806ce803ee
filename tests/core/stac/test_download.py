"""Downloading a product's files from the loopback catalogue's download server (lighttpd behind Basic authentication):
byte for byte, the login only where it belongs, resumed, never over an existing file, opened in place."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest

from terrascope_s2.plugin.core.errors import CancelledError, PluginError
from terrascope_s2.plugin.core.stac.download import (
    DOWNLOADED,
    IN_PLACE,
    KEPT,
    RESUMED,
    DownloadError,
    download_file,
    fetch_product,
)
from terrascope_s2.plugin.core.stac.items import parse_item
from terrascope_s2.plugin.core.stac.transfer import Login, TransferError
from terrascope_s2.tests.helpers.faulty_files import FaultyFiles


def product(server, collection="terrascope-s2-ndvi-v2", tile="31UFS", number=0):
    return parse_item(server.items(collection, tile)[number])


def requests_for(server, name: str):
    return [entry for entry in server.file_requests() if name in entry[2]]


def test_a_product_downloads_byte_for_byte_with_the_login_sent_to_the_download_server(stac_server, stac_login, tmp_path):
    item = product(stac_server, number=3)
    result = fetch_product(item, tmp_path, stac_login)
    assert not result.in_place and result.folder == tmp_path / item.id
    names = sorted(f.path.name for f in result.files)
    assert names == sorted([f"{item.id[:-10]}_NDVI_10M_V210.tif", f"{item.id[:-10]}_SCENECLASSIFICATION_20M_V210.tif",
                            f"{item.id[:-10]}_NDVI_10M_V210.xml"])
    for file, asset in zip(result.files, item.product_assets()):
        assert file.outcome == DOWNLOADED
        assert file.path.read_bytes() == stac_server.served_path(asset.href).read_bytes()
    assert sorted(p.name for p in result.folder.iterdir()) == names  # no .part left, nothing else
    sent = requests_for(stac_server, item.id)
    assert len(sent) == 3 and all(auth.startswith("Basic ") and status == 200 for _, auth, _, status in sent)
    ndvi = next(f for f in result.files if f.path.suffix == ".tif" and "_NDVI_" in f.path.name)
    assert (ndvi.scaling.scale, ndvi.scaling.offset, ndvi.scaling.nodata) == (0.004, -0.08, 255.0)


def test_files_already_there_are_kept_and_not_asked_again_unless_overwrite_is_asked(stac_server, stac_login, tmp_path):
    item = product(stac_server, number=4)
    first = fetch_product(item, tmp_path, stac_login)
    mine = first.files[0].path
    mine.write_bytes(b"the user's own edit")
    again = fetch_product(item, tmp_path, stac_login)
    assert [f.outcome for f in again.files] == [KEPT] * 3
    assert mine.read_bytes() == b"the user's own edit"
    assert len(requests_for(stac_server, item.id)) == 3  # the first three only
    replaced = fetch_product(item, tmp_path, stac_login, overwrite=True)
    assert [f.outcome for f in replaced.files] == [DOWNLOADED] * 3
    assert mine.read_bytes() == stac_server.served_path(item.product_assets()[0].href).read_bytes()


def test_a_part_left_by_a_broken_download_is_continued_with_a_range_request(stac_server, stac_login, tmp_path):
    item = product(stac_server, number=5)
    asset = item.product_assets()[0]
    served = stac_server.served_path(asset.href).read_bytes()
    target = tmp_path / asset.file_name
    Path(str(target) + ".part").write_bytes(served[:100_000])
    outcome, size = download_file(asset.href, target, stac_login)
    assert (outcome, size) == (RESUMED, len(served)) and target.read_bytes() == served
    assert not Path(str(target) + ".part").exists()
    (port, auth, line, status), = requests_for(stac_server, asset.file_name)
    assert status == 206 and auth.startswith("Basic ")


def test_the_newer_items_open_in_place_without_any_request(stac_server, stac_login, tmp_path):
    item = product(stac_server, "terrascope-s2-lai-v2", number=2)
    result = fetch_product(item, tmp_path / "downloads", stac_login)
    assert result.in_place and [f.outcome for f in result.files] == [IN_PLACE] * 3
    assert [f.path for f in result.files] == [stac_server.served_path(a.href) for a in item.product_assets()]
    assert not (tmp_path / "downloads").exists()
    assert requests_for(stac_server, item.id) == []
    downloaded = fetch_product(item, tmp_path / "downloads", stac_login, allow_in_place=False)
    assert not downloaded.in_place and [f.outcome for f in downloaded.files] == [DOWNLOADED] * 3


def with_hrefs(item, replace):
    assets = tuple(dataclasses.replace(a, href=replace(a.href)) for a in item.assets)
    return dataclasses.replace(item, assets=assets)


def test_a_redirect_to_another_origin_is_followed_without_the_login(stac_server, stac_login, tmp_path):
    item = product(stac_server, number=6)
    moved = with_hrefs(item, lambda href: href.replace("/download/", "/elsewhere/"))
    result = fetch_product(moved, tmp_path, stac_login)
    for file, asset in zip(result.files, item.product_assets()):
        assert file.path.read_bytes() == stac_server.served_path(asset.href).read_bytes()
    sent = requests_for(stac_server, item.id)
    here = [auth for port, auth, _, _ in sent if port == stac_server.files_port]
    there = [auth for port, auth, _, _ in sent if port == stac_server.other_port]
    assert len(here) == len(there) == 3
    assert all(auth.startswith("Basic ") for auth in here)
    assert there == ["-"] * 3  # the other origin never saw the login


def test_a_relative_redirect_on_the_same_origin_keeps_the_login(stac_server, stac_login, tmp_path):
    item = product(stac_server, number=7)
    moved = with_hrefs(item, lambda href: href.replace("/download/", "/moved/"))
    result = fetch_product(moved, tmp_path, stac_login)
    assert all(f.outcome == DOWNLOADED for f in result.files)
    sent = requests_for(stac_server, item.id)
    assert [status for _, _, _, status in sent] == [302, 200] * 3
    assert all(auth.startswith("Basic ") for _, auth, _, _ in sent)


def test_a_login_for_another_origin_is_never_sent(stac_server, stac_authcfg, tmp_path):
    item = product(stac_server, number=8)
    elsewhere = Login(stac_authcfg, stac_server.other_origin)
    with pytest.raises(TransferError) as raised:
        fetch_product(item, tmp_path, elsewhere)
    assert raised.value.status == 401
    assert "asks for a login" in raised.value.user_text()
    assert all(auth == "-" for _, auth, _, _ in requests_for(stac_server, item.id))
    assert list((tmp_path / item.id).iterdir()) == []


def test_a_refused_login_names_its_configuration_and_writes_nothing(stac_server, wrong_authcfg, tmp_path):
    item = product(stac_server, number=9)
    with pytest.raises(TransferError) as raised:
        fetch_product(item, tmp_path, Login(wrong_authcfg, stac_server.download_origin))
    text = raised.value.user_text()
    assert wrong_authcfg in text and "Options > Authentication" in text and stac_server.password[::-1] not in text
    assert list((tmp_path / item.id).iterdir()) == []


def test_a_forbidden_file_says_so(stac_server, stac_login, tmp_path):
    item = with_hrefs(product(stac_server, number=10), lambda href: href.replace("/download/", "/forbidden/"))
    with pytest.raises(TransferError) as raised:
        fetch_product(item, tmp_path, Login(stac_login.authcfg, stac_server.download_origin))
    assert raised.value.status == 403 and "refused" in raised.value.user_text()


# -- a server that misbehaves --------------------------------------------------------------------------------------

DATA = os.urandom(3 * 1024 * 1024 + 17)


@pytest.fixture(scope="module")
def faulty():
    with FaultyFiles(DATA) as server:
        yield server


def test_a_download_that_breaks_half_way_keeps_no_file_and_resumes(faulty, qgis_app, tmp_path):
    target = tmp_path / "S2A_20230103T105629_31UFS_NDVI_10M_V210.tif"
    url = faulty.url(f"/half/{tmp_path.name}/{target.name}")
    with pytest.raises(DownloadError) as raised:
        download_file(url, target)
    assert "broke off" in raised.value.user_text() and "download it again" in raised.value.user_text()
    assert not target.exists()
    part = Path(str(target) + ".part")
    assert 0 < part.stat().st_size < len(DATA) and part.read_bytes() == DATA[:part.stat().st_size]
    outcome, size = download_file(url, target)
    assert (outcome, size) == (RESUMED, len(DATA)) and target.read_bytes() == DATA and not part.exists()
    assert faulty.requests[-1][2]["Range"] == f"bytes={len(DATA) // 2}-"


def test_a_server_that_ignores_the_range_gives_the_whole_file_again(faulty, qgis_app, tmp_path):
    target = tmp_path / "file.tif"
    Path(str(target) + ".part").write_bytes(b"x" * 1000)
    assert download_file(faulty.url("/norange/file.tif"), target) == (DOWNLOADED, len(DATA))
    assert target.read_bytes() == DATA


def test_a_wrong_range_answer_starts_again_from_the_beginning(faulty, qgis_app, tmp_path):
    target = tmp_path / "file.tif"
    Path(str(target) + ".part").write_bytes(DATA[:1000])
    outcome, _ = download_file(faulty.url("/wrongrange/file.tif"), target)
    assert target.read_bytes() == DATA


def test_a_web_page_instead_of_the_file_writes_nothing(faulty, qgis_app, tmp_path):
    target = tmp_path / "file.tif"
    with pytest.raises(DownloadError, match="web page"):
        download_file(faulty.url("/html/file.tif"), target)
    assert list(tmp_path.iterdir()) == []


def test_a_file_smaller_than_the_catalogue_said_is_not_renamed(faulty, qgis_app, tmp_path):
    target = tmp_path / "file.tif"
    with pytest.raises(DownloadError) as raised:
        download_file(faulty.url("/ok/file.tif"), target, expected_size=len(DATA) + 5)
    assert f"{len(DATA)} bytes instead of {len(DATA) + 5}" in raised.value.user_text()
    assert not target.exists()


def test_a_cancel_stops_at_once_and_leaves_no_file_under_its_name(faulty, qgis_app, tmp_path):
    from qgis.core import QgsFeedback
    from qgis.PyQt.QtCore import QTimer

    feedback = QgsFeedback()
    QTimer.singleShot(300, feedback.cancel)
    target = tmp_path / "file.tif"
    with pytest.raises(CancelledError):
        download_file(faulty.url("/slow/file.tif"), target, feedback=feedback)
    assert not target.exists()


def test_a_server_that_stops_sending_is_given_up_after_the_timeout(faulty, qgis_app, tmp_path):
    target = tmp_path / "file.tif"
    with pytest.raises(DownloadError) as raised:
        download_file(faulty.url("/slow/file.tif/stall"), target, timeout_s=1)
    assert "did not answer in time" in raised.value.user_text() and not target.exists()


def test_not_enough_space_is_said_before_anything_is_written(faulty, qgis_app, tmp_path):
    import shutil

    target = tmp_path / "file.tif"
    free = shutil.disk_usage(tmp_path).free
    with pytest.raises(DownloadError, match="Not enough free space"):
        download_file(faulty.url("/ok/file.tif"), target, expected_size=free * 2)
    item = dataclasses.replace(parse_item_with_size(free * 2), assets=parse_item_with_size(free * 2).assets)
    with pytest.raises(DownloadError, match="Not enough free space"):
        fetch_product(item, tmp_path)
    assert list(tmp_path.iterdir()) == [tmp_path / item.id] and list((tmp_path / item.id).iterdir()) == []
    assert not any("file.tif" in p.name for p in tmp_path.iterdir())


def parse_item_with_size(size: int):
    import json

    from terrascope_s2.tests.helpers.stac_items import real_stac_file

    raw = json.loads(real_stac_file("S2A_20230220T074941_38SKG_TOC_V210.json").read_text())
    for asset in raw["assets"].values():
        asset["file:size"] = size // 18
    return parse_item(raw)


def test_a_full_disk_leaves_no_half_file(faulty, qgis_app, tmp_path):
    """A 1 MB file system, a file of unknown length (no Content-Length, no size in the item): the disk fills up."""
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    from terrascope_s2.tests.helpers.fsfaults import tmpfs_mounted

    with tmpfs_mounted(tmp_path / "small", "1m") as small:
        target = small / "file.tif"
        with pytest.raises(DownloadError) as raised:
            download_file(faulty.url("/chunked/file.tif"), target)
        assert "disk is full" in raised.value.user_text()
        assert list(small.iterdir()) == []


def test_errors_are_plugin_errors_with_plain_messages():
    assert issubclass(DownloadError, PluginError) and issubclass(TransferError, PluginError)


def _peak_rss_kb() -> int:
    import re

    return int(re.search(r"VmHWM:\s+(\d+)", open("/proc/self/status").read()).group(1))


def test_a_large_download_keeps_memory_flat(stac_server, stac_login, tmp_path):
    """256 MB through the login-protected server: the process's peak memory grows by far less than the file."""
    size = 256 * 1024 * 1024
    big = stac_server.files_root / "big" / "S2A_20230103T105629_31UFS_TOC-B04_10M_V210.tif"
    big.parent.mkdir(exist_ok=True)
    with open(big, "wb") as out:
        out.truncate(size)  # sparse: instant to make, served like any file
    try:
        open("/proc/self/clear_refs", "w").write("5")  # the peak (VmHWM) starts again from here
    except OSError:
        pytest.skip("the kernel does not let a process reset its peak memory")
    before = _peak_rss_kb()
    target = tmp_path / big.name
    assert download_file(f"{stac_server.download_origin}/download/big/{big.name}", target, stac_login) == (DOWNLOADED, size)
    grown_mb = (_peak_rss_kb() - before) / 1024
    print(f"peak memory grew by {grown_mb:.1f} MB for a {size >> 20} MB download")
    assert grown_mb < 48
    assert target.stat().st_size == size
    big.unlink()


def test_a_refused_login_is_refused_after_a_good_one_fetched_the_same_file(stac_server, stac_login, wrong_authcfg,
                                                                          tmp_path):
    item = product(stac_server, "terrascope-s2-fapar-v2", number=12)
    fetch_product(item, tmp_path / "good", stac_login)
    asked = len(stac_server.file_requests())
    with pytest.raises(TransferError) as raised:  # not the copy in QGIS's network cache
        fetch_product(item, tmp_path / "wrong", Login(wrong_authcfg, stac_server.download_origin))
    assert raised.value.status == 401 and wrong_authcfg in raised.value.user_text()
    assert len(stac_server.file_requests()) > asked
    assert list((tmp_path / "wrong" / item.id).iterdir()) == []
