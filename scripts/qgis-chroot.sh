#!/usr/bin/env bash
# The QGIS versions this host does not have, each in a Debian chroot: built with debootstrap from the mirror the host's
# apt uses, kept outside the checkout (a fresh clone reuses them), entered with the checkout bound in at its own path.
#
#   scripts/qgis-chroot.sh run VERSION COMMAND...  COMMAND inside, in the checkout; builds the chroot first if needed
#   scripts/qgis-chroot.sh shell VERSION           an interactive shell inside
#   scripts/qgis-chroot.sh build VERSION           build it now if it is missing, half-built or of an older recipe
#   scripts/qgis-chroot.sh remove VERSION
#   scripts/qgis-chroot.sh where VERSION           its folder
#
# VERSION: 3.22 (Debian 12), 3.40 (Debian 13), 3.44 (Debian 13 with trixie-backports). Folder: $QGIS_CHROOTS, by default
# /var/cache/terrascope-s2/chroots/qgis-VERSION. Needs root (runs itself through sudo otherwise).
# Inside: /proc, /sys and /dev (rslave), the checkout and ../shared (read-only), the host's pip configuration, local
# package index folders (read-only) and CA certificates. Every mount is released when the command ends, fails or is
# interrupted (INT, TERM, HUP): processes still running inside are ended first. One run at a time per chroot (a lock);
# mounts left by a run that was killed outright (SIGKILL) are released by the next one.
set -euo pipefail

RECIPE=1  # raise when the build below changes: chroots of an older recipe are rebuilt
CHROOTS="${QGIS_CHROOTS:-/var/cache/terrascope-s2/chroots}"
CHECKOUT="$(cd "$(dirname "$0")/.." && pwd -P)"
BASE_PACKAGES=ca-certificates,locales,git,make,fonts-open-sans  # fonts-open-sans: else QGIS 3.40 downloads it at start

die() { echo "qgis-chroot: $*" >&2; exit 2; }

suite_of() {
  case "$1" in
    3.22) echo bookworm ;;
    3.40 | 3.44) echo trixie ;;
    *) die "no chroot for QGIS '$1' (known: 3.22, 3.40, 3.44)" ;;
  esac
}

chroot_dir() { echo "$CHROOTS/qgis-$1"; }

# --- the host's apt mirrors -------------------------------------------------------------------------------------------

# "URI suite" for each Debian suite of the host's apt sources (the release, -updates, -security), whatever their format.
host_suites() {
  local codename
  codename="$(. /etc/os-release && echo "$VERSION_CODENAME")"
  apt-get indextargets --format '$(REPO_URI) $(RELEASE) $(TARGET_OF)' 2>/dev/null |
    awk -v c="$codename" '$3 == "deb" && ($2 == c || $2 == c "-updates" || $2 == c "-security") { print $1, $2 }' | sort -u
}

# The host's mirror of the Debian archive itself (the URI that carries the host's release).
host_mirror() {
  local codename
  codename="$(. /etc/os-release && echo "$VERSION_CODENAME")"
  host_suites | awk -v c="$codename" '$2 == c { print $1; exit }'
}

# deb822 sources for SUITE (and BACKPORTS if given) on the host's mirrors: the same URIs, the suite names swapped.
write_sources() {
  local root="$1" suite="$2" backports="$3" codename uri release
  codename="$(. /etc/os-release && echo "$VERSION_CODENAME")"
  rm -f "$root/etc/apt/sources.list"
  {
    while read -r uri release; do
      printf 'Types: deb\nURIs: %s\nSuites: %s\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n\n' \
        "$uri" "$suite${release#"$codename"}"
    done < <(host_suites)
    [ -z "$backports" ] || printf 'Types: deb\nURIs: %s\nSuites: %s\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
      "$(host_mirror)" "$backports"
  } > "$root/etc/apt/sources.list.d/debian.sources"
}

# --- processes and mounts below a root ----------------------------------------------------------------------------------

