/// Excel's rules for the name on a sheet's tab. Excel refuses to open a workbook that breaks
/// them, so they are checked before anything is written.
public enum SheetName {
    static let forbiddenCharacters: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]
    static let maximumLength = 31

    /// Throws `SpreadsheetError.invalidSheetName` naming the name and the rule it breaks.
    public static func validate(_ name: String) throws(SpreadsheetError) {
        func refuse(_ reason: String) -> SpreadsheetError {
            .invalidSheetName(name: name, reason: reason)
        }
        if name.isEmpty { throw refuse("it is empty") }
        // Excel counts UTF-16 units, so an emoji takes two of the 31.
        if name.utf16.count > maximumLength { throw refuse("it is longer than \(maximumLength) characters") }
        if let bad = name.first(where: forbiddenCharacters.contains) {
            throw refuse("it contains \"\(bad)\"; none of [ ] : * ? / \\ may be used")
        }
        if name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            throw refuse("it contains a control character")
        }
        if name.hasPrefix("'") || name.hasSuffix("'") {
            throw refuse("it begins or ends with an apostrophe")
        }
        if name.lowercased() == "history" { throw refuse("Excel reserves \"History\"") }
    }

    /// Validates every name and refuses two that differ only in case.
    public static func validate(_ names: [String]) throws(SpreadsheetError) {
        var seen: Set<String> = []
        for name in names {
            try validate(name)
            if !seen.insert(name.lowercased()).inserted { throw .duplicateSheetName(name: name) }
        }
    }
}
