import Coordination
import Foundation

/// Something about the data or the fit that should temper how the estimate is read.
public enum EstimationWarning: Sendable, Hashable {
    /// With two lists their dependence cannot be modelled or checked: independence is assumed.
    case onlyTwoLists
    /// These pairs of lists share nobody; models linking them were set aside.
    case listsWithoutOverlap([String])
    /// So few persons are on more than one list that the estimate rests on a handful of them.
    case fewOverlaps(Int)
    /// Models set aside because they could not be fitted to this table.
    case modelsSetAside(Int)
    /// The chosen model has no degrees of freedom left, so its fit cannot be checked.
    case saturatedModel
    /// The chosen model fits the observed overlaps badly (deviance test p < 0.05).
    case poorFit(deviance: Double, degreesOfFreedom: Int, pValue: Double)
    /// The likelihood never falls far enough above: the data set no upper limit.
    case noUpperLimit
    /// Tables simulated from the chosen model mostly chose another one (share that chose the
    /// same, below one half): the model rests on weak evidence, and the interval is wide for it.
    case unsettledModelChoice(sameModelShare: Double)

    public var label: CodeLabel {
        switch self {
        case .onlyTwoLists:
            return CodeLabel(code: "only_two_lists",
                             id: "Hanya dua daftar: ketergantungan antardaftar tidak dapat dimodelkan maupun diperiksa, jadi kedua daftar dianggap saling bebas.",
                             en: "Only two lists: dependence between them can be neither modelled nor checked, so they are assumed independent.")
        case let .listsWithoutOverlap(pairs):
            let list = pairs.joined(separator: ", ")
            return CodeLabel(code: "lists_without_overlap",
                             id: "Pasangan daftar tanpa orang yang sama: \(list). Model dengan interaksi pasangan itu tidak dapat dicocokkan.",
                             en: "Pairs of lists with nobody in common: \(list). Models with those pairs' interactions cannot be fitted.")
        case let .fewOverlaps(n):
            return CodeLabel(code: "few_overlaps",
                             id: "Hanya \(n) orang tercatat di lebih dari satu daftar; perkiraan bertumpu pada mereka dan sangat tidak pasti.",
                             en: "Only \(n) persons are on more than one list; the estimate rests on them and is very uncertain.")
        case let .modelsSetAside(n):
            return CodeLabel(code: "models_set_aside",
                             id: "\(n) model disisihkan karena tidak dapat dicocokkan pada tabel ini (sel nol atau parameter tidak teridentifikasi).",
                             en: "\(n) models were set aside because they cannot be fitted to this table (zero cells or unidentifiable parameters).")
        case .saturatedModel:
            return CodeLabel(code: "saturated_model",
                             id: "Model terpilih memakai semua derajat bebas, sehingga kecocokannya tidak dapat diuji.",
                             en: "The chosen model uses every degree of freedom, so its fit cannot be tested.")
        case let .poorFit(deviance, df, p):
            let numbers = String(format: "G² = %.1f, db = %d, p = %.3f", deviance, df, p)
            return CodeLabel(code: "poor_fit",
                             id: "Model terpilih kurang cocok dengan irisan yang teramati (\(numbers)); ada ketergantungan atau heterogenitas yang tidak tertangkap.",
                             en: "The chosen model fits the observed overlaps poorly (\(numbers.replacingOccurrences(of: "db", with: "df"))); some dependence or heterogeneity is not captured.")
        case .noUpperLimit:
            return CodeLabel(code: "no_upper_limit",
                             id: "Data tidak memberi batas atas: irisan antardaftar terlalu sedikit untuk membatasi jumlah yang tidak terdeteksi.",
                             en: "The data give no upper limit: the lists overlap too little to bound the number undetected.")
        case let .unsettledModelChoice(share):
            let percent = Int((share * 100).rounded())
            return CodeLabel(code: "unsettled_model_choice",
                             id: "Pilihan model tidak mantap: pada tabel tiruan dari model terpilih, model yang sama terpilih lagi hanya \(percent)% kali. Interval 95% sudah melebar karenanya.",
                             en: "The choice of model is unsettled: on tables simulated from the chosen model, the same model was chosen again only \(percent)% of the time. The 95% interval is wider for it.")
        }
    }
}
