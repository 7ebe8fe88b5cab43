import Cases
import Foundation
import OpenData
import Store

/// What `/admin/data/rilis` shows: the drafts, the budget left, the signing key and the form for
/// a new draft.
struct ReleaseDraftsPage {
    let drafts: [StoredReleaseDraft]
    let ledger: PrivacyLedger
    /// The Ed25519 public key, nil before the first key is made.
    let signingKey: Data?
    let form: ReleaseDraftForm
    let errors: [FieldError]
}

/// What one draft's preview shows: its receipt, utility and files, where it stands, and what
/// publishing it would leave of the budget.
struct ReleasePreview {
    let draft: StoredReleaseDraft
    let ledger: PrivacyLedger
    let errors: [FieldError]

    var receipt: PrivacyReceipt { draft.contents.receipt }

    /// The budget left once this draft is published; nil when it would not fit (or is published).
    var remainingAfter: PrivacyCost? {
        guard draft.stage != .published, let spendings = try? draft.contents.spendings() else { return nil }
        var after = ledger
        guard (try? after.spend(spendings)) != nil else { return nil }
        return after.remaining
    }
}
