import Law

/// A case's facts as bitsets, computed once per decision so that scoring against thousands of
/// decisions is a few integer operations each. A feature is in `known` only when the facts state it.
struct FactFeatures: Sendable, Hashable {
    var known: UInt16 = 0
    /// The value of each yes/no feature (child, cross-border, the perpetrator flags, compelled to offend).
    var yes: UInt16 = 0
    var types: UInt16 = 0
    var acts: UInt16 = 0
    var means: UInt16 = 0
    var harms: UInt16 = 0
    var stage: UInt8 = 0
    /// The destination country's two letters packed into one number.
    var destination: UInt16 = 0

    init(_ f: CaseFacts) {
        if let t = f.exploitation.types { set(.exploitation); types = Self.bits(t) }
        if let a = f.acts { set(.acts); acts = Self.bits(a) }
        if let m = f.means { set(.means); means = Self.bits(m) }
        if let h = f.harms { set(.harms); harms = Self.bits(h) }
        if let age = f.victim.age { flag(.child, age < 18) }
        if let move = f.movement {
            let abroad = move.from != move.to
            flag(.crossBorder, abroad)
            // The destination is compared only between journeys abroad: a domestic case has none to compare.
            if abroad { set(.destination); destination = Self.country(move.to) }
        }
        if let s = f.stage { set(.stage); stage = UInt8(Self.bits([s]).trailingZeroBitCount + 1) }
        if let v = f.perpetrator.stateOfficialAbusingPower { flag(.stateOfficial, v) }
        if let v = f.perpetrator.corporation { flag(.corporation, v) }
        if let v = f.perpetrator.organizedGroup { flag(.organizedGroup, v) }
        if let v = f.victimCompelledToOffend { flag(.compelledToOffend, v) }
    }

    private mutating func set(_ f: Feature) { known |= f.bit }
    private mutating func flag(_ f: Feature, _ value: Bool) {
        known |= f.bit
        if value { yes |= f.bit }
    }

    static func bits<C: FactCode>(_ codes: [C]) -> UInt16 {
        let all = Array(C.allCases)
        return codes.reduce(0) { $0 | 1 << UInt16(all.firstIndex(of: $1)!) }
    }

    private static func country(_ code: String) -> UInt16 {
        code.utf8.prefix(2).reduce(0) { $0 << 8 | UInt16($1) }
    }
}
