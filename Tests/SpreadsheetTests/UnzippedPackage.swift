import Foundation
import ZIPFoundation

/// The parts of an .xlsx, unzipped with ZIPFoundation's reader, so tests look at what a
/// spreadsheet program would find in the file.
struct UnzippedPackage {
    /// Part paths in the order they are stored in the zip.
    let paths: [String]
    let entries: [Entry]
    private let texts: [String: String]

    init(_ data: Data) throws {
        let archive = try Archive(data: data, accessMode: .read)
        var paths: [String] = []
        var entries: [Entry] = []
        var texts: [String: String] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            paths.append(entry.path)
            entries.append(entry)
            texts[entry.path] = String(decoding: bytes, as: UTF8.self)
        }
        self.paths = paths
        self.entries = entries
        self.texts = texts
    }

    subscript(path: String) -> String? { texts[path] }

    /// The `<c …>…</c>` element of a cell, e.g. `cell("B3", sheet: 1)`.
    func cell(_ reference: String, sheet: Int = 1) -> String? {
        guard let xml = self["xl/worksheets/sheet\(sheet).xml"],
              let start = xml.range(of: "<c r=\"\(reference)\""),
              let end = xml.range(of: "</c>", range: start.upperBound..<xml.endIndex)
        else { return nil }
        return String(xml[start.lowerBound..<end.upperBound])
    }

    /// The texts of xl/sharedStrings.xml in order, still escaped as XML.
    var sharedStrings: [String] {
        guard let xml = self["xl/sharedStrings.xml"] else { return [] }
        return xml.components(separatedBy: "<si>").dropFirst().map { item in
            let afterTag = item[item.range(of: ">")!.upperBound...]
            return String(afterTag[..<afterTag.range(of: "</t>")!.lowerBound])
        }
    }

    /// The shared text a text cell points at, e.g. `"Jawa Barat"`.
    func text(_ reference: String, sheet: Int = 1) -> String? {
        guard let cell = cell(reference, sheet: sheet), cell.contains("t=\"s\""),
              let value = cell.components(separatedBy: "<v>").last?.components(separatedBy: "</v>").first,
              let index = Int(value), sharedStrings.indices.contains(index)
        else { return nil }
        return sharedStrings[index]
    }
}
