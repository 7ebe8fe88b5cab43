"""Public reports (issue 5) without a browser.

Crash: a report whose receipt code was shown survives the server being killed at any moment.
Reports are sent from several threads, each from its own forwarded address; the server is
killed with SIGKILL mid-load, restarted on the same data, and every code that was shown must
open its report again.

Anonymity: nothing the server keeps — the database and its WAL, the key file, anything else
under the data directory, and what it logs — holds the reporter's network address or the
name of their browser.

Only the standard library: these run wherever the simpul binary is built, no browser needed.
SIMPUL_CRASH_LOAD=full (the benchmark) runs the crash test longer and with more threads;
SIMPUL_CRASH_SECONDS and SIMPUL_CRASH_THREADS set either exactly."""
import http.client
import os
import re
import signal
import shutil
import subprocess
import tempfile
import threading
import time
import urllib.parse
import zlib
import struct
from concurrent.futures import ThreadPoolExecutor

import pytest

from conftest import SIMPUL, free_port

pytestmark = pytest.mark.skipif(not os.path.exists(SIMPUL), reason=f"no simpul binary at {SIMPUL} (swift build first, or set SIMPUL_BIN)")

FULL = os.environ.get("SIMPUL_CRASH_LOAD") == "full"
CRASH_SECONDS = float(os.environ.get("SIMPUL_CRASH_SECONDS", "10" if FULL else "2"))
CRASH_THREADS = int(os.environ.get("SIMPUL_CRASH_THREADS", "32" if FULL else "8"))

# A complete, valid answer set that routes to UPTD PPA Jawa Timur (child, in Indonesia, province 35).
ANSWERS = [
    ("step", "send"),
    ("danger", "no"),
    ("situation", "forced_work"), ("situation", "documents_held"),
    ("narrative", "Anak tetangga bekerja di pabrik tanpa upah, KTP-nya ditahan mandor."),
    ("relation", "witness"), ("child", "yes"), ("victims", "several"),
    ("where", "indonesia"), ("province", "35"), ("regency", "Kabupaten Sidoarjo"),
    ("contact", "receipt_only"),
    ("go", "next"),
]

RECEIPT = re.compile(r'<div class="receipt"[^>]*>\s*(\d{4} \d{4} \d{4} \d{4})\s*</div>')
REFERENCE = re.compile(r"Nomor laporan untuk petugas: (L-\d{4}-\d{6})")


# MARK: helpers shared with test_reporting.py

