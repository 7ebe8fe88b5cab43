import Testing
import Store

@Suite("PostgreSQL placeholders")
struct PostgresPlaceholderTests {
    @Test
    func numbersPlaceholdersInOrder() {
        let (sql, count) = PostgresPlaceholders.numbered("UPDATE t SET a = ?, b = ? WHERE id = ?")
        #expect(sql == "UPDATE t SET a = $1, b = $2 WHERE id = $3")
        #expect(count == 3)
    }

    @Test
    func leavesQuestionMarksInQuotesAndCommentsAlone() {
        let (sql, count) = PostgresPlaceholders.numbered("""
            SELECT 'what?', 'it''s ?', "odd?col" FROM t -- why?
            WHERE a = ? /* and ? here */ AND b = ?
            """)
        #expect(sql == """
            SELECT 'what?', 'it''s ?', "odd?col" FROM t -- why?
            WHERE a = $1 /* and ? here */ AND b = $2
            """)
        #expect(count == 2)
    }

    @Test
    func numbersManyPlaceholders() {
        let (sql, count) = PostgresPlaceholders.numbered("VALUES (" + Array(repeating: "?", count: 20_000).joined(separator: ",") + ")")
        #expect(count == 20_000)
        #expect(sql.hasPrefix("VALUES ($1,$2,$3,"))
        #expect(sql.hasSuffix(",$19999,$20000)"))
    }

    @Test
    func textWithoutPlaceholdersIsUnchanged() {
        let text = "SELECT 'Halo, dunia 🇮🇩' AS greeting"
        #expect(PostgresPlaceholders.numbered(text) == (text, 0))
    }
}

@Suite("PostgreSQL bulk inserts")
struct PostgresBulkInsertTests {
    @Test
    func aSingleTupleInsertBecomesAMultiRowInsert() throws {
        let insert = try #require(PostgresBulkInsert("insert into people (id, name)\n  values ( ?,? ) ON CONFLICT DO NOTHING"))
        #expect(insert.width == 2)
        #expect(insert.statement(rows: 3) == "insert into people (id, name)\n  values ($1, $2), ($3, $4), ($5, $6) ON CONFLICT DO NOTHING")
    }

    @Test(arguments: [
        "UPDATE people SET name = ? WHERE id = ?",
        "INSERT INTO people (id, name) SELECT ?, ?",
        "INSERT INTO people (id, name) VALUES (?, 'x')",
        "INSERT INTO people (id, name) VALUES (?, ?), (?, ?)",
        "INSERT INTO people (id, name) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name",
        "INSERT INTO people (id) VALUES (1)",
    ])
    func otherStatementsGoRowByRow(_ sql: String) {
        #expect(PostgresBulkInsert(sql) == nil)
    }

    @Test(arguments: [1, 7, 66, 100, 1_000])
    func oneStatementStaysUnderPostgresBindLimit(_ width: Int) throws {
        let sql = "INSERT INTO t VALUES (" + Array(repeating: "?", count: width).joined(separator: ", ") + ")"
        let insert = try #require(PostgresBulkInsert(sql))
        #expect(insert.rowsPerStatement >= 1)
        #expect(insert.rowsPerStatement * width <= 65_535)
    }
}

@Suite("PostgreSQL URLs")
struct PostgresURLTests {
    @Test
    func readsEveryPart() throws {
        let url = try PostgresURL("postgresql://simpul:p%40ss%2Fw0rd@db.internal:6543/simpul?sslmode=require&search_path=audit")
        #expect(url.endpoint == .tcp(host: "db.internal", port: 6543))
        #expect(url.username == "simpul")
        #expect(url.password == "p@ss/w0rd")
        #expect(url.database == "simpul")
        #expect(url.tls == .require)
        #expect(url.searchPath == "audit")
        #expect(url.maximumConnections == 20)
        let pooled = try PostgresURL("postgres://u@h/d?pool_max_conns=6")
        #expect(pooled.maximumConnections == 6 && pooled.clientConfiguration.options.maximumConnections == 6)
    }

    @Test
    func defaultsToPort5432AndPreferredTLS() throws {
        let url = try PostgresURL("postgres://simpul@localhost/simpul")
        #expect(url.endpoint == .tcp(host: "localhost", port: 5432))
        #expect(url.password == nil)
        #expect(url.tls == .prefer)
    }

    @Test
    func readsIPv6AndUnixSockets() throws {
        #expect(try PostgresURL("postgres://u@[::1]:54329/d").endpoint == .tcp(host: "::1", port: 54329))
        let socket = try PostgresURL("postgres://u@/d?host=/var/run/postgresql")
        #expect(socket.endpoint == .socket(path: "/var/run/postgresql/.s.PGSQL.5432"))
    }

    @Test
    func redactedFormHasNoPassword() throws {
        let url = try PostgresURL("postgres://simpul:hunter2@localhost:5432/simpul")
        #expect(url.redacted == "postgres://simpul@localhost:5432/simpul")
    }

    @Test(arguments: [
        ("mysql://u@h/d", "postgres://"),
        ("postgres://h/d", "no user"),
        ("postgres://u@h", "no database"),
        ("postgres://u@h:0/d", "port 0"),
        ("postgres://u@/d", "no host"),
        ("postgres://u@h/d?sslmode=always", "sslmode=always"),
        ("postgres://u@h/d?pool=5", "unknown parameter pool"),
        ("postgres://u@h/d?host=elsewhere", "socket directory"),
        ("postgres://u@h/d?pool_max_conns=0", "pool_max_conns=0"),
        ("postgres://u@h/d?pool_max_conns=many", "pool_max_conns=many"),
        ("postgres://u:secret@h:port/d", "not a URL"),
    ])
    func aBadURLSaysWhatIsWrong(_ text: String, _ complaint: String) {
        let error = #expect(throws: StoreError.self) { try PostgresURL(text) }
        guard case .badConfiguration(let message) = error else {
            Issue.record("expected badConfiguration, got \(String(describing: error))")
            return
        }
        #expect(message.contains(complaint))
        #expect(!message.contains("secret"))
    }
}
