#!/usr/bin/env bash
# Update i18n/terrascope_s2_{nl,fr}.ts from every tr()/QT_TRANSLATE_NOOP in the code and every .ui file, then build the .qm files.
# --compile-only: build the .qm files from the .ts files as they are (make test, make package: tracked files untouched).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--compile-only" ]; then
  for language in nl fr; do
    lrelease -silent "i18n/terrascope_s2_${language}.ts" -qm "i18n/terrascope_s2_${language}.qm"
  done
  exit 0
fi
sources=$(git ls-files 'plugin/*.py' 'resources/ui/*.ui' 2>/dev/null || find plugin resources/ui -name '*.py' -o -name '*.ui')
for language in nl fr; do
  PYTHONWARNINGS=ignore pylupdate5 -noobsolete $sources -ts "i18n/terrascope_s2_${language}.ts" 2>&1 | grep -v "^Updating\|^    Found\|^    Kept\|^    Removed" || true
  # no line numbers: they change with every edit and make every branch's .ts conflict with every other's
  sed -i '/^ *<location .*\/>$/d' "i18n/terrascope_s2_${language}.ts"
  lrelease -silent "i18n/terrascope_s2_${language}.ts" -qm "i18n/terrascope_s2_${language}.qm"
done
