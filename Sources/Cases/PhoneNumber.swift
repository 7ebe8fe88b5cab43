/// Indonesian phone numbers in the forms people write them (+62 812…, 62812…, 0812…, with
/// spaces or dashes), brought to one form: `+62812…`. Foreign numbers keep their `+` code.
public enum PhoneNumber {
    public static func normalise(_ raw: String) -> String? {
        let trimmed = raw.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return nil }
        let plus = trimmed.hasPrefix("+")
        let digits = trimmed.filter { $0.isASCII && $0.isNumber }
        guard digits.count == trimmed.filter({ !" -().+".contains($0) }).count else { return nil }
        var national: String
        if plus {
            guard digits.count >= 8, digits.count <= 15 else { return nil }
            if !digits.hasPrefix("62") { return "+" + digits }
            national = String(digits.dropFirst(2))
        } else if digits.hasPrefix("62") {
            national = String(digits.dropFirst(2))
        } else if digits.hasPrefix("0") {
            national = String(digits.dropFirst())
        } else {
            national = digits
        }
        guard national.count >= 8, national.count <= 13, !national.hasPrefix("0") else { return nil }
        return "+62" + national
    }
}

import Foundation