under() { [[ "$1" == "$2" || "$1" == "$2"/* ]]; }

processes_inside() {
  local root="$1" proc proc_root
  for proc in /proc/[0-9]*; do
    proc_root="$(readlink "$proc/root" 2>/dev/null)" || continue
    under "$proc_root" "$root" && echo "${proc#/proc/}"
  done
  return 0
}

# TERM every process whose root is ROOT, KILL what is left after 10 s.
end_processes() {
  local root="$1" pids
  pids="$(processes_inside "$root")"
  [ -z "$pids" ] && return 0
  # shellcheck disable=SC2086
  kill -TERM $pids 2>/dev/null || true
  for _ in $(seq 100); do
    pids="$(processes_inside "$root")"
    [ -z "$pids" ] && return 0
    sleep 0.1
  done
  echo "qgis-chroot: killing what did not end in 10 s: $pids" >&2
  # shellcheck disable=SC2086
  kill -KILL $pids 2>/dev/null || true
  for _ in $(seq 50); do
    [ -z "$(processes_inside "$root")" ] && return 0
    sleep 0.1
  done
}

mounts_under() {  # deepest first (mountinfo lists a mount after the one it sits on)
  awk -v root="$1" '{ point = $5; gsub(/\\040/, " ", point); if (point == root || index(point, root "/") == 1) print point }' \
    /proc/self/mountinfo | tac
}

release_mounts() {
  local root="$1" point left
  [ -n "$(mounts_under "$root")" ] || return 0
  end_processes "$root"
  while IFS= read -r point; do
    umount "$point" 2>/dev/null || { sleep 0.5; umount "$point"; } || umount --lazy "$point" ||
      echo "qgis-chroot: cannot unmount $point" >&2
  done < <(mounts_under "$root")
  left="$(mounts_under "$root")"
  [ -z "$left" ] || { echo "qgis-chroot: still mounted under $root:" >&2; echo "$left" >&2; return 1; }
}

# --- entering ---------------------------------------------------------------------------------------------------------

bind() {  # bind SOURCE at the same path inside ROOT; ro when asked
  local root="$1" source="$2" mode="${3:-rw}"
  if [ -d "$source" ]; then mkdir -p "$root$source"; else mkdir -p "$(dirname "$root$source")"; touch "$root$source"; fi
  mount --bind -o "$mode" "$source" "$root$source"
}

# The local folders the host's pip configuration names (find-links, index-url, extra-index-url as paths or file: URLs);
# for an index, the folder above its simple/ too (its pages link to files beside it, e.g. /opt/pypi/files).
pip_local_folders() {
  /usr/bin/python3 - <<'PY'
import configparser, os, pathlib
files = ["/etc/pip.conf", *sorted(map(str, pathlib.Path("/etc/xdg/pip").glob("*.conf"))),
         os.path.expanduser("~/.pip/pip.conf"), os.path.expanduser("~/.config/pip/pip.conf"), os.environ.get("PIP_CONFIG_FILE", "")]
values = [(name, os.environ.get(name, "")) for name in ("PIP_FIND_LINKS", "PIP_INDEX_URL", "PIP_EXTRA_INDEX_URL")]
for path in filter(os.path.isfile, files):
    config = configparser.RawConfigParser()
    config.read(path)
    for section in config.sections():
        values += [(key, value) for key, value in config.items(section) if key in ("find-links", "index-url", "extra-index-url")]
folders = set()
for key, value in values:
    for item in value.split():
        folder = item.removeprefix("file://").rstrip("/") if item.startswith(("file:///", "/")) else ""
        if folder and os.path.isdir(folder):
            is_index = "index" in key.lower()
            folders.add(os.path.dirname(folder) if is_index and os.path.basename(folder) == "simple" else folder)
print("\n".join(sorted(folders)))
PY
}

# What pip and apt inside need from the host, copied afresh at each entry: DNS, CA certificates, pip's configuration.
copy_host_config() {
  local root="$1" item
  cp -L /etc/resolv.conf "$root/etc/resolv.conf"
  cp /etc/hosts "$root/etc/hosts"
  if ! diff -qr /usr/local/share/ca-certificates "$root/usr/local/share/ca-certificates" >/dev/null 2>&1; then
    rm -rf "$root/usr/local/share/ca-certificates"
    cp -a /usr/local/share/ca-certificates "$root/usr/local/share/ca-certificates" 2>/dev/null || mkdir -p "$root/usr/local/share/ca-certificates"
    chroot "$root" update-ca-certificates --fresh >/dev/null 2>&1  # (a harmless rehash warning)
  fi
  for item in /etc/pip.conf /etc/xdg/pip "$HOME/.config/pip:/root/.config/pip" "$HOME/.pip:/root/.pip" ${PIP_CONFIG_FILE:+"$PIP_CONFIG_FILE"}; do
    local source="${item%%:*}" target="$root${item#*:}"
    rm -rf "$target"
    [ -e "$source" ] && mkdir -p "$(dirname "$target")" && cp -a "$source" "$target"
  done
  return 0
}

mount_inside() {
  local root="$1" folder common
  mount -t proc proc "$root/proc"
  mount --rbind /sys "$root/sys"
  mount --make-rslave "$root/sys"
  mount --rbind /dev "$root/dev"
  mount --make-rslave "$root/dev"
  bind "$root" "$CHECKOUT"
  [ -d "$CHECKOUT/../shared" ] && bind "$root" "$(cd "$CHECKOUT/../shared" && pwd -P)" ro
  # a git worktree keeps its repository elsewhere: git inside (the i18n test lists the sources with it) needs it
  common="$(git -C "$CHECKOUT" rev-parse --path-format=absolute --git-common-dir 2>/dev/null || true)"
  [ -n "$common" ] && ! under "$common" "$CHECKOUT" && bind "$root" "$common" ro
  while IFS= read -r folder; do [ -z "$folder" ] || bind "$root" "$folder" ro; done < <(pip_local_folders)
  return 0
}

# The environment inside: nothing of the caller's but what the run needs (no make job server, no host paths).
inside_env() {
  local name
  printf '%s\n' HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "TERM=${TERM:-dumb}"
  while IFS= read -r name; do
    case "$name" in
      PIP_* | PYTEST_* | CI | QT_QPA_PLATFORM | TZ | NO_COLOR | FORCE_COLOR | SSL_CERT_FILE | SSL_CERT_DIR | REQUESTS_CA_BUNDLE | CURL_CA_BUNDLE)
        printf '%s=%s\n' "$name" "${!name}" ;;
    esac
  done < <(compgen -e)
}

take_lock() {  # one user of a chroot at a time; the lock is fd 9 (children do not keep it)
  local version="$1" lock="$CHROOTS/qgis-$1.lock"
  mkdir -p "$CHROOTS"
  exec 9>"$lock"
  flock -n 9 || { echo "qgis-chroot: waiting for another run in the QGIS $version chroot to end..." >&2; flock 9; }
}

# --- stopping cleanly ------------------------------------------------------------------------------------------------

CHILD_GROUP=""  # a long host-side step (debootstrap, the copy), in a process group of its own
BUILDING=""     # the half-built chroot
ROOT_IN_USE=""  # the chroot that is mounted now

leave() {  # end what still runs in the chroot in use, release its mounts
  [ -n "$ROOT_IN_USE" ] || return 0
  local left
  left="$(processes_inside "$ROOT_IN_USE")"
  # shellcheck disable=SC2086
  [ -z "$left" ] || echo "qgis-chroot: ending what is still running inside: $(ps -o pid=,comm= -p $left | tr '\n' ' ')" >&2
  end_processes "$ROOT_IN_USE"
  release_mounts "$ROOT_IN_USE"
  ROOT_IN_USE=""
}

on_exit() {
  leave
  [ -z "$BUILDING" ] || release_mounts "$BUILDING"
}

on_signal() {
  trap '' INT TERM HUP
  echo "qgis-chroot: $1: stopping; every mount below $CHROOTS is released" >&2
  if [ -n "$CHILD_GROUP" ]; then kill -TERM -- "-$CHILD_GROUP" 2>/dev/null; wait; fi
  leave
  if [ -n "$BUILDING" ]; then
    release_mounts "$BUILDING"
    echo "qgis-chroot: the half-built $BUILDING is built anew on the next run" >&2
  fi
  exit $((128 + $(kill -l "$1")))
}

# COMMAND in a process group of its own, in the background, so that a signal reaches this script at once and ends it all.
# With --log FILE, its output goes there (a redirection of the call itself would take this script's messages too).
interruptible() {
  local status=0 log=/dev/stdout
  [ "$1" != --log ] || { log="$2"; shift 2; }
  setsid "$@" >> "$log" 2>&1 &
  CHILD_GROUP=$!
  wait "$CHILD_GROUP" || status=$?
  CHILD_GROUP=""
  return "$status"
}

# --- building ---------------------------------------------------------------------------------------------------------

is_complete() { [ "$(cat "$1/.terrascope-chroot" 2>/dev/null)" = "recipe $RECIPE" ]; }

# Build the chroot of VERSION unless it is there and complete. It is built in DIR.new and renamed DIR when complete, so
# an interrupted build is never taken for a chroot: the next build removes it and starts again.
build() {
  local version="$1" dir suite mirror new started=$SECONDS log
  dir="$(chroot_dir "$version")"
  is_complete "$dir" && return 0
  suite="$(suite_of "$version")"
  mirror="$(host_mirror)"
  [ -n "$mirror" ] || die "no Debian mirror found in the host's apt sources (apt-get indextargets)"
  new="$dir.new"
  release_mounts "$new"
  release_mounts "$dir"
  rm -rf --one-file-system "$new" "$dir"
  command -v debootstrap >/dev/null || { apt-get update -qq && apt-get install -y -qq debootstrap >/dev/null; }
  if [ "$version" = 3.44 ]; then
    echo "qgis-chroot: building the QGIS 3.44 chroot from a copy of the 3.40 one, with trixie-backports' QGIS..." >&2
    exec 8>"$CHROOTS/qgis-3.40.lock"
    flock -n 8 || { echo "qgis-chroot: waiting for another run in the QGIS 3.40 chroot to end..." >&2; flock 8; }
    build 3.40
    release_mounts "$(chroot_dir 3.40)"
    BUILDING="$new"
    interruptible cp -a "$(chroot_dir 3.40)" "$new"
    exec 8>&-
    rm -f "$new/.terrascope-chroot"
    write_sources "$new" "$suite" trixie-backports
  else
    log="$CHROOTS/qgis-$version.debootstrap.log"
    echo "qgis-chroot: building the QGIS $version chroot: debootstrap $suite from $mirror into $new..." >&2
    BUILDING="$new"
    rm -f "$log"
    interruptible --log "$log" debootstrap --variant=minbase --include="$BASE_PACKAGES" "$suite" "$new" "$mirror" ||
      { tail -20 "$log" >&2; die "debootstrap failed (log: $log)"; }
    release_mounts "$new"  # debootstrap's own /proc
    write_sources "$new" "$suite" ""
  fi
  # QGIS and the rest from the project's own list (scripts/install-deps.sh), as on a developer's machine
  local setup='set -e; apt-get update -qq; scripts/install-deps.sh'
  [ "$version" = 3.44 ] && setup+='; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends -t trixie-backports qgis python3-qgis qgis-providers >/dev/null'
  setup+='; apt-get clean'
  enter_and_run "$new" bash -c "$setup"
  echo "recipe $RECIPE" > "$new/.terrascope-chroot"
  mv "$new" "$dir"
  BUILDING=""
  echo "qgis-chroot: QGIS $version chroot built in $((SECONDS - started)) s: $dir" >&2
}

# --- running ----------------------------------------------------------------------------------------------------------

# Mount, run COMMAND in ROOT (in the checkout) in the background (a signal reaches this script at once), leave.
enter_and_run() {
  local root="$1" status=0 environment
  shift
  release_mounts "$root"  # left by a run that was killed outright (SIGKILL)
  ROOT_IN_USE="$root"
  mount_inside "$root"
  copy_host_config "$root"
  # dpkg interrupted in an earlier run: finish its work before anything asks apt again
  [ -z "$(ls -A "$root/var/lib/dpkg/updates" 2>/dev/null)" ] || chroot "$root" dpkg --configure -a
  mapfile -t environment < <(inside_env)
  chroot "$root" /usr/bin/env -i "${environment[@]}" /bin/bash -c 'cd "$1" && shift && exec "$@"' - "$CHECKOUT" "$@" 9>&- 8>&- &
  wait $! || status=$?
  leave
  return "$status"
}

shell() {  # an interactive shell: Ctrl-C belongs to it
  local root="$1" version="$2" environment
  release_mounts "$root"
  ROOT_IN_USE="$root"
  trap : INT
  mount_inside "$root"
  copy_host_config "$root"
  mapfile -t environment < <(inside_env)
  chroot "$root" /usr/bin/env -i "${environment[@]}" PS1="(qgis-$version) \w# " \
    /bin/bash -c 'cd "$1" && exec /bin/bash --norc -i' - "$CHECKOUT" 9>&- || true
  leave
}

main() {
  [ $# -ge 2 ] || die "usage: $0 run|shell|build|remove|where VERSION [COMMAND...]"
  local command="$1" version="$2"
  shift 2
  suite_of "$version" >/dev/null
  if [ "$command" = where ]; then chroot_dir "$version"; return; fi
  [ "$(id -u)" = 0 ] || exec sudo --preserve-env "$0" "$command" "$version" "$@"
  trap on_exit EXIT
  trap 'on_signal INT' INT
  trap 'on_signal TERM' TERM
  trap 'on_signal HUP' HUP
  take_lock "$version"
  case "$command" in
    build) build "$version" ;;
    remove)
      local dir
      dir="$(chroot_dir "$version")"
      release_mounts "$dir"
      release_mounts "$dir.new"
      rm -rf --one-file-system "$dir" "$dir.new" "$CHROOTS/qgis-$version.debootstrap.log"
      ;;
    run) [ $# -gt 0 ] || die "run: no command"; build "$version"; enter_and_run "$(chroot_dir "$version")" "$@" ;;
    shell) build "$version"; shell "$(chroot_dir "$version")" "$version" ;;
    *) die "unknown command $command" ;;
  esac
}

main "$@"
