import Cases
import Coordination

/// Why a table of capture histories was refused; each case names what to fix.
public enum CaptureHistoriesError: Error, Sendable, Hashable {
    /// Fewer than 2 or more than 8 lists.
    case listCount(Int)
    /// The list at this position (from 0) has an empty name.
    case unnamedList(index: Int)
    /// Two lists carry the same name, so their overlaps could not be told apart.
    case repeatedListName(String)
    /// A pattern outside 1 ..< 2^lists (0 is the unobserved cell the estimate is for).
    case patternOutOfRange(Int, lists: Int)
    case negativeCount(pattern: Int, count: Int)
    /// A list with nobody on it says nothing about the others; leave it out.
    case emptyList(String)

    public func message(_ language: MessageLanguage) -> String { language == .indonesian ? label.id : label.en }

    /// Both languages side by side, so a translator sees each message whole.
    public var label: CodeLabel {
        switch self {
        case let .listCount(n):
            return CodeLabel(code: "list_count",
                             id: "Diperlukan 2 sampai 8 daftar (instansi); yang diberikan \(n).",
                             en: "2 to 8 lists (agencies) are needed; \(n) were given.")
        case let .unnamedList(index):
            return CodeLabel(code: "unnamed_list", id: "Daftar ke-\(index + 1) tidak bernama.", en: "List \(index + 1) has no name.")
        case let .repeatedListName(name):
            return CodeLabel(code: "repeated_list_name",
                             id: "Nama daftar '\(name)' dipakai lebih dari sekali.",
                             en: "The list name '\(name)' is used more than once.")
        case let .patternOutOfRange(pattern, lists):
            let range = "1–\((1 << lists) - 1)"
            return CodeLabel(code: "pattern_out_of_range",
                             id: "Pola \(pattern) di luar rentang \(range) untuk \(lists) daftar (0 adalah yang diperkirakan, jangan diisi).",
                             en: "Pattern \(pattern) is outside \(range) for \(lists) lists (0 is what is estimated; leave it out).")
        case let .negativeCount(pattern, count):
            return CodeLabel(code: "negative_count",
                             id: "Jumlah orang untuk pola \(pattern) negatif (\(count)); jumlah harus 0 atau lebih.",
                             en: "The count of persons for pattern \(pattern) is negative (\(count)); counts must be 0 or more.")
        case let .emptyList(name):
            return CodeLabel(code: "empty_list",
                             id: "Daftar '\(name)' tidak memuat seorang pun; keluarkan daftar itu dari perhitungan.",
                             en: "List '\(name)' has nobody on it; leave that list out.")
        }
    }
}
