"""The administrator runs Simpul on the web: sets up the second factor, creates a user who gets a
one-time link (no printed password), confirms sensitive changes with the password again, reads
and checks the audit log. Every page visited is checked with axe-core."""
import base64
import hashlib
import hmac
import struct
import time

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from test_case_registry import assert_accessible, submit


def totp(secret_base32, at=None):
    """RFC 6238 with SHA-1, 30-second steps, 6 digits: what an authenticator app shows."""
    key = base64.b32decode(secret_base32 + "=" * (-len(secret_base32) % 8))
    counter = int((at or time.time()) // 30)
    digest = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    code = (struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1_000_000
    return f"{code:06d}"


def sign_in_admin(driver, server):
    driver.get(server["base"] + "/masuk")
    driver.find_element(By.ID, "f-username").send_keys("admin")
    driver.find_element(By.ID, "f-password").send_keys(server["passwords"]["admin"])
    submit(driver, "main button[type=submit]")
    if "/akun/otp" in driver.current_url:
        assert_accessible(driver)
        secret = driver.find_element(By.ID, "totp-secret").text.strip()
        server["admin_totp"] = secret
        driver.find_element(By.ID, "f-code").send_keys(totp(secret))
    else:
        assert "/masuk/otp" in driver.current_url, driver.current_url
        # A code is accepted once: wait for the next 30-second step if this one was used.
        while int(time.time() // 30) <= server.get("admin_step", -1):
            time.sleep(1)
        driver.find_element(By.ID, "f-code").send_keys(totp(server["admin_totp"]))
    server["admin_step"] = int(time.time() // 30)
    submit(driver, "main button[type=submit]")
    assert driver.current_url.rstrip("/") == server["base"], driver.page_source[:400]


def test_the_administrator_creates_a_user_who_sets_their_own_password(server, browser):
    driver = browser
    sign_in_admin(driver, server)
    driver.get(server["base"] + "/admin")
    assert_accessible(driver)

    driver.get(server["base"] + "/admin/pengguna")
    assert_accessible(driver)
    driver.find_element(By.ID, "f-username").send_keys("peksos.atambua")
    driver.find_element(By.ID, "f-displayName").send_keys("Peksos Atambua")
    Select(driver.find_element(By.ID, "f-role")).select_by_value("social_worker")
    Select(driver.find_element(By.ID, "f-agencyID")).select_by_index(1)
    # A wrong confirmation: nothing is created, the error names the field.
    driver.find_element(By.ID, "f-confirm-new").send_keys("bukan-kata-sandi")
    submit(driver, "main form[action='/admin/pengguna'] button[type=submit]")
    assert "Kata sandi atau kode salah" in driver.find_element(By.CLASS_NAME, "error-summary").text
    assert_accessible(driver)
    driver.find_element(By.ID, "f-confirm-new").send_keys(server["passwords"]["admin"])
    submit(driver, "main form[action='/admin/pengguna'] button[type=submit]")
    notice = driver.find_element(By.CSS_SELECTOR, ".notice code").text
    assert "/akun/tautan?token=" in notice
    assert_accessible(driver)

    # The new user opens the link (here in the same browser, signed out) and chooses a password.
    driver.delete_all_cookies()
    driver.get(notice)
    assert_accessible(driver)
    driver.find_element(By.ID, "f-password").send_keys("teh-manis-di-atambua")
    driver.find_element(By.ID, "f-repeat").send_keys("teh-manis-di-atambua")
    submit(driver, "main button[type=submit]")
    assert "Kata sandi tersimpan" in driver.page_source
    assert_accessible(driver)
    driver.get(notice)
    assert "Tautan tidak berlaku" in driver.page_source

    driver.get(server["base"] + "/masuk")
    driver.find_element(By.ID, "f-username").send_keys("peksos.atambua")
    driver.find_element(By.ID, "f-password").send_keys("teh-manis-di-atambua")
    submit(driver, "main button[type=submit]")
    assert "/masuk" not in driver.current_url


def test_the_administrator_reads_agencies_users_and_the_audit_log(server, browser):
    driver = browser
    sign_in_admin(driver, server)
    driver.get(server["base"] + "/admin/instansi")
    assert_accessible(driver)
    driver.find_element(By.CSS_SELECTOR, "main table a").click()
    assert "/admin/instansi/" in driver.current_url
    assert_accessible(driver)

    driver.get(server["base"] + "/admin/pengguna")
    driver.find_element(By.LINK_TEXT, "penyidik").click()
    assert_accessible(driver)

    driver.get(server["base"] + "/admin/audit?tindakan=user.sign_in")
    assert "user.sign_in" in driver.page_source
    assert_accessible(driver)
    submit(driver, "main form[action='/admin/audit/periksa'] button[type=submit]")
    assert "Rantai hash utuh" in driver.page_source
    assert_accessible(driver)
