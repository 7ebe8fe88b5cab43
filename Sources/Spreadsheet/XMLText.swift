/// Turns caller text into text an XML 1.0 part can hold and Excel reads back unchanged.
enum XMLText {
    /// Drops the characters XML 1.0 forbids (control characters other than tab and line feed,
    /// U+FFFE, U+FFFF) and turns CR LF and lone CR into LF: an XML parser would turn a raw CR into
    /// LF anyway, and LF is what Excel uses for a line break inside a cell.
    static func cleaned(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0xEF }) else { return text }
        var out = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar.value {
            case 0x0D: out.append("\n")
            case 0x0A where previousWasCR: continue
            case 0x09, 0x0A: out.append(scalar)
            case 0..<0x20, 0xFFFE, 0xFFFF: continue
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// Escapes the five characters XML gives meaning to, so the result is safe both as element
    /// content and inside a double-quoted attribute.
    static func escaped(_ text: String) -> String {
        guard text.utf8.contains(where: isXMLMarkup) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
            case "'": out.append(contentsOf: "&apos;".unicodeScalars)
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    private static func isXMLMarkup(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): true
        default: false
        }
    }

    /// Excel and LibreOffice read `_x0041_` in a cell's text as the escaped character "A". A
    /// literal `_xHHHH_` is kept by escaping its underscore as `_x005F_`, which openpyxl undoes too.
    static func protectingExcelEscapes(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "_")) else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            if scalar == "_", startsExcelEscape(scalars[index...]) { out.append(contentsOf: "_x005F".unicodeScalars) }
            out.append(scalar)
        }
        return String(out)
    }

    private static func startsExcelEscape(_ tail: ArraySlice<Unicode.Scalar>) -> Bool {
        guard tail.count >= 7 else { return false }
        let start = tail.startIndex
        return tail[start + 1] == "x" && tail[start + 6] == "_"
            && tail[(start + 2)..<(start + 6)].allSatisfy { $0.properties.isASCIIHexDigit }
    }
}
