#!/usr/bin/env bash
# Installs the Debian 12 packages kg needs to build and test, skipping those already present.
# Runs apt-get as root, or through sudo otherwise. Safe to run again: it does nothing when all
# packages are installed.
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  libboost-graph-dev rapidjson-dev libsqlite3-dev catch2
  wordnet-dev wordnet-base libedit-dev libxml2-dev libxml2-utils libpcre2-dev
  sqlite3 python3 python3-networkx graphviz ccache iso-codes tzdata
  clang-14 libclang-rt-14-dev
)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "setup: installing ${missing[*]}" >&2
if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1; then
  sudo=(sudo)
else
  echo "setup: these packages are missing and neither root nor sudo is available: ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
