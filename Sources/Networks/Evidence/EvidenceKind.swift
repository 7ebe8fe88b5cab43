/// What a bulk evidence file holds: whose numbers its `from` and `to` columns are.
public enum EvidenceKind: Hashable, Sendable {
    /// Call-detail records (CDR) from an operator: phone numbers that called or texted.
    case calls
    /// A bank statement: accounts (bank code and number) that paid one another.
    case bankStatement
    /// An e-wallet's transaction history: wallets of one provider, by their phone numbers.
    case eWalletStatement(EWallet)

    /// Reads the form's or the API's code: `calls`, `bank`, or `ewallet` with a provider.
    public init?(code: String, provider: String?) {
        switch code {
        case "calls": self = .calls
        case "bank": self = .bankStatement
        case "ewallet":
            guard let w = provider.flatMap(EWallet.init(name:)) else { return nil }
            self = .eWalletStatement(w)
        default: return nil
        }
    }

    public static let codes = ["calls", "bank", "ewallet"]

    public var identifierKind: IdentifierKind {
        switch self {
        case .calls: .phone
        case .bankStatement: .bankAccount
        case .eWalletStatement(let w): .eWallet(w)
        }
    }

    public var entityType: EntityType {
        switch self {
        case .calls: .phone
        case .bankStatement: .bankAccount
        case .eWalletStatement: .eWallet
        }
    }

    public var provider: String? {
        if case .eWalletStatement(let w) = self { return w.rawValue }
        return nil
    }

    /// What a row says happened between its two ends.
    public var linkKind: LinkKind { self == .calls ? .contacted : .transferred }
}
