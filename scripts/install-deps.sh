#!/usr/bin/env bash
# What development, tests and `make run` need on Debian 12, from Debian's packages. Installs only what is missing.
set -euo pipefail
packages=(
  qgis python3-qgis qgis-providers python3-owslib python3-gdal gdal-bin python3-venv  # QGIS, GDAL, OWSLib 0.27
  xvfb xauth                                   # the real desktop without a screen (tests, screenshots)
  cgi-mapserver mapcache-cgi lighttpd          # the loopback WMS/WMTS server of the tests and `make demo`
  pyqt5-dev-tools qttools5-dev-tools zip       # pylupdate5, lrelease, the package
  python3-matplotlib time                      # `make bench`: its plot; /usr/bin/time -v to check a peak by hand
)
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
