#!/usr/bin/env bash
# Installs the Debian 12 packages aiocc needs to build and test. Idempotent: packages already
# present are left alone, and apt is only asked when something is missing.
set -euo pipefail
pkgs=(cmake ninja-build antlr4 libantlr4-runtime-dev libfmt-dev catch2 libgmp-dev libunistring-dev libssl-dev libpcre2-dev clang-19 libclang-rt-19-dev lld-19 python3 default-jre-headless)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
# A JRE counts as present whatever package provides it: antlr4 only needs `java`.
if command -v java >/dev/null 2>&1; then
  missing=("${missing[@]/default-jre-headless}")
fi
missing=($(printf '%s\n' "${missing[@]}" | grep -v '^$' || true))
if ((${#missing[@]})); then
  echo "installing: ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "all build dependencies present"
fi
