#!/usr/bin/env bash
# Builds the Debian package, installs it on this machine, uses the installed app (command line
# and GUI under Xvfb), validates the desktop integration, then removes the package cleanly.
# Run as root (or with sudo available) from the project folder: packaging/install-test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
fail() { echo "install-test: FAIL: $*" >&2; exit 1; }
step() { echo "install-test: $*"; }

for tool in desktop-file-validate:desktop-file-utils appstreamcli:appstream xvfb-run:xvfb import:imagemagick; do
  command -v "${tool%%:*}" >/dev/null || $sudo apt-get install -y -q --no-install-recommends "${tool##*:}"
done

step "building"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j "$(nproc)"
step "packaging"
rm -f build/mlsdboard_*.deb
(cd build && cpack -G DEB >/dev/null)
deb=$(ls build/mlsdboard_*.deb)
[ -f "$deb" ] || fail "no package built"

step "validating the desktop integration"
desktop-file-validate packaging/io.github.mlsdboard.MlsdBoard.desktop
appstreamcli validate --no-net packaging/io.github.mlsdboard.MlsdBoard.metainfo.xml
bash -n packaging/mlsdboard.bash-completion

step "installing $deb"
$sudo apt-get install -y -q "./$deb" >/dev/null
trap '$sudo apt-get remove -y -q mlsdboard >/dev/null 2>&1 || true' EXIT

step "command line from /usr/bin"
[ "$(command -v mlsdboard)" = /usr/bin/mlsdboard ] || fail "mlsdboard is not /usr/bin/mlsdboard"
/usr/bin/mlsdboard --version
/usr/bin/mlsdboard components | tail -n 1
examples=(/usr/share/mlsdboard/examples/*.mlsd)
[ -f "${examples[0]}" ] || fail "no examples installed"
for example in "${examples[@]}"; do
  /usr/bin/mlsdboard fmt --check "$example"
  if /usr/bin/mlsdboard --help | grep -q '^  check'; then
    /usr/bin/mlsdboard check "$example" >/dev/null || fail "check reports errors on $example"
  fi
done
man -w mlsdboard >/dev/null || fail "man page not found"
[ -f /usr/share/bash-completion/completions/mlsdboard ] || fail "bash completion not installed"
xdg-mime query filetype "${examples[0]}" 2>/dev/null | grep -q x-mlsd \
  || grep -q 'application/x-mlsd' /usr/share/mime/packages/io.github.mlsdboard.MlsdBoard.mime.xml \
  || fail "MIME type not installed"
grep -q 'application/x-mlsd' /usr/share/applications/mimeinfo.cache 2>/dev/null \
  || step "note: desktop database has no mimeinfo.cache entry (update-desktop-database not installed)"

step "GUI under Xvfb from the desktop entry's command"
exec_line=$(sed -n 's/^Exec=//p' /usr/share/applications/io.github.mlsdboard.MlsdBoard.desktop)
cmd=${exec_line//%f/${examples[0]}}
shot=$(mktemp /tmp/mlsdboard-installed.XXXXXX.png)
display=:$(( 200 + RANDOM % 300 ))
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 1
DISPLAY=$display $cmd >/tmp/mlsdboard-installed.log 2>&1 &
app=$!
sleep 6
kill -0 "$app" 2>/dev/null || { cat /tmp/mlsdboard-installed.log; kill "$xvfb"; fail "the app exited"; }
DISPLAY=$display import -window root "$shot"
kill "$app" "$xvfb" 2>/dev/null || true
wait "$app" 2>/dev/null || true
colours=$(convert "$shot" -format %k info:)
[ "$colours" -gt 50 ] || fail "the screenshot is blank ($colours colours)"
step "screenshot of the installed app: $shot ($colours colours)"

step "removing"
trap - EXIT
$sudo apt-get remove -y -q mlsdboard >/dev/null
[ ! -e /usr/bin/mlsdboard ] || fail "/usr/bin/mlsdboard left behind"
[ ! -e /usr/share/applications/io.github.mlsdboard.MlsdBoard.desktop ] || fail "desktop file left behind"
[ ! -d /usr/share/mlsdboard ] || fail "/usr/share/mlsdboard left behind"
step "PASS"
