#!/usr/bin/env python3
"""The flow from alert to trace, in the order an on-call engineer follows it, every step read from a real server:
1. the alert (Alertmanager), 2. the order API's latency and errors before and during the fault (Prometheus),
3. the error logs of the window (Aspire Dashboard), 4. the trace behind a slow request, its ID from an exemplar of the
slow buckets (Prometheus), its spans from the dashboard, 5. the error budget left (the order API's runtime ErrorBudget,
fed with the counts Prometheus observed). Ends with one 'incident:' line; writes what it found to --facts."""
import argparse, json, re, sys, time, urllib.parse, urllib.request

METRIC = "shop_orders_duration_seconds"
SELECTOR = 'job="shop-orders"'
LATENCY_THRESHOLD = 0.25  # the orders-latency objective's threshold, one of the histogram's boundaries

parser = argparse.ArgumentParser()
for name in ("prometheus", "alertmanager", "dashboard", "orders", "facts"):
    parser.add_argument("--" + name, required=True)
parser.add_argument("--started", type=float, required=True, help="when the fault switch flipped (Unix seconds)")
parser.add_argument("--healthy-seconds", type=int, required=True)
args = parser.parse_args()


def get(url, params=None):
    if params:
        url += "?" + urllib.parse.urlencode(params)
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.load(response)


def promql(query, at=None):
    params = {"query": query}
    if at is not None:
        params["time"] = f"{at:.3f}"
    return get(args.prometheus + "/api/v1/query", params)["data"]["result"]


def number(query, at=None):
    result = promql(query, at)
    return float(result[0]["value"][1]) if result else float("nan")


def fail(message):
    print(f"incident: FAILED: {message}", file=sys.stderr)
    sys.exit(1)


def seconds(nanos):
    return int(nanos) / 1e9


def attribute(attributes, key):
    for item in attributes or []:
        if item["key"] == key:
            return next(iter(item["value"].values()))
    return None


def heading(text):
    print(f"\n== {text}")


# 1. The alert, from Alertmanager.
# Every window already holds the whole short history, so the low-factor tickets fire first; the page is what wakes
# someone at 2 AM: wait for it.
heading("1. The alert (Alertmanager /api/v2/alerts)")
deadline = time.time() + 150
alerts, pages = [], []
while time.time() < deadline and not pages:
    alerts = [a for a in get(args.alertmanager + "/api/v2/alerts", {"active": "true"}) if a["labels"].get("alertname") == "ErrorBudgetBurn"]
    pages = sorted((a for a in alerts if a["labels"].get("severity") == "page"), key=lambda a: (a["startsAt"], a["labels"].get("slo", "")))
    if not pages:
        time.sleep(1)
if not pages:
    fail("no ErrorBudgetBurn page reached Alertmanager within 150 s of the fault")
alerts.sort(key=lambda a: (a["labels"].get("severity") != "page", a["startsAt"], a["labels"].get("slo", "")))
for alert in alerts:
    labels = alert["labels"]
    print(f"FIRING {labels['alertname']} slo={labels.get('slo')} severity={labels.get('severity')} "
          f"windows={labels.get('long_window')}/{labels.get('short_window')} since {alert['startsAt']}")
    print(f"       {alert['annotations'].get('description', '')}")
alert = pages[0]["labels"]
fired_after = time.time() - args.started
time.sleep(5)  # a few more seconds of the fault, so the windows below hold enough of it

# 2. Latency and errors before and during, from Prometheus.
now = time.time()
before_window = max(10, min(20, args.healthy_seconds - 5))
during_window = int(now - args.started)
heading(f"2. The order API before and during the fault (Prometheus histogram_quantile over {before_window}s / {during_window}s)")
figures = {}
for phase, at, window in (("before", args.started, before_window), ("during", now, during_window)):
    row = []
    for q in (0.5, 0.95, 0.99, 0.999):
        value = number(f"histogram_quantile({q}, sum by (le) (rate({METRIC}_bucket{{{SELECTOR}}}[{window}s])))", at)
        figures[f"p{q * 100:g}_{phase}".replace(".", "_")] = value
        row.append(f"p{q * 100:g}={value:.3f}s")
    errors = number(f'(sum(rate({METRIC}_count{{{SELECTOR},error_type!=""}}[{window}s])) or vector(0)) / sum(rate({METRIC}_count{{{SELECTOR}}}[{window}s]))', at)
    figures[f"error_ratio_{phase}"] = errors
    print(f"{phase:>6}: {' '.join(row)} error_ratio={errors:.3f}")

# 3. The error logs of the window, from the dashboard.
heading("3. Error logs since the fault (Aspire Dashboard /api/telemetry/logs)")
logs = []
for resource in get(args.dashboard + "/api/telemetry/logs")["data"]["resourceLogs"]:
    service = attribute(resource["resource"]["attributes"], "service.name")
    for scope in resource["scopeLogs"]:
        for record in scope["logRecords"]:
            body = next(iter(record.get("body", {}).values()), "")
            if record.get("severityNumber", 0) >= 17 and "Connection pool exhausted" in str(body) and seconds(record["timeUnixNano"]) >= args.started:
                logs.append((seconds(record["timeUnixNano"]), service, record.get("traceId", ""), record.get("spanId", ""), body))
logs.sort()
for stamp, service, trace, span, body in logs[:6]:
    print(f"{time.strftime('%H:%M:%S', time.gmtime(stamp))} {service:<14} trace={trace} span={span} {body}")
if len(logs) > 6:
    print(f"... {len(logs) - 6} more")
if not logs:
    fail("no error log with 'Connection pool exhausted' since the fault")
