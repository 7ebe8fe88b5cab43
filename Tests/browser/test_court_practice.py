"""Court practice: an officer screens a case and reads what courts did with similar facts (or that
Simpul holds no similar decision), and the implementation gap at /praktik — on a 390 px phone,
axe-clean. The bundled set holds decisions like the scam-compound example (P7), so they are listed."""
from selenium.webdriver.common.by import By

from test_case_registry import sign_in, submit
from test_screening import fill_screening_form
from test_training import fits_a_phone  # no sideways scrolling, and axe-clean


def test_an_officer_sees_court_practice_beside_the_screening_and_the_gap_page(server, browser):
    driver = browser
    driver.set_window_size(390, 844)
    sign_in(driver, server, "penyidik")
    driver.get(server["base"] + "/penapisan")

    # A man recruited by deception and made to run scams in Cambodia (contract example P7).
    fill_screening_form(driver, "2026-03-01", age="27", sex="male", exploitation="forced_criminality", destination="KH")
    submit(driver, "main form button[type=submit]")

    assert "Memo penapisan hukum" in driver.page_source
    section = driver.find_element(By.ID, "praktik-pengadilan")
    assert "Praktik pengadilan" in section.text
    decisions = section.find_elements(By.CSS_SELECTOR, "details.practice-decisions[open]")
    assert decisions, section.text
    # Decisions are listed, open (they print with the annex), each with its citation linked to the
    # source it was read from.
    links = decisions[0].find_elements(By.CSS_SELECTOR, "ol > li a")
    assert links, "each similar decision carries its citation link"
    for link in links:
        assert link.get_attribute("href").startswith(("http://", "https://"))
        assert link.get_attribute("rel") == "noreferrer"
    assert "Kemiripan" in decisions[0].text
    fits_a_phone(driver)

    driver.get(server["base"] + "/praktik")
    assert "Praktik pengadilan dan undang-undang" in driver.page_source
    assert "Putusan yang dicatat di Simpul" in driver.page_source
    # The demo records verdicts, so the table of stored verdicts has a total row.
    assert driver.find_elements(By.CSS_SELECTOR, "table.figures tfoot th")
    fits_a_phone(driver)
