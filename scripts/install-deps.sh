#!/usr/bin/env bash
# What the plugin's make targets need on Debian 12, from Debian's packages; installs only what is missing.
#   scripts/install-deps.sh                 everything: development and the tests (make deps)
#   scripts/install-deps.sh qgis i18n ...   only these groups (make run, make demo, make package need a few)
set -euo pipefail
declare -A groups=(
  [qgis]="qgis python3-qgis qgis-providers python3-owslib python3-gdal gdal-bin"  # QGIS, GDAL, OWSLib 0.27
  [i18n]="pyqt5-dev-tools qttools5-dev-tools"   # pylupdate5, lrelease (the .qm files), lconvert (QGIS's glossary)
  [desktop]="xvfb xauth"                        # the real desktop without a screen (tests, screenshots, make run here)
  [server]="cgi-mapserver mapcache-cgi lighttpd"  # the loopback WMS/WMTS server of the tests, make demo, screenshots
  [tests]="python3-venv zip"                    # the tests' venv; zip for the package test
  [bench]="python3-matplotlib time"             # make bench: its plot; /usr/bin/time -v to check a peak by hand
)
wanted=("$@")
[ ${#wanted[@]} -eq 0 ] && wanted=(qgis i18n desktop server tests bench)
packages=()
for group in "${wanted[@]}"; do
  [ -n "${groups[$group]+set}" ] || { echo "install-deps.sh: no group '$group' (${!groups[*]})" >&2; exit 2; }
  read -r -a listed <<< "${groups[$group]}"
  packages+=("${listed[@]}")
done
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" = 0 ] || sudo="sudo"
echo "Installing from Debian: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
