/// The words of the plain-text report in each language.
public struct TextLabels: Sendable {
    let title, assessed, actsOn, palermo, national, missing, articles, penalty, lawApplied, rights, instruments: String
    let divergences, unsettled, used, explanation, nextFacts, nextFactsDecided, notes, none, corporate, additional: String
    /// The alternatives of an answer that forks, and what decides between them.
    public let alternatives, decidedBy: String

    public static func of(_ language: ScreeningLanguage) -> TextLabels {
        language == .indonesian ? indonesian : english
    }

    static let indonesian = TextLabels(
        title: "HASIL PENYARINGAN HUKUM", assessed: "Dinilai per", actsOn: "perbuatan pada",
        palermo: "Protokol Palermo Pasal 3", national: "Hukum Indonesia", missing: "Unsur yang belum terbukti",
        articles: "Pasal", penalty: "Ancaman pidana", lawApplied: "Hukum yang diterapkan", rights: "Hak korban",
        instruments: "Instrumen internasional", divergences: "Perbedaan Palermo dan hukum nasional",
        unsettled: "Hukum yang belum pasti", used: "dipakai di atas", explanation: "Penjelasan unsur demi unsur",
        nextFacts: "FAKTA YANG PERLU DIPASTIKAN BERIKUTNYA", nextFactsDecided: "Fakta yang dapat mengubah pasal, pidana, atau hak korban",
        notes: "Catatan", none: "tidak ada", corporate: "Pidana korporasi", additional: "Pidana tambahan",
        alternatives: "Pasal bergantung pada fakta yang belum diketahui", decidedBy: "ditentukan oleh")

    static let english = TextLabels(
        title: "LEGAL SCREENING", assessed: "Assessed as of", actsOn: "acts on",
        palermo: "Palermo Protocol Art. 3", national: "Indonesian law", missing: "Elements not established",
        articles: "Articles", penalty: "Penalty", lawApplied: "Law applied", rights: "Victim's rights",
        instruments: "International instruments", divergences: "Where Palermo and national law differ",
        unsettled: "Unsettled law", used: "used above", explanation: "Element by element",
        nextFacts: "FACTS TO ESTABLISH NEXT", nextFactsDecided: "Facts that could change the articles, the penalty or the victim's rights",
        notes: "Notes", none: "none", corporate: "Corporate penalty", additional: "Additional penalties",
        alternatives: "Which article depends on facts not yet known", decidedBy: "decided by")

    public func verdict(_ v: PalermoVerdict) -> String {
        let id = self.title == TextLabels.indonesian.title
        switch v {
        case .trafficking: return id ? "PERDAGANGAN ORANG" : "TRAFFICKING"
        case .notTrafficking: return id ? "BUKAN PERDAGANGAN ORANG" : "NOT TRAFFICKING"
        case .undetermined: return id ? "BELUM DAPAT DITENTUKAN" : "UNDETERMINED"
        }
    }

    public func verdict(_ v: NationalVerdict) -> String {
        let id = self.title == TextLabels.indonesian.title
        switch v {
        case .offence: return id ? "TINDAK PIDANA" : "OFFENCE"
        case .noOffence: return id ? "BUKAN TINDAK PIDANA" : "NO OFFENCE"
        case .undetermined: return id ? "BELUM DAPAT DITENTUKAN" : "UNDETERMINED"
        }
    }

    public func element(_ e: PalermoElement) -> String {
        let id = self.title == TextLabels.indonesian.title
        switch e {
        case .act: return id ? "perbuatan" : "act"
        case .means: return id ? "cara" : "means"
        case .purpose: return id ? "tujuan eksploitasi" : "purpose"
        case .age: return id ? "umur" : "age"
        }
    }

    /// An element of the explanation by its key, in words (the keys are the engine's, in English).
    public func element(named key: String) -> String {
        let id = self.title == TextLabels.indonesian.title
        guard let words = Self.elementWords[key] else { return key }
        return id ? words.id : words.en
    }

    static let elementWords: [String: (id: String, en: String)] = [
        "act": ("perbuatan", "act"), "acts": ("perbuatan", "acts"), "means": ("cara", "means"),
        "purpose": ("tujuan eksploitasi", "purpose"), "age": ("umur", "age"), "stage": ("tahap perbuatan", "stage"),
        "aggravation": ("pemberatan", "aggravation"), "corporation": ("korporasi", "corporation"),
        "participation": ("penyertaan", "participation"), "harms": ("akibat pada korban", "harm to the victim"),
        "exploitation": ("eksploitasi", "exploitation"), "consent": ("persetujuan korban", "the victim's consent"),
        "use": ("memanfaatkan korban", "using the victim"), "non_punishment": ("korban tidak dipidana", "non-punishment"),
        "incitement": ("penggerakan", "incitement"), "adoption": ("pengangkatan anak", "adoption"),
        "citizenship": ("kewarganegaraan", "citizenship"), "movement": ("perpindahan", "movement"),
        "place": ("tempat", "place"), "result": ("akibat", "result"), "alternative": ("alternatif", "alternative"),
    ]

    public func status(_ s: ElementStatus) -> String {
        let id = self.title == TextLabels.indonesian.title
        switch s {
        case .met: return id ? "terpenuhi" : "met"
        case .notMet: return id ? "tidak terpenuhi" : "not met"
        case .unknown: return id ? "belum diketahui" : "unknown"
        case .notRequired: return id ? "tidak diperlukan" : "not required"
        }
    }
}
