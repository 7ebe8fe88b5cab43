"""Coordination (issue 6), done when: a case is walked from an anonymous report to a referral that a
social worker accepts; she records health rehabilitation delivered on day 9 and sees it flagged late
against the 7-day deadline of UU 21/2007 Pasal 52; a user of an uninvolved agency sees none of it.
Every coordination page visited is checked with axe-core."""
import datetime
import re

import pytest

try:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import Select, WebDriverWait

    from test_case_registry import assert_accessible, replaced, sign_in, submit
    from test_reporting import check, next_page
except ImportError as e:
    selenium_missing = str(e)
else:
    selenium_missing = None

NARRATIVE = "Kakak saya, 24 tahun, dipaksa kerja di gudang di Malang tanpa upah; pingsan dua kali minggu lalu."
VICTIM = "Sri Wahyuningsih"


def follow(driver, link):
    page = driver.find_element(By.TAG_NAME, "html")
    link.click()
    WebDriverWait(driver, 15).until(replaced(page))


def sign_out(driver):
    submit(driver, "form[action='/keluar'] button[type=submit]")
    driver.delete_all_cookies()


def set_date(driver, field, day):
    """Chromium's date input takes no typed ISO text; set the value the form sends."""
    driver.execute_script("arguments[0].value = arguments[1]", field, day.isoformat())


def file_report(driver, base):
    """An adult forced to work in Jawa Timur: routed to Polda Jawa Timur. Returns the reference."""
    driver.get(base + "/lapor")
    submit(driver, "main form[action='/lapor/langkah'] button[type=submit]")
    check(driver, "danger", "no")
    next_page(driver)
    check(driver, "situation", "forced_work")
    driver.find_element(By.CSS_SELECTOR, "textarea[name=narrative]").send_keys(NARRATIVE)
    next_page(driver)
    check(driver, "relation", "family")
    check(driver, "child", "no")
    check(driver, "victims", "one")
    next_page(driver)
    check(driver, "where", "indonesia")
    Select(driver.find_element(By.CSS_SELECTOR, "select[name=province]")).select_by_value("35")
    driver.find_element(By.CSS_SELECTOR, "input[name=regency]").send_keys("Kota Malang")
    next_page(driver)
    check(driver, "contact", "receipt_only")
    next_page(driver)
    submit(driver, "form[action='/lapor/kirim'] button[name=go][value=next]")
    assert driver.find_element(By.TAG_NAME, "h1").text == "Laporan Anda sudah kami terima"
    return re.search(r"Nomor laporan untuk petugas: (L-\d{4}-\d{6})", driver.find_element(By.TAG_NAME, "main").text).group(1)


class AxeLog:
    """Runs assert_accessible on each page but keeps walking, so one failure names every page that fails."""
    def __init__(self):
        self.problems = []

    def check(self, driver):
        try:
            assert_accessible(driver)
        except AssertionError as e:
            self.problems.append(str(e).split("\n")[0])

    def assert_clean(self):
        assert not self.problems, "axe-core: " + "\n".join(self.problems)


def assert_hidden_from_uninvolved(driver, server, referral_url, coordination_url):
    base = server["base"]
    sign_in(driver, server, "penyidik.sulut")
    driver.get(referral_url)
    assert "Rehabilitasi" not in driver.page_source and VICTIM not in driver.page_source
    assert "tidak ditemukan" in driver.page_source, driver.page_source[:800]
    assert not driver.find_elements(By.ID, "referral-status")
    driver.get(coordination_url)
    assert "tidak ditemukan" in driver.page_source and "Rehabilitasi" not in driver.page_source
    driver.get(base + "/kerja")
    assert not driver.find_elements(By.CSS_SELECTOR, f"a[href='{referral_url[len(base):]}']")
    assert "Rehabilitasi kesehatan" not in driver.page_source
    sign_out(driver)


