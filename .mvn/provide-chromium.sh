#!/usr/bin/env bash
# Provides the headless Chromium and the chromedriver of the same release that the browser tests drive, without
# root and without installing anything: Debian's own packages are downloaded with apt-get into private folders
# (its lists and cache under the cache folder, no lock on the system's), unpacked with dpkg-deb, and run through
# wrappers that point the dynamic linker and fontconfig at them. Only packages missing from this machine are
# fetched (apt resolves them against /var/lib/dpkg/status). An installed chromium and chromedriver are used
# instead when both are there (or CHROME_BIN and CHROMEDRIVER name them).
#
#   .mvn/provide-chromium.sh CACHE_DIR
#
# Writes CACHE_DIR/browser.properties (chromium=…, chromedriver=…) for the tests. Runs in the build's first
# seconds (validate phase); the first time it takes about a minute, afterwards well under a second.
set -euo pipefail

cache="${1:?usage: provide-chromium.sh CACHE_DIR}"
mkdir -p "$cache"
cache="$(cd "$cache" && pwd)"
properties="$cache/browser.properties"
# Fonts beyond Chromium's own needs: Liberation (metric-compatible with Arial and Times, as Debian recommends).
extra_packages=(fonts-liberation)

fail() {
  {
    echo
    echo "Homeward's browser tests need Chromium and chromedriver, and they could not be provided:"
    echo "  $*"
    echo "The build fetches Debian's chromium, chromium-driver and their missing libraries into $cache"
    echo "(no root needed) from the Debian package mirrors in /etc/apt/sources.list*. To provide them otherwise:"
    echo "  - install them (as root: apt-get install chromium chromium-driver), or"
    echo "  - point CHROME_BIN and CHROMEDRIVER at a Chromium and a chromedriver of the same release, or"
    echo "  - copy a cache folder filled on another machine to $cache."
    echo
  } >&2
  exit 1
}

write_properties() {
  local chromium="$1" driver="$2" version
  version="$("$chromium" --version 2>&1)" || fail "$chromium does not start: $version"
  "$driver" --version >/dev/null 2>&1 || fail "$driver does not start: $("$driver" --version 2>&1 | head -n 3)"
  printf 'chromium=%s\nchromedriver=%s\nversion=%s\n' "$chromium" "$driver" "$version" >"$properties.tmp"
  mv "$properties.tmp" "$properties"
  echo "Browser tests use $version ($chromium, $driver)"
}

# 1. Named by the environment, or installed on this machine.
if [ -n "${CHROME_BIN:-}" ] || [ -n "${CHROMEDRIVER:-}" ]; then
  [ -x "${CHROME_BIN:-}" ] && [ -x "${CHROMEDRIVER:-}" ] \
    || fail "CHROME_BIN ('${CHROME_BIN:-}') and CHROMEDRIVER ('${CHROMEDRIVER:-}') must both name programs"
  write_properties "$CHROME_BIN" "$CHROMEDRIVER"
  exit 0
fi
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  write_properties "$(command -v chromium)" "$(command -v chromedriver)"
  exit 0
fi

# 2. Debian's packages, unpacked under the cache folder (one build at a time fills it).
arch="$(dpkg --print-architecture 2>/dev/null)" || fail "this is not a Debian-based machine (no dpkg)"
root="$cache/debian-$arch"
exec 9>"$cache/.lock"
flock 9
if [ ! -f "$root/.complete" ]; then
  for tool in apt-get dpkg-deb; do
    command -v "$tool" >/dev/null 2>&1 || fail "$tool is missing"
  done
  echo "Fetching Debian's Chromium and chromedriver into $root (once; no root needed)"
  apt_dir="$cache/apt"
  rm -rf "$root" "$apt_dir"
  mkdir -p "$apt_dir/lists/partial" "$apt_dir/cache/archives/partial" "$apt_dir/debs" "$root"
  apt=(apt-get -q -o "Dir::State::Lists=$apt_dir/lists" -o "Dir::Cache=$apt_dir/cache" -o Debug::NoLocking=1
       -o APT::Sandbox::User="$(id -un)" -o Acquire::Retries=1 -o Acquire::http::Timeout=20
       -o Acquire::https::Timeout=20)
  "${apt[@]}" update >"$apt_dir/update.log" 2>&1 \
    || fail "apt-get update could not read the package lists (no network?): $(tail -n 3 "$apt_dir/update.log")"
  # What installing them would add to this machine: the packages themselves and the libraries it lacks.
  # Upgrades of packages already installed are left out: the installed version is there and works.
  "${apt[@]}" -s --no-install-recommends install chromium chromium-driver "${extra_packages[@]}" \
      >"$apt_dir/plan.log" 2>&1 || fail "apt-get cannot resolve chromium: $(tail -n 3 "$apt_dir/plan.log")"
  mapfile -t packages < <(awk '$1 == "Inst" && $3 !~ /^\[/ {print $2}' "$apt_dir/plan.log")
  [ "${#packages[@]}" -gt 0 ] || fail "apt-get planned no package for chromium: $(tail -n 3 "$apt_dir/plan.log")"
  (cd "$apt_dir/debs" && "${apt[@]}" download "${packages[@]}" >"$apt_dir/download.log" 2>&1) \
    || fail "apt-get download failed: $(tail -n 3 "$apt_dir/download.log")"
  for deb in "$apt_dir"/debs/*.deb; do
    dpkg-deb -x "$deb" "$root"
  done
  [ -x "$root/usr/lib/chromium/chromium" ] || fail "the chromium package held no usr/lib/chromium/chromium"
  # Every folder of the unpacked packages that holds a shared library (pulseaudio keeps some in a folder of its own).
  libs="$(find "$root" \( -name '*.so' -o -name '*.so.*' \) -printf '%h\n' | sort -u | paste -sd: -)"
  mkdir -p "$root/bin" "$root/fontconfig-cache"
  cat >"$root/fonts.conf" <<EOF
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>$root/usr/share/fonts</dir>
  <cachedir>$root/fontconfig-cache</cachedir>
</fontconfig>
EOF
  for program in chromium chromedriver; do
    target="$root/usr/lib/chromium/$program"
    [ -x "$target" ] || target="$root/usr/bin/$program"
    cat >"$root/bin/$program" <<EOF
#!/bin/sh
# Debian's $program unpacked by Homeward's build (.mvn/provide-chromium.sh); its libraries lie beside it.
LD_LIBRARY_PATH="$libs\${LD_LIBRARY_PATH:+:\$LD_LIBRARY_PATH}" FONTCONFIG_FILE="$root/fonts.conf" exec "$target" "\$@"
EOF
    chmod +x "$root/bin/$program"
  done
  # A real page, headless, before the cache counts as complete: a missing library shows here, not in a test.
  page="$("$root/bin/chromium" --headless=new --no-sandbox --disable-gpu --disable-background-networking \
      --user-data-dir="$apt_dir/profile" --dump-dom 'data:text/html,<p>homeward</p>' 2>"$apt_dir/chromium.log")" || true
  case "$page" in
    *homeward*) ;;
    *) fail "the unpacked Chromium does not render a page: $(grep -v '^\[' "$apt_dir/chromium.log" | tail -n 5)" ;;
  esac
  rm -rf "$apt_dir/debs" "$apt_dir/cache" "$apt_dir/lists" "$apt_dir/profile"
  printf '%s\n' "${packages[@]}" >"$root/.complete"
fi
write_properties "$root/bin/chromium" "$root/bin/chromedriver"
