import Coordination

/// What must hold for the estimate to mean what it says, in words for the report's readers.
/// Every estimate carries all of them: they are not checked by the arithmetic.
public enum EstimationAssumptions {
    /// All of them, with the one on the interval that fits how it was worked out.
    public static func all(bootstrapped: Bool) -> [CodeLabel] {
        common + [bootstrapped ? intervalWithChoice : intervalGivenModel]
    }

    static let common: [CodeLabel] = [
        CodeLabel(code: "not_a_count",
                  id: "Ini perkiraan statistik, bukan hitungan korban; laporkan selalu bersama intervalnya.",
                  en: "This is a statistical estimate, not a count of victims; always report it with its interval."),
        CodeLabel(code: "closed_population",
                  id: "Populasi tertutup: orang yang sama berada dalam populasi sepanjang periode; tidak ada yang masuk atau keluar (pindah, meninggal, dipulangkan) di tengah periode.",
                  en: "Closed population: the same persons are in the population throughout the period; nobody enters or leaves (moves, dies, is repatriated) part-way through."),
        CodeLabel(code: "linkage",
                  id: "Pencocokan benar: orang yang sama di dua daftar dikenali sebagai satu orang, dan dua orang berbeda tidak digabung. Pencocokan yang terlewat membuat perkiraan terlalu besar; penggabungan yang keliru membuatnya terlalu kecil.",
                  en: "Linkage is right: the same person on two lists is recognised as one, and two different persons are not merged. Missed links inflate the estimate; false merges shrink it."),
        CodeLabel(code: "same_definition",
                  id: "Semua daftar mencatat jenis orang yang sama (definisi korban, wilayah, periode yang sama).",
                  en: "Every list records the same kind of person (the same definition of victim, area and period)."),
        CodeLabel(code: "pairwise_dependence_only",
                  id: "Ketergantungan antardaftar (misalnya rujukan dari satu instansi ke instansi lain) hanya dimodelkan sejauh interaksi pasangan yang terpilih; interaksi tiga daftar atau lebih dianggap tidak ada.",
                  en: "Dependence between lists (for example one agency referring persons to another) is modelled only as far as the chosen pairwise interactions go; interactions among three or more lists are assumed absent."),
        CodeLabel(code: "heterogeneity",
                  id: "Perbedaan peluang terdeteksi antarorang (heterogenitas) hanya tertangkap sejauh tampak sebagai interaksi pasangan; orang yang sulit dijangkau semua instansi membuat perkiraan terlalu kecil.",
                  en: "Differences between persons in how likely they are to be detected (heterogeneity) are captured only as far as they show as pairwise interactions; persons that every agency finds hard to reach make the estimate too small."),
    ]

    static let intervalGivenModel =
        CodeLabel(code: "interval_given_model",
                  id: "Interval 95% dihitung untuk model terpilih; ketidakpastian karena memilih model tidak termasuk, jadi interval sebenarnya lebih lebar.",
                  en: "The 95% interval is for the chosen model; the uncertainty of choosing the model is not included, so the true interval is wider.")

    static let intervalWithChoice =
        CodeLabel(code: "interval_with_choice",
                  id: "Interval 95% memperhitungkan ketidakpastian memilih model: seluruh langkah (memilih model, lalu mencocokkannya) diulang pada tabel-tabel tiruan dari model terpilih. Interval ini tidak memperhitungkan heterogenitas maupun interaksi yang tidak ada dalam model terpilih.",
                  en: "The 95% interval includes the uncertainty of choosing the model: the whole procedure (choose a model, then fit it) is repeated on tables simulated from the chosen model. It does not include heterogeneity, nor interactions missing from the chosen model.")
}
