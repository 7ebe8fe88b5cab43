"""One woman, two agencies: Polda Jawa Timur registers her; Polda Sulawesi Utara registers her
again months later in the old spelling and without a NIK. The second officer is shown that a
likely record exists and whom to contact, never the other record's name; confirms; Polda Jawa
Timur is told by pseudonym; the link is undone with its history kept. axe-core on each page."""
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from test_case_registry import assert_accessible, sign_in, submit

FIRST = "Sri Wahyuningsih Lestari"
AGAIN = "SRI WAHJOENINGSIH LESTARI"


def register(driver, server, province, regency, name, nik=None):
    driver.get(server["base"] + "/kasus/baru")
    Select(driver.find_element(By.ID, "f-provinceCode")).select_by_value(province)
    driver.find_element(By.ID, "f-regency").send_keys(regency)
    driver.find_element(By.CSS_SELECTOR, "input[name=exploitationTypes][value=forced_labour]").click()
    submit(driver, "main form button[type=submit]")
    Select(driver.find_element(By.ID, "f-role")).select_by_value("victim")
    driver.find_element(By.ID, "f-fullName").send_keys(name)
    if nik:
        driver.find_element(By.ID, "f-nik").send_keys(nik)
    # Typed as the date field takes it (dd/mm/yyyy in this locale would differ; set the value).
    driver.execute_script("document.getElementById('f-birthDate').value = '1994-03-17'")
    Select(driver.find_element(By.ID, "f-sex")).select_by_value("female")
    submit(driver, "section form button[type=submit]")


def sign_out(driver):
    submit(driver, "form[action='/keluar'] button[type=submit]")


def test_a_second_agency_finds_the_first_record_without_seeing_it(server, browser):
    driver = browser
    sign_in(driver, server, "penyidik")
    register(driver, server, "35", "Kabupaten Blitar", FIRST, nik="3505015703940002")
    assert "/kecocokan" in driver.current_url
    assert_accessible(driver)
    sign_out(driver)

    sign_in(driver, server, "penyidik.sulut")
    register(driver, server, "71", "Kota Bitung", AGAIN)
    assert "/kecocokan?baru=1" in driver.current_url
    page = driver.page_source
    assert AGAIN in page
    assert FIRST not in page and "3505015703940002" not in page
    card = driver.find_element(By.CSS_SELECTOR, "article.candidate")
    assert "Hubungi instansi yang menanganinya: Polda Jawa Timur" in card.text
    assert "orang yang sama" in card.text.lower()
    # Of a person she may not see, a band in words: no evidence field by field, no probability.
    assert not card.find_elements(By.XPATH, ".//summary[normalize-space()='Mengapa cocok']")
    assert "kemungkinan " not in card.text
    assert_accessible(driver)

    card.find_element(By.CSS_SELECTOR, "input[name=note]").send_keys("Tanggal lahir dan nama sama; dicek lewat telepon")
    submit(driver, "article.candidate button[value=confirm]")
    decided = driver.find_element(By.CSS_SELECTOR, "article.candidate")
    assert "Dikonfirmasi orang yang sama" in decided.text
    assert_accessible(driver)
    matches_url = driver.current_url
    sign_out(driver)

    # Polda Jawa Timur is told, by pseudonym, in its work list.
    sign_in(driver, server, "penyidik")
    driver.get(server["base"] + "/kerja")
    assert "dikonfirmasi sebagai orang yang sama" in driver.page_source
    assert AGAIN not in driver.page_source
    sign_out(driver)

    sign_in(driver, server, "penyidik.sulut")
    driver.get(matches_url)
    submit(driver, "article.candidate button[value=undo]")
    card = driver.find_element(By.CSS_SELECTOR, "article.candidate")
    card.find_element(By.XPATH, ".//summary[normalize-space()='Riwayat keputusan']").click()
    history = card.find_element(By.XPATH, ".//details[summary[normalize-space()='Riwayat keputusan']]/ol").text
    assert "Konfirmasi orang yang sama" in history and "Batalkan keputusan" in history
    assert "Tanggal lahir dan nama sama" in history
    assert_accessible(driver)
