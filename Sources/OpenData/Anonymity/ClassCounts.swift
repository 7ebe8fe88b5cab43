/// The sizes of the classes of every generalisation, computed by rolling up: each rung of a
/// ladder is a function of the rung below it, so a node's classes are its parent's classes
/// with one field coarsened, and the cost of a node is its parent's number of classes, not
/// the number of records.
struct ClassCounts {
        /// Per field and rung r ≥ 1: the id at rung r of each id at rung r − 1.
    private var up: [[[UInt16]]]
    /// The classes as recorded: a key packs seven 16-bit value ids.
    let recorded: [UInt128: Int]

    init(_ records: [VictimRecord]) {
        let fields = QuasiIdentifier.allCases
        var ids = fields.map { f in (0..<f.levels).map { _ in [String: UInt16]() } }
        var up = fields.map { f in (0..<f.levels).map { _ in [UInt16]() } }
        var distinct: [VictimRecord: Int] = [:]
        for r in records { distinct[r, default: 0] += 1 }
        var recorded: [UInt128: Int] = [:]
        for (record, n) in distinct {
            var key: UInt128 = 0
            for f in fields {
                var below: UInt16?
                for level in 0..<f.levels {
                    let text = f.value(of: record, at: level)
                    let id: UInt16
                    if let known = ids[f.rawValue][level][text] { id = known } else {
                        id = UInt16(ids[f.rawValue][level].count)
                        ids[f.rawValue][level][text] = id
                    }
                    if let below {
                        let missing = Int(below) + 1 - up[f.rawValue][level].count
                        if missing > 0 { up[f.rawValue][level] += repeatElement(0, count: missing) }
                        up[f.rawValue][level][Int(below)] = id
                    }
                    if level == 0 { key |= UInt128(id) << (16 * f.rawValue) }
                    below = id
                }
            }
            recorded[key, default: 0] += n
        }
        self.up = up
        self.recorded = recorded
    }

    /// The classes of `node`, from those of `parent`, which is `node` with `field` one rung lower.
    func rollUp(_ parentClasses: [UInt128: Int], field: QuasiIdentifier, toLevel level: Int) -> [UInt128: Int] {
        let shift = UInt128(16 * field.rawValue)
        let mask = ~(UInt128(0xFFFF) << shift)
        let map = up[field.rawValue][level]
        var out: [UInt128: Int] = [:]
        out.reserveCapacity(parentClasses.count)
        for (key, n) in parentClasses {
            let below = Int((key >> shift) & 0xFFFF)
            out[(key & mask) | (UInt128(map[below]) << shift), default: 0] += n
        }
        return out
    }
}
