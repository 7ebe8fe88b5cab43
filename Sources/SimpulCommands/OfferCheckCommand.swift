import ArgumentParser
import Foundation
import OfferCheck

/// `simpul offer-check`: the public job-offer checker from the command line, over the answers
/// contract documented in Sources/OfferCheck/README.md.
public struct OfferCheckCommand: ParsableCommand {
    public init() {}
    public static let configuration = CommandConfiguration(
        commandName: "offer-check",
        abstract: "Check an offer of work abroad (the answers JSON of the job-offer checker) for red flags and their legal basis.",
        discussion: """
            Exit status 0 with the result; 2 when the answers are refused (each problem names its field, the value \
            and what is allowed), or the file or the register cannot be read. Without --registry the company is not \
            looked up, and the flags about the agency are reported as not judged.
            """)

    public enum Format: String, ExpressibleByArgument, CaseIterable { case json, text }

    @Option(help: "json or text.") var format: Format = .json
    @Option(help: "Language of the text result: id or en.") var language: String = "id"
    @Option(name: .customLong("on"), help: "Check against the rules in force on this day (YYYY-MM-DD). Default: today in Jakarta.")
    var day: String?
    @Option(help: "CSV of the register of licensed agencies (P3MI) to look the company up in.") var registry: String?
    @Argument(help: "Answers file, or - for standard input.") var file: String

    public func validate() throws {
        guard ["id", "en"].contains(language) else { throw ValidationError("--language must be id or en, not \(language)") }
        if let day, CalendarDay(iso: day) == nil { throw ValidationError("--on must be a day written YYYY-MM-DD, not \(day)") }
    }

    public func run() throws {
        let data = try Self.read(file)
        var register: AgencyRegistry?
        if let registry {
            let text = String(decoding: try Self.read(registry), as: UTF8.self)
            do { register = AgencyRegistry(try AgencyCSV.read(text).agencies) } catch {
                throw Self.failure("\(registry): \(error.description)")
            }
        }
        let on = day.flatMap { CalendarDay(iso: $0) } ?? CalendarDay(Date())
        switch Self.render(data, format: format, english: language == "en", on: on, registry: register) {
        case .success(let output): print(output)
        case .failure(let error): throw Self.failure(error.description)
        }
    }

    /// What the command prints for an answers document, or why the document was refused.
    public static func render(_ data: Data, format: Format, english: Bool, on day: CalendarDay,
                              registry: AgencyRegistry?) -> Result<String, OfferAnswersError> {
        let answers: OfferAnswers
        do { answers = try OfferAnswers.decode(json: data) } catch { return .failure(error) }
        let result = OfferChecker().check(answers, on: day, agency: registry?.status(for: answers))
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return .success((try? encoder.encode(result)).map { String(decoding: $0, as: UTF8.self) } ?? "{}")
        case .text:
            return .success(OfferCheckText.render(result, rules: .shipped, english: english))
        }
    }

    static func read(_ path: String) throws -> Data {
        if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        guard let data = FileManager.default.contents(atPath: path) else { throw failure("cannot read \(path)") }
        return data
    }

    /// Says why on standard error; the exit status 2 that goes with it.
    static func failure(_ message: String) -> ExitCode {
        FileHandle.standardError.write(Data((message + "\n").utf8))
        return ExitCode(2)
    }
}
