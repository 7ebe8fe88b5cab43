/// What one pass of a rotation (or a census) found in one sealed column.
public struct SealedColumnReport: Sendable, Equatable {
    public let column: String
    /// Values found, by the key they were sealed under when the pass read them.
    public var found: [UInt32: Int] = [:]
    /// Values re-sealed under the target key by this pass.
    public var resealed = 0
    /// Values someone changed between the pass's read and its write: left as they were, for the next pass.
    public var changedMeanwhile = 0
    /// Text written before sealing began (coordination summaries that are codes, old notes).
    public var notSealed = 0
    /// Finished by an earlier run of this pass, so not counted here.
    public var doneEarlier = false

    public init(column: String) { self.column = column }
}

/// One pass over every sealed column.
public struct RotationPass: Sendable {
    public let target: UInt32
    /// True when the pass went on from checkpoints an interrupted run left.
    public let resumed: Bool
    public let columns: [SealedColumnReport]

    public var resealed: Int { columns.reduce(0) { $0 + $1.resealed } }
    public var changedMeanwhile: Int { columns.reduce(0) { $0 + $1.changedMeanwhile } }
    /// Values found under a key other than the target and not re-sealed by this pass.
    public var leftUnderOtherKeys: Int {
        columns.reduce(0) { total, column in
            total + column.found.filter { $0.key != target }.values.reduce(0, +) - column.resealed
        }
    }
    /// A full pass that found everything already under the target: nothing is left to re-seal.
    public var complete: Bool { !resumed && resealed == 0 && changedMeanwhile == 0 && leftUnderOtherKeys == 0 }
}

/// What `KeyRotation.run` achieved.
public struct RotationOutcome: Sendable {
    public let passes: [RotationPass]
    /// Every value is under the current key, and every running server seals under it.
    public let finished: Bool
    /// Running servers still sealing under another key when the passes ran out.
    public let serversBehind: [KeyHolders.Holder]
}
