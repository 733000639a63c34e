#!/usr/bin/env bash
# Regenerate the differential-parity fixture from the real Laravel 8.83 validator.
# Needs: node (>=18), php 8.x with the Debian php-illuminate-* / php-laravel-framework packages.
set -euo pipefail
cd "$(git -C "$(dirname "$0")" rev-parse --show-toplevel)"

out=tests/fixtures/parity.jsonl
mkdir -p "$(dirname "$out")"
tmp="$(mktemp)"
trap 'rm -f "$tmp"' EXIT

node tests/parity/gen_corpus.mjs | php tests/parity/oracle.php > "$tmp"
chmod 644 "$tmp"
mv "$tmp" "$out"
trap - EXIT

echo "$(wc -l < "$out") cases written to $out ($(du -h "$out" | cut -f1))"
if grep -q '"exception":' "$out"; then
  echo "WARNING: some cases raised exceptions in Laravel:" >&2
  grep -o '"id":[0-9]*' <(grep '"exception":' "$out") >&2
fi
