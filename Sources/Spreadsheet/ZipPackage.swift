import Foundation
import ZIPFoundation

/// Zips the parts of the package in memory, in the order given, deflated.
enum ZipPackage {
    /// Every entry gets `modified` as its time, so the bytes depend only on the parts.
    static func data(parts: [(path: String, xml: String)], modified: Date) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for part in parts {
            let bytes = Data(part.xml.utf8)
            try archive.addEntry(
                with: part.path, type: .file, uncompressedSize: Int64(bytes.count),
                modificationDate: modified, permissions: 0o644, compressionMethod: .deflate,
                provider: { position, size in
                    let start = Int(position)
                    return bytes.subdata(in: start..<min(start + size, bytes.count))
                })
        }
        guard let data = archive.data else { throw Archive.ArchiveError.unwritableArchive }
        return data
    }
}
