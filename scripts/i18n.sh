#!/usr/bin/env bash
# Update i18n/terrascope_s2_{nl,fr}.ts from every tr()/QT_TRANSLATE_NOOP in the code and every .ui file, then build the .qm files.
set -euo pipefail
cd "$(dirname "$0")/.."
sources=$(git ls-files 'plugin/*.py' 'resources/ui/*.ui' 2>/dev/null || find plugin resources/ui -name '*.py' -o -name '*.ui')
for language in nl fr; do
  PYTHONWARNINGS=ignore pylupdate5 -noobsolete $sources -ts "i18n/terrascope_s2_${language}.ts" 2>&1 | grep -v "^Updating\|^    Found\|^    Kept\|^    Removed" || true
  # no line numbers: they change with every edit and make every branch's .ts conflict with every other's
  sed -i '/^ *<location .*\/>$/d' "i18n/terrascope_s2_${language}.ts"
  lrelease -silent "i18n/terrascope_s2_${language}.ts" -qm "i18n/terrascope_s2_${language}.qm"
done
