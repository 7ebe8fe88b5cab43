/// The ways an unknown fact could turn out, one representative for each distinction the rules
/// draw, so the engine can ask "would every way give an offence?" and "which way would change the
/// answer most?". Each completion carries the words that describe it, for the answer's reader.
struct Completion {
    let when: Bilingual
    let apply: @Sendable (inout CaseFacts) -> Void

    /// The facts that place a case among the articles (where, whose, how old) rather than make up
    /// an element: Pasal 2, 3 and 4 split by place, Pasal 4 by citizenship, the child offences by age.
    static let placing: Set<String> = ["movement", "victim.citizenship", "victim.age"]

    /// A country code that is not Indonesia, standing for "abroad" (it is never shown).
    private static let abroad = "XX"

    /// The completions of one facts field; empty for a field the engine does not vary.
    static func of(_ field: String, _ v: FactView) -> [Completion] {
        switch field {
        case "movement":
            // A journey between two foreign countries is outside what an Indonesian screening weighs:
            // the acts this engine judges touch Indonesia.
            return [
                Completion(when: Bilingual(id: "eksploitasi di Indonesia", en: "exploitation in Indonesia")) {
                    $0.movement = CaseFacts.Movement(from: "ID", to: "ID") },
                Completion(when: Bilingual(id: "korban dibawa ke luar negeri untuk dieksploitasi", en: "the victim taken abroad to be exploited")) {
                    $0.movement = CaseFacts.Movement(from: "ID", to: abroad) },
                Completion(when: Bilingual(id: "korban dibawa masuk ke Indonesia", en: "the victim brought into Indonesia")) {
                    $0.movement = CaseFacts.Movement(from: abroad, to: "ID") },
            ]
        case "victim.citizenship":
            return [
                Completion(when: Bilingual(id: "korban WNI", en: "the victim Indonesian")) { $0.victim.citizenship = "ID" },
                Completion(when: Bilingual(id: "korban WNA", en: "the victim a foreigner")) { $0.victim.citizenship = abroad },
            ]
        case "victim.age":
            return [
                Completion(when: Bilingual(id: "korban anak", en: "the victim a child")) { $0.victim.age = 15 },
                Completion(when: Bilingual(id: "korban dewasa", en: "the victim an adult")) { $0.victim.age = 30 },
            ]
        case "adoption.promiseOrPayment":
            return [
                Completion(when: Bilingual(id: "anak diangkat dengan janji atau imbalan", en: "the child adopted for a promise or payment")) {
                    $0.adoption.promiseOrPayment = true },
                Completion(when: Bilingual(id: "tanpa pengangkatan anak", en: "no adoption")) { $0.adoption.promiseOrPayment = false },
            ]
        case "acts":
            return [
                Completion(when: Bilingual(id: "tanpa perbuatan", en: "no act")) { $0.acts = [] },
                Completion(when: Bilingual(id: "orang itu direkrut atau diangkut", en: "the person recruited or transported")) {
                    $0.acts = [.recruitment, .transportation] },
                Completion(when: Bilingual(id: "orang itu dikirim", en: "the person sent")) { $0.acts = [.sending] },
            ]
        case "means":
            let known = v.means ?? []
            return [
                Completion(when: Bilingual(id: "tanpa cara yang disebut undang-undang", en: "none of the statutory means")) { $0.means = known },
                Completion(when: Bilingual(id: "dengan salah satu cara (mis. penipuan)", en: "by one of the means (e.g. deception)")) {
                    $0.means = known + [.deception] },
            ]
        case "exploitation":
            return exploitation(v)
        default:
            return []
        }
    }

    private static func exploitation(_ v: FactView) -> [Completion] {
        if let status = v.status {
            // The purpose is known, its kind is not: one kind every law counts, one that UU 35/2014 does not.
            return [
                Completion(when: Bilingual(id: "kerja paksa", en: "forced labour")) { $0.exploitation = .init(types: [.forcedLabour], status: status) },
                Completion(when: Bilingual(id: "pengambilan organ", en: "organ removal")) { $0.exploitation = .init(types: [.organRemoval], status: status) },
            ]
        }
        let types = v.types.flatMap { $0.isEmpty ? nil : $0 } ?? [.forcedLabour]
        return [
            Completion(when: Bilingual(id: "tanpa tujuan eksploitasi", en: "no exploitative purpose")) { $0.exploitation = .init(types: [], status: CaseFacts.ExploitationStatus.none) },
            Completion(when: Bilingual(id: "eksploitasi sebagai tujuan", en: "exploitation as the purpose")) { $0.exploitation = .init(types: types, status: .intended) },
            Completion(when: Bilingual(id: "eksploitasi sudah terjadi", en: "exploitation happened")) { $0.exploitation = .init(types: types, status: .occurred) },
        ]
    }

    /// Pasal 5 is about an adoption, a handing-over of the child: it is in play only when the acts
    /// are not yet known or include receiving or transferring the child. A child recruited and
    /// harboured for prostitution is not asked whether she was adopted.
    static func adoptionInPlay(_ v: FactView) -> Bool {
        guard v.child != .no, v.facts.adoption.promiseOrPayment == nil else { return false }
        guard let acts = v.acts else { return true }
        return acts.contains(.receipt) || acts.contains(.transfer)
    }

    /// The facts fields the offences still open turn on, as completion fields.
    static func openFields(_ national: NationalTest) -> [String] {
        var fields: [String] = []
        for o in national.offences where o.value == .unknown {
            for f in o.unknownFacts {
                let field = f.hasPrefix("exploitation") ? "exploitation" : f
                if !fields.contains(field) { fields.append(field) }
            }
        }
        return fields
    }
}
