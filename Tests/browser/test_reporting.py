"""Safe anonymous reporting (issue 5), done when: a reporter with no account walks the public
questionnaire in a real browser, sends, keeps the receipt code and retypes it, with no cookie
set; an officer of the agency the report was routed to replies; the reporter comes back with
the code and reads the reply. The public pages pass axe-core and carry the privacy headers."""
import re
import urllib.error
import urllib.parse
import urllib.request

import pytest

from test_report_durability import ANSWERS, RECEIPT, REFERENCE, hidden, unissued_code

try:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import Select, WebDriverWait

    from test_case_registry import assert_accessible, replaced, sign_in, submit
except ImportError as e:  # the header test below still runs
    selenium_missing = str(e)
else:
    selenium_missing = None

REPLY = "Kami sudah menerima laporan Anda. Petugas UPTD PPA akan menghubungi sekolah anak itu minggu ini."
NARRATIVE = "Anak tetangga, 15 tahun, bekerja di pabrik sandal di Malang tanpa upah; ijazahnya ditahan mandor."


# MARK: the browser walk

def check(driver, name, value):
    driver.find_element(By.CSS_SELECTOR, f"input[name='{name}'][value='{value}']").click()


def next_page(driver):
    submit(driver, "main form button[name=go][value=next]")


def assert_public_frame(driver, urgent=False):
    """Every public page: a quick exit, no sign-in chrome; after 'someone is in danger', the numbers."""
    assert driver.find_elements(By.CSS_SELECTOR, "a#quick-exit"), f"{driver.current_url}: no quick-exit link"
    if urgent:
        box = driver.find_elements(By.CSS_SELECTOR, "div.emergency")
        assert box, f"{driver.current_url}: no emergency box after danger=yes"
        assert box[0].find_elements(By.CSS_SELECTOR, "a[href='tel:110']") and box[0].find_elements(By.CSS_SELECTOR, "a[href='tel:129']")


def site_cookies(driver):
    return [c["name"] for c in driver.get_cookies()]


def test_report_receipt_reply_and_return(server, browser):
    if selenium_missing:
        pytest.skip("Selenium or axe-selenium-python missing: " + selenium_missing)
    driver, base = browser, server["base"]

    # The reporter: no account, no cookie.
    driver.get(base + "/lapor")
    assert "Mulai melapor" in driver.page_source
    assert_public_frame(driver)
    assert_accessible(driver)
    submit(driver, "main form[action='/lapor/langkah'] button[type=submit]")

    assert "Apakah ada orang dalam bahaya sekarang?" in driver.find_element(By.TAG_NAME, "h1").text
    assert_public_frame(driver)
    assert_accessible(driver)
    check(driver, "danger", "yes")
    next_page(driver)

    assert_public_frame(driver, urgent=True)
    check(driver, "situation", "forced_work")
    check(driver, "situation", "documents_held")
    driver.find_element(By.CSS_SELECTOR, "textarea[name=narrative]").send_keys(NARRATIVE)
    next_page(driver)

    assert_public_frame(driver, urgent=True)
    check(driver, "relation", "family")
    check(driver, "child", "yes")
    check(driver, "victims", "one")
    next_page(driver)

    assert_public_frame(driver, urgent=True)
    check(driver, "where", "indonesia")
    Select(driver.find_element(By.CSS_SELECTOR, "select[name=province]")).select_by_value("35")
    driver.find_element(By.CSS_SELECTOR, "input[name=regency]").send_keys("Kabupaten Malang")
    next_page(driver)

    assert_public_frame(driver, urgent=True)
    check(driver, "contact", "receipt_only")
    next_page(driver)

    # The send page: everything answered so far, files optional.
    assert_public_frame(driver, urgent=True)
    assert driver.find_elements(By.CSS_SELECTOR, "form[action='/lapor/kirim'] input[type=file][name=files]")
    assert "Kabupaten Malang" in driver.page_source
    submit(driver, "form[action='/lapor/kirim'] button[name=go][value=next]")

    assert driver.find_element(By.TAG_NAME, "h1").text == "Laporan Anda sudah kami terima"
    assert_public_frame(driver, urgent=True)
    code = driver.find_element(By.CSS_SELECTOR, "div.receipt").text.strip()
    assert re.fullmatch(r"\d{4} \d{4} \d{4} \d{4}", code), code
    reference = re.search(r"Nomor laporan untuk petugas: (L-\d{4}-\d{6})", driver.find_element(By.TAG_NAME, "main").text).group(1)
    assert_accessible(driver)

    # "Have you saved it?": a wrong code is refused and the code shown again; the right one passes.
    field = driver.find_element(By.CSS_SELECTOR, "form[action='/lapor/simpan'] input[name=code]")
    field.send_keys(unissued_code([code]))
    submit(driver, "form[action='/lapor/simpan'] button[type=submit]")
    assert driver.find_elements(By.CLASS_NAME, "error-summary")
    assert driver.find_element(By.CSS_SELECTOR, "div.receipt").text.strip() == code
    driver.find_element(By.CSS_SELECTOR, "form[action='/lapor/simpan'] input[name=code]").send_keys(code.replace(" ", ""))
    submit(driver, "form[action='/lapor/simpan'] button[type=submit]")
    assert "Terima kasih" in driver.find_element(By.TAG_NAME, "h1").text
    assert_public_frame(driver)
    assert site_cookies(driver) == [], f"the public pages set cookies: {site_cookies(driver)}"

    # An officer of UPTD PPA Jawa Timur, where a child in Jawa Timur is routed, replies.
    driver.delete_all_cookies()
    sign_in(driver, server, "peksos")
    driver.get(base + "/laporan")
    links = [a for a in driver.find_elements(By.CSS_SELECTOR, "a[href^='/laporan/']") if reference in a.text]
    assert links, f"{reference} is not in the queue of UPTD-PPA-JATIM"
    assert_accessible(driver)
    page = driver.find_element(By.TAG_NAME, "html")
    links[0].click()
    WebDriverWait(driver, 15).until(replaced(page))
    assert reference in driver.page_source
    assert "pabrik sandal" in driver.page_source
    assert_accessible(driver)
    kind = driver.find_elements(By.CSS_SELECTOR, "form[action$='/pesan'] select[name=kind]")
    if kind:
        Select(kind[0]).select_by_value("reply")
    else:
        driver.find_element(By.CSS_SELECTOR, "form[action$='/pesan'] input[name=kind][value=reply]").click()
    driver.find_element(By.CSS_SELECTOR, "form[action$='/pesan'] textarea[name=body]").send_keys(REPLY)
    submit(driver, "form[action$='/pesan'] button[type=submit]")
    assert REPLY in driver.page_source
    submit(driver, "form[action='/keluar'] button[type=submit]")
    driver.delete_all_cookies()

    # The reporter comes back with the code, on a fresh start, and reads the reply.
    driver.get(base + "/lapor/kembali")
    assert_public_frame(driver)
    driver.find_element(By.CSS_SELECTOR, "form[action='/lapor/kembali'] input[name=code]").send_keys(code)
    submit(driver, "form[action='/lapor/kembali'] button[type=submit]")
    assert driver.find_element(By.TAG_NAME, "h1").text == "Laporan Anda"
    assert_public_frame(driver)
    replies = [li.text for li in driver.find_elements(By.CSS_SELECTOR, "ol.thread li.from-agency")]
    assert any(REPLY in r for r in replies), replies
    assert "UPTD PPA Provinsi Jawa Timur" in driver.page_source
    assert_accessible(driver)
    assert site_cookies(driver) == [], f"coming back without 'stay' set cookies: {site_cookies(driver)}"


