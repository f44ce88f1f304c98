#!/usr/bin/env bash
# The one command that installs what the tests need and runs every test (README, .ci/run).
# Needs root for apt-get (as on CI); installs only Debian packages and crates.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  need=()
  for package in $(cat scripts/debian-packages.txt); do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || need+=("$package")
  done
  if [ ${#need[@]} -gt 0 ]; then
    echo "== installing Debian packages: ${need[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  fi
fi

echo "== cargo fmt --check"
cargo fmt --all -- --check

echo "== cargo clippy"
cargo clippy --workspace --all-targets --locked -- -D warnings

echo "== starting a throwaway PostgreSQL (Unix socket only)"
pg_dir=$(mktemp -d /tmp/onrecord-pg.XXXXXX)
trap 'bash scripts/pg-test-cluster.sh stop "$pg_dir"' EXIT
ONRECORD_TEST_PG=$(bash scripts/pg-test-cluster.sh start "$pg_dir")
export ONRECORD_TEST_PG

echo "== cargo test"
cargo test --workspace --locked
