#!/usr/bin/env bash
# Start QGIS with the plugin, in a profile of its own under $1 (never the user's default profile); more arguments go to
# QGIS. Closing QGIS or pressing Ctrl-C ends it cleanly (exit status 0): QGIS runs in a session of its own, so Ctrl-C
# reaches this script only, which asks QGIS to stop and waits for it (before, the virtual screen died first and QGIS
# crashed on it, or QGIS was killed and make said "Error 143").
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
run_dir="$1"
profile_dir="$run_dir/profiles/terrascope_s2_dev"
mkdir -p "$profile_dir/python/plugins" "$profile_dir/QGIS"
ln -sfn "$root" "$profile_dir/python/plugins/terrascope_s2"
ini="$profile_dir/QGIS/QGIS3.ini"
/usr/bin/python3 - "$ini" <<'PY'
import configparser, sys
ini = configparser.RawConfigParser(); ini.optionxform = str
ini.read(sys.argv[1])
if not ini.has_section("PythonPlugins"):  # setdefault() would return a plain dict on a first run: the plugin stayed off
    ini.add_section("PythonPlugins")
ini.set("PythonPlugins", "terrascope_s2", "true")
with open(sys.argv[1], "w") as f:
    ini.write(f)
PY
launcher=()
if [ -z "${DISPLAY:-}" ]; then
  echo "No display: starting QGIS under xvfb-run (set DISPLAY to see it)."
  launcher=(xvfb-run -a)
fi
unset QT_QPA_PLATFORM
setsid "${launcher[@]}" qgis.bin --noversioncheck --nologo --profiles-path "$run_dir" --profile terrascope_s2_dev \
  "${@:2}" &
session=$!  # setsid execs: the launcher's pid is its session's and process group's id

stop_qgis() {
  echo "Stopping QGIS..."
  local qgis
  qgis="$(pgrep -g "$session" -x qgis.bin || true)"  # QGIS alone: the virtual screen must outlive it
  [ -n "$qgis" ] && kill -TERM $qgis 2>/dev/null || kill -TERM "$session" 2>/dev/null || true
}
trap stop_qgis INT TERM HUP

status=0
while true; do
  wait "$session" && status=0 || status=$?
  kill -0 "$session" 2>/dev/null || break  # (wait also returns when a trapped signal arrives)
done
case "$status" in
  0 | 130 | 143) echo "QGIS stopped." ;;  # closed, or stopped by Ctrl-C / a TERM: nothing went wrong
  *) echo "QGIS ended with status $status." >&2; exit "$status" ;;
esac
