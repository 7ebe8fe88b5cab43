import Cases
import OpenData

/// A partner's file as the import form sent it: one JSON Lines file, or the three CSV files of
/// an HTCDS export. Anything else is refused, naming the field.
enum HTCDSImportUpload: Sendable {
    case jsonLines(name: String, bytes: [UInt8])
    case csv(cases: HTCDSCSVSource, persons: HTCDSCSVSource, support: HTCDSCSVSource)

    /// The largest upload taken (the request body, all files together): about 60,000 cases of
    /// JSON Lines. Larger files go through `simpul htcds import`.
    static let sizeLimit = 32 * 1024 * 1024

    static let csvFields = ["cases", "persons", "support"]

    var fileName: String {
        switch self {
        case .jsonLines(let name, _): return name
        case .csv(let cases, let persons, let support): return [cases.file, persons.file, support.file].joined(separator: ", ")
        }
    }

    static func read(_ uploads: [PublicForm.UploadedFile]) -> Result<HTCDSImportUpload, ValidationFailure> {
        func file(_ field: String) -> PublicForm.UploadedFile? { uploads.first { $0.field == field && !$0.bytes.isEmpty } }
        let csv = csvFields.map(file)
        let given = csv.compactMap { $0 }
        switch (file("file"), given.count) {
        case (let jsonl?, 0):
            return .success(.jsonLines(name: jsonl.filename.isEmpty ? "upload.jsonl" : jsonl.filename, bytes: jsonl.bytes))
        case (nil, 3):
            let files = given.map { HTCDSCSVSource.bytes($0.bytes, file: $0.filename.isEmpty ? "\($0.field).csv" : $0.filename) }
            return .success(.csv(cases: files[0], persons: files[1], support: files[2]))
        case (nil, 0):
            return .failure(ValidationFailure([FieldError(field: "file", id: "Pilih berkas JSON Lines (.jsonl), atau tiga berkas CSV.",
                                                          en: "Choose a JSON Lines file (.jsonl), or three CSV files.")]))
        case (_?, _):
            return .failure(ValidationFailure([FieldError(field: "file", id: "Pilih berkas JSON Lines atau tiga berkas CSV, tidak keduanya.",
                                                          en: "Choose a JSON Lines file or three CSV files, not both.")]))
        case (nil, _):
            let missing = zip(csvFields, csv).first { $0.1 == nil }!.0
            return .failure(ValidationFailure([FieldError(field: missing, id: "Ketiga berkas CSV diperlukan: cases, persons dan support.",
                                                          en: "All three CSV files are needed: cases, persons and support.")]))
        }
    }
}
