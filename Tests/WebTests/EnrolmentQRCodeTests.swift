import QRCode
import Security
import Testing
@testable import Web

/// An officer setting up the second factor scans a QR code instead of typing the key.
@Suite struct EnrolmentQRCodeTests {
    @Test func theEnrolmentPageShowsTheAddressAsAQRCodeAboveTheKeyItKeeps() async throws {
        try await WebFixture.with { _, client in
            var b = Browser(client)
            #expect(try await b.signIn("admin") == "/akun/otp")
            let (status, html, _) = try await b.get("/akun/otp")
            #expect(status == .ok)

            let secret = try #require(html.firstMatch(of: /id="totp-secret">([A-Z2-7]+)</)?.1)
            let uri = try #require(TOTP(base32: String(secret))).provisioningURI(account: "admin")
            let expected = try QRCode(text: uri).svg(label: "Kode QR untuk aplikasi autentikator", pixels: 200)
            let figure = try #require(html.range(of: #"<figure class="qr">"# + expected + "</figure>"), "the address's own symbol")
            let key = try #require(html.range(of: #"id="totp-secret""#))
            #expect(figure.upperBound < key.lowerBound, "the code comes before the key, which stays for those who cannot scan")
            #expect(html.contains(#"<code class="wrap">"#), "the address stays as text too")

            try await b.get("/bahasa/en?ke=/akun/otp")
            let (_, english, _) = try await b.get("/akun/otp")
            #expect(english.contains(#"role="img" aria-label="QR code for the authenticator app"><title>QR code for the authenticator app</title>"#))
        }
    }
}
