import Cases
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Hummingbird
import HummingbirdTesting
import Store
import Testing
@testable import Web

/// Issue 16 done through the router, on both stores: the investigator in NTT types the sponsor's
/// phone and learns it is in a Polda Jabar case she cannot open, and whom to contact; Polda
/// Jabar is told; the network page shows both cases with the phone as the first broker; an
/// uninvolved agency sees nothing; an analyst sees shapes by pseudonym.
@Suite struct NetworkPagesTests {
    @Test(arguments: TestBackend.available)
    func theNTTInvestigatorFindsTheSponsorsPhoneInAJabarCaseAndWhomToContact(_ backend: TestBackend) async throws {
        try await WebFixture.with(backend) { fixture, client in
            var s = try await NetworkScenario.set(up: fixture, client)
            let jabarNumber = try #require(try await fixture.store.cases.record(id: s.jabarCase)).number

            // Under test: the NTT investigator enters the number as her file writes it.
            try await s.ntt.get("/kasus/\(s.nttCase)/entitas")
            let (added, _, to) = try await s.ntt.post("/kasus/\(s.nttCase)/entitas", [("type", "phone"), ("value", NetworkScenario.sponsorPhoneNTT)])
            #expect(added == .seeOther)
            let (_, page, _) = try await s.ntt.get(try #require(to[.location]))
            #expect(page.contains("Nomor telepon ini muncul di 1 kasus lain di 1 provinsi"))
            #expect(page.contains("Kasus di Jawa Barat yang tidak dapat Anda buka — hubungi: Polda Jawa Barat"))
            #expect(!page.contains(jabarNumber) && !page.contains(NetworkScenario.sponsorName) && !page.contains(NetworkScenario.sponsorPhoneJabar),
                    "nothing of the Jabar case beyond whom to contact")
            let nttNumber = try #require(try await fixture.store.cases.record(id: s.nttCase)).number
            let (_, casePage, _) = try await s.ntt.get("/kasus/\(nttNumber)")
            #expect(casePage.contains("id=\"network\"") && casePage.contains("muncul di 1 kasus lain"))

            // Polda Jabar is told, in its notices, without the number.
            let jabarViewer = try #require(try await fixture.store.users.find(username: "penyidik.jabar")).viewer
            let notice = try #require(try await fixture.store.coordination.notices(for: jabarViewer).first { $0.caseID == s.jabarCase })
            #expect(notice.textID.contains("Kasus Anda \(jabarNumber) kini terhubung") && notice.textID.contains("Polda Nusa Tenggara Timur"))
            #expect(!notice.textID.contains("812"))

            // The network page: both cases, the phone the first broker, the Jabar case by pseudonym.
            let (ok, network, _) = try await s.ntt.get("/kasus/\(s.nttCase)/jaringan")
            #expect(ok == .ok)
            #expect(network.contains("2 kasus (1 dapat Anda buka, 1 lainnya"))
            let brokers = try #require(network.range(of: "<ol class=\"brokers\">").map { String(network[$0.upperBound...].prefix(400)) })
            #expect(brokers.hasPrefix("<li><strong>\(NetworkScenario.sponsorPhoneNTT)</strong>"), "\(brokers)")
            #expect(network.contains("Kasus lain #") && network.contains("hubungi: Polda Jawa Barat") && !network.contains(jabarNumber))
            #expect(network.contains("<svg") && network.contains("class=\"node n-case anchor\""))
            // Polda Jabar sees its own sponsor by name, and the NTT case by pseudonym.
            let (_, fromJabar, _) = try await s.jabar.get("/kasus/\(s.jabarCase)/jaringan")
            #expect(fromJabar.contains(NetworkScenario.sponsorName) && fromJabar.contains("hubungi: Polda Nusa Tenggara Timur"))

            // An uninvolved agency sees nothing: not the case, its entities, its network or a network list.
            for path in ["/kasus/\(s.nttCase)/jaringan", "/kasus/\(s.nttCase)/entitas", "/kasus/\(s.jabarCase)/jaringan/graphml"] {
                let (hidden, _, _) = try await s.sulut.get(path)
                #expect(hidden == .notFound, "\(path)")
            }
            let (_, sulutList, _) = try await s.sulut.get("/jaringan")
            #expect(sulutList.contains("Belum ada jaringan lebih dari satu kasus"))

            // Every view and addition is in the audit log, without the number.
            let audit = try await fixture.store.audit.entries(limit: 200)
            for action in ["network.entity.add", "network.entity.view", "network.view", "network.overview"] {
                #expect(audit.contains { $0.action == action }, "\(action)")
            }
            #expect(!audit.contains { $0.detail.contains("3456") })
        }
    }

