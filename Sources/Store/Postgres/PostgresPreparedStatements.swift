import PostgresNIO
import Synchronization

/// The statements each pooled connection has prepared for `SQLDatabase.queryPrepared`. A statement
/// sent unprepared is parsed, analysed and planned by PostgreSQL every time, which was more than
/// half of its work for a search by name; a prepared one is parsed once per connection, and after
/// five runs PostgreSQL keeps a generic plan when it costs no more than the custom ones did.
///
/// A statement is keyed by its text and the types of its values (its placeholders are typed by
/// them, as an unprepared statement's are by postgres-nio). Bounded per connection: past
/// `capacity`, a statement runs unprepared. A connection's statements are forgotten when it closes.
final class PostgresPreparedStatements: Sendable {
    struct Key: Hashable, Sendable {
        let sql: String
        let types: [String?]
    }

    private let byConnection = Mutex([PostgresConnection.ID: [Key: PreparedQuery]]())
    let capacity: Int

    init(capacity: Int = 64) { self.capacity = capacity }

    func statement(_ key: Key, on connection: PostgresConnection) -> PreparedQuery? {
        byConnection.withLock { $0[connection.id]?[key] }
    }

    /// Whether the connection may prepare one more statement.
    func hasRoom(on connection: PostgresConnection) -> Bool {
        byConnection.withLock { ($0[connection.id]?.count ?? 0) < capacity }
    }

    func keep(_ statement: PreparedQuery, _ key: Key, on connection: PostgresConnection) {
        let id = connection.id
        let first = byConnection.withLock { all in
            defer { all[id, default: [:]][key] = statement }
            return all[id] == nil
        }
        if first {
            connection.closeFuture.whenComplete { [weak self] _ in
                _ = self?.byConnection.withLock { $0.removeValue(forKey: id) }
            }
        }
    }

    /// Forgets a statement that PostgreSQL no longer runs as prepared (see `PostgresSession.queryPrepared`).
    func forget(_ key: Key, on connection: PostgresConnection) {
        _ = byConnection.withLock { $0[connection.id]?.removeValue(forKey: key) }
    }

    /// How many statements are kept, over all connections (for tests).
    var count: Int { byConnection.withLock { $0.values.reduce(0) { $0 + $1.count } } }

    /// The type a value's placeholder is given: the type of the value as it is bound
    /// (`PostgresData(bound:)`), so the cast and the bytes sent cannot disagree. NULL has none;
    /// the server takes it from where it stands.
    static func type(of value: SQLValue) -> String? {
        if case .null = value { return nil }
        return PostgresData(bound: value).type.knownSQLName
    }
}

extension PostgresData {
    /// A value as the legacy prepared-statement API takes it, with the same type as
    /// `PostgresBindings.append(_: SQLValue)` gives it.
    init(bound value: SQLValue) {
        switch value {
        case .null: self = .null
        case .int(let i): self.init(int64: i)
        case .double(let d): self.init(double: d)
        case .text(let s): self.init(string: s)
        case .blob(let b): self.init(bytes: b)
        }
    }
}
