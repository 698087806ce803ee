#!/usr/bin/env bash
# The test suite (`make suite`) on each QGIS version asked for, side by side, every one even when another one failed;
# then each version's output, one line per version (its QGIS, "N passed", its time) and the total. A version runs on the
# host when the host's QGIS is that version, otherwise in its Debian chroot (scripts/qgis-chroot.sh, built on first use).
#
#   scripts/test-versions.sh host|3.22|3.40|3.44|all ...
#   scripts/test-versions.sh --build-only all       only build the chroots those versions need
#
# Each version's output is kept in .run/tests/qgis-VERSION.log (shown when the version ends). QGIS_JOBS: how many
# versions run at once (default 3; 1: one after the other). Exits 1 when any version failed.
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

# the compiled translations first, as make test does (the i18n tests read them): a direct run gets them too
make --no-print-directory qm >/dev/null || exit

# The versions run side by side (QGIS_JOBS at a time, default 3): one suite keeps about 0.8 of a core busy (it waits on
# its servers, QGIS's threads and timers), so three on 2 cores take about as long as one and a half. The host's version
# starts first; the missing chroots are built meanwhile (the 3.44 one is a copy of the 3.40 one: one after the other).
children=()
on_signal() {  # pass the signal on to the running versions (each releases its chroot itself), then stop
  trap '' INT TERM HUP
  echo "test-versions: $1: stopping" >&2
  local pid
  for pid in "${children[@]}"; do kill -"$1" -- "-$pid" 2>/dev/null; done  # its process group: make, pytest and all
  wait
  exit $((128 + $(kill -l "$1")))
}
trap 'on_signal INT' INT
trap 'on_signal TERM' TERM
trap 'on_signal HUP' HUP

on_host() { [ "$1" = "$host_qgis" ] || [ "$1" = host ]; }

# one version in the background, its output in its log
declare -A pid_of began run_status_of seconds_of
start_version() {
  local version="$1" log="$LOGS/qgis-$1.log"
  # the service tests against the newest OWSLib once, with the last version (they test OWSLib, not QGIS); the host's
  # Python already ran tests/unit when make test ran its QGIS-free tier (HOST_UNIT_TIER_RAN=yes)
  local options=("OWSLIB_NEWEST_PASS=$([ "$version" = "${ordered[-1]}" ] && echo yes || echo no)")
  local command=(make --no-print-directory "${options[@]}" SUITE_SKIP_UNIT="${HOST_UNIT_TIER_RAN:-no}" suite)
  on_host "$version" ||
    command=(scripts/qgis-chroot.sh run "$version" make --no-print-directory "${CHROOT_VENVS[@]}" "${options[@]}" suite)
  # SIGINT as in the foreground (a background command ignores it): Ctrl-C ends pytest as usual and its fixtures stop
  # their servers. A process group of its own (setsid), so that a TERM reaches pytest too, not only make.
  setsid env --default-signal=INT,QUIT "${command[@]}" > "$log" 2>&1 &
  pid_of[$version]=$!
  children+=($!)
  began[$version]=$SECONDS
  echo "=== QGIS $version started ($(on_host "$version" && echo host || echo "chroot $(scripts/qgis-chroot.sh where "$version")")), log: $log"
}

# RUNNING: the number of versions still running, after collecting the exit status of those that ended
running() {
  local version count=0
  for version in "${!pid_of[@]}"; do
    if kill -0 "${pid_of[$version]}" 2>/dev/null; then
      count=$((count + 1))
    else
      wait "${pid_of[$version]}"
      run_status_of[$version]=$?
      seconds_of[$version]=$((SECONDS - began[$version]))
      unset "pid_of[$version]"
      echo "=== QGIS $version ended (exit status ${run_status_of[$version]}, $((seconds_of[$version] / 60)) min $((seconds_of[$version] % 60)) s)"
    fi
  done
  RUNNING=$count
}

started=$SECONDS
jobs_at_once="${QGIS_JOBS:-3}"
ordered=()  # the host's version first, then the chroots'
for version in "${versions[@]}"; do on_host "$version" && ordered+=("$version"); done
for version in "${versions[@]}"; do on_host "$version" || ordered+=("$version"); done
built=""
for version in "${ordered[@]}"; do
  if [ -z "$built" ] && ! on_host "$version"; then  # every chroot before the first chroot run (that run holds its lock)
    for chroot in "${ordered[@]}"; do
      on_host "$chroot" || scripts/qgis-chroot.sh build "$chroot" || echo "test-versions: no QGIS $chroot chroot" >&2
    done
    built=1
  fi
  while running; [ "$RUNNING" -ge "$jobs_at_once" ]; do sleep 1; done
  start_version "$version"
done
while running; [ "$RUNNING" -gt 0 ]; do sleep 1; done

summary=()
passed=0 failed=0 skipped=0 status=0
for version in "${ordered[@]}"; do
  log="$LOGS/qgis-$version.log"
  run_status="${run_status_of[$version]}" seconds="${seconds_of[$version]}"
  echo
  echo "=== QGIS $version: $log ==="
  cat "$log"
  environment="$(grep -m1 '^QGIS [0-9]' "$log")"
  where="$(on_host "$version" && echo host || echo chroot)"
  # pytest's closing lines: the whole suite (before the newest-OWSLib pass's first line), then that pass; a suite that
  # crashed has no closing line
  newest_from="$(grep -n -m1 '^The service tests again with' "$log" | cut -d: -f1)"
  closing() { grep -E '^(=+ )?[0-9]+ (passed|failed|errors?|skipped|deselected)|no tests ran' |
              sed -E 's/^=+ //; s/ =+$//; s/, [0-9]+ warnings?//' | tail -n 1; }
  results=("$(head -n "$(( ${newest_from:-0} > 0 ? newest_from - 1 : $(wc -l < "$log") ))" "$log" | closing)")
  [ -z "$newest_from" ] || results+=("$(tail -n "+$newest_from" "$log" | closing)")
  read -r p f s < <(printf '%s\n' "${results[@]}" | awk '{ for (i = 2; i <= NF; i++) { word = $i; gsub(/[,;]/, "", word)
    if (word == "passed") p += $(i - 1); else if (word ~ /^(failed|errors?)$/) f += $(i - 1); else if (word == "skipped") s += $(i - 1) } }
    END { print p + 0, f + 0, s + 0 }')
  passed=$((passed + p)) failed=$((failed + f)) skipped=$((skipped + s))
  if [ -z "${results[0]}" ]; then  # no closing line: it crashed (or never started)
    results[0]="did not finish (exit status $run_status; the log says why)"
    failed=$((failed + 1))
  fi
  if [ "$run_status" -ne 0 ]; then
    status=1
    results[0]="FAILED: ${results[0]}"
  fi
  owslib="$(grep -m1 '^The service tests again with' "$log" | grep -oE 'OWSLib [0-9.]+' || true)"
  line="$version: ${environment:+${environment%%,*}, ${environment##*, } }($where): ${results[0]}"
  [ ${#results[@]} -lt 2 ] || line+="; service tests with ${owslib:-the newest OWSLib}: ${results[1]:-did not finish}"
  summary+=("$line; $((seconds / 60)) min $((seconds % 60)) s")
  [ "$run_status" -eq 0 ] || summary+=("      log: $log")
done

total=$((SECONDS - started))
echo
echo "=== QGIS versions (${versions[*]}), $((total / 60)) min $((total % 60)) s ==="
printf '%s\n' "${summary[@]}"
echo "total: $passed passed, $failed failed, $skipped skipped"
exit "$status"
