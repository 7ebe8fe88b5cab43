import Hummingbird
import Markup

/// A page rendered once with markers where its few changing values go, then filled by joining
/// slices. The receipt page is answered after every report: rendering it through Plot each time
/// cost more than committing the report.
struct PageTemplate: Sendable {
    private let pieces: [String]
    private let order: [Int]

    /// `markers` must each appear once in `rendered`; values are later given in the same order.
    init(rendered: String, markers: [String]) {
        var found: [(offset: Int, marker: Int, range: Range<String.Index>)] = []
        for (i, m) in markers.enumerated() {
            if let r = rendered.range(of: m) { found.append((rendered.distance(from: rendered.startIndex, to: r.lowerBound), i, r)) }
        }
        found.sort { $0.offset < $1.offset }
        var pieces: [String] = []
        var cursor = rendered.startIndex
        for f in found {
            pieces.append(String(rendered[cursor..<f.range.lowerBound]))
            cursor = f.range.upperBound
        }
        pieces.append(String(rendered[cursor...]))
        self.pieces = pieces
        order = found.map(\.marker)
    }

    /// The page with `values[i]` (HTML-escaped) in place of `markers[i]`.
    func fill(_ values: [String]) -> String {
        var out = pieces[0]
        for (i, marker) in order.enumerated() {
            out += HTMLEscape.text(values[marker])
            out += pieces[i + 1]
        }
        return out
    }
}
