@testable import OfferCheck

/// Shared set-up: a day, licensed agencies, and a clean offer to start each worked offer from.
enum Fixtures {
    /// The day most offers are checked on (pinned, so results never depend on the clock).
    static let today = day("2026-12-06")

    static func day(_ iso: String) -> CalendarDay { CalendarDay(iso: iso)! }

    static let activeAgency = LicensedAgency(
        name: "PT Maju Jaya Abadi", nib: "1234567890123", licenceNumber: "B.123/KEP/2021",
        issued: day("2021-03-01"), validUntil: day("2031-02-28"), status: .active,
        headOffice: "Jl. Merdeka 1, Malang", branches: ["Blitar", "Kediri"])

    static func agency(_ status: LicenceStatus, validUntil: String = "2031-02-28") -> LicensedAgency {
        var a = activeAgency
        a.status = status
        a.validUntil = day(validUntil)
        return a
    }

    /// An offer with every answer that of a procedural placement: a licensed company, a factory in
    /// Taiwan, nothing to pay, a work visa, every document. It raises no flag.
    static let clean: OfferAnswers = {
        var a = OfferAnswers()
        a.offeredBy = .company
        a.licenceShown = .yes
        a.companyName = "PT Maju Jaya Abadi"
        a.licenceNumber = "B.123/KEP/2021"
        a.destinationCountry = "TW"
        a.job = .factory
        a.employerKind = .company
        a.askedToPay = .no
        a.visaType = .work
        a.contract = .complete
        a.contractLanguageUnderstood = .yes
        a.placementAgreement = .yes
        a.trainingCertificate = .yes
        a.medicalCheck = .yes
        a.bpjsKetenagakerjaan = .yes
        a.familyPermission = .yes
        a.registeredLTSA = .yes
        a.age = 25
        a.passportHolder = .worker
        a.tooGoodToBeTrue = .no
        a.chatOnlyContact = .no
        a.askedToFalsify = .no
        return a
    }()

    /// The clean offer with some answers changed.
    static func clean(_ change: (inout OfferAnswers) -> Void) -> OfferAnswers {
        var a = clean
        change(&a)
        return a
    }

    /// Only the answers given in `set`, everything else left out.
    static func only(_ set: (inout OfferAnswers) -> Void) -> OfferAnswers {
        var a = OfferAnswers()
        set(&a)
        return a
    }
}