def damm_ok(digits):
    """Damm's check (the receipt code's last digit), to make a well-formed code that is not issued."""
    table = [[0, 3, 1, 7, 5, 9, 8, 6, 4, 2], [7, 0, 9, 2, 1, 5, 4, 8, 6, 3], [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
             [1, 7, 5, 0, 9, 8, 3, 4, 2, 6], [6, 1, 2, 3, 0, 4, 5, 9, 7, 8], [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
             [5, 8, 6, 9, 7, 2, 0, 1, 3, 4], [8, 9, 4, 5, 3, 6, 2, 0, 1, 7], [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
             [2, 5, 8, 1, 4, 3, 6, 7, 9, 0]]
    state = 0
    for ch in digits:
        state = table[state][int(ch)]
    return state == 0


def unissued_code(issued):
    """A 16-digit code with a right check digit that is none of the issued ones."""
    body = "314159265358979"
    for last in "0123456789":
        code = body + last
        if damm_ok(code) and code not in {c.replace(" ", "") for c in issued}:
            return code[:4] + " " + code[4:8] + " " + code[8:12] + " " + code[12:]
    raise AssertionError("no check digit fits")  # cannot happen: exactly one digit fits


def png_1x1():
    """A valid 1×1 grey PNG, for an attachment."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\x80")) + chunk(b"IEND", b""))


def multipart(fields, files=()):
    """(body, content type) for multipart/form-data; files are (field, filename, type, bytes)."""
    boundary = "----simpul-test-" + os.urandom(8).hex()
    out = []
    for name, value in fields:
        out.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode())
    for name, filename, ctype, data in files:
        out.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
                   f'Content-Type: {ctype}\r\n\r\n'.encode() + data + b"\r\n")
    out.append(f"--{boundary}--\r\n".encode())
    return b"".join(out), f"multipart/form-data; boundary={boundary}"


class Client:
    """One keep-alive connection; answers (status, headers as a list of pairs, body text)."""

    def __init__(self, port, source=None, headers=None, timeout=30):
        self.port, self.source, self.headers, self.timeout = port, source, dict(headers or {}), timeout
        self.conn = None

    def request(self, method, path, fields=None, body=None, content_type=None, headers=None):
        if fields is not None:
            body, content_type = urllib.parse.urlencode(fields).encode(), "application/x-www-form-urlencoded"
        h = dict(self.headers)
        h.update(headers or {})
        if content_type:
            h["Content-Type"] = content_type
        if self.conn is None:
            self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=self.timeout,
                                                   source_address=(self.source, 0) if self.source else None)
        try:
            self.conn.request(method, path, body=body, headers=h)
            r = self.conn.getresponse()
            data = r.read().decode("utf-8", "replace")
        except Exception:
            self.close()
            raise
        if r.getheader("Connection", "").lower() == "close":
            self.close()
        return r.status, r.getheaders(), data

    def close(self):
        if self.conn is not None:
            self.conn.close()
            self.conn = None


def start_server(data, port, env=None, args=(), log=None):
    """`simpul serve` on `data`, waiting until /health answers."""
    proc = subprocess.Popen([SIMPUL, "serve", "--data", data, "--port", str(port), *args],
                            stdout=log or subprocess.DEVNULL, stderr=subprocess.STDOUT if log else subprocess.DEVNULL,
                            env={**os.environ, **(env or {})})
    for _ in range(300):
        if proc.poll() is not None:
            raise RuntimeError(f"simpul serve exited with {proc.returncode}")
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
            c.request("GET", "/health")
            if c.getresponse().status == 200:
                c.close()
                return proc
        except OSError:
            time.sleep(0.05)
    proc.kill()
    raise RuntimeError("simpul serve did not answer /health")


def demo_data(prefix):
    data = tempfile.mkdtemp(prefix=prefix)
    subprocess.run([SIMPUL, "demo", "--data", data, "--cases", "0", "--bcrypt-cost", "10"], check=True, capture_output=True)
    return data


# MARK: crash

def test_acknowledged_reports_survive_kill_9():
    data = demo_data("simpul-report-crash-")
    port = free_port()
    env = {"SIMPUL_INSECURE_TEST_RECEIPT_HASH": "1"}
    proc = start_server(data, port, env=env, args=["--trust-forwarded-for", "--allow-insecure-receipt-hash"])
    acknowledged, other, lock, stop = [], {}, threading.Lock(), threading.Event()

    def writer(tid):
        client, n = Client(port, timeout=10), 0
        while not stop.is_set():
            n += 1
            forwarded = f"10.{tid}.{(n >> 8) & 255}.{n & 255}"  # a new address for every report: no challenge
            try:
                status, _, body = client.request("POST", "/lapor/kirim", fields=ANSWERS, headers={"X-Forwarded-For": forwarded})
            except (OSError, http.client.HTTPException):
                return  # the server is gone
            code, ref = RECEIPT.search(body), REFERENCE.search(body)
            with lock:
                if status == 200 and code and ref:
                    acknowledged.append((code.group(1), ref.group(1)))
                else:
                    other[status] = other.get(status, 0) + 1

    threads = [threading.Thread(target=writer, args=(i + 1,)) for i in range(CRASH_THREADS)]
    for t in threads:
        t.start()
    time.sleep(CRASH_SECONDS)
    os.kill(proc.pid, signal.SIGKILL)
    stop.set()
    for t in threads:
        t.join()
    proc.wait()

    proc = start_server(data, port, env=env, args=["--trust-forwarded-for", "--allow-insecure-receipt-hash"])
    try:
        local = threading.local()

        def opens(item):
            i, (code, reference) = item
            if not hasattr(local, "client"):
                local.client = Client(port)
            status, _, body = local.client.request("POST", "/lapor/kembali", fields=[("code", code)],
                                                   headers={"X-Forwarded-For": f"10.200.{(i >> 8) & 255}.{i & 255}"})
            return status == 200 and reference in body

        with ThreadPoolExecutor(4) as pool:
            recovered = sum(pool.map(opens, enumerate(acknowledged)))
        lost = len(acknowledged) - recovered
        print(f"acknowledged {len(acknowledged)}, recovered {recovered}, lost {lost}")
        if other:
            print("answers without a receipt: " + ", ".join(f"{k}: {v}" for k, v in sorted(other.items())))
        assert len(acknowledged) > 0, f"no report was acknowledged before the kill (other answers: {other})"
        assert lost == 0
    finally:
        proc.terminate()
        proc.wait(timeout=15)
        shutil.rmtree(data, ignore_errors=True)


# MARK: anonymity

PROBE_ADDRESS = "127.0.0.77"
PROBE_AGENT = "AnonProbe/7.3 (Simpul-test; xq9v7Rk)"
# Sent but not trusted (no --trust-forwarded-for): must not be kept either.
PROBE_FORWARDED = "198.51.100.77"
MARKERS = [PROBE_ADDRESS.encode(), PROBE_AGENT.encode(), b"xq9v7Rk", b"AnonProbe", PROBE_FORWARDED.encode()]

WORDS = {w: i for i, w in enumerate(["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"])}


def hidden(body, name):
    m = re.search(r'name="%s" value="([^"]*)"' % re.escape(name), body)
    return m and m.group(1)


def search_for_markers(paths):
    """{marker: [files holding it]}, and how many files and bytes were read."""
    found, files, size = {}, 0, 0
    for path in paths:
        try:
            with open(path, "rb") as f:
                blob = f.read()
        except FileNotFoundError:
            continue  # the WAL may be checkpointed away meanwhile
        files, size = files + 1, size + len(blob)
        for m in MARKERS:
            if m in blob:
                found.setdefault(m.decode(), []).append(path)
    return found, files, size


def every_file(*roots):
    for root in roots:
        for folder, _, names in os.walk(root):
            for name in names:
                yield os.path.join(folder, name)


def test_nothing_kept_names_the_reporters_address_or_browser():
    data = demo_data("simpul-report-anon-")
    logs = tempfile.mkdtemp(prefix="simpul-report-anon-log-")
    port = free_port()
    log = open(os.path.join(logs, "serve.log"), "wb")
    proc = start_server(data, port, log=log, env={"LOG_LEVEL": os.environ.get("SIMPUL_ANON_LOG_LEVEL", "info")})
    try:
        c = Client(port, source=PROBE_ADDRESS, headers={"User-Agent": PROBE_AGENT, "X-Forwarded-For": PROBE_FORWARDED})
        status, _, body = c.request("GET", "/lapor")
        assert status == 200 and "Mulai melapor" in body
        status, _, body = c.request("POST", "/lapor/langkah", fields=[("start", "1")])
        assert status == 200
        status, _, body = c.request("POST", "/lapor/langkah", fields=[("step", "danger"), ("go", "next")])
        assert status == 422 and "error-summary" in body

        codes = []
        for i in range(4):
            fields = [(k, v) for k, v in ANSWERS if k != "narrative"] + [("narrative", f"Laporan uji nomor {i + 1}.")]
            files = [("files", "foto.png", "image/png", png_1x1())] if i == 0 else [("files", "", "application/octet-stream", b"")]
            payload, ctype = multipart(fields, files)
            status, _, body = c.request("POST", "/lapor/kirim", body=payload, content_type=ctype)
            if i == 3:
                # The fourth report from one address in ten minutes asks for the check question.
                assert status == 422 and 'name="challenge"' in body, body[:2000]
                q = re.search(r"Berapa (\w+) ditambah (\w+)\?", body)
                assert q, "the check question is not in the page"
                answer = WORDS[q.group(1)] + WORDS[q.group(2)]
                payload, ctype = multipart(fields + [("challenge", hidden(body, "challenge")), ("answer", str(answer))])
                status, _, body = c.request("POST", "/lapor/kirim", body=payload, content_type=ctype)
            assert status == 200, body[:2000]
            code = RECEIPT.search(body).group(1)
            codes.append(code)
            sealed = hidden(body, "sealed")
            status, _, _ = c.request("POST", "/lapor/simpan", fields=[("sealed", sealed), ("code", code)])
            assert status == 200

        status, _, body = c.request("POST", "/lapor/kembali", fields=[("code", unissued_code(codes))])
        assert status == 404
        status, _, body = c.request("POST", "/lapor/kembali", fields=[("code", "1234")])
        assert status == 422
        status, _, body = c.request("POST", "/lapor/kembali", fields=[("code", codes[0])])
        assert status == 200 and "Laporan Anda" in body
        payload, ctype = multipart([("access", hidden(body, "access")), ("message", "Pelaku memindahkan mereka ke gudang lain.")],
                                   [("files", "bukti.png", "image/png", png_1x1())])
        status, _, body = c.request("POST", "/lapor/laporan", body=payload, content_type=ctype)
        assert status == 200 and "Pelaku memindahkan mereka" in body
        status, headers, body = c.request("POST", "/lapor/kembali", fields=[("code", codes[1]), ("stay", "1")])
        cookie = [v for k, v in headers if k.lower() == "set-cookie" and v.startswith("simpul_lapor=")]
        assert status == 200 and cookie
        status, _, body = c.request("GET", "/lapor/laporan", headers={"Cookie": cookie[0].split(";")[0]})
        assert status == 200 and "Laporan Anda" in body
        c.close()

        while_running = search_for_markers(list(every_file(data, logs)))
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()

    after = search_for_markers(list(every_file(data, logs)))
    try:
        for label, (found, files, size) in (("while serving", while_running), ("after stopping", after)):
            print(f"anonymity {label}: searched {files} files, {size} bytes under the data folder and the server log "
                  f"for {', '.join(m.decode() for m in MARKERS)}: {'found ' + repr(found) if found else 'none found'}")
        assert not while_running[0] and not after[0]
        assert after[1] >= 3  # the database, the key, the log at least
    finally:
        shutil.rmtree(data, ignore_errors=True)
        shutil.rmtree(logs, ignore_errors=True)
