"""Issue 16 on a fresh install (the demo store of conftest.py): the national overview lists the
demo's networks of cases, and the ring the demo plants across NTT, East Java and West Java cases
prompts an organised group (UU 21/2007 Pasal 16) on its network page. On a 390 px phone;
axe-core on each page."""
from selenium.webdriver.common.by import By

from test_case_registry import assert_accessible, sign_in
from test_networks import overflow

RING = ["Ferdinandus Lelang", "Marthen Tanono", "Yuliana Oematan"]


def test_the_demo_shows_networks_and_the_planted_ring(server, browser):
    driver = browser
    driver.set_window_size(390, 844)
    sign_in(driver, server, "penyidik.ntt")

    driver.get(server["base"] + "/jaringan")
    rows = driver.find_elements(By.CSS_SELECTOR, "main table tbody tr")
    assert rows, "the demo's networks are listed"
    assert overflow(driver) <= 1
    assert_accessible(driver)

    # One of them is the ring's: its page prompts Pasal 16 and names the three.
    links = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "main table tbody tr a")]
    prompts = []
    for link in links[:20]:
        driver.get(link)
        prompts = driver.find_elements(By.CSS_SELECTOR, "section.prompt")
        if prompts:
            break
    assert prompts, "the planted ring's network prompts an organised group"
    prompt = prompts[0].text
    assert "kemungkinan kelompok terorganisasi" in prompt and "Pasal 16" in prompt
    assert "3 orang bersama dalam 3 kasus" in prompt
    assert all(name in prompt for name in RING), prompt
    assert overflow(driver) <= 1
    assert_accessible(driver)