    @Test(arguments: TestBackend.available)
    func anAnalystSeesShapesAndCountsByPseudonymOnly(_ backend: TestBackend) async throws {
        try await WebFixture.with(backend) { fixture, client in
            var s = try await NetworkScenario.set(up: fixture, client)
            try await s.ntt.get("/kasus/\(s.nttCase)/entitas")
            _ = try await s.ntt.post("/kasus/\(s.nttCase)/entitas", [("type", "phone"), ("value", "081234567890")])
            var analyst = Browser(client)
            _ = try await analyst.signIn("analis")
            let (_, list, _) = try await analyst.get("/jaringan")
            #expect(list.contains("Jaringan #1"))
            let link = try #require(list.range(of: "href=\"/jaringan/").map { "/jaringan/" + list[$0.upperBound...].prefix { $0 != "\"" } })
            let (ok, page, _) = try await analyst.get(link)
            #expect(ok == .ok && page.contains("Jaringan (samaran)") && page.contains("Kasus #1") && page.contains("Telepon #"))
            for secret in [NetworkScenario.sponsorName, "0812", "+62", "TPPO-"] { #expect(!page.contains(secret), "\(secret)") }
            // The token works for no one else, and an analyst cannot open the case's own pages.
            let (other, _, _) = try await s.ntt.get(link)
            #expect(other == .notFound)
            let (entities, _, _) = try await analyst.get("/kasus/\(s.nttCase)/entitas")
            #expect(entities == .forbidden || entities == .notFound)
        }
    }

    @Test(arguments: TestBackend.available)
    func badInputIsAnsweredWithTheFieldAndValueNeverA500(_ backend: TestBackend) async throws {
        try await WebFixture.with(backend) { fixture, client in
            var s = try await NetworkScenario.set(up: fixture, client)
            try await s.ntt.get("/kasus/\(s.nttCase)/entitas")
            let (bad, page, _) = try await s.ntt.post("/kasus/\(s.nttCase)/entitas", [("type", "ewallet"), ("value", "0812 1111 2222"), ("provider", "paypal")])
            #expect(bad == .unprocessableContent && page.contains("Penyedia 'paypal' tidak dikenal"))
            // A malformed identifier is kept and flagged, not refused.
            try await s.ntt.get("/kasus/\(s.nttCase)/entitas")
            let (kept, _, to) = try await s.ntt.post("/kasus/\(s.nttCase)/entitas", [("type", "phone"), ("value", "0812-34AB")])
            #expect(kept == .seeOther)
            let (_, flagged, _) = try await s.ntt.get(try #require(to[.location]))
            #expect(flagged.contains("0812-34AB") && flagged.contains("Tidak sah, disimpan seperti diketik") && flagged.contains("karakter 'A'"))
            for (path, field) in [("/kasus/\(s.nttCase)/jaringan?resolusi=abc", "abc"), ("/kasus/\(s.nttCase)/jaringan?ke=n123", "n123"),
                                  ("/kasus/\(s.nttCase)/jaringan?resolusi=1e9", "1e9")] {
                let (status, body, _) = try await s.ntt.get(path)
                #expect(status == .unprocessableContent && body.contains(field), "\(path)")
            }
            let (noCase, _, _) = try await s.ntt.get("/kasus/no-such-case/jaringan")
            #expect(noCase == .notFound)
            let (badToken, _, _) = try await s.ntt.get("/jaringan/%25%25%25")
            #expect(badToken == .notFound)
            try await s.ntt.get("/kasus/\(s.nttCase)/entitas")
            let (rightWithoutWord, _, _) = try await s.ntt.post("/kasus/\(s.nttCase)/entitas/keputusan", [("mention", "x"), ("other", "y"), ("version", "0"), ("action", "merge")])
            #expect(rightWithoutWord == .unprocessableContent || rightWithoutWord == .notFound)
        }
    }

    @Test(arguments: TestBackend.available)
    func callRecordsImportWithRejectsByLineAndTheGraphMLParses(_ backend: TestBackend) async throws {
        try await WebFixture.with(backend) { fixture, client in
            var s = try await NetworkScenario.set(up: fixture, client)
            try await s.ntt.get("/kasus/\(s.nttCase)/bukti")
            let csv = "from,to,time\n081211112222,\(NetworkScenario.sponsorPhoneJabar),2026-03-02 10:00\n081211112222,08123,2026-03-02\n"
                + "081211112222,081233334444,kemarin\n081233334444,081211112222,2026-03-05\n"
            let (status, page) = try await NetworkScenario.upload(&s.ntt, "/kasus/\(s.nttCase)/bukti", fields: [("kind", "calls")],
                                                                  file: ("cdr.csv", csv))
            #expect(status == .ok)
            #expect(page.contains("2 baris dimuat: 3 entitas baru, 2 hubungan. 2 baris ditolak."))
            #expect(page.contains("<td data-label=\"Baris\">3</td>") && page.contains("<td data-label=\"Baris\">4</td>"))
            #expect(page.contains("Polda Jawa Barat"), "the Jabar case is now linked through the sponsor's phone")
            let (missing, noFile) = try await NetworkScenario.upload(&s.ntt, "/kasus/\(s.nttCase)/bukti", fields: [("kind", "calls")],
                                                                     file: ("x.csv", "a,b\n1,2\n"))
            #expect(missing == .unprocessableContent && noFile.contains("from dan to dan time"))

            let r = try await client.execute(uri: "/kasus/\(s.nttCase)/jaringan/graphml", method: .get,
                                             headers: [.cookie: s.ntt.cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")])
            #expect(r.status == .ok && r.headers[.contentType]?.hasPrefix("application/graphml+xml") == true)
            let parsed = GraphMLCount()
            let parser = XMLParser(data: Data(buffer: r.body))
            parser.delegate = parsed
            #expect(parser.parse(), "GraphML is well-formed XML")
            #expect(parsed.nodes >= 6 && parsed.edges >= 5 && parsed.labels.contains(NetworkScenario.sponsorPhoneJabar))
            #expect(!parsed.labels.contains(NetworkScenario.sponsorName), "the Jabar case's sponsor is a pseudonym to NTT")
            let csvExport = try await client.execute(uri: "/kasus/\(s.nttCase)/jaringan/csv", method: .get,
                                                     headers: [.cookie: s.ntt.cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")])
            #expect(String(buffer: csvExport.body).hasPrefix("node_id,label,kind,component_id,community_id,degree,betweenness\n"))
        }
    }
}

extension NetworkPagesTests {
    @Test(arguments: TestBackend.available)
    func theNetworkPagePagesNeighboursFindsAPathAndPrints(_ backend: TestBackend) async throws {
        try await WebFixture.with(backend) { fixture, client in
            var s = try await NetworkScenario.set(up: fixture, client)
            let token = try await APITests.token(fixture, "penyidik.ntt")
            _ = try await APITests.call(client, .post, "/api/v1/cases/\(s.nttCase)/entities", token: token, body: #"{"type":"phone","value":"081234567890"}"#)
            for i in 0..<24 {
                _ = try await APITests.call(client, .post, "/api/v1/cases/\(s.nttCase)/entities", token: token,
                                            body: #"{"type":"phone","value":"0813 0000 00\#(String(format: "%02d", i))"}"#)
            }
            let (_, page, _) = try await s.ntt.get("/kasus/\(s.nttCase)/jaringan")
            #expect(page.contains("Tetangga") && page.contains("(25)"), "the case's 25 phones")
            let next = try #require(page.range(of: "class=\"pager\"><a href=\"").map { String(page[$0.upperBound...].prefix { $0 != "\"" }) })
            // A browser sends no fragment.
            let (status, second, _) = try await s.ntt.get(String(next.replacingOccurrences(of: "&amp;", with: "&").prefix { $0 != "#" }))
            #expect(status == .ok)
            let section = try #require(second.components(separatedBy: "id=\"neighbours\"").dropFirst().first)
            let rows = section.components(separatedBy: "<tr>").count - 2
            #expect(rows == 5 && !second.contains("20 tetangga berikutnya"), "the last 5 of 25")

            // The path to the Jabar case runs through the sponsor's phone.
            let option = try #require(page.range(of: #"<option value="(n[0-9a-f]+)">Kasus lain #"#, options: .regularExpression))
            let target = String(page[option].dropFirst("<option value=\"".count).prefix { $0 != "\"" })
            let (_, path, _) = try await s.ntt.get("/kasus/\(s.nttCase)/jaringan?ke=\(target)")
            let steps = try #require(path.components(separatedBy: "<ol class=\"path\">").dropFirst().first?.components(separatedBy: "</ol>").first)
            #expect(steps.contains("081234567890 (Telepon)") && steps.contains("Kasus lain #"))
            let (_, fine, _) = try await s.ntt.get("/kasus/\(s.nttCase)/jaringan?resolusi=5")
            #expect(fine.contains("(resolusi 5,0)"))
            let (_, print, _) = try await s.ntt.get("/kasus/\(s.nttCase)/jaringan?cetak=1")
            #expect(print.contains("class=\"memo network-print\"") && !print.contains("<form method=\"get\"") && print.contains("<svg"))
            let (_, list, _) = try await s.ntt.get("/jaringan")
            #expect(list.contains("href=\"/kasus/\(s.nttCase)/jaringan\"") && list.contains("<td data-label=\"Kasus\">2</td>"))
        }
    }
}

/// Counts a GraphML document's nodes and edges and keeps their labels.
final class GraphMLCount: NSObject, XMLParserDelegate, @unchecked Sendable {
    var nodes = 0, edges = 0, labels: [String] = []
    private var inLabel = false

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if name == "node" { nodes += 1 }
        if name == "edge" { edges += 1 }
        inLabel = name == "data" && attributes["key"] == "label"
        if inLabel { labels.append("") }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { if inLabel { labels[labels.count - 1] += string } }
    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) { inLabel = false }
}
