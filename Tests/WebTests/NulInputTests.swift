import Foundation
import Testing
import Store
@testable import Web

/// A NUL character is text SQLite stores and PostgreSQL refuses; either way it is the request's
/// input, so it is answered as such — never with a 500.
@Suite struct NulInputTests {
    @Test(arguments: TestBackend.available)
    func aNulInASearchOrAFormIsNeverAServerFault(_ backend: TestBackend) async throws {
        try await WebFixture.with(backend) { _, client in
            var officer = Browser(client)
            _ = try await officer.signIn("penyidik")

            // The things under test: a search and a case registered, each with a NUL.
            let (search, searchPage, _) = try await officer.get("/kasus?q=a%00b")
            try await officer.get("/kasus/baru")
            let (registered, registerPage, _) = try await officer.post("/kasus/baru", [
                ("provinceCode", "53"), ("regency", "Kabupaten\u{0}Kupang"), ("openedOn", "2026-10-01"), ("exploitationTypes", "forced_labour")])

            // What must hold: the search answers (its text is hashed or matched, and a NUL matches
            // nothing); SQLite takes the registered value, and PostgreSQL's refusal of it is a 400
            // that says why.
            #expect(search == .ok && searchPage.contains("Tidak ada kasus yang cocok"), "\(search)")
            switch backend {
            case .sqlite:
                #expect(registered == .seeOther)
            case .postgres:
                #expect(registered == .badRequest && registerPage.contains("karakter NUL"))
            }
        }
    }
}
