"""Officers' training on a 390 px phone: an officer answers a case study wrongly, reads why with
the legal basis, answers again, and the instructor sees what the cohort missed. Axe-clean, and no
page scrolls sideways."""
from selenium.webdriver.common.by import By

from test_administration import sign_in_admin
from test_case_registry import a4_pages, assert_accessible, sign_in, submit


def fits_a_phone(driver):
    overflow = driver.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{driver.current_url} scrolls sideways by {overflow}px"
    assert_accessible(driver)


def choose(driver, name, value):
    driver.find_element(By.CSS_SELECTOR, f"input[name='{name}'][value='{value}']").click()


def test_an_officer_answers_wrongly_reads_why_and_the_instructor_sees_the_miss(server, browser):
    driver = browser
    driver.set_window_size(390, 844)
    sign_in(driver, server, "penyidik")

    driver.get(server["base"] + "/pelatihan")
    assert "Pelatihan: studi kasus TPPO" in driver.page_source
    fits_a_phone(driver)

    # The scam compound: answered as if the person forced to defraud were only an offender.
    driver.find_element(By.CSS_SELECTOR, "a[href='/pelatihan/t05']").click()
    assert "Kompleks penipuan daring" in driver.page_source
    fits_a_phone(driver)
    choose(driver, "verdict", "no_offence")
    for element, answer in (("element.act", "met"), ("element.means", "met"), ("element.purpose", "not_met")):
        choose(driver, element, answer)
    submit(driver, "main form button[type=submit]")

    page = driver.page_source
    assert "Belum lulus" in page
    missed = [li.text for li in driver.find_elements(By.CSS_SELECTOR, "li.mark-missed")]
    assert any("UU 21/2007 Pasal 18" in text for text in missed), missed
    assert "sumber:" in page  # each reason names the provision and where it was read
    fits_a_phone(driver)

    # Coba lagi: this time the non-punishment right is chosen, and marked right.
    driver.find_element(By.LINK_TEXT, "Coba lagi").click()
    choose(driver, "verdict", "offence")
    for element in ("element.act", "element.means", "element.purpose"):
        choose(driver, element, "met")
    choose(driver, "right", "UU 21/2007 Pasal 18")
    submit(driver, "main form button[type=submit]")
    right = [li.text for li in driver.find_elements(By.CSS_SELECTOR, "li.mark-correct")]
    assert any("UU 21/2007 Pasal 18" in text for text in right), right
    fits_a_phone(driver)

    # The instructor (the task-force administrator) sees the cohort's misses.
    driver.delete_all_cookies()
    sign_in_admin(driver, server)
    driver.get(server["base"] + "/pelatihan/instruktur")
    page = driver.page_source
    assert "titik lemah" in page and "UU 21/2007 Pasal 18" in page and "50%" in page
    fits_a_phone(driver)


def expected_answers(driver):
    """The right answers as the result page marks them: every item right or missed."""
    found = {}
    for li in driver.find_elements(By.CSS_SELECTOR, "li.mark-correct, li.mark-missed"):
        found.setdefault(li.get_attribute("data-question"), []).append(li.get_attribute("data-option"))
    return found


def answer(driver, base, study, answers):
    driver.get(f"{base}/pelatihan/{study}")
    choose(driver, "verdict", answers.get("verdict", ["offence"])[0])
    elements = dict(o.split(".", 1) for o in answers.get("element", []))
    for part in ("act", "means", "purpose"):
        choose(driver, f"element.{part}", elements.get(part, "met"))
    for question in ("article", "aggravation", "right"):
        for option in answers.get(question, []):
            choose(driver, question, option)
    submit(driver, "main form button[type=submit]")


def test_an_officer_who_passes_every_study_of_a_course_prints_a_certificate_anyone_can_check(server, browser):
    driver = browser
    base = server["base"]
    sign_in(driver, server, "jaksa")
    driver.get(base + "/pelatihan")
    section = driver.find_elements(By.CSS_SELECTOR, "main section")[0]
    studies = [a.get_attribute("href").rsplit("/", 1)[1] for a in section.find_elements(By.CSS_SELECTOR, "ul.studies a")]
    assert len(studies) >= 10
    for study in studies:
        # A first try reveals, item by item, what the engine expects; the second gives exactly that.
        answer(driver, base, study, {})
        answer(driver, base, study, expected_answers(driver))
        assert "Lulus: 100% benar." in driver.page_source, study

    driver.find_element(By.PARTIAL_LINK_TEXT, "Sertifikat").click()
    assert "Sertifikat pelatihan" in driver.page_source
    assert_accessible(driver)
    code = driver.find_element(By.CSS_SELECTOR, ".certificate-sheet code").text
    pages = a4_pages(driver)
    assert pages == 1, f"the certificate prints on {pages} pages"

    # Anyone with the code, signed in or not, learns the name, the course and the date.
    driver.delete_all_cookies()
    driver.get(base + "/pelatihan/periksa?kode=" + code.lower())
    assert "Kursus dasar" in driver.page_source
    assert_accessible(driver)
