"""Issue 16 in a browser on a 390 px phone: Polda Jabar records a sponsor and the phone he
recruits with; an investigator of Polda NTT types the same phone in another form and is told it
is in a case of Polda Jabar she cannot open, with whom to contact; Polda Jabar is notified; the
network page shows both cases with the phone as the first broker; her call records load with a
rejects report; the GraphML export opens (in networkx when it is installed); an uninvolved agency
sees nothing. axe-core on each page."""
import io
import os
import re
import tempfile
import urllib.request
import xml.etree.ElementTree as ET

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from test_case_registry import assert_accessible, sign_in, submit
from test_person_matching import sign_out

SPONSOR = "Yohanes Bria Seran"
PHONE_JABAR = "0812-3456-7890"
PHONE_NTT = "+62 812 3456 7890"


def register_case(driver, server, province, regency):
    driver.get(server["base"] + "/kasus/baru")
    Select(driver.find_element(By.ID, "f-provinceCode")).select_by_value(province)
    driver.find_element(By.ID, "f-regency").send_keys(regency)
    driver.find_element(By.CSS_SELECTOR, "input[name=exploitationTypes][value=forced_labour]").click()
    submit(driver, "main form button[type=submit]")
    return driver.current_url


def add_entity(driver, kind, value, role=None, held_by=None):
    Select(driver.find_element(By.ID, "f-type")).select_by_value(kind)
    driver.find_element(By.ID, "f-value").send_keys(value)
    if role:
        Select(driver.find_element(By.ID, "f-role")).select_by_value(role)
    if held_by:
        Select(driver.find_element(By.ID, "f-heldBy")).select_by_visible_text(held_by)
    # The form that adds (the decision forms on suggested names post to /entitas/keputusan).
    submit(driver, "form[action$='/entitas'] button[type=submit]")


def overflow(driver):
    return driver.execute_script("return document.documentElement.scrollWidth - window.innerWidth")


def download(driver, url):
    cookies = "; ".join(f"{c['name']}={c['value']}" for c in driver.get_cookies())
    request = urllib.request.Request(url, headers={"Cookie": cookies})
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.read()


def test_the_ntt_investigator_finds_the_sponsors_phone_in_a_jabar_case(server, browser):
    driver = browser
    driver.set_window_size(390, 844)

    sign_in(driver, server, "penyidik.jabar")
    jabar_case = register_case(driver, server, "32", "Kabupaten Indramayu")
    jabar_number = driver.find_element(By.TAG_NAME, "h1").text.split()[-1]
    driver.find_element(By.LINK_TEXT, "Catat dan lihat entitas").click()
    assert_accessible(driver)
    add_entity(driver, "person", SPONSOR, role="sponsor")
    add_entity(driver, "phone", PHONE_JABAR, held_by=SPONSOR)
    assert "Tidak tercatat di kasus lain" in driver.page_source
    sign_out(driver)

    sign_in(driver, server, "penyidik.ntt")
    ntt_case = register_case(driver, server, "53", "Kabupaten Kupang")
    driver.find_element(By.LINK_TEXT, "Catat dan lihat entitas").click()
    add_entity(driver, "phone", PHONE_NTT)
    notice = driver.find_element(By.ID, "baru").text
    assert "Nomor telepon ini muncul di 1 kasus lain di 1 provinsi" in notice
    assert "tidak dapat Anda buka — hubungi: Polda Jawa Barat" in notice
    page = driver.page_source
    assert jabar_number not in page and SPONSOR not in page and PHONE_JABAR not in page
    assert overflow(driver) <= 1
    assert_accessible(driver)
    # A malformed number is kept as typed and flagged.
    add_entity(driver, "phone", "0812-34AB")
    assert "Tidak sah, disimpan seperti diketik" in driver.find_element(By.ID, "baru").text
    assert_accessible(driver)

    # The case page says it too.
    driver.get(ntt_case)
    section = driver.find_element(By.CSS_SELECTOR, "section[aria-labelledby=network]").text
    assert "muncul di 1 kasus lain" in section

    # Her call records, with a bad row reported by its line.
    driver.find_element(By.LINK_TEXT, "Impor catatan panggilan atau mutasi").click()
    with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as f:
        f.write(f"from,to,time\n081211112222,{PHONE_NTT},2026-03-02 10:00\n081211112222,08123,2026-03-02\n")
        cdr = f.name
    driver.find_element(By.ID, "f-file").send_keys(cdr)
    submit(driver, "main form button[type=submit]")
    os.unlink(cdr)
    result = driver.find_element(By.ID, "result").text
    assert "1 baris dimuat" in result and "1 baris ditolak" in result
    assert "baris 3" in result
    assert_accessible(driver)

    # The network page: both cases, the phone the first broker, readable on the phone.
    driver.find_element(By.LINK_TEXT, "Lihat jaringan").click()
    summary = driver.find_element(By.CSS_SELECTOR, "p.lead").text
    assert summary.startswith("2 kasus (1 dapat Anda buka, 1 lainnya")
    first_broker = driver.find_element(By.CSS_SELECTOR, "ol.brokers li").text
    assert first_broker.startswith(PHONE_NTT), first_broker
    assert driver.find_elements(By.CSS_SELECTOR, "svg.network-svg .n-case")
    assert overflow(driver) <= 1
    assert_accessible(driver)
    network_url = driver.current_url

    graphml = download(driver, network_url + "/graphml")
    try:
        import networkx
    except ImportError:
        networkx = None
    if networkx:
        graph = networkx.read_graphml(io.BytesIO(graphml))
        labels = {d.get("label") for _, d in graph.nodes(data=True)}
        kinds = {d.get("kind") for _, d in graph.nodes(data=True)}
        assert PHONE_NTT in labels and SPONSOR not in labels
        assert {"case", "phone"} <= kinds and networkx.is_connected(graph)
    else:
        root = ET.fromstring(graphml)
        assert len(root.findall(".//{http://graphml.graphdrawing.org/xmlns}node")) >= 4
    assert download(driver, network_url + "/csv").startswith(b"node_id,label,kind,")
    sign_out(driver)

    # Polda Jabar was told, in its work list, without the number.
    sign_in(driver, server, "penyidik.jabar")
    driver.get(server["base"] + "/kerja")
    assert f"Kasus Anda {jabar_number} kini terhubung" in driver.page_source
    assert "812" not in re.sub(r"<[^>]+>", "", driver.page_source.split("kini terhubung")[1][:400])
    assert_accessible(driver)
    sign_out(driver)

    # An uninvolved agency sees nothing.
    sign_in(driver, server, "penyidik.sulut")
    driver.get(network_url)
    assert "tidak ditemukan" in driver.page_source and PHONE_NTT not in driver.page_source
    # The demo's own networks may touch Polda Sulut's cases; this one does not.
    driver.get(server["base"] + "/jaringan")
    assert jabar_number not in driver.page_source and PHONE_NTT not in driver.page_source
    assert_accessible(driver)
    driver.get(jabar_case)
    assert "tidak ditemukan" in driver.page_source
