"""Issue 19 in a browser: the administrator builds a release draft over the demo registry,
previews its privacy receipt and files, approves and publishes it; the public /data page shows it
with the signing key, and a reader downloads its files and checks the Ed25519 signature from
Python with PyPI's `cryptography`, as a mirror would. Every page is axe-checked and fits a 390 px
phone without sideways scrolling."""
import base64
import hashlib
import json
import re
import urllib.request

import pytest
from selenium.webdriver.common.by import By

from test_administration import sign_in_admin
from test_case_registry import assert_accessible, submit
from test_phone_layout import overflow

ed25519 = pytest.importorskip("cryptography.hazmat.primitives.asymmetric.ed25519",
                              reason="PyPI's cryptography is not installed")


def fill(driver, field_id, value):
    element = driver.find_element(By.ID, field_id)
    element.clear()
    element.send_keys(value)


def fits_a_phone(driver):
    driver.set_window_size(390, 844)
    assert overflow(driver) <= 1, f"{driver.current_url} at 390 px is {overflow(driver)} px too wide"
    assert_accessible(driver)
    driver.set_window_size(1200, 900)


def download(server, path):
    with urllib.request.urlopen(server["base"] + path, timeout=10) as r:
        assert r.status == 200 and r.headers.get("Set-Cookie") is None, path
        return r.read()


def test_a_release_is_previewed_approved_published_and_verified_from_python(server, browser):
    driver = browser
    sign_in_admin(driver, server)

    # Set-up: the privacy budget's cap, confirmed with the password.
    driver.get(server["base"] + "/admin/data")
    fill(driver, "f-epsilon", "3")
    fill(driver, "f-delta", "1/1000000")
    fill(driver, "f-confirm-cap", server["passwords"]["admin"])
    submit(driver, "main form[action='/admin/data'] button[type=submit]")
    assert "Batas disimpan." in driver.page_source

    # A draft whose k is too low is refused with the reason beside the field.
    driver.get(server["base"] + "/admin/data/rilis")
    assert_accessible(driver)
    fill(driver, "f-version", "2026.1")
    fill(driver, "f-k", "5")
    submit(driver, "main form[action='/admin/data/rilis'] button[type=submit]")
    assert "k = 5 terlalu kecil" in driver.find_element(By.CLASS_NAME, "error-summary").text
    assert_accessible(driver)

    # The draft: previewed with its receipt, utility report and files.
    fill(driver, "f-k", "11")
    submit(driver, "main form[action='/admin/data/rilis'] button[type=submit]")
    assert re.search(r"/admin/data/rilis/[0-9a-f-]+$", driver.current_url), driver.current_url
    assert "Tanda terima privasi" in driver.page_source and "Galat 95%" in driver.page_source
    files = [a.text for a in driver.find_elements(By.CSS_SELECTOR, "#draft-files a")]
    assert "victims-k11.csv" in files and "receipt.json" in files
    assert driver.find_element(By.ID, "stage").text == "draf, menunggu persetujuan"
    fits_a_phone(driver)

    # Approved, then published, each confirmed with the password.
    fill(driver, "f-confirm-step", server["passwords"]["admin"])
    submit(driver, "main section form button[type=submit]")
    assert driver.find_element(By.ID, "stage").text == "disetujui, belum diterbitkan"
    fill(driver, "f-confirm-step", server["passwords"]["admin"])
    submit(driver, "main section form button[type=submit]")
    assert driver.find_element(By.ID, "stage").text == "diterbitkan"
    assert_accessible(driver)

    # The public page, signed out: the release and the key that signed it.
    driver.delete_all_cookies()
    driver.get(server["base"] + "/data")
    assert "Rilis 2026.1" in driver.page_source
    public_key = driver.find_element(By.ID, "signing-key").text.strip()
    fits_a_phone(driver)
    links = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "main a")
             if "/data/2026.1/" in (a.get_attribute("href") or "")]
    assert any(l.endswith("/manifest.json.sig") for l in links), links

    # What must hold: the files verify against the signed manifest with the published key.
    manifest_bytes = download(server, "/data/2026.1/manifest.json")
    signature = download(server, "/data/2026.1/manifest.json.sig")
    key = ed25519.Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key))
    key.verify(signature, manifest_bytes)  # raises InvalidSignature if it does not verify
    manifest = json.loads(manifest_bytes)
    assert manifest["publicKey"] == public_key and manifest["version"] == "2026.1"
    for entry in manifest["files"]:
        data = download(server, f"/data/2026.1/{entry['name']}")
        assert hashlib.sha256(data).hexdigest() == entry["sha256"] and len(data) == entry["bytes"], entry["name"]
    # A changed byte does not verify.
    from cryptography.exceptions import InvalidSignature
    with pytest.raises(InvalidSignature):
        key.verify(signature, manifest_bytes.replace(b"2026.1", b"2026.2", 1))
