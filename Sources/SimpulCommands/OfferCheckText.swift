import OfferCheck

/// A check's result as plain text for a terminal: the verdict, each red flag with its basis and
/// what to do, the flags not judged with the questions that would settle them.
enum OfferCheckText {
    static func render(_ r: OfferCheckResult, rules: OfferRules, english: Bool) -> String {
        func t(_ text: OfferText) -> String { english ? text.en : text.id }
        func say(_ id: String, _ en: String) -> String { english ? en : id }
        var out = [t(r.verdict.title).uppercased(), t(r.verdict.advice)]
        if let note = r.verdict.note { out.append(t(note)) }
        out.append("")
        out.append(say("Tanda bahaya (\(r.flags.count)):", "Red flags (\(r.flags.count)):"))
        for f in r.flags {
            out.append("- [\(f.severity.rawValue)] \(t(f.title))\(f.unsettled ? say(" (belum pasti)", " (unsettled)") : "")  (\(f.code))")
            out.append("  " + t(f.explanation))
            for d in f.details { out.append("  · " + t(d)) }
            for b in f.basis {
                let since = b.inForceFrom.map { say(", berlaku sejak \($0)", ", in force since \($0)") } ?? ""
                out.append("  \(say("dasar", "basis")): \(b.instrument) \(b.provision)\(since), \(say("keyakinan", "confidence")) \(b.confidence.rawValue) — \(t(b.summary))")
            }
        }
        if !r.notJudged.isEmpty {
            out.append("")
            out.append(say("Belum bisa dinilai (\(r.notJudged.count)):", "Not judged (\(r.notJudged.count)):"))
            for u in r.notJudged { out.append("- \(t(u.title)) (\(u.code)): \(t(u.reason))") }
        }
        out.append("")
        out.append(say("Yang sebaiknya dilakukan:", "What to do:"))
        for (i, a) in r.actions.enumerated() { out.append("\(i + 1). " + t(a.text)) }
        out.append("")
        out.append(say("Aturan yang berlaku pada \(r.checkedOn) (versi \(r.rulesVersion)).", "Rules in force on \(r.checkedOn) (version \(r.rulesVersion))."))
        return out.joined(separator: "\n")
    }
}
