#!/usr/bin/env bash
# Start QGIS with the plugin, in a profile of its own under $1 (never the user's default profile).
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
exec "${launcher[@]}" qgis.bin --noversioncheck --nologo --profiles-path "$run_dir" --profile terrascope_s2_dev "${@:2}"
