import ArgumentParser
import Foundation
import Law
import Practice

public struct ScreenCommand: ParsableCommand {
    public init() {}
    public static let configuration = CommandConfiguration(
        commandName: "screen",
        abstract: "Screen case facts (the case-facts JSON) against the Palermo Protocol and UU 21/2007 / KUHP.",
        discussion: "Exit status 0 with the screening; 2 when the facts document is malformed (each problem names its field and the allowed values).")

    public enum Format: String, ExpressibleByArgument, CaseIterable { case json, text }

    @Option(help: "json or text.") var format: Format = .json
    @Option(help: "Language of the text report: id or en.") var language: String = "id"
    @Flag(help: "Add court practice: similar decisions, what courts did, and the difference from the statute.") var practice = false
    @Argument(help: "Facts file, or - for standard input.") var file: String

    public func run() throws {
        let data: Data
        if file == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let d = FileManager.default.contents(atPath: file) else {
                FileHandle.standardError.write(Data("cannot read \(file)\n".utf8))
                throw ExitCode(2)
            }
            data = d
        }
        switch Self.render(data, format: format, language: language == "en" ? .english : .indonesian, today: Date(),
                             practice: practice) {
        case .success(let output): print(output)
        case .failure(let error):
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode(2)
        }
    }

    /// What the command prints for a facts document, or why the document was refused.
    /// With `practice`, the comparison against the bundled decisions (or `decisions`, when given) is added.
    public static func render(_ data: Data, format: Format, language: ScreeningLanguage, today: Date, practice: Bool = false,
                              decisions: PracticeIndex? = nil) -> Result<String, FactsError> {
        let facts: CaseFacts
        do { facts = try CaseFacts.decode(data) } catch { return .failure(error) }
        let result = Screening.screen(facts, today: today)
        // Practice off: nothing extra is read, and the output is the screening alone.
        let comparison = practice ? (decisions.map { .success($0) } ?? BundledDecisions.index).map { $0.compare(facts, screening: result) } : nil
        switch format {
        case .json:
            let json = comparison.map { try? ScreeningJSON.encode(PracticeReport.ScreeningWithPractice(result: result, practice: $0)) }
                ?? (try? ScreeningJSON.encode(result))
            return .success(json ?? "{}")
        case .text:
            return .success(ScreeningText.render(result, language: language) + (comparison.map { "\n\n" + PracticeReport.text($0, language: language) } ?? ""))
        }
    }
}
