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

# the tests' loopback server with the panel's data set (it writes its two URLs once both services answer;
# SIGTERM stops it and its FastCGI children)
/usr/bin/python3 "$root/tests/helpers/loopback_server.py" --panel "$work/server" --urls-to "$work/urls" > "$work/server.out" &
server_pid=$!
for _ in $(seq 1 200); do [ -s "$work/urls" ] && break; sleep 0.1; done
wmts_url="$(sed -n 1p "$work/urls" 2>/dev/null)"
wms_url="$(sed -n 2p "$work/urls" 2>/dev/null)"
[ -n "$wmts_url" ] || { echo "the loopback server did not start"; cat "$work/server.out"; exit 1; }
echo "loopback server: $wmts_url $wms_url"

# one run per language (SCREENSHOT_LANGS="en nl fr" by default): QGIS and the plugin in English, Dutch, French
unset QT_QPA_PLATFORM
export TERRASCOPE_SCREENSHOTS="$out"
rc=0
for lang in ${SCREENSHOT_LANGS:-en nl fr}; do
  profile="$work/profiles/screenshots-$lang"
  mkdir -p "$profile/python/plugins" "$profile/QGIS"
  ln -s "$root" "$profile/python/plugins/terrascope_s2"
  cat > "$profile/QGIS/QGIS3.ini" <<INI
[PythonPlugins]
terrascope_s2=true

[terrascope_s2]
service_profile=custom
custom_wmts_url=$wmts_url
custom_wms_url=$wms_url

[qgis]
showTips322=false
checkVersion=false

[UI]
hidePanelsAtStartup=false

[locale]
overrideFlag=true
userLocale=$lang
INI
  suffix=""
  [ "$lang" = en ] || suffix="-$lang"
  run_rc=0
  TERRASCOPE_SCREENSHOT_SUFFIX="$suffix" timeout 180 xvfb-run -a -s "-screen 0 1600x1000x24" qgis.bin --noversioncheck \
    --nologo --profiles-path "$work" --profile "screenshots-$lang" --code "$root/scripts/screenshots.py" \
    > "$work/qgis-$lang.out" 2>&1 || run_rc=$?
  cat "$out/screenshots$suffix.log" 2>/dev/null || true
  [ "$run_rc" = 0 ] || { grep -iv "^$\|warning" "$work/qgis-$lang.out" | tail -30; rc=$run_rc; }
done
ls -1 "$out"/*.png 2>/dev/null
exit $rc
