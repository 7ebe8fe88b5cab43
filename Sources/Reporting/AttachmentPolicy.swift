/// What a reporter may attach: photos, documents and voice notes, judged by their bytes, not by
/// the name or type the browser claims. Every file loses its metadata (a phone photo carries the
/// place it was taken, a PDF its author, a recording the device) before it is sealed and stored;
/// a file we cannot clean is refused, since the reporter's safety rests on staying unknown.
public enum AttachmentPolicy {
    public static let maxBytes = 5 * 1024 * 1024
    public static let maxFiles = 3

    public enum Kind: String, Sendable, Codable, CaseIterable {
        case jpeg, png, pdf, ogg, mp3, mp4

        public var contentType: String {
            switch self {
            case .jpeg: return "image/jpeg"
            case .png: return "image/png"
            case .pdf: return "application/pdf"
            case .ogg: return "audio/ogg"
            case .mp3: return "audio/mpeg"
            case .mp4: return "audio/mp4"
            }
        }
    }

    /// Recognises the file by its first bytes.
    public static func sniff(_ bytes: [UInt8]) -> Kind? {
        func starts(_ prefix: [UInt8], at offset: Int = 0) -> Bool {
            bytes.count >= offset + prefix.count && Array(bytes[offset..<offset + prefix.count]) == prefix
        }
        if starts([0xFF, 0xD8, 0xFF]) { return .jpeg }
        if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if starts(Array("%PDF-".utf8)) { return .pdf }
        if starts(Array("OggS".utf8)) { return .ogg }
        if starts(Array("ID3".utf8)) || starts([0xFF, 0xFB]) || starts([0xFF, 0xF3]) { return .mp3 }
        if starts(Array("ftyp".utf8), at: 4) { return .mp4 }
        return nil
    }

    public enum Problem: Error, Sendable, Equatable {
        case empty(name: String)
        case tooLarge(name: String, bytes: Int)
        case unsupported(name: String)
        case tooMany(Int)
        case cannotClean(name: String)

        public var message: (id: String, en: String) {
            switch self {
            case .empty(let n): return ("Berkas \"\(n)\" kosong", "The file \"\(n)\" is empty")
            case .tooLarge(let n, let b):
                return ("Berkas \"\(n)\" terlalu besar (\(b / 1024) KB); paling besar \(maxBytes / 1024 / 1024) MB",
                        "The file \"\(n)\" is too large (\(b / 1024) KB); at most \(maxBytes / 1024 / 1024) MB")
            case .unsupported(let n):
                return ("Berkas \"\(n)\" bukan foto (JPEG/PNG), PDF, atau rekaman suara (OGG/MP3/M4A)",
                        "The file \"\(n)\" is not a photo (JPEG/PNG), a PDF or a voice recording (OGG/MP3/M4A)")
            case .tooMany(let n):
                return ("Paling banyak \(maxFiles) berkas; Anda memilih \(n)", "At most \(maxFiles) files; you chose \(n)")
            case .cannotClean(let n):
                return ("Berkas \"\(n)\" tidak dapat kami bersihkan dari data yang bisa mengenali pengirimnya. Kirim tangkapan layar atau foto isinya, atau ceritakan isinya dalam pesan",
                        "We could not clean the file \"\(n)\" of data that could identify its sender. Send a screenshot or a photo of it instead, or describe it in your message")
            }
        }
    }

    /// Checks one file and answers what to store: its kind and its bytes, cleaned of metadata.
    /// `name` only names the file in an error message.
    public static func accept(name: String, bytes: [UInt8]) throws(Problem) -> (kind: Kind, bytes: [UInt8]) {
        let shown = String(name.prefix(60))
        guard !bytes.isEmpty else { throw .empty(name: shown) }
        guard bytes.count <= maxBytes else { throw .tooLarge(name: shown, bytes: bytes.count) }
        guard let kind = sniff(bytes) else { throw .unsupported(name: shown) }
        guard let cleaned = cleaned(kind, bytes) else { throw .cannotClean(name: shown) }
        return (kind, cleaned)
    }

    /// Every kind goes through its cleaner; nil means the cleaner could not walk the file, so it
    /// may still say who sent it.
    static func cleaned(_ kind: Kind, _ bytes: [UInt8]) -> [UInt8]? {
        switch kind {
        case .jpeg: return ImageMetadata.strippedJPEG(bytes)
        case .png: return ImageMetadata.strippedPNG(bytes)
        case .pdf: return PDFMetadata.blanked(bytes)
        case .ogg: return OggMetadata.blanked(bytes)
        case .mp3: return MP3Metadata.stripped(bytes)
        case .mp4: return MP4Metadata.neutralised(bytes)
        }
    }
}
