"""Officers' training on a 390 px phone: an officer answers a case study wrongly, reads why with
the legal basis, answers again, and the instructor sees what the cohort missed. Axe-clean, and no
page scrolls sideways."""
from selenium.webdriver.common.by import By

from test_administration import sign_in_admin
from test_case_registry import assert_accessible, sign_in, submit


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
