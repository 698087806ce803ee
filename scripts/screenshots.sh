#!/usr/bin/env bash
# make screenshots: the real QGIS desktop under xvfb-run, in a throwaway profile, with the Terrascope panel open and a
# layer from the loopback MapServer/MapCache server on the map. Writes screenshots/*.png.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/screenshots"
work="$(mktemp -d)"
mkdir -p "$out"
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# the loopback server (its process prints the base URL once both services answer)
/usr/bin/python3 "$root/tests/dock/dock_server.py" "$work/server" > "$work/server.out" &
server_pid=$!
for _ in $(seq 1 200); do [ -s "$work/server.out" ] && break; sleep 0.1; done
base="$(head -1 "$work/server.out")"
[ -n "$base" ] || { echo "the loopback server did not start"; exit 1; }
echo "loopback server: $base"

profile="$work/profiles/screenshots"
mkdir -p "$profile/python/plugins" "$profile/QGIS"
ln -s "$root" "$profile/python/plugins/terrascope_s2"
cat > "$profile/QGIS/QGIS3.ini" <<INI
[PythonPlugins]
terrascope_s2=true

[terrascope_s2]
service_profile=custom
custom_wmts_url=$base/mapcache/wmts?SERVICE=WMTS&REQUEST=GetCapabilities
custom_wms_url=$base/ows

[qgis]
showTips322=false
checkVersion=false

[UI]
hidePanelsAtStartup=false
INI

unset QT_QPA_PLATFORM
export TERRASCOPE_SCREENSHOTS="$out"
rc=0
timeout 180 xvfb-run -a -s "-screen 0 1600x1000x24" qgis.bin --noversioncheck --nologo --profiles-path "$work" \
  --profile screenshots --code "$root/scripts/screenshots.py" > "$work/qgis.out" 2>&1 || rc=$?
cat "$out/screenshots.log" 2>/dev/null || true
[ "$rc" = 0 ] || grep -iv "^$\|warning" "$work/qgis.out" | tail -30
ls -1 "$out"/*.png 2>/dev/null
exit $rc
