"""An officer setting up two-step verification points a phone at a QR code instead of typing a
32-character key. What Chromium draws on the enrolment page is read by zxing-cpp, a reader that
shares no code with Simpul's encoder, and must give exactly the otpauth address the page also
spells out for those who cannot scan."""
import io

import pytest
from selenium.webdriver.common.by import By

from test_case_registry import assert_accessible, sign_in

zxingcpp = pytest.importorskip("zxingcpp", reason="zxing-cpp is not installed (pip install zxing-cpp)")
Image = pytest.importorskip("PIL.Image", reason="Pillow is not installed (pip install pillow)")


def test_the_qr_code_on_the_enrolment_page_reads_as_the_address_beside_it(server, browser):
    driver = browser
    # An officer may set up the second factor from their account; the page is the one an
    # administrator gets at first sign-in.
    sign_in(driver, server, "penyidik")
    driver.get(server["base"] + "/akun/otp")
    assert_accessible(driver)
    secret = driver.find_element(By.ID, "totp-secret").text.strip()
    address = driver.find_element(By.CSS_SELECTOR, "code.wrap").text.strip()
    assert address.startswith("otpauth://totp/Simpul") and "penyidik?" in address and f"secret={secret}&" in address

    code = driver.find_element(By.CSS_SELECTOR, "figure.qr svg")
    assert code.size == {"width": 200, "height": 200}
    assert code.accessible_name == "Kode QR untuk aplikasi autentikator"
    assert "otpauth" not in code.get_attribute("outerHTML"), "the address is in the modules only"

    # The pixels as drawn: about 3.8 pixels a module at 200 px, a test of crisp edges too.
    picture = Image.open(io.BytesIO(code.screenshot_as_png))
    read = zxingcpp.read_barcodes(picture)
    assert [(r.format, r.text) for r in read] == [(zxingcpp.BarcodeFormat.QRCode, address)]
    assert read[0].ec_level == "M"
