#!/usr/bin/env bash
# Installs every Debian package Weir's build, app and tests need.
# Idempotent: packages already present are left alone, and `apt-get update`
# runs once, only when something is missing.
set -euo pipefail

packages=(
    # build
    build-essential cmake ninja-build ccache pkg-config
    # engine
    librdkafka-dev libsimdjson-dev libsqlite3-dev prometheus-cpp-dev
    nlohmann-json3-dev libzstd-dev libcurl4-openssl-dev zlib1g-dev
    # GUI
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev qt6-tools-dev
    qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins libgl-dev libxkbcommon-dev
    # Qt's own texts (dialog buttons, key names) in the languages Weir is translated into
    qt6-translations-l10n
    # glyphs for the Japanese and Chinese translations (and the screenshots of them)
    fonts-noto-cjk
    # Qt6Charts' CMake package needs Qt6OpenGL's, which Debian 12 ships apart
    libqt6opengl6-dev
    # tests and outside peers
    sqlite3 kcat python3-kafka python3-confluent-kafka redis-server prometheus
    xvfb xauth procps dbus-daemon
    # packaging (make package) and its tests: dpkg-shlibdeps, the freedesktop validators,
    # the MIME database tool, groff for the man pages
    dpkg-dev binutils desktop-file-utils appstream shared-mime-info groff-base
)

missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$p")
done

if [[ ${#missing[@]} -eq 0 ]]; then
    exit 0
fi

echo "install-deps: installing ${missing[*]}" >&2
if [[ $(id -u) -ne 0 ]]; then
    sudo=sudo
else
    sudo=
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
# Services pulled in by the packages (redis, prometheus) are started by the
# tests themselves on loopback; don't let the package scripts start them.
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
