"""Key rotation under load (issue 13): while officers register persons through the API and the
public files reports, `simpul key rotate` re-seals everything under a new key; it is killed with
SIGKILL midway, run again until it reports completion, and then every person and report whose
creation was acknowledged reads back exactly as it was sent, nothing is left under the old key,
and the audit chain holds. On SQLite, and on PostgreSQL too when SIMPUL_TEST_DATABASE_URL names a
local test database (a schema of its own, made and dropped with psql).

Only the standard library, like test_report_durability.py, which it borrows its helpers from.
SIMPUL_ROTATION_CASES sets how many demo cases (and so sealed identities) the store starts with."""
import http.client
import os
import re
import shutil
import signal
import subprocess
import tempfile
import threading
import time

import pytest

from conftest import SIMPUL, free_port
from test_durability import api
from test_report_durability import ANSWERS, RECEIPT, REFERENCE, Client, start_server

pytestmark = pytest.mark.skipif(not os.path.exists(SIMPUL), reason=f"no simpul binary at {SIMPUL} (swift build first, or set SIMPUL_BIN)")

CASES = os.environ.get("SIMPUL_ROTATION_CASES", "150")
ENV = {"SIMPUL_INSECURE_TEST_RECEIPT_HASH": "1"}
SERVE_ARGS = ["--trust-forwarded-for", "--allow-insecure-receipt-hash"]


def simpul(*args, check=True):
    done = subprocess.run([SIMPUL, *args], capture_output=True, text=True, env={**os.environ, **ENV}, timeout=600)
    if check and done.returncode != 0:
        raise AssertionError(f"simpul {' '.join(args)} exited {done.returncode}: {done.stdout}{done.stderr}")
    return done


@pytest.fixture(params=["sqlite", "postgres"])
def store(request):
    """(data folder, the options naming the store): SQLite in the folder, or a new schema of the
    local test database that SIMPUL_TEST_DATABASE_URL names (keys in the folder either way)."""
    data = tempfile.mkdtemp(prefix="simpul-rotation-")
    options = ["--data", data]
    schema = None
    if request.param == "postgres":
        url = os.environ.get("SIMPUL_TEST_DATABASE_URL")
        if not url or not shutil.which("psql"):
            shutil.rmtree(data, ignore_errors=True)
            pytest.skip("PostgreSQL: SIMPUL_TEST_DATABASE_URL not set or no psql")
        schema = "rot_" + os.urandom(6).hex()
        subprocess.run(["psql", url, "-qc", f"CREATE SCHEMA {schema}"], check=True, capture_output=True)
        options += ["--database-url", url + ("&" if "?" in url else "?") + f"search_path={schema}"]
    yield data, options
    if schema:
        subprocess.run(["psql", os.environ["SIMPUL_TEST_DATABASE_URL"], "-qc", f"DROP SCHEMA {schema} CASCADE"], capture_output=True)
    shutil.rmtree(data, ignore_errors=True)


