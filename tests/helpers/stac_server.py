"""A real STAC API on loopback, the same family of software as Terrascope's catalogue, and the files it points at.

stac-fastapi-pgstac (uvicorn, in its own venv .venv-stac) on pypgstac's schema in PostgreSQL 15 + PostGIS 3 (Debian),
loaded with Terrascope's real items and collection and the items stac_items.py derives from them; the asset files
served by lighttpd behind HTTP Basic authentication (mod_auth), as Terrascope's download server asks for a login.

    with StacServer.start(tmp_dir) as server:          # the `stac_server` session fixture (tests/conftest.py)
        server.url                   # http://127.0.0.1:<port>/   the STAC API's landing page
        server.download_origin       # http://127.0.0.1:<port>    lighttpd: /download/... needs server.user/.password
        server.other_origin          # http://127.0.0.1:<port>    the same files on another port, without a login
        server.catalogue.items       # what was loaded (dicts), server.files_root: the served files
        server.file_requests()       # lighttpd's log: (port, Authorization header or '-', request line, status)

lighttpd also answers, on the download origin: /moved/<path> (302 to /download/<path>, a relative Location),
/elsewhere/<path> (302 to the other origin), /loop/a <-> /loop/b (a redirect loop), /to-file (302 to file:///etc/hostname),
/forbidden/<path> (403), and static pages under / (www/: an HTML page, a malformed JSON document).

Every process (postgres, uvicorn, lighttpd) runs in its own process group and is stopped by that group's id, also when
a test fails (atexit); the PostgreSQL data folder lives in a temporary folder and is removed. Start-up: the database
(initdb, migrate) and uvicorn come up in a thread while the items and files are made; `started_in_s` says how long it
took. Run `PYTHONPATH=.pytest_import python3 -m terrascope_s2.tests.helpers.stac_server --help` for a server that runs until Ctrl-C (`make demo`).
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import json
import os
import secrets
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from .loopback_server import LIGHTTPD, free_port, http_get, stop_process_group
from .paths import REPO
from .stac_items import BELGIAN_TILES, DATE_COUNT, Catalogue, build_catalogue

# The Makefile's STAC_VENV: .venv-stac in the checkout, or the one inside a QGIS version's chroot (scripts/test-versions.sh)
STAC_VENV = Path(os.environ.get("TERRASCOPE_STAC_VENV") or REPO / ".venv-stac")


def _postgresql_version() -> str:
    """Debian's PostgreSQL on this system (15 on Debian 12, 17 on Debian 13): the newest one installed."""
    installed = [path.parent.parent.name for path in Path("/usr/lib/postgresql").glob("*/bin/initdb")]
    return max(installed, key=int, default="15")


PG_BIN = Path(f"/usr/lib/postgresql/{_postgresql_version()}/bin")
POSTGIS_CONTROL = Path(f"/usr/share/postgresql/{_postgresql_version()}/extension/postgis.control")
USER = "terrascope-user"


def missing_software() -> list[str]:
    wanted = [PG_BIN / "initdb", PG_BIN / "postgres", POSTGIS_CONTROL, STAC_VENV / "bin" / "uvicorn",
              STAC_VENV / "bin" / "pypgstac", Path(LIGHTTPD)]
    return [str(path) for path in wanted if not path.exists()]


class _EndedAtStartError(RuntimeError):
    """A server process that ended while starting (its port taken, most often)."""


def _as_postgres() -> dict:
    """Popen arguments that run a PostgreSQL program as the postgres user when we are root (initdb refuses root)."""
    if os.geteuid() != 0:
        return {}
    return {"user": "postgres", "group": "postgres", "extra_groups": []}


