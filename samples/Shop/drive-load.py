#!/usr/bin/env python3
"""Steady load on the order API: CLIENTS threads, each placing an order, pausing PAUSE seconds, and again, until the
file STOP exists. Prints one line per second: requests sent, failed and the slowest answer of that second."""
import json, os, sys, threading, time, urllib.request

url, stop = sys.argv[1], sys.argv[2]
clients, pause = int(os.environ.get("CLIENTS", "6")), float(os.environ.get("PAUSE", "0.1"))
lock, counts = threading.Lock(), {"sent": 0, "failed": 0, "slowest": 0.0}
customers = ["ada", "grace", "linus", "barbara", "ken", "margaret"]


def client(number):
    i = 0
    while not os.path.exists(stop):
        i += 1
        body = json.dumps({"customer": customers[(number + i) % len(customers)], "amount": 10 + i % 90,
                           "card": "Visa" if i % 2 else "Mastercard", "channel": "Web" if number % 2 else "Mobile"}).encode()
        request = urllib.request.Request(url + "/orders", data=body, headers={"Content-Type": "application/json"})
        started, failed = time.monotonic(), False
        try:
            urllib.request.urlopen(request, timeout=10).read()
        except Exception:
            failed = True
        with lock:
            counts["sent"] += 1
            counts["failed"] += failed
            counts["slowest"] = max(counts["slowest"], time.monotonic() - started)
        time.sleep(pause)


threads = [threading.Thread(target=client, args=(n,), daemon=True) for n in range(clients)]
for thread in threads:
    thread.start()
while not os.path.exists(stop):
    time.sleep(1)
    with lock:
        print(f"load: {counts['sent']} sent, {counts['failed']} failed, slowest {counts['slowest']:.3f}s", flush=True)
        counts.update(slowest=0.0)
