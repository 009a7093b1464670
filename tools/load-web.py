#!/usr/bin/env python3
"""Bounded load on `plancheck serve` (issue 16): stdlib threads and http.client only.

    tools/load-web.py .build/release/plancheck [--concurrency 50] [--rounds 1] [--single 20]

Starts `serve` on a free loopback port with a temporary database, then
  1. a single seed's self-check, one request at a time (`--single` times): its latency;
  2. `--concurrency` uploads at once of the five seeds (round robin) to POST /api/check, `--rounds`
     times: every answer must be 200 with the findings JSON; p50/p95/max are printed.
Exit 1 when any request fails, so `make load-web` fails too.
"""
import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEEDS = sorted(
    os.path.join(ROOT, "samples/real", name)
    for name in os.listdir(os.path.join(ROOT, "samples/real")) if name[:3].isdigit())


def option(args, name, default):
    return int(args[args.index(name) + 1]) if name in args else default


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def body_of(path):
    boundary = "----plancheck-load"
    with open(path, "rb") as f:
        data = f.read()
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"ke-hoach.txt\"\r\n"
            f"Content-Type: text/plain\r\n\r\n").encode() + data + f"\r\n--{boundary}--\r\n".encode()
    return body, {"Content-Type": f"multipart/form-data; boundary={boundary}"}


def post(port, body, headers):
    """(status, milliseconds, findings or None)."""
    start = time.perf_counter()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    try:
        conn.request("POST", "/api/check", body=body, headers=headers)
        response = conn.getresponse()
        data = response.read()
        status = response.status
    except OSError as error:
        return 0, (time.perf_counter() - start) * 1000, str(error)
    finally:
        conn.close()
    elapsed = (time.perf_counter() - start) * 1000
    try:
        findings = len(json.loads(data)["findings"]) if status == 200 else None
    except (ValueError, KeyError):
        findings = None
    return status, elapsed, findings


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, int(round(p / 100 * len(ordered) + 0.5)) - 1))]


def main():
    args = sys.argv[1:]
    if not args:
        print(__doc__)
        return 2
    binary = os.path.abspath(args[0])
    concurrency = option(args, "--concurrency", 50)
    rounds = option(args, "--rounds", 1)
    single = option(args, "--single", 20)
    tmp = tempfile.mkdtemp(prefix="plancheck-load-")
    port = free_port()
    log = open(os.path.join(tmp, "serve.log"), "w")
    server = subprocess.Popen(
        [binary, "serve", "--db", os.path.join(tmp, "web.sqlite"), "--port", str(port)],
        cwd=ROOT, stdout=log, stderr=log, env=dict(os.environ, SWIFT_BACKTRACE="enable=no"))
    try:
        deadline = time.time() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.time() > deadline or server.poll() is not None:
                    print("serve did not start", file=sys.stderr)
                    return 1
                time.sleep(0.2)
        bodies = [body_of(seed) for seed in SEEDS]
        failed = 0

        post(port, *bodies[1])  # warm up: rules and the first child's start
        times = []
        for _ in range(single):
            status, ms, _ = post(port, *bodies[1])
            failed += status != 200
            times.append(ms)
        print(f"single self-check of seed 001 ({single}×, one at a time): "
              f"p50 {percentile(times, 50):.0f} ms, p95 {percentile(times, 95):.0f} ms, max {max(times):.0f} ms")

        results = []
        lock = threading.Lock()
        start = time.perf_counter()
        for _ in range(rounds):
            gate = threading.Barrier(concurrency)

            def one(i):
                gate.wait()
                outcome = post(port, *bodies[i % len(bodies)])
                with lock:
                    results.append(outcome)
            threads = [threading.Thread(target=one, args=(i,)) for i in range(concurrency)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
        wall = time.perf_counter() - start
        bad = [r for r in results if r[0] != 200 or r[2] is None]
        failed += len(bad)
        times = [r[1] for r in results]
        print(f"{len(results)} concurrent uploads ({concurrency} at once × {rounds}, the {len(bodies)} seeds): "
              f"{len(results) - len(bad)} ok, p50 {percentile(times, 50):.0f} ms, "
              f"p95 {percentile(times, 95):.0f} ms, max {max(times):.0f} ms, wall {wall:.1f} s")
        for status, _, detail in bad[:5]:
            print(f"  failed: status {status} {detail}", file=sys.stderr)
        return 1 if failed else 0
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()


if __name__ == "__main__":
    sys.exit(main())
