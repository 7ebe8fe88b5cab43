import Testing
@testable import Monitoring

/// The UK 2013 data: 2,744 potential victims of trafficking known to six kinds of source in the
/// National Crime Agency's 2013 strategic assessment, analysed by Bernard Silverman for the Home
/// Office ("Modern Slavery: an application of multiple systems estimation", 29 November 2014,
/// gov.uk), who published "an estimate of between 10 thousand and 13 thousand, in total, of
/// potential victims in the UK in 2013". The table is `UKdat` in the SparseMSE R package
/// (Chan, Silverman & Vincent, CRAN 2.0.1) and in Silverman's modslavmse repository; lists:
/// LA local authorities, NG NGOs, PF police forces, GO government organisations, GP general
/// public, NCA National Crime Agency. Silverman chose his model stepwise by p-values, not by
/// AIC, so the same interval is not expected to the person, only to agree. His range was given
/// for his chosen model, so it is compared with our profile interval, not with the default one
/// that also carries the choice (about 7,300–20,500 here: the bootstrap's simulated tables
/// choose the same model only one time in six; see benchmarks/mse/README.md).
@Suite struct PublishedDataTests {
    static let ukLists = ["LA", "NG", "PF", "GO", "GP", "NCA"]
    /// (lists the persons were on, persons): the 25 non-zero rows of UKdat.
    static let ukRows: [([String], Int)] = [
        (["LA"], 54), (["NG"], 463), (["PF"], 907), (["GO"], 695), (["GP"], 316), (["NCA"], 57),
        (["LA", "NG"], 15), (["LA", "PF"], 19), (["LA", "GO"], 3), (["NG", "PF"], 56), (["NG", "GO"], 19),
        (["NG", "GP"], 1), (["NG", "NCA"], 3), (["PF", "GO"], 69), (["PF", "GP"], 10), (["PF", "NCA"], 31),
        (["GO", "GP"], 8), (["GO", "NCA"], 6), (["GP", "NCA"], 1), (["LA", "NG", "PF"], 1), (["LA", "NG", "GO"], 1),
        (["NG", "PF", "GO"], 4), (["NG", "PF", "NCA"], 3), (["PF", "GO", "NCA"], 1), (["LA", "NG", "PF", "GO"], 1),
    ]

    static func ukHistories() throws -> CaptureHistories {
        var counts: [Int: Int] = [:]
        for (lists, persons) in ukRows {
            let pattern = lists.reduce(0) { $0 | 1 << ukLists.firstIndex(of: $1)! }
            counts[pattern] = persons
        }
        return try CaptureHistories(listNames: ukLists, countsByPattern: counts)
    }

    @Test func ukEstimateAgreesWithTheHomeOffice() throws {
        let histories = try Self.ukHistories()

        let estimate = try MultipleSystemsEstimate.fit(histories, interval: .profile)

        #expect(estimate.observed == 2744)
        #expect((10_000...13_000).contains(estimate.total))
        // The published range is read as the 95% interval given the model; ours should be within
        // 5% of its ends.
        #expect(abs(estimate.totalInterval.lowerBound - 10_000) < 500)
        #expect(abs(estimate.totalInterval.upperBound - 13_000) < 650)
        #expect(!estimate.chosen.model.pairs.isEmpty)
        // LA and GP, LA and NCA share nobody: models linking them are set aside, never chosen.
        #expect(estimate.warnings.contains(.listsWithoutOverlap(["LA–GP", "LA–NCA"])))
        #expect(estimate.models.contains { $0.status == .mleDoesNotExist })
        #expect(!estimate.chosen.model.pairs.contains(ListPair(0, 4)))
    }
}
