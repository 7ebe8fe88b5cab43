/// Every column that holds values sealed with the store's keys, with the context each value is
/// bound to. A new sealed column must be listed here, or rotation would leave it under the old
/// key and `simpul key retire` could never retire that key.
/// (The key check and the audit chain's seals are under the root key, which never rotates.)
struct SealedColumn: Sendable {
    enum Storage: Sendable {
        /// A blob holding the box.
        case blob
        /// Text, `SealedText`: "sealed:v1:" and base64 of the box; text without it is not sealed.
        case sealedText
    }

    let table: String
    let column: String
    /// The primary key, in order; `integerKeys` are those of integer type.
    let keys: [String]
    var integerKeys: Set<String> = []
    let storage: Storage
    /// Rows per batch: attachments are large.
    var batchDivisor = 1
    let context: @Sendable (SQLRow) throws -> String

    var name: String { "\(table).\(column)" }

    static let all: [SealedColumn] = [
        SealedColumn(table: "case_persons", column: "identity", keys: ["id"], storage: .blob) { "person:\(try $0.text("id"))" },
        SealedColumn(table: "users", column: "totp_secret", keys: ["id"], storage: .blob) { "totp:\(try $0.text("id"))" },
        SealedColumn(table: "reports", column: "content", keys: ["id"], storage: .blob) { "report:\(try $0.text("id"))" },
        SealedColumn(table: "report_messages", column: "body", keys: ["id"], storage: .blob) { "report-message:\(try $0.text("id"))" },
        SealedColumn(table: "report_attachments", column: "data", keys: ["id"], storage: .blob, batchDivisor: 20) {
            "report-attachment:\(try $0.text("id"))"
        },
        SealedColumn(table: "coordination_records", column: "doc", keys: ["id"], storage: .sealedText) { "coordination:\(try $0.text("id"))" },
        SealedColumn(table: "coordination_records", column: "summary", keys: ["id"], storage: .sealedText) {
            "coordination-summary:\(try $0.text("id"))"
        },
        SealedColumn(table: "person_link_history", column: "note", keys: ["link_id", "version"], integerKeys: ["version"], storage: .sealedText) {
            PersonMatchRepository.noteContext(try $0.text("link_id"), try $0.int("version"))
        },
        SealedColumn(table: "network_mentions", column: "value", keys: ["id"], storage: .blob) {
            NetworkRepository.valueContext(try $0.text("id"))
        },
        SealedColumn(table: "network_name_link_history", column: "note", keys: ["link_id", "version"], integerKeys: ["version"],
                     storage: .sealedText) {
            NetworkRepository.nameNoteContext(try $0.text("link_id"), try $0.int("version"))
        },
        SealedColumn(table: "open_data_signing_keys", column: "sealed_seed", keys: ["id"], integerKeys: ["id"], storage: .blob) {
            OpenDataRepository.sealContext(try $0.int("id"))
        },
    ]
}
