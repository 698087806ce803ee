#!/usr/bin/env bash
# The tests' STAC catalogue (tests/stac_server.py): PostgreSQL 15 with PostGIS 3 from Debian, installing only what is
# missing; stac-fastapi-pgstac, pypgstac and uvicorn come from PyPI into .venv-stac (the Makefile's `deps`).
# Debian's postgresql package makes a "main" cluster on port 5432; the tests never use it (they run their own
# postgres on a free port, in a temporary folder).
set -euo pipefail
packages=(postgresql-15 postgresql-15-postgis-3)
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
