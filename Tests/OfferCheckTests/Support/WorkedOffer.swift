import Testing
@testable import OfferCheck

/// One offer as a person would describe it, with exactly the flags it must raise: any flag not
/// in `raises` must not be raised.
struct WorkedOffer: Sendable, CustomTestStringConvertible {
    let name: String
    let answers: OfferAnswers
    var day: CalendarDay = Fixtures.today
    /// The registry's word; by default the licensed, active agency the clean offer names.
    var agency: AgencyStatus? = .listed(Fixtures.activeAgency)
    let raises: Set<String>
    /// Flags that a reader might expect here but must not be raised, said out loud.
    var mustNotRaise: Set<String> = []
    var verdict: OfferVerdict.Code? = nil
    /// Flags that must be listed as not judged.
    var notJudged: Set<String> = []

    var testDescription: String { name }
}

let allWorkedOffers: [WorkedOffer] = recruitmentOffers + destinationOffers + documentOffers + datedOffers
