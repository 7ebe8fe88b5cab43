/// xl/sharedStrings.xml: every distinct text of the workbook once, cells pointing at it by index.
///
/// Chosen over inline strings because it is how Excel itself writes text, so every reader
/// handles it (openpyxl undoes the `_x005F_` escape only in this table), and because the names
/// that repeat down an indicator table — provinces × years, "<11" — are then stored once.
struct SharedStrings {
    private var indexByText: [ExactText: Int] = [:]
    private var texts: [String] = []
    private var references = 0

    /// The index of `text` (already cleaned by `XMLText.cleaned`), adding it when new.
    mutating func index(of text: String) -> Int {
        references += 1
        if let index = indexByText[ExactText(text)] { return index }
        texts.append(text)
        indexByText[ExactText(text)] = texts.count - 1
        return texts.count - 1
    }

    func xml() -> String {
        var xml = XMLPart.declaration
        xml += "<sst xmlns=\"\(XMLPart.spreadsheetNamespace)\" count=\"\(references)\" uniqueCount=\"\(texts.count)\">"
        for text in texts {
            let content = XMLText.escaped(XMLText.protectingExcelEscapes(text))
            let edgeIsSpace = text.first?.isWhitespace == true || text.last?.isWhitespace == true
            // Without xml:space="preserve" Excel trims leading and trailing spaces.
            xml += edgeIsSpace ? "<si><t xml:space=\"preserve\">\(content)</t></si>" : "<si><t>\(content)</t></si>"
        }
        return xml + "</sst>"
    }
}

/// A text compared by its exact bytes. Swift's `String ==` treats canonically equivalent texts
/// (a precomposed "é" and "e" + accent) as equal; the workbook must keep each as it was given.
private struct ExactText: Hashable {
    let text: String
    init(_ text: String) { self.text = text }

    static func == (lhs: ExactText, rhs: ExactText) -> Bool {
        lhs.text.utf8.elementsEqual(rhs.text.utf8)
    }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
