import ArgumentParser
import Foundation
import Synchronization
import Linkage
import OpenData

/// `simpul link`: one record per person across agencies, from a CSV of person records.
struct LinkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "link",
        abstract: "Link person records that are the same person (Indonesian names, NIK, dates, phones).",
        discussion: """
            Input columns: record_id,source,full_name,nik,dob,sex,pob,phone (any value may be empty; other columns are ignored).
            Output: record_id,cluster_id with every accepted input record exactly once. Malformed rows go to the rejects file
            (OUTPUT with .rejects.csv) with their line number and reason.
            """)

    @Option(help: "Input CSV.") var input: String
    @Option(help: "Output CSV (record_id,cluster_id).") var output: String
    @Option(help: "Match probability above which two records are linked (0–1).") var threshold: Double = LinkageConfiguration().matchProbability

    func validate() throws {
        guard threshold > 0, threshold < 1 else { throw ValidationError("--threshold must be between 0 and 1, not \(threshold)") }
    }

    func run() throws {
        let data: LinkageCSV.Input
        do {
            data = try LinkageCSV.read(contentsOf: URL(fileURLWithPath: input))
        } catch {
            FileHandle.standardError.write(Data("simpul link: \(input): \(error)\n".utf8))
            throw ExitCode(2)
        }
        var configuration = LinkageConfiguration()
        configuration.matchProbability = threshold
        let bar = ProgressBar(enabled: isatty(STDERR_FILENO) == 1)
        let result = Linker(configuration: configuration).link(data.records) { bar.show($0.stage.rawValue, $0.fraction) }
        bar.finish()
        var out = "record_id,cluster_id\n"
        for r in data.records { out += "\(CSVText.field(r.recordID)),\(result.clusters[r.recordID] ?? "")\n" }
        try out.write(toFile: output, atomically: true, encoding: .utf8)
        if !data.rejects.isEmpty {
            let rejects = output + ".rejects.csv"
            var text = "line,reason\n"
            for r in data.rejects { text += "\(r.line),\(CSVText.field(r.reason))\n" }
            try text.write(toFile: rejects, atomically: true, encoding: .utf8)
            print("\(data.rejects.count) malformed rows written to \(rejects)")
        }
        print("\(data.records.count) records in \(result.clusterCount) persons (largest \(result.largestCluster)); \(data.warnings.count) values left out of comparison")
    }
}

/// A one-line progress bar on a terminal; silent when the output is not a terminal. Any thread
/// may move it (an import's reading runs off the caller's).
final class ProgressBar: Sendable {
    let enabled: Bool
    private let last = Mutex("")

    init(enabled: Bool) { self.enabled = enabled }

    func show(_ stage: String, _ fraction: Double) {
        guard enabled else { return }
        let width = 30, filled = Int(fraction * Double(width))
        let line = "\r\(stage.padding(toLength: 12, withPad: " ", startingAt: 0)) [\(String(repeating: "#", count: filled))\(String(repeating: ".", count: width - filled))] \(Int(fraction * 100))%"
        last.withLock { last in
            if line != last { FileHandle.standardError.write(Data(line.utf8)); last = line }
        }
    }

    func finish() { if enabled { FileHandle.standardError.write(Data("\n".utf8)) } }
}
