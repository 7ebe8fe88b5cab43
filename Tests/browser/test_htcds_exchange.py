"""Issue 19 in a browser on a 390 px phone: an investigator downloads her agency's cases as
HTCDS 2.0 (the link works, no identities unless asked), uploads a partner's small JSON Lines
file with one bad row, follows the import until it is done, and reads the loaded count and the
reject with its file, line, field, value and reason. axe-core on each page."""
import json
import os
import tempfile
import time

from selenium.webdriver.common.by import By

from test_case_registry import assert_accessible, sign_in, submit
from test_networks import download, overflow

PARTNER = [
    {"cas_Id": "IOM-2026-001", "cas_Status": "Active", "cas_IncomingReferralDate": "2026-02-01", "ext_ProvinceCode": "53",
     "persons": [{"prs_Id": "IOM-2026-001-V", "vic_TraffickingStatus": "PossibleVictimOfTrafficking", "prs_Gender": "Feminine",
                  "vic_AgeWhenTrafficked": 17, "vic_TypeOfExploitation": ["ForcedLabour"], "vic_MethodsOfControl": ["DebtBondage"]}],
     "support": [{"spl_Id": "IOM-2026-001-S", "spl_PersonId": "IOM-2026-001-V", "spl_Type": "Health"}]},
    {"cas_Id": "IOM-2026-002", "cas_Status": "Active", "cas_IncomingReferralDate": "2026-02-03", "ext_ProvinceCode": "53",
     "persons": [{"prs_Id": "IOM-2026-002-V", "vic_TraffickingStatus": "PossibleVictimOfTrafficking", "prs_Gender": "Feminine"}]},
    {"cas_Id": "IOM-2026-003", "cas_Status": "Unknown", "cas_IncomingReferralDate": "2026-02-05", "ext_ProvinceCode": "53"},
]


def test_an_investigator_downloads_and_imports_htcds(server, browser):
    driver = browser
    driver.set_window_size(390, 844)
    sign_in(driver, server, "penyidik")

    driver.get(server["base"] + "/kasus")
    driver.find_element(By.PARTIAL_LINK_TEXT, "Pertukaran data HTCDS").click()
    assert driver.find_element(By.TAG_NAME, "h1").text == "Pertukaran data HTCDS 2.0"
    assert overflow(driver) <= 1
    assert_accessible(driver)

    # The export link works and carries no identity unless the box is ticked.
    link = driver.find_element(By.LINK_TEXT, "htcds.jsonl").get_attribute("href")
    lines = download(driver, link).decode().splitlines()
    assert lines and all(json.loads(line)["cas_Id"] for line in lines)
    assert not any("prs_FirstName" in line for line in lines)

    # A partner's file with one bad row.
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        f.write("".join(json.dumps(c) + "\n" for c in PARTNER))
        path = f.name
    try:
        driver.find_element(By.ID, "f-file").send_keys(path)
        submit(driver, "form[action='/kasus/htcds/impor'] button[type=submit]")
    finally:
        os.unlink(path)
    for _ in range(60):
        if "Sedang diproses" not in driver.find_element(By.ID, "result").text:
            break
        time.sleep(0.5)
        driver.refresh()
    result = driver.find_element(By.ID, "result").text
    assert "Selesai" in result, result
    assert "2 kasus, 2 orang dan 1 layanan dimuat" in result and "1 penolakan" in result, result
    reject = driver.find_element(By.CSS_SELECTOR, "table.rejects tbody tr").text
    assert os.path.basename(path) in reject and "3" in reject and "cas_Status" in reject and "Unknown" in reject
    assert "kode tidak dikenal" in reject and "unknown code" in reject
    assert overflow(driver) <= 1
    assert_accessible(driver)

    # The imported cases come back out under the partner's ids.
    lines = download(driver, link).decode().splitlines()
    assert {"IOM-2026-001", "IOM-2026-002"} <= {json.loads(line)["cas_Id"] for line in lines}
