"""The analyst reads the effectiveness dashboard: a filter, one indicator, how it is counted, and
the XLSX export, whose numbers must equal the page's. Across agencies no count between 1 and
k-1 may appear anywhere. Every page is checked with axe-core."""
import io
import re
import urllib.request
from datetime import date

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from test_case_registry import assert_accessible, sign_in, submit

K = 11


def number(text):
    """'1.234' → 1234, '12,5 %' → 12.5, 'Rp1.000.000' → 1000000; None for words and dashes."""
    t = text.replace("Rp", "").replace("%", "").strip()
    if not re.fullmatch(r"-?[0-9.]+(,[0-9]+)?", t):
        return None
    return float(t.replace(".", "").replace(",", "."))


def page_table(driver):
    table = driver.find_element(By.CSS_SELECTOR, "table.figures")
    kinds = [th.get_attribute("data-kind") for th in table.find_elements(By.CSS_SELECTOR, "thead th")[1:]]
    rows = []
    for tr in table.find_elements(By.CSS_SELECTOR, "tbody tr, tfoot tr"):
        label = tr.find_element(By.CSS_SELECTOR, "th").get_attribute("textContent").strip()
        cells = [td.get_attribute("textContent").strip() for td in tr.find_elements(By.CSS_SELECTOR, "td")]
        rows.append((label, cells))
    return kinds, rows


def test_the_analyst_reads_filters_and_exports_the_indicators(server, browser):
    openpyxl = pytest.importorskip("openpyxl")
    driver = browser
    sign_in(driver, server, "analis")
    driver.get(server["base"] + "/pemantauan")
    assert "Pemantauan efektivitas" in driver.page_source
    assert driver.find_elements(By.CSS_SELECTOR, "svg.chart"), "charts are drawn on the server"
    assert_accessible(driver)

    year = str(date.today().year - 1)
    driver.find_element(By.CSS_SELECTOR, "details.filter-box summary").click()
    Select(driver.find_element(By.ID, "m-periode")).select_by_value(year)
    submit(driver, "form.filters button[type=submit]")
    assert f"periode={year}" in driver.current_url

    driver.find_element(By.LINK_TEXT, "Korban teridentifikasi (orang)").click()
    assert "/pemantauan/indikator/victims_identified" in driver.current_url
    assert_accessible(driver)
    kinds, rows = page_table(driver)
    assert rows and rows[-1][0] == "Jumlah"
    assert "catatan korban adalah" in driver.page_source, "people against records is explained"

    driver.find_element(By.LINK_TEXT, "Cara menghitung").click()
    assert "Kewajiban yang diukur" in driver.page_source and "Pasal" in driver.page_source
    assert_accessible(driver)
    driver.back()

    # The workbook, fetched with the browser's session, holds the page's numbers.
    cookies = "; ".join(f"{c['name']}={c['value']}" for c in driver.get_cookies())
    request = urllib.request.Request(server["base"] + f"/pemantauan/unduh/xlsx?instansi=semua&periode={year}", headers={"Cookie": cookies})
    book = openpyxl.load_workbook(io.BytesIO(urllib.request.urlopen(request).read()))
    sheet = book["victims_identified"]
    values = [[c.value for c in r] for r in sheet.iter_rows()]
    header = next(i for i, r in enumerate(values) if r[0] == "Jenis kelamin dan usia")
    body = values[header + 1:]
    assert len(body) == len(rows)
    for (label, cells), got in zip(rows, body):
        assert got[0] == label
        for kind, text, cell in zip(kinds, cells, got[1:]):
            expected = number(text)
            if text == "—":
                assert cell is None, (label, text, cell)
            elif expected is None:
                assert str(cell) == text, (label, text, cell)
            elif kind == "percent":
                assert abs(cell * 100 - expected) < 1e-9, (label, text, cell)
            else:
                assert cell == expected, (label, text, cell)

    # No inter-agency count between 1 and k-1, on any indicator and breakdown.
    for link in ["victims_identified", "justice_funnel", "restitution", "services_on_time", "referrals", "workload", "completeness"]:
        driver.get(server["base"] + f"/pemantauan/indikator/{link}?instansi=semua&periode={year}")
        options = [o.get_attribute("value") for o in driver.find_elements(By.CSS_SELECTOR, "#m-rincian option")]
        assert options, link
        for breakdown in options:
            driver.get(server["base"] + f"/pemantauan/indikator/{link}?instansi=semua&periode={year}&rincian={breakdown}")
            if not driver.find_elements(By.CSS_SELECTOR, "table.figures"):
                continue
            kinds, rows = page_table(driver)
            for label, cells in rows:
                for kind, text in zip(kinds, cells):
                    n = number(text)
                    if kind == "count" and n is not None:
                        assert not (0 < n < K), f"{link} by {breakdown}: {label} shows {text}"


def test_a_period_with_no_data_says_so_and_bad_filters_are_named(server, browser):
    driver = browser
    sign_in(driver, server, "analis")
    driver.get(server["base"] + "/pemantauan/indikator/justice_funnel?periode=2001")
    assert "Tidak ada data" in driver.page_source
    driver.get(server["base"] + "/pemantauan?periode=2026-14")
    assert "periode" in driver.page_source and "YYYY-Qn" in driver.page_source
