#!/usr/bin/env bash
# The test suite (`make suite`) on each QGIS version asked for, one after the other, every one even when an earlier one
# failed; then one line per version (its QGIS, "N passed", its time) and the total. A version runs on the host when the
# host's QGIS is that version, otherwise in its Debian chroot (scripts/qgis-chroot.sh, built on first use).
#
#   scripts/test-versions.sh host|3.22|3.40|3.44|all ...
#   scripts/test-versions.sh --build-only all       only build the chroots those versions need
#
# Each version's output is shown as it runs and kept in .run/tests/qgis-VERSION.log. Exits 1 when any version failed.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 2
CHROOT_VENVS=(VENV=/opt/terrascope-s2/venv STAC_VENV=/opt/terrascope-s2/venv-stac)  # each chroot's own, inside it
LOGS=.run/tests
build_only=""
[ "${1:-}" != --build-only ] || { build_only=1; shift; }
host_qgis="$(dpkg-query -W -f '${Version}' python3-qgis 2>/dev/null | grep -oE '^[0-9]+\.[0-9]+' || true)"

versions=()
for asked in "$@"; do
  case "$asked" in
    all) set -- 3.22 3.40 3.44 ;;
    host) set -- "${host_qgis:-host}" ;;
    *) set -- "$asked" ;;
  esac
  for version in "$@"; do
    [[ " ${versions[*]} " == *" $version "* ]] || versions+=("$version")
  done
done
[ ${#versions[@]} -gt 0 ] || { echo "usage: $0 host|3.22|3.40|3.44|all ..." >&2; exit 2; }
mkdir -p "$LOGS"
if [ -n "$build_only" ]; then
  for version in "${versions[@]}"; do
    [ "$version" = "$host_qgis" ] || [ "$version" = host ] || scripts/qgis-chroot.sh build "$version" || exit
  done
  exit 0
fi

child=""
on_signal() {  # pass the signal on to the running version (it releases its chroot itself), then stop
  trap '' INT TERM HUP
  echo "test-versions: $1: stopping" >&2
  [ -z "$child" ] || { kill -"$1" "$child" 2>/dev/null; wait "$child"; }
  exit $((128 + $(kill -l "$1")))
}
trap 'on_signal INT' INT
trap 'on_signal TERM' TERM
trap 'on_signal HUP' HUP

started=$SECONDS
summary=()
passed=0 failed=0 skipped=0 status=0
for version in "${versions[@]}"; do
  log="$LOGS/qgis-$version.log"
  if [ "$version" = "$host_qgis" ] || [ "$version" = host ]; then
    where="host"
    command=(make --no-print-directory suite)
  else
    where="chroot $(scripts/qgis-chroot.sh where "$version")"
    command=(scripts/qgis-chroot.sh run "$version" make --no-print-directory "${CHROOT_VENVS[@]}" suite)
  fi
  echo "=== QGIS $version ($where) ==="
  version_started=$SECONDS
  # in the background (so that a signal reaches this script at once) with SIGINT as in the foreground (a background
  # command ignores it): Ctrl-C ends pytest as usual and its fixtures stop their servers
  env --default-signal=INT,QUIT "${command[@]}" > "$log" 2>&1 &
  child=$!
  tail -n +1 -f --pid="$child" "$log" &
  wait "$child"
  run_status=$?
  child=""
  wait
  seconds=$((SECONDS - version_started))
  environment="$(grep -m1 '^QGIS [0-9]' "$log")"
  # pytest's closing lines: the whole suite, then the service tests against the newest OWSLib
  mapfile -t results < <(grep -E '^(=+ )?[0-9]+ (passed|failed|errors?|skipped|deselected)|no tests ran' "$log" |
                         sed -E 's/^=+ //; s/ =+$//; s/, [0-9]+ warnings?//')
  read -r p f s < <(printf '%s\n' "${results[@]}" | awk '{ for (i = 2; i <= NF; i++) { word = $i; gsub(/[,;]/, "", word)
    if (word == "passed") p += $(i - 1); else if (word ~ /^(failed|errors?)$/) f += $(i - 1); else if (word == "skipped") s += $(i - 1) } }
    END { print p + 0, f + 0, s + 0 }')
  passed=$((passed + p)) failed=$((failed + f)) skipped=$((skipped + s))
  if [ "$run_status" -ne 0 ]; then
    status=1
    [ ${#results[@]} -gt 0 ] || { results=("did not run (exit status $run_status)"); failed=$((failed + 1)); }
    results[0]="FAILED: ${results[0]}"
  fi
  owslib="$(grep -m1 '^The service tests again with' "$log" | grep -oE 'OWSLib [0-9.]+' || true)"
  line="$version: ${environment:+${environment%%,*}, ${environment##*, } }(${where%% *}): ${results[0]}"
  [ ${#results[@]} -lt 2 ] || line+="; service tests with ${owslib:-the newest OWSLib}: ${results[1]}"
  summary+=("$line; $((seconds / 60)) min $((seconds % 60)) s")
  [ "$run_status" -eq 0 ] || summary+=("      log: $log")
done

total=$((SECONDS - started))
echo
echo "=== QGIS versions (${versions[*]}), $((total / 60)) min $((total % 60)) s ==="
printf '%s\n' "${summary[@]}"
echo "total: $passed passed, $failed failed, $skipped skipped"
exit "$status"
