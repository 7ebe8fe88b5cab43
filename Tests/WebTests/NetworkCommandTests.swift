import ArgumentParser
import Foundation
import Testing
@testable import SimpulCommands

/// `simpul network`: a link file in, one row per node out, bad rows to the rejects file, and
/// exit status 2 naming the problem when the file cannot be read at all.
@Suite struct NetworkCommandTests {
    static func folder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("simpul-network-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func aLinkFileGivesOneRowPerNodeAndItsBadRowsGoToTheRejectsFile() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("links.csv"), output = dir.appendingPathComponent("nodes.csv")
        try """
            source,target,kind,date,case
            phone:+6281234567890,case:ntt,uses,2026-03-02,
            phone:+6281234567890,case:jabar,uses,2026-02-10,
            person:sponsor,phone:+6281234567890,owns,,case:jabar
            person:sponsor,person:sponsor,owns,,
            case:ntt,phone:+6281299990000,uses,2026-13-01,
            """.write(to: input, atomically: true, encoding: .utf8)
        let command = try NetworkCommand.parse(["--input", input.path, "--output", output.path, "--rejects", dir.appendingPathComponent("bad.csv").path,
                                                "--resolution", "0.5"])
        try command.run()
        let rows = try String(contentsOf: output, encoding: .utf8).split(separator: "\n")
        #expect(rows.first == "node_id,component_id,community_id,degree,betweenness")
        #expect(rows.count == 1 + 4, "ntt, jabar, the phone, the sponsor")
        #expect(rows.contains { $0.hasPrefix("phone:+6281234567890,0,") && $0.hasSuffix(",3,3.000") })
        let rejects = try String(contentsOf: dir.appendingPathComponent("bad.csv"), encoding: .utf8)
        #expect(rejects == "line,reason\n5,links person:sponsor to itself\n6,date '2026-13-01' is not a date written YYYY-MM-DD\n")
    }

    @Test func aFileThatCannotBeReadExitsWith2() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("links.csv")
        try "from,to\na,b\n".write(to: input, atomically: true, encoding: .utf8)
        for path in [input.path, dir.appendingPathComponent("missing.csv").path] {
            let command = try NetworkCommand.parse(["--input", path, "--output", dir.appendingPathComponent("out.csv").path])
            #expect(throws: ExitCode(2)) { try command.run() }
        }
        #expect(throws: (any Error).self) { try NetworkCommand.parse(["--input", "x", "--output", "y", "--resolution", "-1"]) }
    }
}
