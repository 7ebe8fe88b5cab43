/// Why an open-data operation was refused, with what the administrator must change. Messages
/// are Indonesian first, then English.
public enum OpenDataError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A privacy parameter (named) that the exact samplers cannot use, with the value given.
    case parameterOutOfRange(String, String)
    /// The discrete Gaussian's (ε, δ) statement needs 0 < δ < 1.
    case deltaRequired(Fraction)
    /// k below the least Simpul allows.
    case kTooLow(Int, minimum: Int)
    /// The release would spend more than the cap on a data set.
    case budgetExceeded(dataset: String, spent: PrivacyCost, requested: PrivacyCost, cap: PrivacyCost)
    /// A release with no version, or one already used.
    case versionTaken(String)
    /// Publishing before an administrator approved the draft.
    case notApproved(String)
    /// Approving a draft an administrator already approved.
    case alreadyApproved(String)
    /// Approving or publishing a draft already published: a published release is never changed.
    case alreadyPublished(String)
    /// A file's bytes do not match the manifest, or the signature does not verify.
    case verificationFailed(file: String, reason: String)

    public var description: String { "\(indonesian) / \(english)" }

    /// The reason in Indonesian, for the page the administrator reads it on.
    public var indonesian: String { texts.id }
    /// The reason in English.
    public var english: String { texts.en }

    private var texts: (id: String, en: String) {
        switch self {
        case .parameterOutOfRange(let name, let value):
            return ("Parameter \(name) = \(value) di luar jangkauan sampler eksak", "parameter \(name) = \(value) is outside the exact samplers' range")
        case .deltaRequired(let delta):
            return ("δ harus di antara 0 dan 1, bukan \(delta)", "δ must be between 0 and 1, not \(delta)")
        case .kTooLow(let k, let minimum):
            return ("k = \(k) terlalu kecil; paling sedikit \(minimum)", "k = \(k) is too small; the least allowed is \(minimum)")
        case .budgetExceeded(let dataset, let spent, let requested, let cap):
            return ("Anggaran privasi data \(dataset) terlampaui: sudah terpakai ε = \(spent.epsilon), diminta ε = \(requested.epsilon), "
                        + "batas ε = \(cap.epsilon) (δ: \(spent.delta) + \(requested.delta) dari \(cap.delta))",
                    "privacy budget of \(dataset) exceeded: spent ε = \(spent.epsilon), requested ε = \(requested.epsilon), "
                        + "cap ε = \(cap.epsilon) (δ: \(spent.delta) + \(requested.delta) of \(cap.delta))")
        case .versionTaken(let version):
            return ("Versi rilis \(version) sudah dipakai", "release version \(version) is already taken")
        case .notApproved(let version):
            return ("Rilis \(version) belum disetujui administrator", "release \(version) has not been approved by an administrator")
        case .alreadyApproved(let version):
            return ("Draf rilis \(version) sudah disetujui", "the draft of release \(version) is already approved")
        case .alreadyPublished(let version):
            return ("Rilis \(version) sudah diterbitkan dan tidak bisa diubah", "release \(version) is already published and cannot be changed")
        case .verificationFailed(let file, let reason):
            return ("Verifikasi gagal untuk \(file): \(reason)", "verification failed for \(file): \(reason)")
        }
    }
}
