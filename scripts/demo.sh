#!/usr/bin/env bash
# `make demo`: the loopback MapServer + MapCache server with synthetic CGS_S2 layers, the tests' STAC catalogue (a real
# stac-fastapi-pgstac with Terrascope's items, files behind a Basic login), and QGIS with the plugin pointed at both
# (custom profile URLs and catalogue settings in the demo profile). No internet needed. Closing QGIS stops the servers.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
run_dir="$1"
server_dir="$run_dir/demo-server"
urls="$run_dir/demo-urls.txt"
rm -f "$urls"
mkdir -p "$server_dir"
/usr/bin/python3 "$root/tests/helpers/loopback_server.py" "$server_dir" --urls-to "$urls" &
server_pid=$!
# the catalogue: its helper is imported as terrascope_s2.tests.helpers (a link under the run folder names the clone so)
catalogue_dir="$run_dir/demo-catalogue"
catalogue_urls="$run_dir/demo-catalogue.txt"
rm -rf "$catalogue_dir" "$catalogue_urls"
mkdir -p "$run_dir/import"
ln -sfn "$root" "$run_dir/import/terrascope_s2"
catalogue_pid=""
if [ -x "$root/.venv-stac/bin/uvicorn" ]; then
  PYTHONPATH="$run_dir/import" /usr/bin/python3 -m terrascope_s2.tests.helpers.stac_server "$catalogue_dir" \
    --urls-to "$catalogue_urls" &
  catalogue_pid=$!
else
  echo "No catalogue in the demo: .venv-stac is missing (make deps)." >&2
fi
trap 'kill -TERM "$server_pid" $catalogue_pid 2>/dev/null || true; wait "$server_pid" $catalogue_pid 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  [ -s "$urls" ] && break
  kill -0 "$server_pid" 2>/dev/null || { echo "The demo server did not start." >&2; exit 1; }
  sleep 0.1
done
[ -s "$urls" ] || { echo "The demo server did not answer in 30 s." >&2; exit 1; }
if [ -n "$catalogue_pid" ]; then
  for _ in $(seq 1 1200); do
    [ -s "$catalogue_urls" ] && break
    kill -0 "$catalogue_pid" 2>/dev/null || break
    sleep 0.1
  done
  [ -s "$catalogue_urls" ] || echo "The demo catalogue did not start: the demo goes on without it." >&2
fi
wmts_url="$(sed -n 1p "$urls")"
wms_url="$(sed -n 2p "$urls")"
ini="$run_dir/profiles/terrascope_s2_dev/QGIS/QGIS3.ini"
mkdir -p "$(dirname "$ini")"
/usr/bin/python3 - "$ini" "$wmts_url" "$wms_url" "$catalogue_urls" "$run_dir/demo-downloads" <<'PY'
import configparser, os, sys
ini = configparser.RawConfigParser(); ini.optionxform = str
ini.read(sys.argv[1])
if not ini.has_section("terrascope_s2"):  # (setdefault would hand back a plain dict on a first run)
    ini.add_section("terrascope_s2")
ini.set("terrascope_s2", "service_profile", "custom")
ini.set("terrascope_s2", "custom_wmts_url", sys.argv[2])
ini.set("terrascope_s2", "custom_wms_url", sys.argv[3])
if os.path.exists(sys.argv[4]):  # the catalogue and the one server its login may go to; the login is the user's to add
    catalogue, origin = open(sys.argv[4]).read().split()[:2]
    ini.set("terrascope_s2", "catalogue_url", catalogue)
    ini.set("terrascope_s2", "catalogue_login_origin", origin)
    ini.set("terrascope_s2", "download_folder", sys.argv[5])
with open(sys.argv[1], "w") as f:
    ini.write(f)
PY
echo "Demo server: WMTS $wmts_url  WMS $wms_url (layers CGS_S2_NDVI, CGS_S2_FAPAR, CGS_S2_RADIOMETRY near Brussels, tile 31UFS)"
if [ -s "$catalogue_urls" ]; then
  echo "Demo catalogue: $(sed -n 1p "$catalogue_urls") (Terrascope's items; NDVI, FAPAR, FCOVER, LAI, TOC on Belgium's tiles in 2023)."
  echo "  Its files need a login, as Terrascope's do: in QGIS, Settings > Options > Authentication, add a Basic"
  echo "  configuration with user $(sed -n 3p "$catalogue_urls") and password $(sed -n 4p "$catalogue_urls"), and choose it"
  echo "  in Settings > Options > Terrascope Sentinel-2 > Catalogue. Then Processing: Terrascope catalogue."
fi
"$root/scripts/run-qgis.sh" "$run_dir" "${@:2}"
