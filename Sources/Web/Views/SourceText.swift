import Foundation

/// Sources as a reader sees them. Registry entries cite Simpul's own legal reference notes as
/// "legal-facts.md §2.7", a file name that means nothing on a page: it is written as the notes'
/// name and section instead, in the reader's language.
enum SourceText {
    static func readable(_ source: String, _ lang: Lang) -> String {
        let pattern = #/legal-facts(?:\.md)?\s*(?:§\s*)?(?<section>\d+(?:\.\d+)?a?(?:\s*[–-]\s*\d+(?:\.\d+)?)?)?/#
        return source.replacing(pattern) { match in
            let notes = lang("catatan rujukan hukum Simpul", "Simpul's legal reference notes")
            guard let section = match.output.section else { return notes }
            return notes + " §" + section
        }
    }
}
