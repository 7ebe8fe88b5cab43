import Foundation
import Security

/// Free text that officers write (task titles, notes on a referral or a decision, reasons) is
/// sealed like identities: AES-GCM under the store's key, bound to the record it belongs to, so a
/// copy of the database does not read as a casebook. Stored as text with a prefix, so that rows
/// written before sealing began still read.
struct SealedText: Sendable {
    let cipher: FieldCipher

    static let prefix = "sealed:v1:"

    func seal(_ text: String, context: String) throws -> String {
        Self.prefix + Data(try cipher.seal(Data(text.utf8), context: context)).base64EncodedString()
    }

    func open(_ stored: String, context: String) throws -> String {
        guard stored.hasPrefix(Self.prefix) else { return stored }
        guard let bytes = Data(base64Encoded: String(stored.dropFirst(Self.prefix.count))) else {
            throw StoreError.corrupt("sealed text of \(context) is not base64")
        }
        return String(decoding: try cipher.open([UInt8](bytes), context: context), as: UTF8.self)
    }
}
