import Foundation
import HummingbirdTesting
import Testing
@testable import Web

@Suite("Case pages addressed by number")
struct CaseAddressTests {
    @Test func aCaseIsAddressedByItsNumberAndItsOldAddressLeadsThere() async throws {
        try await WebFixture.with { fixture, client in
            var officer = Browser(client)
            _ = try await officer.signIn("penyidik")
            let location = try await officer.registerCase([("provinceCode", "53"), ("regency", "Kabupaten Kupang"),
                                                           ("openedOn", "2026-10-01"), ("exploitationTypes", "forced_labour")])
            #expect(location.hasPrefix("/kasus/TPPO-2026-"), "registering leads to the number's address: \(location)")
            let number = String(location.dropFirst("/kasus/".count))
            let id = try await fixture.caseID(at: location)
            // The old address by id is sent, permanently, to the number's.
            let (status, _, moved) = try await officer.get("/kasus/\(id)?x=1")
            #expect(status == .movedPermanently && moved[.location] == "/kasus/\(number)?x=1")
            // The case's other pages answer at the number's address too, and lower case is the same case.
            let (coordination, page, _) = try await officer.get("/kasus/\(number.lowercased())/koordinasi")
            #expect(coordination == .ok && page.contains(number))
            let (screening, form, _) = try await officer.get("/penapisan?kasus=\(number)")
            #expect(screening == .ok && form.contains(#"name="kasus" value="\#(id)""#))
            // A number that does not exist, or a case of another agency, is not found, in the reader's language.
            let (missing, missingPage, _) = try await officer.get("/kasus/TPPO-2026-999999")
            #expect(missing == .notFound && missingPage.contains("tidak ditemukan"))
            var outsider = Browser(client)
            _ = try await outsider.signIn("luar")
            #expect(try await outsider.get("/kasus/\(number)").0 == .notFound)
            #expect(try await outsider.get("/kasus/\(id)").0 == .notFound, "the old address does not tell an outsider the number")
            #expect(try await outsider.get("/kasus/\(number)/koordinasi").0 == .notFound)
            // Any text in the place of a number is answered, never with a fault.
            for odd in ["TPPO-2026-", "tppo-9999-0000000001", "TPPO-2026-%00", String(repeating: "9", count: 500)] {
                let status = try await officer.get("/kasus/\(odd)").0
                #expect(status == .notFound || status == .badRequest, "\(odd) → \(status)")
            }
        }
    }
}
