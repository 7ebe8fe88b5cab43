import ArgumentParser
import Foundation
import OfferCheck
import Store

/// `simpul p3mi`: the register of licensed placement agencies the job-offer checker consults.
struct P3MICommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "p3mi", abstract: "The register of licensed placement agencies (P3MI) the job-offer checker looks companies up in.",
        subcommands: [Import.self, History.self])

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Replace the register with the good rows of a CSV file; print each rejected row with its line and reason.",
            discussion: """
                Columns (Indonesian or English, any order): nama/name, nomor_sip3mi/licence_number, status \
                (aktif/dibekukan/dicabut or active/suspended/revoked) required; nib, tanggal_terbit/issued, \
                berlaku_sampai/valid_until, alamat_kantor_pusat/head_office, kantor_cabang/branches (separated by ;). \
                Exit status 0 once the good rows replace the register (rejected rows are listed on standard error); \
                2 when the file or its header cannot be read, and the register is left as it was.
                """)
        @OptionGroup var store: StoreOptions
        @Option(help: "Language of the reasons: id or en.") var language: String = "id"
        @Argument(help: "The CSV file.") var file: String

        func run() async throws {
            guard let data = FileManager.default.contents(atPath: file) else { throw OfferCheckCommand.failure("cannot read \(file)") }
            let english = language == "en"
            let parsed: AgencyImport
            do { parsed = try AgencyCSV.read(String(decoding: data, as: UTF8.self)) } catch {
                throw OfferCheckCommand.failure("\(file): \(english ? error.message.en : error.message.id)")
            }
            let opened = try await store.open(logger: makeLogger(), quiet: true)
            let record = try await opened.licensedAgencies.replace(with: parsed, fileName: (file as NSString).lastPathComponent, by: nil)
            try await opened.db.close()
            print(english ? "loaded \(record.loaded) agencies, rejected \(record.rejected) rows (import \(record.id))"
                          : "\(record.loaded) perusahaan dimuat, \(record.rejected) baris ditolak (impor \(record.id))")
            if !parsed.ignoredColumns.isEmpty {
                print((english ? "columns not read: " : "kolom tidak dibaca: ") + parsed.ignoredColumns.joined(separator: ", "))
            }
            for r in parsed.rejects {
                let reasons = r.reasons.map { english ? $0.message.en : $0.message.id }.joined(separator: " ")
                FileHandle.standardError.write(Data("\(english ? "line" : "baris") \(r.line): \(reasons)\n".utf8))
            }
        }
    }

    struct History: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The imports of the register, newest first.")
        @OptionGroup var store: StoreOptions

        func run() async throws {
            let opened = try await store.open(logger: makeLogger(), quiet: true)
            for i in try await opened.licensedAgencies.imports() {
                print("\(i.importedAt)  \(i.via.rawValue)  \(i.importedByName ?? "-")  \(i.fileName)  loaded=\(i.loaded) rejected=\(i.rejected)")
            }
            try await opened.db.close()
        }
    }
}
