"""A real Simpul server on a fresh SQLite store with demo data, and a real headless Chromium."""
import os
import re
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request

import pytest

SIMPUL = os.environ.get("SIMPUL_BIN", ".build/debug/simpul")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def server():
    data = tempfile.mkdtemp(prefix="simpul-browser-")
    demo = subprocess.run([SIMPUL, "demo", "--data", data, "--cases", "300", "--bcrypt-cost", "10"],
                          capture_output=True, text=True, check=True)
    passwords = dict(re.findall(r"^\s+(\S+)\s+(\S+)\s+\S+ @ ", demo.stdout, re.M))
    port = free_port()
    log = open(os.path.join(data, "server.log"), "w")
    proc = subprocess.Popen([SIMPUL, "serve", "--data", data, "--port", str(port)], stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            if urllib.request.urlopen(base + "/health", timeout=1).status == 200:
                break
        except OSError:
            time.sleep(0.1)
    else:
        proc.kill()
        raise RuntimeError("Simpul did not start: " + open(os.path.join(data, "server.log")).read())
    yield {"base": base, "passwords": passwords}
    proc.terminate()
    proc.wait(timeout=10)
    shutil.rmtree(data, ignore_errors=True)


def chromium_path():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    pytest.skip("no Chromium on this machine")


@pytest.fixture
def browser():
    # Imported here so the tests that need no browser (durability, anonymity) run without Selenium.
    pytest.importorskip("selenium", reason="Selenium is not installed (pip install selenium)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    options.binary_location = chromium_path()
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1200,900"):
        options.add_argument(arg)
    driver_path = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    if not os.path.exists(driver_path):
        pytest.skip("no chromedriver on this machine")
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    driver.implicitly_wait(2)
    yield driver
    driver.quit()
