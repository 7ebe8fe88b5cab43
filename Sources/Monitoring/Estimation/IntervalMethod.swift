/// How the 95% interval of an estimate is worked out.
public enum IntervalMethod: Sendable, Hashable {
    /// The profile-likelihood interval given the chosen model, as if it had been fixed in
    /// advance: right when it was, too narrow when the model was chosen from the same data.
    case profile
    /// The profile likelihood with its cutoff calibrated by a bootstrap that repeats the model
    /// choice on `replicates` simulated tables (`SelectionBootstrap`). `seed` fixes the
    /// simulated tables, so the same data always give the same interval.
    case selectionBootstrap(replicates: Int, seed: UInt64)

    /// 200 replicates: the 95th percentile of 200 draws is steady enough for a cutoff (its
    /// standard error is about 5% of it), and a five-list table takes a fraction of a second.
    public static let standard = IntervalMethod.selectionBootstrap(replicates: 200, seed: 2026)
}