class _Database:
    """PostgreSQL in a temporary folder, pgstac's schema, and stac-fastapi-pgstac on uvicorn."""

    def __init__(self, log_folder: Path, context: bool):
        self.folder = Path(tempfile.mkdtemp(prefix="ts2-pg-"))  # in /tmp: the postgres user cannot enter pytest's
        self.log_folder = log_folder
        self.context = context
        self.port = free_port()
        self.api_port = free_port()
        self.postgres: subprocess.Popen | None = None
        self.uvicorn: subprocess.Popen | None = None
        self.error: BaseException | None = None
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres", "postgres")

    @property
    def dsn(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def start(self) -> None:
        """initdb, postgres, pgstac's migration and uvicorn (run in a thread: keeps what failed in self.error)."""
        try:
            data = self.folder / "data"
            subprocess.run([str(PG_BIN / "initdb"), "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8",
                            "-D", str(data)], check=True, capture_output=True, **_as_postgres())
            self._retry(self._start_postgres, data)
            self._pypgstac("migrate")
            if self.context:  # numberMatched in every search answer, as terra-stac-api 1.2 gives it
                subprocess.run([str(PG_BIN / "psql"), "-q", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres",
                                "-c", "INSERT INTO pgstac.pgstac_settings (name, value) VALUES ('context', 'on') "
                                      "ON CONFLICT (name) DO UPDATE SET value = excluded.value"],
                               check=True, capture_output=True)
            self._retry(self._start_uvicorn)
        except BaseException as error:  # noqa: BLE001 - raised again by StacServer.start in the caller's thread
            self.error = error

    def _retry(self, start, *args) -> None:
        """Start a server on a free port; again on another port if it ends at once (another program took the port
        between our look and its bind: other test sessions run on this machine too)."""
        for attempt in range(3):
            try:
                start(*args)
                return
            except _EndedAtStartError:
                if attempt == 2:
                    raise

    def _start_postgres(self, data: Path) -> None:
        if self.postgres is not None:
            stop_process_group(self.postgres, signal.SIGINT)
            self.port = free_port()
        log = (self.log_folder / "postgres.log").open("ab")
        self.postgres = subprocess.Popen(
            [str(PG_BIN / "postgres"), "-D", str(data), "-p", str(self.port), "-k", str(self.folder),
             "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "synchronous_commit=off",
             "-c", "full_page_writes=off"],
            stdin=subprocess.DEVNULL, stdout=log, stderr=log, start_new_session=True, **_as_postgres())
        log.close()
        self._wait(lambda: subprocess.run([str(PG_BIN / "pg_isready"), "-q", "-h", "127.0.0.1", "-p",
                                           str(self.port)], check=False).returncode == 0, self.postgres, "postgres")

    def load(self, collections: Path, items: Path) -> None:
        self._pypgstac("load", "collections", str(collections), "--method", "upsert")
        self._pypgstac("load", "items", str(items), "--method", "insert")

    def _pypgstac(self, *args: str) -> None:
        result = subprocess.run([str(STAC_VENV / "bin" / "pypgstac"), *args, "--dsn", self.dsn], capture_output=True,
                                text=True, check=False)
        if result.returncode != 0:
            raise RuntimeError(f"pypgstac {' '.join(args)} failed: {result.stderr[-2000:]}")

    def _start_uvicorn(self) -> None:
        if self.uvicorn is not None:
            stop_process_group(self.uvicorn)
            self.api_port = free_port()
        env = {key: value for key, value in os.environ.items() if key in ("PATH", "LANG", "LC_ALL", "TZ")}
        env.update(PGHOST="127.0.0.1", PGPORT=str(self.port), PGUSER="postgres", PGPASSWORD="unused",
                   PGDATABASE="postgres", STAC_FASTAPI_TITLE="Terrascope loopback catalogue",
                   STAC_FASTAPI_DESCRIPTION="stac-fastapi-pgstac with Terrascope's items, for the plugin's tests",
                   STAC_FASTAPI_LANDING_ID="terrascope-loopback", STAC_FASTAPI_VERSION="1.0.0")
        log = (self.log_folder / "uvicorn.log").open("ab")
        self.uvicorn = subprocess.Popen(
            [str(STAC_VENV / "bin" / "uvicorn"), "stac_fastapi.pgstac.app:create_app", "--factory", "--host",
             "127.0.0.1", "--port", str(self.api_port), "--log-level", "warning", "--no-access-log"],
            env=env, stdin=subprocess.DEVNULL, stdout=log, stderr=log, start_new_session=True)
        log.close()

        def answers() -> bool:
            try:
                return http_get(self.api_port, "/", timeout=2)[0] == 200
            except OSError:
                return False

        self._wait(answers, self.uvicorn, "uvicorn")

    def _wait(self, ready, process: subprocess.Popen, name: str, timeout_s: float = 60.0) -> None:
        deadline = time.monotonic() + timeout_s
        while not ready():
            if process.poll() is not None:
                raise _EndedAtStartError(f"{name} ended at start-up: see {self.log_folder / (name + '.log')}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"{name} did not answer in {timeout_s:.0f} s")
            time.sleep(0.05)

    def stop(self) -> None:
        if self.uvicorn is not None:
            stop_process_group(self.uvicorn)
        if self.postgres is not None:
            stop_process_group(self.postgres, signal.SIGINT)  # "fast shutdown"
        shutil.rmtree(self.folder, ignore_errors=True)


def write_lighttpd(root: Path, files: Path, www: Path, port: int, other_port: int, users: Path) -> Path:
    config = root / "lighttpd-files.conf"
    config.write_text(f"""server.document-root = "{www}"
server.bind = "127.0.0.1"
server.port = {port}
server.modules = ("mod_access", "mod_alias", "mod_auth", "mod_authn_file", "mod_redirect", "mod_accesslog")
server.errorlog = "{root / 'lighttpd-files-error.log'}"
accesslog.filename = "{root / 'files-access.log'}"
accesslog.format = "%p|%{{Authorization}}i|%r|%>s|%b"
index-file.names = ("index.html", "index.json")
mimetype.assign = (".tif" => "image/tiff", ".xml" => "text/xml", ".json" => "application/json",
                   ".html" => "text/html")
alias.url = ("/download/" => "{files}/", "/forbidden/" => "{files}/")
auth.backend = "plain"
auth.backend.plain.userfile = "{users}"
$SERVER["socket"] == "127.0.0.1:{other_port}" {{ }}
$HTTP["url"] =~ "^/forbidden/" {{ url.access-deny = ("") }}
$SERVER["socket"] == "127.0.0.1:{port}" {{
  $HTTP["url"] =~ "^/download/" {{
    auth.require = ("/download/" => ("method" => "basic", "realm" => "Terrascope", "require" => "valid-user"))
  }}
  url.redirect-code = 302
  url.redirect = (
    "^/moved/(.*)$" => "/download/$1",
    "^/elsewhere/(.*)$" => "http://127.0.0.1:{other_port}/download/$1",
    "^/loop/a$" => "/loop/b",
    "^/loop/b$" => "/loop/a",
    "^/to-file$" => "file:///etc/hostname"
  )
}}
""")
    return config


def write_www(www: Path) -> None:
    """Static answers a wrong catalogue address gives: an HTML page, a malformed JSON document."""
    (www / "html").mkdir(parents=True, exist_ok=True)
    (www / "html" / "index.html").write_text("<!DOCTYPE html><html><head><title>Sign in</title></head>"
                                             "<body><form>Terrascope sign-in</form></body></html>\n")
    (www / "broken").mkdir(exist_ok=True)
    (www / "broken" / "index.json").write_text('{"type": "Catalog", "links": [{"rel": "search", "href": ')


def _start_lighttpd(config: Path) -> subprocess.Popen:
    env = {key: value for key, value in os.environ.items() if key in ("PATH", "LANG", "LC_ALL", "TZ")}
    return subprocess.Popen([LIGHTTPD, "-D", "-f", str(config)], cwd=config.parent, env=env, stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)


def _files_ready(process: subprocess.Popen, port: int, deadline: float) -> bool:
    while time.monotonic() < deadline and process.poll() is None:
        with contextlib.suppress(OSError):
            if http_get(port, "/html/")[0] == 200:
                return True
        time.sleep(0.02)
    return False


@dataclass
class StacServer:
    root: Path
    catalogue: Catalogue
    password: str
    database: _Database
    lighttpd: subprocess.Popen
    files_port: int
    other_port: int
    started_in_s: float = 0.0
    user: str = USER
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.database.api_port}/"

    @property
    def api_port(self) -> int:
        return self.database.api_port

    @property
    def download_origin(self) -> str:
        return f"http://127.0.0.1:{self.files_port}"

    @property
    def other_origin(self) -> str:
        return f"http://127.0.0.1:{self.other_port}"

    @property
    def files_root(self) -> Path:
        return self.root / "files"

    def items(self, collection: str | None = None, tile: str | None = None) -> list[dict]:
        """The loaded items of a collection and/or tile (tile from mgrs:* or grid:code)."""
        def tile_of(item: dict) -> str:
            properties = item["properties"]
            if "grid:code" in properties:
                return properties["grid:code"].split("-")[-1]
            return f"{properties.get('mgrs:utm_zone', 0):02d}{properties.get('mgrs:latitude_band', '')}" \
                   f"{properties.get('mgrs:grid_square', '')}"

        return [item for item in self.catalogue.items if (collection is None or item["collection"] == collection)
                and (tile is None or tile_of(item) == tile)]

    def served_path(self, href: str) -> Path:
        """The file behind an asset href of the download origin."""
        path = href.split("/download/", 1)[1]
        return self.files_root / path

    def file_requests(self) -> list[tuple[int, str, str, int]]:
        """lighttpd's log: (port, Authorization header or '-', request line, status), oldest first.

        lighttpd writes its access log in batches: SIGHUP makes it write (and reopen) it now, and its error log says
        when that is done ("logfiles cycled")."""
        errors = self.root / "lighttpd-files-error.log"

        def cycles() -> int:
            return errors.read_text(errors="replace").count("logfiles cycled") if errors.exists() else 0

        before = cycles()
        os.kill(self.lighttpd.pid, signal.SIGHUP)
        deadline = time.monotonic() + 5
        while cycles() == before and time.monotonic() < deadline:
            time.sleep(0.01)
        log = self.root / "files-access.log"
        if not log.exists():
            return []
        found = []
        for line in log.read_text(errors="replace").splitlines():
            parts = line.split("|")
            if len(parts) >= 5:
                found.append((int(parts[0]), parts[1], parts[2], int(parts[3])))
        return found

    @classmethod
    def start(cls, root: Path, tiles=BELGIAN_TILES, date_count: int = DATE_COUNT, context: bool = True) -> StacServer:
        missing = missing_software()
        if missing:
            raise RuntimeError(f"missing {', '.join(missing)}: run `make deps`")
        began = time.monotonic()
        root = Path(root).resolve()
        root.mkdir(parents=True, exist_ok=True)
        database = _Database(root, context)
        starting = threading.Thread(target=database.start, name="stac-database")
        starting.start()
        lighttpd = None
        try:
            files_port, other_port = free_port(), free_port()
            password = secrets.token_urlsafe(12)
            users = root / "users.txt"
            users.write_text(f"{USER}:{password}\n")
            catalogue = build_catalogue(f"http://127.0.0.1:{files_port}/download", root / "files", root / "sources",
                                        tiles, date_count)
            catalogue.link_files()
            www = root / "www"
            write_www(www)
            collections = root / "collections.ndjson"
            collections.write_text("".join(json.dumps(c) + "\n" for c in catalogue.collections))
            items = catalogue.write_ndjson(root / "items.ndjson")
            for attempt in range(3):
                lighttpd = _start_lighttpd(write_lighttpd(root, root / "files", www, files_port, other_port, users))
                if _files_ready(lighttpd, files_port, time.monotonic() + 20):
                    break
                stop_process_group(lighttpd)
                if attempt == 2:
                    log = root / "lighttpd-files-error.log"
                    raise RuntimeError(f"lighttpd (files) did not start: {log.read_text()[-2000:] if log.exists() else ''}")
                # a port was taken meanwhile: other ports, and the items' hrefs moved to the new one
                old_origin, files_port, other_port = f"http://127.0.0.1:{files_port}", free_port(), free_port()
                catalogue.move_origin(old_origin, f"http://127.0.0.1:{files_port}")
                items = catalogue.write_ndjson(root / "items.ndjson")
            made = time.monotonic() - began
            starting.join()
            if database.error is not None:
                raise RuntimeError(f"the catalogue's database did not start: {database.error}") from database.error
            up = time.monotonic() - began
            database.load(collections, items)
            server = cls(root, catalogue, password, database, lighttpd, files_port, other_port)
            atexit.register(server.stop)
            server.started_in_s = time.monotonic() - began
            server.timings = {"items and files": made, "database and API": up,
                              "loaded": server.started_in_s - up, "total": server.started_in_s}
            return server
        except BaseException:
            starting.join()
            database.stop()
            if lighttpd is not None:
                stop_process_group(lighttpd)
            raise

    def stop(self) -> None:
        """Stop uvicorn, postgres and lighttpd by their process groups, remove the database folder; idempotent."""
        stop_process_group(self.lighttpd)
        self.database.stop()
        with contextlib.suppress(ValueError):
            atexit.unregister(self.stop)

    def __enter__(self) -> StacServer:
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description="Run the loopback STAC catalogue and its download server until Ctrl-C.")
    parser.add_argument("root", help="folder for the items, served files and logs")
    parser.add_argument("--urls-to", help="write the catalogue URL, the download origin, user and password (four "
                                          "lines) to this file once both answer")
    args = parser.parse_args()
    server = StacServer.start(Path(args.root))
    print(f"STAC API {server.url}\nDownloads {server.download_origin} (user {server.user}, password {server.password})\n"
          f"(started in {server.started_in_s:.2f} s; Ctrl-C stops)", flush=True)
    if args.urls_to:
        Path(args.urls_to).write_text(f"{server.url}\n{server.download_origin}\n{server.user}\n{server.password}\n")
    stop = False

    def on_signal(*_):
        nonlocal stop
        stop = True

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    try:
        while not stop and server.lighttpd.poll() is None:
            time.sleep(0.5)
    finally:
        server.stop()


if __name__ == "__main__":  # PYTHONPATH=.pytest_import python3 -m terrascope_s2.tests.helpers.stac_server <folder>
    main()
