#!/usr/bin/env bash
# `make demo`: the loopback MapServer + MapCache server with synthetic CGS_S2 layers, and QGIS with the plugin pointed at it
# (custom profile URLs in the demo profile's settings). No internet needed. Closing QGIS stops the server.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
run_dir="$1"
server_dir="$run_dir/demo-server"
urls="$run_dir/demo-urls.txt"
rm -f "$urls"
mkdir -p "$server_dir"
/usr/bin/python3 "$root/tests/helpers/loopback_server.py" "$server_dir" --urls-to "$urls" &
server_pid=$!
trap 'kill -TERM "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  [ -s "$urls" ] && break
  kill -0 "$server_pid" 2>/dev/null || { echo "The demo server did not start." >&2; exit 1; }
  sleep 0.1
done
[ -s "$urls" ] || { echo "The demo server did not answer in 30 s." >&2; exit 1; }
wmts_url="$(sed -n 1p "$urls")"
wms_url="$(sed -n 2p "$urls")"
ini="$run_dir/profiles/terrascope_s2_dev/QGIS/QGIS3.ini"
mkdir -p "$(dirname "$ini")"
/usr/bin/python3 - "$ini" "$wmts_url" "$wms_url" <<'PY'
import configparser, sys
ini = configparser.RawConfigParser(); ini.optionxform = str
ini.read(sys.argv[1])
if not ini.has_section("terrascope_s2"):  # (setdefault would hand back a plain dict on a first run)
    ini.add_section("terrascope_s2")
ini.set("terrascope_s2", "service_profile", "custom")
ini.set("terrascope_s2", "custom_wmts_url", sys.argv[2])
ini.set("terrascope_s2", "custom_wms_url", sys.argv[3])
with open(sys.argv[1], "w") as f:
    ini.write(f)
PY
echo "Demo server: WMTS $wmts_url  WMS $wms_url (layers CGS_S2_NDVI, CGS_S2_FAPAR, CGS_S2_RADIOMETRY near Brussels, tile 31UFS)"
"$root/scripts/run-qgis.sh" "$run_dir" "${@:2}"