def test_report_to_referral_to_late_service_hidden_from_others(server, browser):
    if selenium_missing:
        pytest.skip("Selenium or axe-selenium-python missing: " + selenium_missing)
    driver, base = browser, server["base"]
    axe = AxeLog()

    # The reporter, with no account.
    reference = file_report(driver, base)
    driver.delete_all_cookies()

    # The investigator of Polda Jawa Timur opens a case from the report and adds the victim.
    sign_in(driver, server, "penyidik")
    driver.get(base + "/laporan")
    links = [a for a in driver.find_elements(By.CSS_SELECTOR, "a[href^='/laporan/']") if reference in a.text]
    assert links, f"{reference} is not in the queue of POLDA-JATIM"
    follow(driver, links[0])
    follow(driver, driver.find_element(By.LINK_TEXT, "Jadikan kasus"))
    assert "/kasus/baru?laporan=" in driver.current_url
    assert Select(driver.find_element(By.ID, "f-provinceCode")).first_selected_option.get_attribute("value") == "35"
    regency = driver.find_element(By.ID, "f-regency")
    if not regency.get_attribute("value"):
        regency.send_keys("Kota Malang")
    assert reference in driver.find_element(By.ID, "f-summary").get_attribute("value")
    submit(driver, "main form button[type=submit]")
    case_url = driver.current_url
    assert re.search(r"/kasus/[^/]+$", case_url) and "baru" not in case_url, driver.page_source[:800]
    Select(driver.find_element(By.ID, "f-role")).select_by_value("victim")
    driver.find_element(By.ID, "f-fullName").send_keys(VICTIM)
    Select(driver.find_element(By.ID, "f-sex")).select_by_value("female")
    submit(driver, "section form button[type=submit]")
    assert VICTIM in driver.page_source
    assert "/kecocokan" in driver.current_url  # registering a person shows their likely other records
    driver.get(case_url)

    # The referral to UPTD PPA Jawa Timur, made nine days ago; its due date left to the law.
    follow(driver, driver.find_element(By.PARTIAL_LINK_TEXT, "Koordinasi: rujukan"))
    coordination_url = driver.current_url
    assert coordination_url.endswith("/koordinasi")
    assert "Belum ada rujukan" in driver.page_source
    axe.check(driver)
    form = driver.find_element(By.CSS_SELECTOR, "form[action$='/rujukan']")
    driver.find_element(By.XPATH, "//summary[normalize-space()='Rujuk ke instansi lain']").click()
    Select(form.find_element(By.CSS_SELECTOR, "select[name=to]")).select_by_visible_text("UPTD PPA Provinsi Jawa Timur")
    Select(form.find_element(By.CSS_SELECTOR, "select[name=service]")).select_by_value("health_rehabilitation")
    victims = Select(form.find_element(By.CSS_SELECTOR, "select[name=victim]"))
    assert victims.first_selected_option.get_attribute("value"), "no victim offered in the referral form"
    assert form.find_element(By.CSS_SELECTOR, "input[name=consent][value=victim_consent]").is_selected()
    assert {c.get_attribute("value") for c in form.find_elements(By.CSS_SELECTOR, "input[name=grants]") if c.is_selected()} \
        == {"case_summary", "protection_track"}
    requested = form.find_element(By.CSS_SELECTOR, "input[name=requestedOn]")
    today = datetime.date.fromisoformat(requested.get_attribute("value"))  # the server's today (Asia/Jakarta)
    day0 = today - datetime.timedelta(days=9)
    set_date(driver, requested, day0)
    assert not form.find_element(By.CSS_SELECTOR, "input[name=dueOn]").get_attribute("value")
    page = driver.find_element(By.TAG_NAME, "html")
    form.find_element(By.XPATH, ".//button[normalize-space()='Kirim rujukan']").click()
    WebDriverWait(driver, 15).until(replaced(page))
    referral_url = driver.current_url
    assert re.search(r"/rujukan/[^/]+$", referral_url), driver.page_source[:1500]
    assert driver.find_element(By.ID, "referral-status").text == "Diajukan"
    facts = driver.find_element(By.CSS_SELECTOR, "dl.facts").text
    assert day0.isoformat() in facts and (day0 + datetime.timedelta(days=7)).isoformat() in facts, facts
    assert "Lewat tenggat" in facts
    axe.check(driver)
    driver.get(coordination_url)
    assert "Rehabilitasi kesehatan" in driver.find_element(By.TAG_NAME, "main").text
    axe.check(driver)
    sign_out(driver)

    # An investigator of Polda Sulawesi Utara, not involved, sees none of it.
    assert_hidden_from_uninvolved(driver, server, referral_url, coordination_url)

    # The social worker: the referral is in her work, two days overdue; she accepts it.
    sign_in(driver, server, "peksos")
    driver.get(base + "/kerja")
    path = referral_url[len(base):]
    rows = driver.find_elements(By.XPATH, f"//tr[.//a[@href='{path}']]")
    assert rows, f"{path} is not in the work of UPTD-PPA-JATIM"
    assert "Terlambat 2 hari" in rows[0].text, rows[0].text
    axe.check(driver)
    follow(driver, rows[0].find_element(By.CSS_SELECTOR, f"a[href='{path}']"))
    assert "Ringkasan kasus" not in [h.text for h in driver.find_elements(By.TAG_NAME, "h2")], "case summary shown before acceptance"
    submit(driver, "form.record-action button[name=action][value=accept]")
    assert driver.find_element(By.ID, "referral-status").text == "Diterima", driver.page_source[:1500]
    assert "Ringkasan kasus" in [h.text for h in driver.find_elements(By.TAG_NAME, "h2")]
    assert reference in driver.find_element(By.TAG_NAME, "main").text

    # She records the request for health rehabilitation on day 0 and its delivery today, day 9.
    form = driver.find_element(By.CSS_SELECTOR, "form[action$='/layanan']")
    driver.find_element(By.XPATH, "//summary[normalize-space()='Catat permintaan layanan']").click()
    Select(form.find_element(By.CSS_SELECTOR, "select[name=service]")).select_by_value("health_rehabilitation")
    set_date(driver, form.find_element(By.CSS_SELECTOR, "input[name=requestedOn]"), day0)
    page = driver.find_element(By.TAG_NAME, "html")
    form.find_element(By.XPATH, ".//button[normalize-space()='Catat']").click()
    WebDriverWait(driver, 15).until(replaced(page))
    assert driver.current_url == referral_url, driver.page_source[:1500]
    rows = driver.find_elements(By.CSS_SELECTOR, "table.services tr[id^='layanan-']")
    assert len(rows) == 1, driver.page_source[:1500]
    row_id = rows[0].get_attribute("id")
    assert "Rehabilitasi kesehatan" in rows[0].text and "Pasal 52" in rows[0].text, rows[0].text
    assert (day0 + datetime.timedelta(days=7)).isoformat() in rows[0].text, rows[0].text
    assert rows[0].find_element(By.CSS_SELECTOR, "input[name=on]").get_attribute("value") == today.isoformat()
    axe.check(driver)  # the referral's and the service's action forms on one page
    submit(driver, f"tr#{row_id} button[name=action][value=deliver]")
    assert driver.current_url == referral_url, driver.page_source[:1500]
    row = driver.find_element(By.ID, row_id)
    assert "Telah diberikan " + today.isoformat() in row.text, row.text
    assert row.find_element(By.CSS_SELECTOR, "strong.late").text == "Terlambat 2 hari", row.text
    axe.check(driver)
    driver.get(base + "/kerja")
    axe.check(driver)
    sign_out(driver)

    # Still nothing for the uninvolved agency, now that the service is recorded.
    assert_hidden_from_uninvolved(driver, server, referral_url, coordination_url)
    axe.assert_clean()
