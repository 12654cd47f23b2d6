#!/bin/sh
# Runs export/verify_kuzu.js (kg's answers against Kùzu's on the samples export) when node is
# installed; otherwise says why and exits 77, which ctest reports as skipped.
# usage: export/verify_kuzu.sh PATH/kg [SOURCE_DIR]
kg=${1:?usage: verify_kuzu.sh PATH/kg [SOURCE_DIR]}
source_dir=${2:-$(dirname "$0")/..}
if ! command -v node >/dev/null 2>&1; then
  echo "SKIPPED: node is not installed (apt-get install nodejs; then npm ci in bench/)"
  exit 77
fi
exec node "$source_dir/export/verify_kuzu.js" --kg "$kg" --source "$source_dir"
