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
        Self.stored(try cipher.seal(Data(text.utf8), context: context))
    }

    func open(_ stored: String, context: String) throws -> String {
        guard let box = try Self.box(stored, context: context) else { return stored }
        return String(decoding: try cipher.open(box, context: context), as: UTF8.self)
    }

    /// The sealed box in a stored text; nil for text written before sealing began.
    static func box(_ stored: String, context: String) throws -> [UInt8]? {
        guard stored.hasPrefix(prefix) else { return nil }
        guard let bytes = Data(base64Encoded: String(stored.dropFirst(prefix.count))) else {
            throw StoreError.corrupt("sealed text of \(context) is not base64")
        }
        return [UInt8](bytes)
    }

    static func stored(_ box: [UInt8]) -> String { prefix + Data(box).base64EncodedString() }
}
