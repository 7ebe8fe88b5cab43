import Cases
import OfferCheck
import Reporting

/// What "Laporkan lowongan ini" carries into `/lapor`'s questionnaire, only when the person
/// chooses it: the situation (a job abroad that may be a deception; documents held or a debt
/// when the answers say so), whether the worker is a child, and the offer told in plain words as
/// the report's narrative, which the person sees and can change on `/lapor`'s second page.
/// Nothing is stored until the person sends the report there.
enum OfferReportPrefill {
    typealias F = ReportForm.Field

    static func fields(_ o: OfferCheckOutcome, rules: OfferRules, lang: Lang) -> [(String, String)] {
        let a = o.answers
        var situations: [Situation] = [.deceptiveJobAbroad]
        if a.passportHolder == .recruiter || a.passportHolder == .employer { situations.append(.documentsHeld) }
        if a.paymentChannels?.contains(.loanOrWageDeduction) == true { situations.append(.debtBondage) }
        var out: [(String, String)] = [("start", "1")] + situations.map { (F.situation, $0.rawValue) }
        if let age = a.age { out.append((F.child, age < 18 ? Tristate.yes.rawValue : Tristate.no.rawValue)) }
        out.append((F.narrative, narrative(o, rules: rules, lang: lang)))
        if lang.isEnglish { out.append(("bahasa", "en")) }
        return out
    }

    /// The offer in plain text, one answer a line, then the red flags; never longer than the
    /// report's narrative may be.
    static func narrative(_ o: OfferCheckOutcome, rules: OfferRules, lang: Lang) -> String {
        let a = o.answers
        func label(_ set: String, _ code: String?) -> String? { code.map { rules.label(set, $0).map { lang($0) } ?? $0 } }
        var lines = [lang("Tawaran kerja ke luar negeri, diperiksa dengan Cek Lowongan pada \(DayWords.day(o.result.checkedOn, lang)).",
                          "An offer of work abroad, checked with the job-offer checker on \(DayWords.day(o.result.checkedOn, lang)).")]
        func line(_ name: (String, String), _ value: String?) {
            if let v = value?.trimmingCharacters(in: .whitespacesAndNewlines), !v.isEmpty { lines.append(lang(name.0, name.1) + ": " + v) }
        }
        line(("Ditawarkan oleh", "Offered by"), label("offered_by", a.offeredBy?.rawValue))
        line(("Nama perekrut", "Recruiter's name"), a.recruiterName)
        line(("Telepon perekrut", "Recruiter's phone"), a.recruiterPhone)
        line(("Perusahaan", "Company"), a.companyName)
        line(("Nomor SIP3MI", "SIP3MI number"), a.licenceNumber)
        line(("Negara tujuan", "Destination"), a.destinationCountry.map { Country.named(code: $0).map { lang($0.name) } ?? $0 })
        line(("Pekerjaan", "Job"), label("job", a.job?.rawValue))
        line(("Pekerjaan menurut perekrut", "The job in the recruiter's words"), a.jobDescription)
        line(("Pemberi kerja", "Employer"), label("employer_kind", a.employerKind?.rawValue))
        line(("Biaya yang diminta", "Costs asked for"), a.payments.isEmpty ? nil : a.payments.map { p in
            (label("payment_item", p.item.rawValue) ?? "") + (p.amountRupiah.map { " " + Rupiah.format($0, english: lang.isEnglish) } ?? "")
                + (p.description.map { " (\($0))" } ?? "")
        }.joined(separator: ", "))
        line(("Cara membayar", "How it is paid"), a.paymentChannels.map { $0.compactMap { label("payment_channel", $0.rawValue) }.joined(separator: ", ") })
        line(("Visa", "Visa"), label("visa_type", a.visaType?.rawValue))
        line(("Perjanjian kerja", "Work contract"), label("contract", a.contract?.rawValue))
        line(("Paspor dipegang oleh", "Passport held by"), label("passport_holder", a.passportHolder?.rawValue))
        line(("Umur", "Age"), a.age.map(String.init))
        if !o.result.flags.isEmpty {
            lines.append(lang("Tanda bahaya menurut Cek Lowongan:", "Red flags the checker found:"))
            lines += o.result.flags.map { "- " + lang($0.title) }
        }
        let text = lines.joined(separator: "\n")
        return text.count <= ReportForm.narrativeLimit ? text : String(text.prefix(ReportForm.narrativeLimit - 1)) + "…"
    }
}
