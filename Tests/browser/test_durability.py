"""A committed write survives the server being killed at any moment: register cases through the
API from several threads, kill -9 the server mid-run, restart it, and find every case whose 201
was received."""
import http.client
import json
import os
import re
import signal
import subprocess
import tempfile
import threading
import time
import urllib.request

from conftest import SIMPUL, free_port


def start(data, port):
    proc = subprocess.Popen([SIMPUL, "serve", "--data", data, "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(200):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=1)
            return proc
        except OSError:
            time.sleep(0.05)
    raise RuntimeError("server did not start")


def api(port, token, method, path, body=None):
    req = urllib.request.Request(f"http://127.0.0.1:{port}{path}", method=method,
                                 data=json.dumps(body).encode() if body else None,
                                 headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=5) as r:
        return r.status, json.loads(r.read())


def test_acknowledged_cases_survive_kill_9():
    data = tempfile.mkdtemp(prefix="simpul-crash-")
    subprocess.run([SIMPUL, "demo", "--data", data, "--cases", "0", "--bcrypt-cost", "10"], check=True, capture_output=True)
    token = subprocess.run([SIMPUL, "token", "create", "--data", data, "--username", "penyidik", "--name", "crash"],
                           check=True, capture_output=True, text=True).stdout.strip()
    port = free_port()
    proc = start(data, port)
    acknowledged, lock, stop = [], threading.Lock(), threading.Event()

    def writer():
        while not stop.is_set():
            try:
                status, case = api(port, token, "POST", "/api/v1/cases", {
                    "provinceCode": "35", "regency": "Kota Surabaya", "openedOn": "2026-11-01",
                    "exploitationTypes": ["forced_labour"], "summary": "uji ketahanan"})
                if status == 201:
                    with lock:
                        acknowledged.append(case["id"])
            except (OSError, http.client.HTTPException):
                return  # the server is gone (a reply cut off by the kill was never acknowledged)

    threads = [threading.Thread(target=writer) for _ in range(8)]
    for t in threads:
        t.start()
    time.sleep(3)
    os.kill(proc.pid, signal.SIGKILL)
    stop.set()
    for t in threads:
        t.join()
    proc.wait()

    proc = start(data, port)
    try:
        recovered = sum(1 for cid in acknowledged if api(port, token, "GET", f"/api/v1/cases/{cid}")[0] == 200)
        print(f"acknowledged {len(acknowledged)}, recovered {recovered}, lost {len(acknowledged) - recovered}")
        assert len(acknowledged) > 20
        assert recovered == len(acknowledged)
        audit = subprocess.run([SIMPUL, "audit", "verify", "--data", data], capture_output=True, text=True)
        assert audit.returncode == 0, audit.stdout
    finally:
        proc.terminate()
        proc.wait()
