/// The e-wallets in wide use in Indonesia. Each is registered to an Indonesian mobile number,
/// and that number is what identifies the wallet across case files.
public enum EWallet: String, CaseIterable, Hashable, Sendable {
    case gopay, ovo, dana, shopeepay, linkaja

    /// Reads a provider's name as people type it ("Go-Pay", "Shopee Pay", "Link Aja").
    public init?(name: String) {
        let letters = String(name.lowercased().filter { $0.isLetter })
        guard let wallet = EWallet(rawValue: letters) else { return nil }
        self = wallet
    }
}
