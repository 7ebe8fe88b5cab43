import Cases
import Markup
import OfferCheck

/// The inputs of each page of the checker. Words come from the rules (`questions`, `choices`),
/// so the form, the result and the village head's checklist say the same. A value the page
/// refused is shown back as it was typed, beside its message.
enum OfferQuestionViews {
    static func questions(_ step: OfferStep, fields: [String: [String]], answers: OfferAnswers, errors: [FieldError],
                          rules: OfferRules, lang: Lang) -> Node {
        let form = Inputs(fields: fields, errors: errors, rules: rules, lang: lang)
        switch step {
        case .recruiter:
            return .group(
                form.radios("offered_by", set: "offered_by", .offeredBy),
                form.text("recruiter_name", .recruiterName,
                          hint: lang("Nama orang, akun media sosial, atau petugas yang menghubungi Anda, seperti yang ia sebutkan.",
                                     "The name of the person, social-media account or staff member who contacted you, as they gave it.")))
        case .company:
            return .group(
                form.text("company_name", .companyName, hint: lang("Tulis seperti yang diberikan perekrut, misalnya PT Maju Jaya.",
                                                                  "As the recruiter wrote it, e.g. PT Maju Jaya.")),
                form.radios("licence_shown", set: "yes_no", .licenceShown),
                form.text("licence_number", .licenceNumber, hint: lang("Nomor Surat Izin Perusahaan Penempatan Pekerja Migran Indonesia, bila diberikan.",
                                                                      "The number of the company's placement licence, if you were given one.")))
        case .destination:
            let countries = Country.all.filter { $0.code != Country.indonesia }.map { ($0.code, lang($0.name)) }
            return FormViews.select("destination_country", label: form.question(.destinationCountry), options: countries,
                                    selected: form.value("destination_country"), errors: errors, lang: lang, markOptional: false)
        case .job:
            return .group(
                form.radios("job", set: "job", .job),
                form.text("job_description", .jobDescription, hint: lang("Dengan kata-kata perekrut, misalnya \"admin online\".",
                                                                        "In the recruiter's words, e.g. \"online admin\".")))
        case .employer:
            return form.radios("employer_kind", set: "employer_kind", .employerKind)
        case .costs:
            return .group(form.radios("asked_to_pay", set: "yes_no", .askedToPay),
                          form.checkboxes(OfferForm.paymentItem, set: "payment_item", .payments,
                                          hint: lang("Centang semua yang diminta; jumlahnya ditanyakan sesudah ini.", "Tick all that were asked for; the amounts come next.")),
                          form.text(OfferForm.paymentOther, label: lang("Bila \"Lainnya\": biaya apa?", "If \"Other\": what for?")))
        case .amounts:
            // From the fields, not the answers: a refused amount must still be shown beside its message.
            return amounts(OfferForm.ticked(fields).compactMap(PaymentItemKind.init(rawValue:)), form)
        case .channels:
            return form.checkboxes("payment_channels", set: "payment_channel", .paymentChannels)
        case .visa:
            return form.radios("visa_type", set: "visa_type", .visaType)
        case .contract:
            return .group(form.radios("contract", set: "contract", .contract),
                          form.checkboxes("contract_missing", set: "contract_essential", .contractMissing,
                                          hint: lang("Hanya bila perjanjiannya ada tetapi tidak lengkap.", "Only if there is a contract but it is incomplete.")))
        case .language:
            return form.radios("contract_language_understood", set: "yes_no", .contractLanguageUnderstood)
        case .documents:
            let asked: [OfferQuestion] = [.placementAgreement, .trainingCertificate, .medicalCheck, .bpjsKetenagakerjaan, .familyPermission, .registeredLTSA]
            return .forEach(asked) { form.radios($0.rawValue, set: "yes_no", $0) }
        case .age:
            return form.text("age", .age, hint: lang("Dalam tahun, misalnya 24.", "In years, e.g. 24."))
        case .passport:
            return form.radios("passport_holder", set: "passport_holder", .passportHolder)
        case .conduct:
            return .group(form.radios("too_good_to_be_true", set: "yes_no", .tooGoodToBeTrue),
                          form.radios("chat_only_contact", set: "yes_no", .chatOnlyContact),
                          form.text("recruiter_phone", .recruiterPhone, hint: lang("Misalnya 0812 3456 7890 atau +966 50 123 4567.",
                                                                                  "For example 0812 3456 7890 or +966 50 123 4567."), type: .tel),
                          form.radios("asked_to_falsify", set: "yes_no", .askedToFalsify))
        case .result:
            return .empty
        }
    }

    /// One amount for each cost ticked on the page before; each may be left empty.
    private static func amounts(_ ticked: [PaymentItemKind], _ form: Inputs) -> Node {
        let lang = form.lang
        return .group(
            .p(.class("hint"), .plain(lang("Tulis jumlah yang diminta dalam rupiah, misalnya 3.500.000. Boleh dikosongkan bila tidak tahu.",
                                           "Write the amount asked for in rupiah, e.g. 3,500,000. Leave it empty if you do not know."))),
            .forEach(ticked) { kind in
                let label = form.rules.label("payment_item", kind.rawValue).map { lang($0) } ?? kind.rawValue
                return form.text(OfferForm.amountField(kind), label: label + " (Rp)")
            })
    }
}

/// The inputs of one page, over its fields, errors and rules.
struct Inputs {
    let fields: [String: [String]]
    let errors: [FieldError]
    let rules: OfferRules
    let lang: Lang

    func value(_ name: String) -> String? { fields[name]?.first }

    func question(_ q: OfferQuestion) -> String { rules.question(q).map { lang($0) } ?? q.rawValue }

    func choices(_ set: String) -> [(String, String)] {
        rules.choices.first { $0.set == set }?.options.map { ($0.code, lang($0.label)) } ?? []
    }

    func radios(_ name: String, set: String, _ q: OfferQuestion) -> Node {
        ReportStepViews.radios(name, legend: question(q), choices(set), selected: value(name), errors: errors, lang: lang)
    }

    func checkboxes(_ name: String, set: String, _ q: OfferQuestion, hint: String? = nil) -> Node {
        .group(.unwrap(hint) { .p(.class("hint"), .plain($0)) },
               ReportStepViews.checkboxes(name, legend: question(q), choices(set), selected: fields[name] ?? [], errors: errors, lang: lang))
    }

    func text(_ name: String, _ q: OfferQuestion, hint: String? = nil, type: InputType = .text) -> Node {
        text(name, label: question(q), hint: hint, type: type)
    }

    func text(_ name: String, label: String, hint: String? = nil, type: InputType = .text) -> Node {
        FormViews.textField(name, label: label, value: value(name), errors: errors, lang: lang, type: type, hint: hint,
                            autocomplete: "off", markOptional: false)
    }
}
