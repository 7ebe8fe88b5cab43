import Coordination
import Foundation

extension MultipleSystemsEstimate {
    /// The sentence a report should print: rounded, with its interval, and saying it is an
    /// estimate. Three significant figures, because more would claim a precision it lacks.
    public var summary: CodeLabel {
        let lower = totalInterval.lowerBound, upper = totalInterval.upperBound
        func id(_ x: Double) -> String { Self.grouped(x, separator: ".") }
        func en(_ x: Double) -> String { Self.grouped(x, separator: ",") }
        let upperID = upper.isFinite ? id(upper) : "tanpa batas atas"
        let upperEN = upper.isFinite ? en(upper) : "no upper limit"
        return CodeLabel(
            code: "mse_summary",
            id: "Perkiraan jumlah korban seluruhnya (terdeteksi dan tidak): sekitar \(id(total)), interval kepercayaan 95% \(id(lower))–\(upperID). Yang tercatat di sedikitnya satu daftar: \(observed) orang. Ini perkiraan statistik, bukan hitungan.",
            en: "Estimated number of victims in all (detected or not): about \(en(total)), 95% confidence interval \(en(lower))–\(upperEN). Persons on at least one list: \(observed). This is a statistical estimate, not a count.")
    }

    /// Rounds to three significant figures and groups thousands, "11.300" / "11,300".
    public static func grouped(_ x: Double, separator: String) -> String {
        guard x.isFinite, x >= 1 else { return String(Int(max(0, x).rounded())) }
        let step = pow(10, max(0, floor(log10(x)) - 2))
        let digits = String(Int((x / step).rounded() * step))
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += separator }
            out.append(ch)
        }
        return out
    }
}