logged_traces = {trace for _, _, trace, _, _ in logs}

# 4. The trace behind a slow, failed request: its ID from an exemplar of the slow buckets.
heading(f"4. The trace behind a slow request (Prometheus /api/v1/query_exemplars, buckets over {LATENCY_THRESHOLD}s; dashboard /api/telemetry/traces)")
series = get(args.prometheus + "/api/v1/query_exemplars", {
    "query": f'{METRIC}_bucket{{{SELECTOR},error_type!=""}}', "start": f"{args.started:.3f}", "end": f"{time.time():.3f}"})["data"]
exemplars = [(float(e["value"]), e["labels"].get("trace_id", ""), s["seriesLabels"]["le"])
             for s in series if float(s["seriesLabels"]["le"]) > LATENCY_THRESHOLD for e in s["exemplars"]]
print(f"{len(exemplars)} exemplars in the slow buckets of failed orders; "
      f"{sum(1 for e in exemplars if e[1] in logged_traces)} of them with an error log above")
candidates = sorted((e for e in exemplars if e[1] in logged_traces), reverse=True)
if not candidates:
    fail("no exemplar of a slow bucket points at a trace with an error log")
duration, trace_id, bucket = candidates[0]
print(f"slowest: {duration:.3f}s in bucket le={bucket}, trace_id={trace_id}")

spans = []
for _ in range(20):
    try:
        found = get(f"{args.dashboard}/api/telemetry/traces/{trace_id}")["data"]["resourceSpans"]
    except Exception:
        found = []
    spans = [(attribute(r["resource"]["attributes"], "service.name"), span)
             for r in found for scope in r["scopeSpans"] for span in scope["spans"]]
    if len({service for service, _ in spans}) >= 2:
        break
    time.sleep(1)
if not spans:
    fail(f"the dashboard has no trace {trace_id}")

by_id = {span["spanId"]: (service, span) for service, span in spans}
children = {}
for service, span in spans:
    children.setdefault(span.get("parentSpanId", ""), []).append(span["spanId"])


def length(span):
    return seconds(span["endTimeUnixNano"]) - seconds(span["startTimeUnixNano"])


def self_time(span):
    return length(span) - sum(length(by_id[child][1]) for child in children.get(span["spanId"], []))


def show(span_id, depth):
    service, span = by_id[span_id]
    status = " ERROR" if span.get("status", {}).get("code") in (2, "STATUS_CODE_ERROR") else ""
    print(f"{'  ' * depth}{span['name']:<{48 - 2 * depth}} {service:<14} {length(span) * 1000:8.1f} ms{status}")
    for child in sorted(children.get(span_id, []), key=lambda c: by_id[c][1]["startTimeUnixNano"]):
        show(child, depth + 1)


for root in [s["spanId"] for _, s in spans if s.get("parentSpanId", "") not in by_id]:
    show(root, 0)
slowest_service, slowest = max(((service, span) for service, span in spans), key=lambda pair: self_time(pair[1]))
services = sorted({service for service, _ in spans})
print(f"{len(spans)} spans across {len(services)} services ({', '.join(services)}); "
      f"most time spent in {slowest['name']} ({slowest_service}): {self_time(slowest) * 1000:.1f} ms of its own")

# 5. The error budget left: the runtime ErrorBudget of the objective, fed with the counts Prometheus observed.
slo = alert["slo"]
heading(f"5. The error budget of {slo} (order API /slo/{slo}/budget, fed with Prometheus's counts)")
windows = [(r["metric"]["__name__"], float(r["value"][1])) for r in promql(f'{{__name__=~"slo:sli_error:ratio_rate.+",slo="{slo}"}}')]


def duration_of(name):
    units = {"d": 86400, "h": 3600, "m": 60, "s": 1}
    return sum(int(value) * units[unit] for value, unit in re.findall(r"(\d+)([dhms])", name.rsplit("rate", 1)[1]))


objective_window, ratio = max(windows, key=lambda w: duration_of(w[0]))
window = objective_window.rsplit("rate", 1)[1]
total = round(number(f"sum(increase({METRIC}_count{{{SELECTOR}}}[{window}]))"))
bad = round(ratio * total)
budget = get(f"{args.orders}/slo/{slo}/budget", {"bad": bad, "total": total})
rule_left = number(f'slo:error_budget_remaining:ratio{{slo="{slo}"}}')
print(f"{bad} bad of {total} calls over the objective's window ({window} in this 60x rehearsal of {budget['windowDays']:g} days): "
      f"{budget['allowedBad']:.1f} allowed, burn rate {budget['burnRate']:.1f}x, budget left {budget['remainingFraction']:.3f} "
      f"(Prometheus's slo:error_budget_remaining:ratio says {rule_left:.3f})")

line = (f"incident: alert={alert['alertname']}/{slo} p99={figures['p99_during']:.3f} trace={trace_id} services={len(services)} "
        f"spans={len(spans)} logs={len(logs)} budget_left={budget['remainingFraction']:.3f}")
print()
print(line)

facts = dict(figures, alert=alert["alertname"], slo=slo, severity=alert.get("severity"), fired_after=f"{fired_after:.0f}",
             trace_id=trace_id, exemplar_seconds=duration, logs=len(logs), logged_traces=" ".join(sorted(logged_traces)),
             services=" ".join(services), trace_services=len(services), spans=len(spans), slowest_span=slowest["name"],
             slowest_service=slowest_service, budget_left=budget["remainingFraction"], rule_budget_left=rule_left, line=line)
with open(args.facts, "w") as out:
    out.writelines(f"{key}={value}\n" for key, value in facts.items())
