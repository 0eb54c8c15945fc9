#!/usr/bin/env bash
# System packages the test suite needs beyond Python: Debian's prometheus (promtool and the
# server, for the metrics/rules checks and the scrape test) and chromium + chromium-driver
# (the dashboard's browser test). Idempotent and quick when everything is already there;
# needs root (as CI and the developer machines are) only when something is missing.
set -euo pipefail

need=()
command -v promtool >/dev/null 2>&1 || need+=(prometheus)
command -v prometheus >/dev/null 2>&1 || need+=(prometheus)
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -x /usr/bin/chromedriver ] || need+=(chromium-driver)

if [ ${#need[@]} -eq 0 ]; then
    exit 0
fi
# Unique names, stable order.
mapfile -t need < <(printf '%s\n' "${need[@]}" | sort -u)
echo "ci-deps: installing ${need[*]} (Debian packages)" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# --no-install-recommends keeps it small; prometheus would otherwise pull exporters.
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
# Debian starts the packaged prometheus service where systemd runs; tests start their own.
if command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet prometheus 2>/dev/null; then
    systemctl stop prometheus || true
    systemctl disable prometheus >/dev/null 2>&1 || true
fi
