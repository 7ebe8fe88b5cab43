import Foundation
import Testing
@testable import OfferCheck

/// The task force's published warnings, matched against an offer by name, licence number and
/// phone as each is compared; and the recruiter's name and phone in the answers contract.
@Suite("Published warnings and the recruiter's identifiers")
struct PublishedWarningsTests {
    static func warning(_ id: String, name: String? = nil, licence: String? = nil, phone: String? = nil, account: String? = nil) -> PublishedWarning {
        PublishedWarning(id: id, name: name, licenceNumber: licence, phone: phone, account: account,
                         legalBasis: "UU 18/2017 Pasal 69 jo. Pasal 81", publishedOn: Fixtures.today, approvedBy: "Admin")
    }

    static let list = WarningList([
        warning("w1", name: "P.T. Sinar Harapan Jaya (Persero)"),
        warning("w2", licence: "kep 99 / 2020"),
        warning("w3", phone: "+62 812-3456-7890", account: "BRI 1234567890"),
        warning("w4", name: "Sinar Harapan Jaya", phone: "0813 1111 2222"),
    ])

    @Test("a name matches whatever its legal-form words, punctuation and case; both warnings naming it are found, in list order")
    func byName() {
        var a = OfferAnswers()
        a.companyName = "pt sinar harapan jaya"
        let found = Self.list.matches(a)
        #expect(found.map(\.warning.id) == ["w1", "w4"])
        #expect(found.allSatisfy { $0.matchedOn == [.name] })
        a.companyName = nil
        a.recruiterName = "Sinar  Harapan-Jaya"
        #expect(Self.list.matches(a).map(\.warning.id) == ["w1", "w4"], "a recruiter's name is matched as a company's is")
        a.recruiterName = "Sinar Harapan"
        #expect(Self.list.matches(a).isEmpty, "a name is matched whole, never by part")
    }

    @Test("a licence number matches without case or spaces; a phone however it is written; an account never")
    func byLicenceAndPhone() {
        var a = OfferAnswers()
        a.licenceNumber = "KEP99/2020"
        #expect(Self.list.matches(a).map(\.warning.id) == ["w2"])
        a.licenceNumber = nil
        a.recruiterPhone = "0812 3456 7890"
        #expect(Self.list.matches(a).map(\.warning.id) == ["w3"])
        a.recruiterPhone = "6281234567890"
        #expect(Self.list.matches(a).map(\.warning.id) == ["w3"])
        a.recruiterPhone = "+62 813 1111 2222"
        a.companyName = "PT Sinar Harapan Jaya"
        let both = Self.list.matches(a)
        #expect(both.map(\.warning.id) == ["w1", "w4"])
        #expect(both.last?.matchedOn == [.name, .phone], "what matched is named, in a fixed order")
        #expect(Self.list.matches(OfferAnswers()).isEmpty)
    }

    @Test("a warning needs an identifier and a basis, and a phone that reads as one")
    func problems() {
        #expect(Self.warning("x").problems == [.noIdentifier])
        #expect(Self.warning("x", account: "BCA 1").problems.isEmpty, "an account alone is an identifier")
        #expect(Self.warning("x", phone: "call me").problems == [.unreadablePhone("call me")])
        var w = Self.warning("x", name: "A")
        w.legalBasis = "  "
        #expect(w.problems == [.noBasis])
        #expect(w.problems.map(\.field) == ["legal_basis"])
    }

    @Test("the recruiter's name and phone are details: never counted unanswered, refused when too long or unreadable")
    func recruiterFields() throws {
        let answers = try OfferAnswers.decode(json: Data(#"{"recruiter_name": "Bu Ani", "recruiter_phone": "0812-3456-7890"}"#.utf8))
        #expect(answers.recruiterPhoneKey == "+6281234567890")
        #expect(!answers.unanswered.contains(.recruiterName) && !OfferAnswers().unanswered.contains(.recruiterPhone))
        for (json, field, reason) in [
            (#"{"recruiter_phone": "WhatsApp saja"}"#, "recruiter_phone", OfferAnswersProblem.Reason.notAPhone),
            (#"{"recruiter_phone": "\#(String(repeating: "1", count: 41))"}"#, "recruiter_phone", .tooLong),
            (#"{"recruiter_name": "\#(String(repeating: "a", count: 201))"}"#, "recruiter_name", .tooLong),
            (#"{"recruiter_phone": 812}"#, "recruiter_phone", .wrongType),
        ] {
            do {
                _ = try OfferAnswers.decode(json: Data(json.utf8))
                Issue.record("accepted \(json)")
            } catch {
                #expect(error.problems.map(\.field) == [field] && error.problems.first?.reason == reason, "\(json)")
                #expect(error.problems.first?.message.en.hasPrefix(field + ": ") == true)
            }
        }
    }
}
