/// Tests the facts against the national offences, in the version of the law that governs.
struct NationalTest {
    /// How the person assessed took part.
    enum Role {
        /// Did (or attempted, assisted, conspired in) the trafficking: Pasal 2–6 with 10 or 11.
        case trafficker
        /// Tried to move another to traffic, and it did not happen: Pasal 9.
        case failedInciter
        /// Used or profited from the victim of someone else's trafficking: Pasal 12.
        case user
    }

    struct OffenceFinding {
        let kind: OffenceKind
        let value: Tri
        let lines: [ExplanationLine]
        /// The facts of the unknown elements, when the offence turns on them.
        let unknownFacts: [String]
    }

    let role: Role
    let offences: [OffenceFinding]
    /// Whether the facts describe trafficking under any of Pasal 2–6 (the verdict also counts UU 35/2014).
    let trafficking: Tri
    let verdict: NationalVerdict
    let lines: [ExplanationLine]

    var met: [OffenceKind] { offences.filter { $0.value == .yes }.map { $0.kind } }
    /// Whether a trafficking offence (not only a child-protection one) is met.
    var traffickingMet: Bool { trafficking == .yes }

    init(_ v: FactView, version: LawVersion) {
        let p = v.facts.perpetrator
        role = p.usedVictim == true ? .user : (v.stage == .incitedNotCommitted ? .failedInciter : .trafficker)
        guard version.assessable else {
            offences = []
            trafficking = .unknown
            verdict = .undetermined
            lines = []
            return
        }
        let resulted = v.exploitationOccurred == .yes
        // The child-protection offences are the trafficker's own completed conduct: Pasal 9–12 and
        // the general rules on attempt are another matter, left to the UU 21/2007 reading.
        let childLaw = role == .trafficker && (v.stage == nil || v.stage == .completed)
        var findings: [OffenceFinding] = []
        for rule in OffenceRule.all where rule.kind.isTrafficking || childLaw {
            let provision = version.provision(rule.kind, resulted: resulted)
            let results = rule.elements.map { v.check($0, provision: provision) }
            let value = Tri.all(results.map { $0.value })
            // A defeated offence is explained by what defeated it; the rest by every element.
            let shown = value == .no ? results.filter { $0.value == .no } : results
            let unknown = value == .unknown ? results.filter { $0.value == .unknown }.flatMap { $0.line.facts } : []
            findings.append(OffenceFinding(kind: rule.kind, value: value, lines: shown.map { $0.line }, unknownFacts: unknown))
        }
        offences = findings
        trafficking = Tri.any(findings.filter { $0.kind.isTrafficking }.map { $0.value })
        verdict = switch Tri.any(findings.map { $0.value }) {
        case .yes: .offence
        case .no: .noOffence
        case .unknown: .undetermined
        }
        lines = v.explains ? findings.flatMap { $0.lines } + NationalTest.roleLines(role, v, trafficking) : []
    }

    private static func roleLines(_ role: Role, _ v: FactView, _ t: Tri) -> [ExplanationLine] {
        var lines: [ExplanationLine] = []
        switch role {
        case .user:
            lines.append(Explain.line(.uu21P12, "use", t.status, facts: ["perpetrator.usedVictim"],
                id: "Pelaku memanfaatkan korban; Pasal 12 berlaku bila korban adalah korban TPPO (di atas).",
                en: "The person used or profited from the victim; Pasal 12 applies if the victim is a trafficking victim (above)."))
        case .failedInciter:
            lines.append(Explain.line(.uu21P9, "incitement", t.status, facts: ["stage"],
                id: "Penggerakan tidak terlaksana: TPPO yang digerakkan dinilai dari fakta di atas; Pasal 9 menggantikan pasal pokoknya.",
                en: "Incitement that failed: the trafficking incited is judged on the facts above; Pasal 9 takes the place of the offence itself."))
        case .trafficker:
            if v.stage == .attempted || v.facts.perpetrator.assisted == true {
                lines.append(Explain.line(.uu21P10, "participation", t.status, facts: v.stage == .attempted ? ["stage"] : ["perpetrator.assisted"],
                    id: "Percobaan atau membantu dipidana sama dengan pelaku Pasal 2–6, tanpa pengurangan sepertiga.",
                    en: "Attempt or assistance carries the penalty of Pasal 2–6, with no one-third reduction."))
            }
            if v.stage == .conspiracy {
                lines.append(Explain.line(.uu21P11, "participation", t.status, facts: ["stage"],
                    id: "Permufakatan jahat dipidana sama dengan pelaku.", en: "Conspiracy carries the perpetrator's penalty."))
            }
        }
        if v.facts.victim.consented == true {
            lines.append(Explain.line(.uu21P26, "consent", .notRequired, facts: ["victim.consented"],
                id: "Persetujuan korban tidak menghilangkan penuntutan (Pasal 26; eksploitasi \"dengan atau tanpa persetujuan\", Pasal 1 angka 7).",
                en: "The victim's consent does not remove prosecution (Pasal 26; exploitation \"with or without consent\", Pasal 1 angka 7)."))
        }
        return lines
    }
}