def test_rotation_killed_midway_under_load_loses_and_hides_nothing(store):
    data, options = store
    simpul("demo", *options, "--cases", CASES, "--bcrypt-cost", "10")
    token = simpul("token", "create", *options, "--username", "penyidik", "--name", "rotation").stdout.strip()
    added = simpul("key", "add", *options).stdout
    assert "Added key 1" in added and os.stat(os.path.join(data, "simpul.keyring")).st_mode & 0o777 == 0o600
    port = free_port()
    proc = start_server(data, port, env=ENV, args=[*SERVE_ARGS, *options[2:]])
    persons, reports, failures, lock, stop = [], [], [], threading.Lock(), threading.Event()

    def registrar(tid):
        n = 0
        while not stop.is_set():
            n += 1
            try:
                status, case = api(port, token, "POST", "/api/v1/cases", {
                    "provinceCode": "35", "regency": "Kota Surabaya", "openedOn": "2026-11-01",
                    "exploitationTypes": ["forced_labour"], "summary": "uji rotasi kunci"})
                name = f"Korban Rotasi {tid} {n}"
                status, person = api(port, token, "POST", f"/api/v1/cases/{case['id']}/persons", {
                    "role": "victim", "fullName": name, "birthDate": "1999-07-01", "sex": "female", "address": f"Jl. Uji {tid}/{n}"})
                with lock:
                    persons.append((case["id"], person["id"], name, f"Jl. Uji {tid}/{n}"))
            except Exception as e:  # a failure under rotation is a finding, not the end of the test
                with lock:
                    failures.append(f"registrar: {e!r}")

    def reporter(tid):
        client, n = Client(port, timeout=30), 0
        while not stop.is_set():
            n += 1
            narrative = f"Laporan rotasi {tid}-{n}: pekerja ditahan di gudang."
            fields = [(k, v) for k, v in ANSWERS if k != "narrative"] + [("narrative", narrative)]
            try:
                status, _, body = client.request("POST", "/lapor/kirim", fields=fields, headers={"X-Forwarded-For": f"10.{tid}.{n >> 8 & 255}.{n & 255}"})
            except (OSError, http.client.HTTPException) as e:
                with lock:
                    failures.append(f"reporter: {e!r}")
                continue
            code, ref = RECEIPT.search(body), REFERENCE.search(body)
            with lock:
                if status == 200 and code and ref:
                    reports.append((code.group(1), ref.group(1), narrative))
                else:
                    failures.append(f"report answered {status}")

    threads = [threading.Thread(target=registrar, args=(i,)) for i in range(3)]
    threads += [threading.Thread(target=reporter, args=(i + 1,)) for i in range(2)]
    try:
        for t in threads:
            t.start()
        time.sleep(1)

        # The first rotation is killed after a few committed batches.
        rotate = subprocess.Popen([SIMPUL, "key", "rotate", *options, "--batch-size", "5"], stdout=subprocess.PIPE,
                                  stderr=subprocess.STDOUT, text=True, env={**os.environ, **ENV})
        progress = []
        for line in rotate.stdout:
            progress.append(line)
            if sum("re-sealed under key 1" in l for l in progress) >= 12:
                break
        os.kill(rotate.pid, signal.SIGKILL)
        rotate.wait()
        assert rotate.returncode == -signal.SIGKILL, "".join(progress)
        assert any("Key 1 is now current" in l for l in progress), "".join(progress)
        time.sleep(1)

        # Run again, still under load: it resumes; while servers still seal under key 0 it exits 3.
        runs = [simpul("key", "rotate", *options, "--batch-size", "50", check=False)]
        assert "(resumed)" in runs[0].stdout, runs[0].stdout
        time.sleep(2)
        stop.set()
        for t in threads:
            t.join()
        # The load is over; the server switched to key 1 within its 10 s look-up, so rotation now completes.
        deadline = time.time() + 60
        while runs[-1].returncode != 0 and time.time() < deadline:
            time.sleep(2)
            runs.append(simpul("key", "rotate", *options, check=False))
        assert runs[-1].returncode == 0, runs[-1].stdout + runs[-1].stderr
        assert "Rotation to key 1 complete" in runs[-1].stdout

        status = simpul("key", "status", *options).stdout
        assert "key 0: " not in status, status + "\n---\n" + "\n---\n".join(f"exit {r.returncode}:\n{r.stdout}" for r in runs)
        assert simpul("key", "retire", *options, "--id", "0", check=False).returncode != 0

        # Every acknowledged person and report reads back as sent, through the running server.
        print(f"acknowledged {len(persons)} persons and {len(reports)} reports; {len(failures)} failures; {len(runs)} rotate runs after the kill")
        assert not failures, failures[:5]
        assert len(persons) > 10 and len(reports) > 5
        for case_id, person_id, name, address in persons:
            _, detail = api(port, token, "GET", f"/api/v1/cases/{case_id}")
            identity = next(p["identity"] for p in detail["persons"] if p["person"]["id"] == person_id)
            assert identity["fullName"] == name and identity["address"] == address
        client = Client(port)
        for i, (code, reference, narrative) in enumerate(reports):
            status, _, body = client.request("POST", "/lapor/kembali", fields=[("code", code)],
                                             headers={"X-Forwarded-For": f"10.200.{i >> 8 & 255}.{i & 255}"})
            assert status == 200 and reference in body and narrative in body, f"report {reference}: {status}"
        assert simpul("audit", "verify", *options, check=False).returncode == 0
    finally:
        stop.set()
        proc.terminate()
        proc.wait(timeout=15)
    # A server restarted with only the old key refuses to start, naming the key it lacks.
    os.rename(os.path.join(data, "simpul.keyring"), os.path.join(data, "keyring.bak"))
    refused = simpul("migrate", *options, check=False)
    assert refused.returncode != 0 and "key id 1" in refused.stdout + refused.stderr, refused.stdout + refused.stderr


def test_rotation_waits_for_every_running_server_to_hold_the_new_key():
    data = tempfile.mkdtemp(prefix="simpul-rotation-lag-")
    simpul("demo", "--data", data, "--cases", "5", "--bcrypt-cost", "10")
    simpul("key", "add", "--data", data)
    port = free_port()
    # A server that was not given the new keyring: it holds key 0 only.
    proc = start_server(data, port, env=ENV, args=[*SERVE_ARGS, "--keyring-file", os.path.join(data, "not-distributed.keyring")])
    try:
        refused = simpul("key", "rotate", "--data", data, check=False)
        assert refused.returncode != 0 and "holds 0)" in refused.stdout + refused.stderr, refused.stdout + refused.stderr
        assert "current, seals" in simpul("key", "status", "--data", data).stdout.split("\n")[0], "key 0 still seals"
    finally:
        proc.terminate()
        proc.wait(timeout=15)
        shutil.rmtree(data, ignore_errors=True)
