import Testing
@testable import Monitoring

/// The linear-programme check alone (the fit has its own guard, so the estimate tests would
/// pass without it).
@Suite struct ExistenceTests {
    static func verdict(_ pairs: [ListPair], _ counts: [Int: Int]) throws -> Existence.Verdict {
        let h = try CaptureHistories(lists: 3, countsByPattern: counts)
        return Existence.check(design: LogLinearModel(lists: 3, pairs: pairs).observedDesign, counts: h.counts.map(Double.init))
    }

    @Test func zeroCellsThatUnboundATermAreCaught() throws {
        let onlyAB = [1: 40, 2: 30, 4: 20, 3: 6]

        #expect(try Self.verdict([], onlyAB) == .fits)
        #expect(try Self.verdict([ListPair(0, 1)], onlyAB) == .mleDoesNotExist)
        // A and C share nobody: A×C's estimate is −∞.
        #expect(try Self.verdict([ListPair(0, 2)], onlyAB) == .mleDoesNotExist)
    }

    @Test func anEmptyTripleCellOnlyMattersToTheSaturatedModel() throws {
        let noTriple = [1: 40, 2: 30, 4: 20, 3: 6, 5: 4, 6: 3]

        // Two pairs leave a degree of freedom: ABC's expectation is pinned by the others.
        #expect(try Self.verdict([ListPair(0, 1), ListPair(0, 2)], noTriple) == .fits)
        // All three pairs fit every cell exactly, so ABC's expectation must reach 0, and the
        // unobserved estimate (A·B·C·ABC / AB·AC·BC) with it: nonsense, caught here.
        #expect(try Self.verdict([ListPair(0, 1), ListPair(0, 2), ListPair(1, 2)], noTriple) == .mleDoesNotExist)
        #expect(try Self.verdict([ListPair(0, 1), ListPair(0, 2)], [1: 40, 2: 30, 4: 20, 6: 3]) == .mleDoesNotExist)
    }
}
