"""A signed-in officer registers a case with a victim; an officer of an uninvolved agency cannot
see the victim. Every page visited is checked with axe-core."""
import base64
import re

from axe_selenium_python import Axe
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.print_page_options import PrintOptions
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

VICTIM = "Yosefina Bria Nahak"


def assert_accessible(driver):
    axe = Axe(driver)
    axe.inject()
    results = axe.run()
    bad = [v for v in results["violations"] if v.get("impact") in ("serious", "critical")]
    assert not bad, f"{driver.current_url}: " + "; ".join(f"{v['id']}: {v['help']} ({len(v['nodes'])} nodes)" for v in bad)


def replaced(page):
    """True once `page` (an element of the old document) is gone. Chromium sometimes answers a
    check on an element of a document being replaced with an inspector error instead of
    'stale element'; both mean the old page is gone."""
    def check(_driver):
        try:
            page.is_enabled()
            return False
        except WebDriverException:
            return True
    return check


def a4_pages(driver):
    """How many A4 pages the current page prints on."""
    options = PrintOptions()
    options.page_width = 21.0
    options.page_height = 29.7
    pdf = base64.b64decode(driver.print_page(options))
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf))


def submit(driver, selector):
    """Clicks a submit button and waits until the next page has replaced this one."""
    page = driver.find_element(By.TAG_NAME, "html")
    driver.find_element(By.CSS_SELECTOR, selector).click()
    WebDriverWait(driver, 15).until(replaced(page))


def sign_in(driver, server, username):
    driver.get(server["base"] + "/masuk")
    assert_accessible(driver)
    driver.find_element(By.ID, "f-username").send_keys(username)
    driver.find_element(By.ID, "f-password").send_keys(server["passwords"][username])
    submit(driver, "main button[type=submit]")
    assert "/masuk" not in driver.current_url, driver.page_source[:500]


def test_registering_a_case_and_hiding_the_victim_from_an_uninvolved_agency(server, browser):
    driver = browser
    sign_in(driver, server, "penyidik")
    assert_accessible(driver)

    driver.get(server["base"] + "/kasus/baru")
    assert_accessible(driver)
    # The province starts at the investigator's own (Polda Jawa Timur's); cleared, it is required.
    assert Select(driver.find_element(By.ID, "f-provinceCode")).first_selected_option.get_attribute("value") == "35"
    Select(driver.find_element(By.ID, "f-provinceCode")).select_by_value("")
    # A bad submission first: the error summary names the fields.
    submit(driver, "main form button[type=submit]")
    summary = driver.find_element(By.CLASS_NAME, "error-summary").text
    assert "Provinsi wajib diisi" in summary and "Kabupaten/kota wajib diisi" in summary
    assert_accessible(driver)

    Select(driver.find_element(By.ID, "f-provinceCode")).select_by_value("53")
    driver.find_element(By.ID, "f-regency").send_keys("Kabupaten Kupang")
    driver.find_element(By.CSS_SELECTOR, "input[name=exploitationTypes][value=forced_labour]").click()
    driver.find_element(By.ID, "f-summary").send_keys("Direkrut untuk kerja kebun sawit di Malaysia")
    submit(driver, "main form button[type=submit]")
    case_url = driver.current_url
    assert "/kasus/" in case_url and "baru" not in case_url
    number = driver.find_element(By.TAG_NAME, "h1").text
    assert "TPPO-" in number

    Select(driver.find_element(By.ID, "f-role")).select_by_value("victim")
    driver.find_element(By.ID, "f-fullName").send_keys(VICTIM)
    driver.find_element(By.ID, "f-nik").send_keys("5303016408990001")
    Select(driver.find_element(By.ID, "f-sex")).select_by_value("female")
    submit(driver, "section form button[type=submit]")
    assert VICTIM in driver.page_source
    assert_accessible(driver)

    # An investigator of Polda Sulut, not involved in the case.
    driver.delete_all_cookies()
    sign_in(driver, server, "penyidik.sulut")
    driver.get(case_url)
    assert VICTIM not in driver.page_source
    assert "tidak ditemukan" in driver.page_source
    assert_accessible(driver)
    driver.get(server["base"] + "/kasus?q=" + number.split()[-1])
    assert "Tidak ada kasus yang cocok" in driver.page_source
    assert_accessible(driver)
