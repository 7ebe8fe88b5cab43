import Foundation
import Testing
@testable import Cases

@Suite("Validating what users enter")
struct DraftValidationTests {
    let today = Date(timeIntervalSince1970: 1_795_000_000) // 2026-11-18

    @Test func aGoodCaseDraftPasses() throws {
        let draft = CaseDraft(provinceCode: "53", regency: " Kabupaten Kupang ", openedOn: "2026-10-01", incidentDate: "2026-09-20",
                              exploitationTypes: ["forced_labour", "forced_labour", "servitude"], summary: "Direkrut untuk kebun")
        let valid = try draft.validated(today: today)
        #expect(valid.regency == "Kabupaten Kupang")
        #expect(valid.exploitationTypes == [.forcedLabour, .servitude])
        #expect(valid.openedOn.description == "2026-10-01")
    }

    @Test func everyProblemIsNamedByItsField() {
        let draft = CaseDraft(provinceCode: "00", regency: "", openedOn: "01/10/2026", incidentDate: "2027-01-01",
                              exploitationTypes: ["forced_labour", "begging"], summary: "")
        let failure = #expect(throws: ValidationFailure.self) { try draft.validated(today: today) }
        let fields = Set(failure?.errors.map(\.field) ?? [])
        #expect(fields == ["provinceCode", "regency", "openedOn", "incidentDate", "exploitationTypes[1]"])
        let unknownType = failure?.first(for: "exploitationTypes[1]")
        #expect(unknownType?.en.contains("begging") == true)
        #expect(unknownType?.en.contains("forced_labour") == true) // the allowed values are listed
        #expect(failure?.first(for: "openedOn")?.id.contains("TTTT-BB-HH") == true)
    }

    @Test func thePlaceOfExploitationComesFromTheCountryList() throws {
        func draft(_ country: String?) -> CaseDraft {
            CaseDraft(provinceCode: "53", regency: "Kabupaten Kupang", openedOn: "2026-10-01", exploitationTypes: ["forced_labour"],
                      summary: "", exploitationCountry: country)
        }
        #expect(try draft("my").validated(today: today).exploitationCountry == "MY")
        #expect(try draft(" ").validated(today: today).exploitationCountry == nil)
        let failure = #expect(throws: ValidationFailure.self) { try draft("Negeri Atlantis").validated(today: today) }
        #expect(failure?.first(for: "exploitationCountry")?.en.contains("Negeri Atlantis") == true)
        #expect(Country.named(code: "KH")?.name.id == "Kamboja" && Country.all.first?.code == Country.indonesia)
        #expect(Set(Country.all.map(\.code)).count == Country.all.count)
    }

    @Test func theActsCannotFollowTheReport() {
        let draft = CaseDraft(provinceCode: "35", regency: "Kota Surabaya", openedOn: "2026-01-01", incidentDate: "2026-02-01",
                              exploitationTypes: [], summary: "")
        let failure = #expect(throws: ValidationFailure.self) { try draft.validated(today: today) }
        #expect(failure?.errors.map(\.field) == ["incidentDate"])
    }

    @Test func aDoubtfulNIKIsKeptAndFlagged() throws {
        let draft = PersonDraft(role: "victim", fullName: "Maria Seran", nik: "5303019999950123", birthDate: "1995-08-15", sex: "female")
        let person = try draft.validated(today: today)
        #expect(person.identity.nik == "5303019999950123")
        #expect(person.warnings.contains { $0.field == "nik" && $0.en.contains("impossible") })
    }

    @Test func personFieldsAreChecked() {
        let draft = PersonDraft(role: "bystander", fullName: " ", birthDate: "2030-01-01", sex: "x", ageAtReport: 200,
                                citizenship: "Indonesia", phone: "12")
        let failure = #expect(throws: ValidationFailure.self) { try draft.validated(today: today) }
        #expect(Set(failure?.errors.map(\.field) ?? []) == ["role", "fullName", "birthDate", "sex", "ageAtReport", "citizenship", "phone"])
    }

    @Test func pseudonymsNameTheRoleAndCode() {
        let p = CasePerson(id: "p", caseID: "c", role: .victim, code: PersonCode.make(role: .victim, year: 2026, sequence: 31),
                           sex: .female, ageAtReport: 16, citizenship: "ID", warnings: [], createdAt: "")
        #expect(p.pseudonym(.indonesian) == "Korban K-2026-0031")
        #expect(p.pseudonym(.english) == "Victim K-2026-0031")
    }
}

@Suite("Who may see what")
struct AccessPolicyTests {
    let involved: Set<String> = ["ag-polda-jatim", "ag-uptd-ppa-jatim"]

    @Test func involvedOperationalRolesSeeIdentities() {
        let investigator = Viewer(userID: "u", agencyID: "ag-polda-jatim", role: .investigator)
        #expect(AccessPolicy.maySeeCase(investigator, involvedAgencies: involved))
        #expect(AccessPolicy.maySeeIdentity(investigator, of: .victim, involvedAgencies: involved))
    }

    @Test func anUninvolvedAgencySeesNothing() {
        let other = Viewer(userID: "u", agencyID: "ag-polda-sulut", role: .investigator)
        #expect(!AccessPolicy.maySeeCase(other, involvedAgencies: involved))
        #expect(!AccessPolicy.maySeeIdentity(other, of: .victim, involvedAgencies: involved))
    }

    @Test func administratorsSeeCasesButNotIdentities() {
        let admin = Viewer(userID: "u", agencyID: "ag-gt-pusat", role: .administrator)
        #expect(AccessPolicy.maySeeCase(admin, involvedAgencies: involved))
        #expect(!AccessPolicy.maySeeIdentity(admin, of: .victim, involvedAgencies: involved))
    }

    @Test func analystsSeeNoCaseEvenInTheirOwnAgency() {
        let analyst = Viewer(userID: "u", agencyID: "ag-polda-jatim", role: .analyst)
        #expect(!AccessPolicy.maySeeCase(analyst, involvedAgencies: involved))
        #expect(!AccessPolicy.maySeeIdentity(analyst, of: .suspect, involvedAgencies: involved))
    }

    @Test func hotlineOperatorsSeePseudonymsOnly() {
        let hotline = Viewer(userID: "u", agencyID: "ag-polda-jatim", role: .hotlineOperator)
        #expect(AccessPolicy.maySeeCase(hotline, involvedAgencies: involved))
        #expect(!AccessPolicy.maySeeIdentity(hotline, of: .witness, involvedAgencies: involved))
    }
}
