#!/usr/bin/env bash
# Installs what RelGraph needs on Debian/Ubuntu, skipping what is already there:
# the Graphviz C library and headers (libgraphviz-dev, pkg-config) and fonts for PNG/PDF
# (DejaVu for Latin, WenQuanYi Micro Hei for CJK names, Noto Color Emoji for --flags).
# Needs root (or sudo) for apt-get.
set -euo pipefail

need=()
dpkg -s libgraphviz-dev >/dev/null 2>&1 || need+=(libgraphviz-dev)
dpkg -s pkg-config >/dev/null 2>&1 || need+=(pkg-config)
# SQLite (the corpus store, `--store`).
dpkg -s libsqlite3-dev >/dev/null 2>&1 || need+=(libsqlite3-dev)
dpkg -s fonts-dejavu-core >/dev/null 2>&1 || need+=(fonts-dejavu-core)
dpkg -s fonts-wqy-microhei >/dev/null 2>&1 || need+=(fonts-wqy-microhei)
dpkg -s fonts-noto-color-emoji >/dev/null 2>&1 || need+=(fonts-noto-color-emoji)
# Headless Chromium (the HTML-report test) and Java 17 (the PySpark map-stage test) are only
# needed by tests: RELGRAPH_TEST_TOOLS=1 adds them.
if [ "${RELGRAPH_TEST_TOOLS:-0}" = 1 ]; then
  dpkg -s chromium >/dev/null 2>&1 || need+=(chromium)
  [ -x /usr/bin/java ] || need+=(openjdk-17-jre-headless)
fi

if [ ${#need[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "Installing: ${need[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi

if ! command -v swift >/dev/null 2>&1; then
  echo "error: swift not found; install Swift 6 (https://swift.org/install) and put it on PATH" >&2
  exit 1
fi
