import Cases
import Networks
import OfferCheck

extension PublicSightingRepository {
    /// The identifiers a job-offer check names: the recruiter's phone, the company's name and
    /// SIP3MI number, and any phone or account written into the job's or a cost's description.
    /// The recruiter's name is a person's name, which matches nothing exactly, and is left out.
    public static func identifiers(in a: OfferAnswers) -> [IdentifierKey] {
        var keys: [IdentifierKey] = []
        if let phone = a.recruiterPhone, let key = Identifier.normalise(kind: .phone, raw: phone).key { keys.append(key) }
        if let name = a.companyName, let key = CompanyNameKey.key(name) { keys.append(key) }
        if let licence = a.licenceNumber, let key = Identifier.normalise(kind: .agencyLicence, raw: licence).key { keys.append(key) }
        for text in [a.jobDescription].compactMap({ $0 }) + a.payments.compactMap(\.description) { keys += IdentifiersInText.find(text) }
        return keys
    }

    /// Counts one job-offer check on `day` (the day in Jakarta): the keyed hash and kind of each
    /// identifier it names, nothing else of the answers.
    public func recordCheck(_ answers: OfferAnswers, on day: CalendarDate) async throws {
        try await recordCheck(Self.identifiers(in: answers), on: day.description)
    }
}
