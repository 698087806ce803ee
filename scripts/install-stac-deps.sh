#!/usr/bin/env bash
# The tests' STAC catalogue (tests/helpers/stac_server.py): Debian's PostgreSQL with PostGIS 3, installing only what is
# missing; stac-fastapi-pgstac, pypgstac and uvicorn come from PyPI into .venv-stac (the Makefile's `deps`).
# Debian's postgresql package makes a "main" cluster on port 5432; the tests never use it (they run their own
# postgres on a free port, in a temporary folder).
set -euo pipefail
# the release's own PostgreSQL: 15 on Debian 12, 17 on Debian 13 (the QGIS 3.40/3.44 chroots)
case "$(. /etc/os-release && echo "$VERSION_CODENAME")" in
  trixie) postgresql=17 ;;
  *) postgresql=15 ;;
esac
packages=("postgresql-$postgresql" "postgresql-$postgresql-postgis-3")
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
