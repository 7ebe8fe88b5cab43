import Cases
import Coordination

/// Why no estimate could be made from a table that was itself valid.
public enum EstimationError: Error, Sendable, Hashable {
    /// Not even the independence model can be fitted: typically no person is on two lists, so
    /// nothing links the lists and the unobserved could be any number.
    case noModelCanBeFitted
    /// The model asked for cannot be fitted to this table.
    case modelCannotBeFitted(terms: String, ModelFit.Status)

    public func message(_ language: MessageLanguage) -> String { language == .indonesian ? label.id : label.en }

    public var label: CodeLabel {
        switch self {
        case .noModelCanBeFitted:
            return CodeLabel(code: "no_model_can_be_fitted",
                             id: "Tidak ada model yang dapat dicocokkan: daftar-daftar hampir tidak beririsan (tidak ada orang yang tercatat di dua daftar), sehingga jumlah yang tidak terdeteksi tidak dapat diperkirakan.",
                             en: "No model can be fitted: the lists barely overlap (nobody is on two lists), so the number undetected cannot be estimated.")
        case let .modelCannotBeFitted(terms, status):
            let unidentifiable = status == .notIdentifiable
            return CodeLabel(code: "model_cannot_be_fitted",
                             id: "Model '\(terms)' tidak dapat dicocokkan: " + (unidentifiable ? "parameternya tidak teridentifikasi." : "penduga kemungkinan maksimumnya tidak ada (sel nol)."),
                             en: "The model '\(terms)' cannot be fitted: " + (unidentifiable ? "its parameters are not identifiable." : "its maximum likelihood estimate does not exist (zero cells)."))
        }
    }
}
