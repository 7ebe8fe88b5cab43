import Foundation
import Testing
@testable import OpenData

/// The exact samplers: their draws follow the distributions they claim, and the mechanism's
/// noise has the scale ε asks for.
@Suite("Exact integer noise")
struct NoiseTests {
    static let draws = 60_000

    func samples(_ noise: CountNoise, seed: UInt64, count: Int = draws) -> [Int] {
        var source = SeededBits(seed: seed)
        return (0..<count).map { _ in noise.sample(using: &source) }
    }

    @Test("discrete Laplace draws match the exact pmf", arguments: ["2", "1/3", "7/2"])
    func laplaceFits(scale: String) throws {
        let laplace = try #require(Fraction(text: scale).flatMap(DiscreteLaplace.init(scale:)))
        let fit = ChiSquare(samples: samples(.laplace(laplace), seed: 11), pmf: laplace.probability)
        #expect(fit.fits, "χ² = \(fit.statistic) over \(fit.degreesOfFreedom) df, critical \(fit.critical)")
    }

    @Test("discrete Gaussian draws match the exact pmf", arguments: ["4", "7/3", "1/2"])
    func gaussianFits(variance: String) throws {
        let gaussian = try #require(Fraction(text: variance).flatMap(DiscreteGaussian.init(variance:)))
        let fit = ChiSquare(samples: samples(.gaussian(gaussian), seed: 12), pmf: gaussian.probability)
        #expect(fit.fits, "χ² = \(fit.statistic) over \(fit.degreesOfFreedom) df, critical \(fit.critical)")
    }

    @Test("the goodness-of-fit check rejects draws of a neighbouring scale")
    func checkHasPower() throws {
        // Set-up: draws of scale 2 judged against the pmf of scale 5/2.
        let drawn = try #require(DiscreteLaplace(scale: Fraction(2)!))
        let claimed = try #require(DiscreteLaplace(scale: Fraction(5, 2)!))
        let fit = ChiSquare(samples: samples(.laplace(drawn), seed: 13), pmf: claimed.probability)
        #expect(!fit.fits)
    }

    @Test("noise is symmetric about zero")
    func symmetric() throws {
        for noise in [CountNoise.laplace(DiscreteLaplace(scale: Fraction(3)!)!),
                      .gaussian(DiscreteGaussian(variance: Fraction(9)!)!)] {
            let xs = samples(noise, seed: 14)
            let positive = xs.filter { $0 > 0 }.count, negative = xs.filter { $0 < 0 }.count
            // Four standard deviations of a fair split of the non-zero draws.
            let bound = 4 * Double(positive + negative).squareRoot() / 2
            #expect(Double(abs(positive - negative)) < bound)
            let mean = Double(xs.reduce(0, +)) / Double(xs.count)
            #expect(abs(mean) < 4 * noise.standardDeviation / Double(xs.count).squareRoot())
        }
    }

    @Test("ε sets the Laplace scale to 1/ε and the empirical spread matches it")
    func laplaceScaleForEpsilon() throws {
        let noise = try NoiseMechanism.discreteLaplace(epsilon: Fraction(text: "0.5")!).noise()
        guard case .laplace(let laplace) = noise else { Issue.record("not Laplace"); return }
        #expect(laplace.scale == Fraction(2)!)
        let xs = samples(noise, seed: 15)
        let variance = xs.reduce(0.0) { $0 + Double($1 * $1) } / Double(xs.count)
        #expect(abs(variance / laplace.variance - 1) < 0.05)
        // A smaller ε means more noise.
        let wider = try NoiseMechanism.discreteLaplace(epsilon: Fraction(1, 4)!).noise()
        #expect(wider.standardDeviation > noise.standardDeviation * 1.9)
    }

    @Test("ρ sets the Gaussian variance to 1/(2ρ), and its (ε, δ) cost is rounded up")
    func gaussianScaleForRho() throws {
        let mechanism = NoiseMechanism.discreteGaussian(rho: Fraction(1, 8)!)
        guard case .gaussian(let gaussian) = try mechanism.noise() else { Issue.record("not Gaussian"); return }
        #expect(gaussian.variance == Fraction(4)!)
        let cost = try mechanism.cost(delta: Fraction(1, 1_000_000)!)
        // ρ + 2√(ρ ln 10⁶) = 0.125 + 2·√(1.72694…) = 2.7532608…, rounded up to millionths.
        #expect(cost.epsilon == Fraction(2_753_261, 1_000_000)!)
        #expect(throws: OpenDataError.deltaRequired(.zero)) { try mechanism.cost(delta: .zero) }
    }

    @Test("Bernoulli(exp(−γ)) hits exp(−γ) for γ below and above one")
    func bernoulliExp() {
        var source = SeededBits(seed: 16)
        for (n, d) in [(UInt128(1), UInt128(3)), (5, 2)] {
            let trials = 40_000
            let hits = (0..<trials).filter { _ in source.bernoulliExp(n, over: d) }.count
            let p = Foundation.exp(-Double(n) / Double(d))
            let sd = (p * (1 - p) / Double(trials)).squareRoot()
            #expect(abs(Double(hits) / Double(trials) - p) < 4 * sd)
        }
    }

    @Test("fractions parse exactly and refuse what is not one")
    func fractions() {
        #expect(Fraction(text: "0.25") == Fraction(1, 4))
        #expect(Fraction(text: "3/6") == Fraction(1, 2))
        #expect(Fraction(text: "1.5")?.description == "3/2")
        #expect(Fraction(text: "-1") == nil && Fraction(text: "1/0") == nil && Fraction(text: "abc") == nil)
        #expect(Fraction(1, 3)!.adding(Fraction(1, 6)!) == Fraction(1, 2))
    }
}
