"""Public awareness and the job-offer checker (issue 18), done when: on a phone-sized window a
person runs the checker for a domestic-work offer to Saudi Arabia on a visit visa through an
individual sponsor who asks for a fee; each expected red flag appears with its basis; "Laporkan"
carries the answers into /lapor; axe finds nothing serious; no cookie is set and nothing that
identifies the visitor is kept. The awareness pages themselves are checked on a phone in
test_phone_layout.py."""
import urllib.request

import pytest

try:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    from test_case_registry import assert_accessible, submit
except ImportError as e:
    selenium_missing = str(e)
else:
    selenium_missing = None

# Each flag the Saudi offer must raise, with a provision its basis must cite.
EXPECTED = {
    "individual_recruiter": "UU 18/2017 Pasal 69",
    "worker_pays_placement_costs": "UU 18/2017 Pasal 30 ayat (1)",
    "payment_to_personal_account": "UU 18/2017 Pasal 30 ayat (1)",
    "non_work_visa": "UU 18/2017 Pasal 13 huruf f",
    "no_written_contract": "UU 18/2017 Pasal 13 huruf h",
    "household_work_moratorium": "Kepmenaker 260/2015",
    "passport_held_by_recruiter": "ILO forced labour indicators",
}
# Flags these answers must not raise.
ABSENT = ["under_18", "scam_compound_destination", "vague_or_scam_job", "unlicensed_agency", "unknown_agency"]


def choose(driver, name, value):
    driver.find_element(By.CSS_SELECTOR, f"input[name='{name}'][value='{value}']").click()


def type_into(driver, name, text):
    field = driver.find_element(By.CSS_SELECTOR, f"input[name='{name}']")
    field.clear()
    field.send_keys(text)


def next_page(driver):
    submit(driver, "form#offer-form button[name=go][value=next]")


def heading(driver):
    return driver.find_element(By.TAG_NAME, "h1").text


def overflow(driver):
    return driver.execute_script("return document.documentElement.scrollWidth - window.innerWidth")


