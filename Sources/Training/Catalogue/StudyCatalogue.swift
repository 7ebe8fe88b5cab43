import Foundation
import Law

/// The bundled case studies (`Resources/case-studies.json`), read once. The file is data a
/// trainer can review: each study's story in both languages, its source and its facts.
public struct StudyCatalogue: Sendable {
    public let studies: [CaseStudy]
    /// The day every study is assessed on, so that answers do not change with the calendar.
    public let assessedOn: CivilDate

    /// The catalogue as bundled. A malformed file is a programming error caught by the tests.
    public static let bundled: StudyCatalogue = {
        guard let url = Bundle.module.url(forResource: "case-studies", withExtension: "json", subdirectory: "Resources"),
              let data = try? Data(contentsOf: url) else { preconditionFailure("Training/Resources/case-studies.json is missing") }
        do { return try decode(data) } catch { preconditionFailure("case-studies.json: \(error)") }
    }()

    public static func decode(_ data: Data) throws -> StudyCatalogue {
        let file = try JSONDecoder().decode(File.self, from: data)
        guard let day = CivilDate(iso: file.assessedOn) else { throw CatalogueError.badDate(file.assessedOn) }
        return StudyCatalogue(studies: file.studies.map(\.study), assessedOn: day)
    }

    public func study(_ id: String) -> CaseStudy? { studies.first { $0.id == id } }

    public func studies(in course: Course) -> [CaseStudy] { studies.filter { $0.course == course } }

    public enum CatalogueError: Error { case badDate(String) }

    private struct File: Decodable {
        let assessedOn: String
        let studies: [Entry]
    }

    private struct Entry: Decodable {
        let id: String
        let course: Course
        let title: Bilingual
        let narrative: Bilingual
        /// Absent: written for training.
        let source: Bilingual?
        let facts: CaseFacts

        var study: CaseStudy {
            CaseStudy(id: id, course: course, title: title, narrative: narrative,
                      source: source ?? StudyCatalogue.writtenForTraining, facts: facts)
        }
    }

    public static let writtenForTraining = Bilingual(
        id: "Ditulis untuk pelatihan; tidak diambil dari perkara nyata.", en: "Written for training; not taken from a real case.")
}
