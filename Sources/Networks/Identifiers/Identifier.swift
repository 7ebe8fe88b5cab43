/// One identifier as it was typed into a case file, with its normalised key or the reason it
/// has none. A malformed value is kept and flagged, never dropped: an officer sees it and can
/// correct it, and it simply does not link case files until then.
public struct Identifier: Hashable, Sendable {
    public let kind: IdentifierKind
    /// The text exactly as typed.
    public let raw: String
    /// The normalised key, or why there is none.
    public let reading: Result<IdentifierKey, IdentifierProblem>

    public var key: IdentifierKey? { try? reading.get() }
    public var problem: IdentifierProblem? {
        if case .failure(let p) = reading { return p }
        return nil
    }

    /// Normalises `raw` as an identifier of `kind`. See each kind's normaliser for its rules:
    /// `PhoneNumber`, `BankCode`, and `IdentifierText` for the rest.
    public static func normalise(kind: IdentifierKind, raw: String) -> Identifier {
        Identifier(kind: kind, raw: raw, reading: value(kind: kind, raw: raw).map { IdentifierKey(kind: kind, value: $0) })
    }

    private static func value(kind: IdentifierKind, raw: String) -> Result<String, IdentifierProblem> {
        switch kind {
        case .phone: PhoneNumber.e164(raw)
        case .eWallet: PhoneNumber.e164(raw).flatMap { $0.hasPrefix("+628") ? .success($0) : .failure(.notAnIndonesianMobile) }
        case .bankAccount: BankCode.account(raw)
        case .socialAccount(let platform): IdentifierText.handle(raw, on: platform)
        case .businessNumber: IdentifierText.digits(raw, length: 13...13)
        case .nationalIdentity: IdentifierText.nik(raw)
        case .agencyLicence: IdentifierText.compact(raw, extra: ["/", ".", "-"], length: 3...40)
        case .plate: IdentifierText.compact(raw, extra: [], length: 2...12)
        case .passport: IdentifierText.compact(raw, extra: [], length: 6...12)
        case .vessel, .companyName, .address: IdentifierText.words(raw, kind: kind)
        }
    }
}
