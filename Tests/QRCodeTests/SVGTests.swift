import QRCode
import Testing

/// The SVG a page shows: the same modules as the symbol, a quiet zone, a name for screen readers.
@Suite struct SVGTests {
    static let uri = "otpauth://totp/Simpul:admin?secret=JBSWY3DPEHPK3PXP&issuer=Simpul&digits=6&period=30"

    @Test func thePathDrawsExactlyTheDarkModulesInsideAQuietZone() throws {
        let qr = try QRCode(text: Self.uri)
        let svg = qr.svg(label: "Kode QR", pixels: 200)
        let side = qr.size + 8
        var drawn = Array(repeating: Array(repeating: false, count: side), count: side)
        let d = try #require(svg.firstMatch(of: /<path fill="black" d="([^"]*)"\/>/)?.1)
        for run in d.matches(of: /M(\d+) (\d+)h(\d+)v1h-(\d+)z/) {
            let (x, y, length) = (Int(run.1)!, Int(run.2)!, Int(run.3)!)
            #expect(Int(run.4)! == length, "each run closes on itself")
            for i in x..<(x + length) {
                #expect(!drawn[y][i], "no module drawn twice")
                drawn[y][i] = true
            }
        }
        for y in 0..<side {
            for x in 0..<side {
                let inside = (4..<(side - 4)).contains(x) && (4..<(side - 4)).contains(y)
                #expect(drawn[y][x] == (inside && qr.isDark(x: x - 4, y: y - 4)), "module (\(x), \(y))")
            }
        }
    }

    @Test func theImageScalesByModulesHasCrispEdgesAndIsNamed() throws {
        let qr = try QRCode(text: Self.uri)
        let svg = qr.svg(label: "Kode QR untuk aplikasi autentikator", pixels: 200)
        let side = qr.size + 8
        #expect(svg.hasPrefix(#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \#(side) \#(side)" width="200" height="200""#))
        #expect(svg.contains(#"shape-rendering="crispEdges""#) && svg.contains(#"role="img""#))
        #expect(svg.contains(#"aria-label="Kode QR untuk aplikasi autentikator"><title>Kode QR untuk aplikasi autentikator</title>"#))
        #expect(svg.contains(#"<rect width="\#(side)" height="\#(side)" fill="white"/>"#), "a light ground under the quiet zone")
        #expect(svg.matches(of: /<path/).count == 1 && !svg.contains("style"), "one path; no inline style for the CSP to block")
        #expect(!svg.contains("otpauth") && !svg.contains("JBSWY3DP"), "the secret is in the modules only, never as text")
    }

    @Test func theLabelCannotBreakOutOfItsAttributeOrElement() throws {
        let svg = try QRCode(text: "x").svg(label: #"a" onload="alert(1)"><script>'&"#, pixels: 100)
        #expect(svg.contains(#"aria-label="a&quot; onload=&quot;alert(1)&quot;&gt;&lt;script&gt;&#39;&amp;""#))
        #expect(!svg.contains("<script") && !svg.contains(#"" onload"#))
    }
}