def test_a_saudi_domestic_work_offer_through_a_sponsor_is_checked_on_a_phone_and_reported(server, browser):
    if selenium_missing:
        pytest.skip("Selenium or axe-selenium-python missing: " + selenium_missing)
    driver, base = browser, server["base"]
    driver.set_window_size(390, 844)

    driver.get(base + "/cek-lowongan")
    assert_accessible(driver)
    assert overflow(driver) <= 1
    submit(driver, "main form[action='/cek-lowongan/langkah'] button[type=submit]")

    assert heading(driver) == "Siapa yang menawarkan pekerjaan ini?"
    assert_accessible(driver)
    choose(driver, "offered_by", "person")
    type_into(driver, "recruiter_name", "Pak Haji (sponsor)")
    next_page(driver)

    assert heading(driver) == "Ke negara mana Anda akan bekerja?", "no company page for an offer from a person"
    Select(driver.find_element(By.CSS_SELECTOR, "select[name=destination_country]")).select_by_value("SA")
    next_page(driver)
    choose(driver, "job", "domestic_worker")
    next_page(driver)
    choose(driver, "employer_kind", "private_household")
    next_page(driver)

    assert heading(driver) == "Apakah Anda diminta membayar sesuatu?"
    assert_accessible(driver)
    assert overflow(driver) <= 1, "the list of costs fits a phone"
    choose(driver, "asked_to_pay", "yes")
    choose(driver, "payment_item", "agency_fee")
    next_page(driver)
    assert heading(driver) == "Berapa yang diminta untuk setiap biaya?"
    type_into(driver, "amount_agency_fee", "5.000.000")
    next_page(driver)
    choose(driver, "payment_channels", "personal_account")
    next_page(driver)
    choose(driver, "visa_type", "visit")
    next_page(driver)
    choose(driver, "contract", "none")
    next_page(driver)

    assert heading(driver) == "Apa yang sudah ada sebelum berangkat?", "no question on the language of a contract that does not exist"
    next_page(driver)
    # A word for an age is refused, named, and linked from the summary at the top.
    type_into(driver, "age", "tiga puluh satu")
    next_page(driver)
    summary = driver.find_element(By.CSS_SELECTOR, ".error-summary")
    assert summary.find_element(By.CSS_SELECTOR, "a[href='#f-age']").text.startswith("Umur:")
    assert driver.find_element(By.CSS_SELECTOR, ".field.has-error .error-text").text.startswith("Umur:")
    assert_accessible(driver)
    type_into(driver, "age", "31")
    next_page(driver)
    choose(driver, "passport_holder", "recruiter")
    next_page(driver)
    choose(driver, "chat_only_contact", "yes")
    type_into(driver, "recruiter_phone", "0812 3456 7890")
    next_page(driver)

    # The result: high risk, never "safe"; each flag with its basis.
    assert heading(driver) == "Hasil pemeriksaan tawaran kerja"
    verdict = driver.find_element(By.CSS_SELECTOR, "#verdict")
    assert "high_risk" in verdict.get_attribute("class") and "Risiko tinggi" in verdict.text
    for code, provision in EXPECTED.items():
        flags = driver.find_elements(By.CSS_SELECTOR, f"section#flag-{code}")
        assert flags, f"the flag {code} is missing"
        basis = " ".join(li.text for li in flags[0].find_elements(By.CSS_SELECTOR, "ul.basis li"))
        assert provision in basis, f"{code}: its basis does not cite {provision}: {basis[:300]}"
        assert "Keyakinan sumber:" in basis, f"{code}: no confidence"
    for code in ABSENT:
        assert not driver.find_elements(By.CSS_SELECTOR, f"section#flag-{code}"), f"{code} should not be raised"
    moratorium = driver.find_element(By.CSS_SELECTOR, "section#flag-household_work_moratorium").text
    assert "Belum pasti" in moratorium and "14 Maret 2025" in moratorium
    assert driver.find_elements(By.CSS_SELECTOR, "ul.not-judged button[name=goto]"), "the questions that would settle the rest"
    assert_accessible(driver)
    assert overflow(driver) <= 1, f"the result is {overflow(driver)} px too wide on a phone"
    assert driver.get_cookies() == [], f"the checker set cookies: {driver.get_cookies()}"
    driver.save_screenshot("/tmp/simpul-offer-result-390.png")

    # "Laporkan lowongan ini": the answers go into /lapor's questionnaire, nothing is sent yet.
    submit(driver, "form[action='/lapor/langkah'] button[type=submit]")
    assert heading(driver) == "Apakah ada orang dalam bahaya sekarang?"
    choose(driver, "danger", "no")
    submit(driver, "main form button[name=go][value=next]")
    assert heading(driver) == "Apa yang terjadi?"
    assert driver.find_element(By.CSS_SELECTOR, "input[name=situation][value=deceptive_job_abroad]").is_selected()
    assert driver.find_element(By.CSS_SELECTOR, "input[name=situation][value=documents_held]").is_selected()
    narrative = driver.find_element(By.CSS_SELECTOR, "textarea[name=narrative]").get_attribute("value")
    assert "Negara tujuan: Arab Saudi" in narrative and "Telepon perekrut: 0812 3456 7890" in narrative, narrative
    assert "Visa kunjungan" in narrative and "Biaya agen atau sponsor Rp5.000.000" in narrative, narrative
    assert_accessible(driver)
    assert driver.get_cookies() == [], f"the report form set cookies: {driver.get_cookies()}"


def test_the_api_and_the_pages_answer_the_same(server):
    """The public API, no token: the same check as the pages, answered as the contract says."""
    body = (b'{"offered_by": "person", "destination_country": "SA", "job": "domestic_worker", "visa_type": "visit",'
            b' "asked_to_pay": "yes", "passport_holder": "recruiter"}')
    req = urllib.request.Request(server["base"] + "/api/v1/offer-checks", data=body, method="POST",
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=30) as r:
        import json
        result = json.loads(r.read())
        assert r.status == 200 and not r.headers.get_all("Set-Cookie")
    codes = {f["code"] for f in result["flags"]}
    assert {"individual_recruiter", "non_work_visa", "household_work_moratorium", "passport_held_by_recruiter"} <= codes
    assert result["verdict"]["code"] == "high_risk" and result["actions"][0]["code"] == "verify_agency"
