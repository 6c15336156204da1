#!/usr/bin/env bash
# The 2 AM incident in one command. Starts, on 127.0.0.1 and free ports, the Aspire Dashboard (traces and logs over
# OTLP), the payment and order APIs (built against the AutoInstrument package from a local folder feed), Prometheus
# (scraping both, with exemplars, loading the rules the order API's build wrote) and Alertmanager; drives steady load,
# flips the payment database's fault switch, waits for the alert and prints the flow from alert to trace, every step
# read back from the servers (incident-report.py). Every process started here is stopped on exit.
#
# Exit status: 0 done, 1 a step failed, 3 a server could not be installed (skipped, not passed).
# SHOP_REUSE_FEED=1 builds against the version packed by an earlier run instead of packing again.
# SHOP_FACTS=<file> also writes what each step found, for .ci/e2e-shop to check; SHOP_SCREENSHOTS=<folder> has headless
# Chromium photograph the dashboard's views of the trace and of its logs (screenshot.mjs); SHOP_KEEP=1 keeps everything running until Ctrl-C.
set -uo pipefail
cd "$(dirname "$0")"
shop=$(pwd)
repo=$(cd ../.. && pwd)
work=$(mktemp -d)
pids=()

cleanup() {
  touch "$work/stop"
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
  wait 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

say() { echo "incident: $*" >&2; }
fail() { say "FAILED: $1"; exit 1; }
skip() { say "SKIPPED: $1"; exit 3; }
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
wait_for() { # url seconds log
  for _ in $(seq 1 "$2"); do curl -sf -o /dev/null "$1" && return 0; sleep 1; done
  tail -n 20 "$3" >&2
  return 1
}

install_missing() { # command debian-package
  command -v "$1" >/dev/null && return 0
  say "installing $2 from Debian packages..."
  { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$2"; } > "$work/apt-$2.log" 2>&1 ||
    { tail -n 5 "$work/apt-$2.log" >&2; skip "$2 could not be installed from Debian packages"; }
}
install_missing prometheus prometheus
install_missing prometheus-alertmanager prometheus-alertmanager

started=$SECONDS
props="$shop/artifacts/feed/AutoInstrument.version.props"
if [ "${SHOP_REUSE_FEED:-}" = 1 ] && [ -f "$props" ]; then
  version=$(sed -n 's:.*<AutoInstrumentVersion>\(.*\)</AutoInstrumentVersion>.*:\1:p' "$props")
  say "building the services against AutoInstrument $version, packed before into the local feed..."
else
  say "packing AutoInstrument into the local feed and building the services against it..."
  version=$("$repo/eng/pack-local-feed" "$shop/artifacts/feed") || fail "the packages do not pack"
fi
dotnet build Shop.slnx -c Release > "$work/build.log" 2>&1 || { grep -E "error" "$work/build.log" | sort -u | head -n 20 >&2; fail "the Shop does not build against AutoInstrument $version"; }
rules="$shop/Shop.Orders/bin/Release/net10.0/Shop.Orders.slo-rules.yml"
[ -f "$rules" ] || fail "the order API's build wrote no SLO rules ($rules)"
dotnet restore Dashboard > "$work/dashboard-restore.log" 2>&1 || { tail -n 5 "$work/dashboard-restore.log" >&2; skip "the Aspire Dashboard package could not be restored"; }
dashboard="${NUGET_PACKAGES:-$HOME/.nuget/packages}/aspire.dashboard.sdk.linux-x64/13.6.5/tools/Aspire.Dashboard"
[ -x "$dashboard" ] || skip "the Aspire Dashboard is not at $dashboard"
say "built in $((SECONDS - started)) s with AutoInstrument $version"

dashboard_port=$(free_port) otlp_port=$(free_port) payments_port=$(free_port) orders_port=$(free_port)
prometheus_port=$(free_port) alertmanager_port=$(free_port)

ASPNETCORE_URLS="http://127.0.0.1:$dashboard_port" ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL="http://127.0.0.1:$otlp_port" \
  ASPIRE_DASHBOARD_UNSECURED_ALLOW_ANONYMOUS=true ASPIRE_DASHBOARD_API_ENABLED=true \
  "$dashboard" > "$work/dashboard.log" 2>&1 &
pids+=($!)

cat > "$work/alertmanager.yml" <<YAML
route:
  receiver: on-call
  group_by: [alertname, slo, severity]
  group_wait: 1s
  group_interval: 5s
  repeat_interval: 1h
receivers:
  - name: on-call
YAML
prometheus-alertmanager --config.file="$work/alertmanager.yml" --storage.path="$work/alertmanager" \
  --web.listen-address="127.0.0.1:$alertmanager_port" --cluster.listen-address= > "$work/alertmanager.log" 2>&1 &
pids+=($!)

# The services: OTLP to the dashboard, exported every half second so the trace and logs are there when asked for.
export OTEL_EXPORTER_OTLP_ENDPOINT="http://127.0.0.1:$otlp_port" OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf
export OTEL_BSP_SCHEDULE_DELAY=500 OTEL_BLRP_SCHEDULE_DELAY=500 OTEL_METRIC_EXPORT_INTERVAL=5000
export Logging__LogLevel__Default=Warning Logging__LogLevel__Shop=Information
dotnet Shop.Payments/bin/Release/net10.0/Shop.Payments.dll --urls "http://127.0.0.1:$payments_port" > "$work/payments.log" 2>&1 &
pids+=($!)
Payments__Url="http://127.0.0.1:$payments_port" dotnet Shop.Orders/bin/Release/net10.0/Shop.Orders.dll --urls "http://127.0.0.1:$orders_port" > "$work/orders.log" 2>&1 &
pids+=($!)

cat > "$work/prometheus.yml" <<YAML
# Short intervals for a demo that fits in minutes; the rules run 60x faster too (AutoInstrumentSloTimeScale).
global:
  scrape_interval: 1s
  evaluation_interval: 1s
rule_files:
  - $rules
alerting:
  alertmanagers:
    - static_configs:
        - targets: ["127.0.0.1:$alertmanager_port"]
scrape_configs:
  - job_name: shop-orders
    static_configs:
      - targets: ["127.0.0.1:$orders_port"]
  - job_name: shop-payments
    static_configs:
      - targets: ["127.0.0.1:$payments_port"]
YAML
prometheus --config.file="$work/prometheus.yml" --storage.tsdb.path="$work/prometheus" --enable-feature=exemplar-storage \
  --web.listen-address="127.0.0.1:$prometheus_port" > "$work/prometheus.log" 2>&1 &
pids+=($!)

wait_for "http://127.0.0.1:$dashboard_port/api/telemetry/traces" 60 "$work/dashboard.log" || fail "the Aspire Dashboard did not start"
wait_for "http://127.0.0.1:$alertmanager_port/-/ready" 60 "$work/alertmanager.log" || fail "Alertmanager did not start"
wait_for "http://127.0.0.1:$payments_port/metrics" 60 "$work/payments.log" || fail "the payment API did not start"
wait_for "http://127.0.0.1:$orders_port/metrics" 60 "$work/orders.log" || fail "the order API did not start"
wait_for "http://127.0.0.1:$prometheus_port/-/ready" 60 "$work/prometheus.log" || fail "Prometheus did not start"
say "dashboard http://127.0.0.1:$dashboard_port  prometheus http://127.0.0.1:$prometheus_port  alertmanager http://127.0.0.1:$alertmanager_port"

say "steady load on the order API..."
python3 drive-load.py "http://127.0.0.1:$orders_port" "$work/stop" > "$work/load.log" 2>&1 &
pids+=($!)
healthy_seconds=${SHOP_HEALTHY_SECONDS:-25}
sleep "$healthy_seconds"
fault_at=$(date +%s.%N)
say "flipping the fault switch: every payment database query now takes 500 ms on a pool of 2 connections"
curl -sf -X POST "http://127.0.0.1:$payments_port/admin/fault?queryMs=500" || fail "the fault switch did not flip"

python3 incident-report.py \
  --prometheus "http://127.0.0.1:$prometheus_port" --alertmanager "http://127.0.0.1:$alertmanager_port" \
  --dashboard "http://127.0.0.1:$dashboard_port" --orders "http://127.0.0.1:$orders_port" \
  --started "$fault_at" --healthy-seconds "$healthy_seconds" --facts "${SHOP_FACTS:-$work/facts}" \
  || { tail -n 5 "$work/load.log" >&2; fail "the flow from alert to trace is incomplete"; }

if [ -n "${SHOP_SCREENSHOTS:-}" ]; then
  trace=$(sed -n 's/^trace_id=//p' "${SHOP_FACTS:-$work/facts}")
  mkdir -p "$SHOP_SCREENSHOTS"
  node --experimental-websocket screenshot.mjs "http://127.0.0.1:$dashboard_port/traces/detail/$trace" "$SHOP_SCREENSHOTS/shop-incident-trace.png" payments.db.insert_charge &&
    node --experimental-websocket screenshot.mjs "http://127.0.0.1:$dashboard_port/structuredlogs?traceId=$trace" "$SHOP_SCREENSHOTS/shop-incident-logs.png" "Connection pool exhausted" ||
    say "no screenshots (they need Node.js 20 and Chromium)"
fi

if [ "${SHOP_KEEP:-}" = 1 ]; then
  say "everything keeps running (Ctrl-C stops it)"
  wait
fi
