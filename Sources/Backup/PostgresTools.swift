import Foundation
import Store
#if canImport(Glibc)
import Glibc
#endif

/// Finds and runs PostgreSQL's own client programs (`pg_dump`, `pg_restore`). The URL's parts go
/// to them through libpq's environment variables, so the password never appears in a command
/// line that `ps` would show to every user of the machine.
enum PostgresTools {
    /// `name` on PATH, else in the newest `/usr/lib/postgresql/*/bin` (Debian keeps them there).
    static func locate(_ name: String, environment: [String: String]) throws -> String {
        let onPath = (environment["PATH"] ?? "").split(separator: ":").map { "\($0)/\(name)" }
        let versions = ((try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? [])
            .sorted { $0.compare($1, options: .numeric) == .orderedDescending }
            .map { "/usr/lib/postgresql/\($0)/bin/\(name)" }
        guard let found = (onPath + versions).first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw BackupError.tool("\(name) not found on PATH or in /usr/lib/postgresql/*/bin: install the PostgreSQL client (Debian: postgresql-client), of the server's major version or newer")
        }
        return found
    }

    /// The environment for a client program: ours without any PG* variable (a stray PGSERVICE or
    /// PGOPTIONS would point it elsewhere), plus the URL's host, port, user, password and TLS mode.
    static func environment(for url: PostgresURL, base: [String: String]) -> [String: String] {
        var env = base.filter { !$0.key.hasPrefix("PG") }
        switch url.endpoint {
        case .tcp(let host, let port):
            env["PGHOST"] = host
            env["PGPORT"] = String(port)
        case .socket(let path):
            // libpq takes the directory and finds `.s.PGSQL.<port>` in it.
            env["PGHOST"] = (path as NSString).deletingLastPathComponent
            env["PGPORT"] = path.split(separator: ".").last.map(String.init)
        }
        env["PGUSER"] = url.username
        env["PGPASSWORD"] = url.password
        env["PGDATABASE"] = url.database
        env["PGSSLMODE"] = url.tls.rawValue
        return env
    }

    /// `database` as a libpq connection string, for `pg_restore --dbname`, which needs one.
    static func connectionString(database: String) -> String {
        let quoted = database.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
        return "dbname='\(quoted)'"
    }

    /// A started client program. Its messages go to a temporary file rather than a pipe, so a
    /// chatty program cannot stall on a pipe nobody reads while we are busy with its data.
    struct Run {
        let process: Process
        let name: String
        private let messages: URL

        init(_ executable: String, _ arguments: [String], environment: [String: String],
             input: Pipe? = nil, output: Pipe? = nil) throws {
            // A program that exits early closes its end of our pipe: a write must fail, not kill us.
            signal(SIGPIPE, SIG_IGN)
            name = (executable as NSString).lastPathComponent
            messages = FileManager.default.temporaryDirectory.appendingPathComponent("simpul-\(name)-\(UUID().uuidString).log")
            guard FileManager.default.createFile(atPath: messages.path, contents: nil) else {
                throw BackupError.io("cannot create \(messages.path) for \(name)'s messages")
            }
            process = Process()
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments
            process.environment = environment
            process.standardInput = input ?? FileHandle.nullDevice
            process.standardOutput = output ?? FileHandle.nullDevice
            process.standardError = try FileHandle(forWritingTo: messages)
            try process.run()
        }

        /// Waits for the program; throws with its last messages when it failed.
        func finish() throws {
            process.waitUntilExit()
            defer { try? FileManager.default.removeItem(at: messages) }
            guard process.terminationReason == .exit, process.terminationStatus == 0 else {
                let text = (try? String(contentsOf: messages, encoding: .utf8)) ?? ""
                throw BackupError.tool("\(name) failed (status \(process.terminationStatus)): \(text.suffix(2000).trimmingCharacters(in: .whitespacesAndNewlines))")
            }
        }

        /// Stops the program (we found a problem in what we were feeding it) and waits for it.
        func abandon() {
            if process.isRunning { process.terminate() }
            process.waitUntilExit()
            try? FileManager.default.removeItem(at: messages)
        }
    }
}
