"""A social worker on a 390 px phone and at a 1280 px desk: no page she uses scrolls sideways,
tables read as cards on the phone, and axe finds nothing serious. Screenshots of each page at
both widths go to Tests/browser/artifacts/ (not committed)."""
import os
import re

from selenium.webdriver.common.by import By

from test_case_registry import assert_accessible, sign_in

ARTIFACTS = os.path.join(os.path.dirname(__file__), "artifacts")


def pages_of_a_social_worker(driver, base):
    """The pages she works with, found as she would: from her work list and the case list."""
    paths = ["/", "/kerja", "/kasus", "/laporan"]
    driver.get(base + "/kerja")
    paths += sorted(set(re.findall(r'href="(/rujukan/[^"]+)"', driver.page_source)))[:2]
    driver.get(base + "/kasus")
    case = re.search(r'<td[^>]*><a href="(/kasus/[^"/?]+)"', driver.page_source)
    if case:
        paths += [case.group(1), case.group(1) + "/koordinasi"]
    return paths


def overflow(driver):
    return driver.execute_script("return document.documentElement.scrollWidth - window.innerWidth")


def test_no_page_a_social_worker_uses_scrolls_sideways_on_a_phone(server, browser):
    driver = browser
    # The investigator's cases (the demo gives the social worker's agency few of its own) and
    # the social worker's own pages.
    sign_in(driver, server, "penyidik")
    case_pages = [p for p in pages_of_a_social_worker(driver, server["base"]) if p.startswith("/kasus/")]
    assert any(p.endswith("/koordinasi") for p in case_pages), case_pages
    check(driver, server, case_pages)
    driver.delete_all_cookies()
    sign_in(driver, server, "peksos")
    check(driver, server, pages_of_a_social_worker(driver, server["base"]))


def check(driver, server, paths):
    os.makedirs(ARTIFACTS, exist_ok=True)
    for width, height in ((390, 844), (1280, 900)):
        driver.set_window_size(width, height)
        for path in paths:
            driver.get(server["base"] + path)
            name = (path.strip("/").replace("/", "_") or "beranda")[:60]
            driver.save_screenshot(os.path.join(ARTIFACTS, f"{name}-{width}.png"))
            assert overflow(driver) <= 1, f"{path} at {width} px is {overflow(driver)} px too wide"
            if width == 390:
                # Tables with headings read as cards: every body cell names its column.
                for table in driver.find_elements(By.CSS_SELECTOR, "table[data-stack]"):
                    cells = table.find_elements(By.CSS_SELECTOR, "tbody td")
                    assert all(c.get_attribute("data-label") for c in cells), path
                assert_accessible(driver)


def test_the_monitoring_pages_fit_a_phone(server, browser):
    driver = browser
    sign_in(driver, server, "analis")
    check(driver, server, ["/pemantauan", "/pemantauan/indikator/services_on_time?rincian=province",
                           "/pemantauan/indikator/victims_identified/cara-menghitung", "/pemantauan/perkiraan"])


def test_the_administrators_pages_fit_a_phone(server, browser):
    """The administrator's pages, from users to the audit log, at 390 px and at a desk."""
    from test_administration import sign_in_admin
    driver = browser
    sign_in_admin(driver, server)
    driver.get(server["base"] + "/admin/pengguna")
    user = re.search(r'href="(/admin/pengguna/[^"/?]+)"', driver.page_source)
    driver.get(server["base"] + "/admin/instansi")
    agency = re.search(r'href="(/admin/instansi/[^"/?]+)"', driver.page_source)
    paths = ["/admin", "/admin/pengguna", "/admin/instansi", "/admin/audit", "/admin/laporan", "/admin/pemantauan"]
    paths += [m.group(1) for m in (user, agency) if m]
    assert len(paths) == 8, paths
    check(driver, server, paths)


def test_the_public_pages_fit_a_phone(server, browser):
    """The awareness pages and the checker's start, read on a phone without signing in (issue 18)."""
    check(browser, server, ["/lapor", "/tppo", "/tppo/hak-korban", "/tppo/cara-melapor", "/tppo/bantuan",
                            "/tppo/bantuan?provinsi=53", "/tppo/peringatan", "/cek-lowongan", "/cek-lowongan/kepala-desa",
                            "/tppo?bahasa=en"])
    assert browser.get_cookies() == [], f"the public pages set cookies: {browser.get_cookies()}"
