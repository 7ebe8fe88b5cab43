"""The legal screening form in Indonesian, its memo, and the memo printing on one page."""
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from test_case_registry import a4_pages, assert_accessible, sign_in, submit


def check(driver, name, value):
    driver.find_element(By.CSS_SELECTOR, f"input[name='{name}'][value='{value}']").click()


def fill_screening_form(driver, date, age, sex, exploitation, destination):
    """An Indonesian recruited, moved and harboured by deception and debt bondage, exploited as given."""
    driver.execute_script(f"document.getElementById('f-date').value = '{date}'")
    driver.find_element(By.ID, "f-victim-age").send_keys(age)
    Select(driver.find_element(By.ID, "f-victim-citizenship")).select_by_value("ID")
    Select(driver.find_element(By.ID, "f-victim-sex")).select_by_value(sex)
    for act in ("recruitment", "transportation", "harbouring"):
        check(driver, "acts", act)
    for means in ("deception", "debt_bondage"):
        check(driver, "means", means)
    check(driver, "exploitation.types", exploitation)
    Select(driver.find_element(By.ID, "f-exploitation-status")).select_by_value("occurred")
    Select(driver.find_element(By.ID, "f-movement-from")).select_by_value("ID")
    Select(driver.find_element(By.ID, "f-movement-to")).select_by_value(destination)
    Select(driver.find_element(By.ID, "f-stage")).select_by_value("completed")


def test_screening_form_gives_a_one_page_memo(server, browser):
    driver = browser
    sign_in(driver, server, "penyidik")
    driver.get(server["base"] + "/penapisan")
    assert "Penapisan hukum TPPO" in driver.page_source
    assert_accessible(driver)

    # The plantation debt-bondage case (contract example P1), as an officer would enter it.
    fill_screening_form(driver, "2024-03-01", age="34", sex="male", exploitation="forced_labour", destination="ID")
    submit(driver, "main form button[type=submit]")

    assert "Memo penapisan hukum" in driver.page_source
    assert "KUHP Pasal 455" in driver.page_source  # acts before 2026, assessed today: the lighter later law is shown
    assert "UU 21/2007 Pasal 44" in driver.page_source
    assert_accessible(driver)

    # One page; court practice, when the bundled decisions hold similar ones, follows as an annex page.
    annex = 1 if driver.find_elements(By.CSS_SELECTOR, ".memo-practice.annex") else 0
    pages = a4_pages(driver)
    assert pages == 1 + annex, f"the memo prints on {pages} pages"


def test_identification_pages_are_accessible_and_prefill_the_screening(server, browser):
    driver = browser
    sign_in(driver, server, "peksos")
    driver.get(server["base"] + "/identifikasi?pribadi=1")
    assert "Pertanyaan 1 dari" in driver.page_source
    assert_accessible(driver)
    submit(driver, "main form button[value=yes]")
    assert "Pertanyaan 2 dari" in driver.page_source

    driver.get(server["base"] + "/identifikasi")
    assert_accessible(driver)
    driver.find_element(By.ID, "f-age").send_keys("15")
    for radio in driver.find_elements(By.CSS_SELECTOR, "input[type=radio][value=yes]")[:6]:
        radio.click()
    submit(driver, "main form button[type=submit]")
    assert "Hasil identifikasi korban" in driver.page_source
    assert_accessible(driver)
    submit(driver, "main form button[type=submit]")
    assert "Penapisan hukum TPPO" in driver.page_source
    assert driver.find_element(By.ID, "f-victim-age").get_attribute("value") == "15"