# MARK: the headers of every public answer (Selenium cannot read headers)

def fetch(base, method, path, fields=None, headers=None):
    data = urllib.parse.urlencode(fields).encode() if fields is not None else None
    req = urllib.request.Request(base + path, data=data, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, r.headers, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read().decode()


def assert_private(what, status, headers, body, page=True, cookie=False):
    csp = headers.get("Content-Security-Policy", "")
    assert "frame-ancestors 'none'" in csp, f"{what} ({status}): CSP {csp!r}"
    assert headers.get("Referrer-Policy") == "no-referrer", f"{what} ({status}): Referrer-Policy {headers.get('Referrer-Policy')!r}"
    assert "no-store" in headers.get("Cache-Control", ""), f"{what} ({status}): Cache-Control {headers.get('Cache-Control')!r}"
    if not cookie:
        assert not headers.get_all("Set-Cookie"), f"{what} ({status}) sets a cookie: {headers.get_all('Set-Cookie')}"
    if page:
        assert 'id="quick-exit"' in body, f"{what} ({status}): no quick-exit link"


def test_public_answers_are_not_cached_framed_or_referred(server):
    base = server["base"]
    answers = []

    def record(what, expected, method, path, fields=None, headers=None, **kw):
        status, h, body = fetch(base, method, path, fields, headers)
        assert status == expected, f"{what}: {status}, expected {expected}\n{body[:1500]}"
        assert_private(what, status, h, body, **kw)
        answers.append(what)
        return h, body

    record("intro", 200, "GET", "/lapor")
    record("first step", 200, "POST", "/lapor/langkah", [("start", "1")])
    _, body = record("unanswered step", 422, "POST", "/lapor/langkah", [("step", "danger"), ("go", "next")])
    assert "error-summary" in body
    record("next step", 200, "POST", "/lapor/langkah", [("step", "danger"), ("danger", "no"), ("go", "next")])
    _, body = record("receipt", 200, "POST", "/lapor/kirim", ANSWERS)
    code, reference = RECEIPT.search(body).group(1), REFERENCE.search(body).group(1)
    sealed = hidden(body, "sealed")
    _, body = record("mistyped code", 422, "POST", "/lapor/simpan", [("sealed", sealed), ("code", unissued_code([code]))])
    assert code in body
    record("saved code", 200, "POST", "/lapor/simpan", [("sealed", sealed), ("code", code)])
    record("come back", 200, "GET", "/lapor/kembali")
    _, body = record("unknown code", 404, "POST", "/lapor/kembali", [("code", unissued_code([code]))])
    assert 'name="code"' in body
    _, body = record("thread", 200, "POST", "/lapor/kembali", [("code", code)])
    assert reference in body and "Laporan Anda" in body
    h, _ = record("thread, staying", 200, "POST", "/lapor/kembali", [("code", code), ("stay", "1")], cookie=True)
    cookies = [c for c in h.get_all("Set-Cookie") or [] if c.startswith("simpul_lapor=")]
    assert cookies and "Path=/lapor" in cookies[0] and "HttpOnly" in cookies[0], h.get_all("Set-Cookie")
    record("thread by cookie", 200, "GET", "/lapor/laporan", headers={"Cookie": cookies[0].split(";")[0]})

    # Posts from another site are refused; so a page elsewhere cannot send or open reports.
    record("cross-origin post", 403, "POST", "/lapor/langkah", [("start", "1")],
           headers={"Origin": "https://evil.example"}, page=False)
    record("cross-site post", 403, "POST", "/lapor/kembali", [("code", code)],
           headers={"Sec-Fetch-Site": "cross-site"}, page=False)
    print(f"privacy headers checked on {len(answers)} public answers")
