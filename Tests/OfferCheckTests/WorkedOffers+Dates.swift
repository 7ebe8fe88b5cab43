@testable import OfferCheck

/// The same answers on different days: a rule or list raises only while it is in force.
let datedOffers: [WorkedOffer] = [
    WorkedOffer(name: "Saudi household work on 30 June 2015, the day before Kepmenaker 260/2015",
                answers: saudiHousehold, day: Fixtures.day("2015-06-30"), agency: nil, raises: [],
                mustNotRaise: ["household_work_moratorium"]),
    WorkedOffer(name: "Saudi household work on 1 July 2015, the day Kepmenaker 260/2015 came into force",
                answers: saudiHousehold, day: Fixtures.day("2015-07-01"), agency: nil, raises: ["household_work_moratorium"]),
    WorkedOffer(name: "online work in Laos before the scam-compound report (Tempo, 4 July 2024)",
                answers: Fixtures.clean { $0.destinationCountry = "LA"; $0.job = .onlineOfficeWork },
                day: Fixtures.day("2024-07-03"), raises: ["vague_or_scam_job"], mustNotRaise: ["scam_compound_destination"]),
    WorkedOffer(name: "a factory in Cambodia on the last day of 2024: not yet named as without arrangement",
                answers: Fixtures.clean { $0.destinationCountry = "KH" },
                day: Fixtures.day("2024-12-31"), raises: ["scam_compound_destination"], mustNotRaise: ["destination_without_arrangement"]),
    WorkedOffer(name: "the same offer on 2 January 2025",
                answers: Fixtures.clean { $0.destinationCountry = "KH" },
                day: Fixtures.day("2025-01-02"), raises: ["scam_compound_destination", "destination_without_arrangement"]),
    WorkedOffer(name: "not registered at the LTSA in 2022",
                answers: Fixtures.clean { $0.registeredLTSA = .no }, day: Fixtures.day("2022-01-10"), raises: ["not_registered_ltsa"]),
]

/// Domestic work for a family in Saudi Arabia, with nothing else said.
let saudiHousehold = Fixtures.only {
    $0.destinationCountry = "SA"; $0.job = .domesticWorker; $0.employerKind = .privateHousehold
}
