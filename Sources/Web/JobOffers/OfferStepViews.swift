import Cases
import Markup
import OfferCheck

/// The checker's start page and its question pages: the question as the heading, its answers,
/// the answers so far carried hidden, and an error summary that links to each field.
enum OfferStepViews {
    static let brand = (id: "Cek Lowongan", en: "Check a job offer")

    static func intro(rules: OfferRules, lang: Lang) -> HTML {
        PublicLayout.page(lang("Periksa tawaran kerja ke luar negeri", "Check an offer of work abroad"), lang: lang,
                          path: SiteRoute.offerCheck.path, brand: brand, [
            .p(.class("lead"), .plain(lang("Jawab beberapa pertanyaan tentang tawaran yang Anda terima. Kami tunjukkan tanda bahaya beserta dasar hukumnya, dan apa yang sebaiknya dilakukan.",
                                          "Answer a few questions about the offer you received. We show its red flags with their legal basis, and what to do."))),
            .ul(.li(.plain(lang("Tanpa nama dan tanpa akun. Jawaban Anda tidak disimpan; hanya ada di halaman-halaman ini. "
                                    + "Nomor telepon, rekening dan nama perusahaan perekrut yang Anda sebut hanya dihitung dalam bentuk sandi, tanpa apa pun tentang Anda, "
                                    + "agar petugas tahu bila perekrut yang sama muncul berulang kali.",
                                "No name and no account. Your answers are not stored; they live only in these pages. "
                                    + "The recruiter's phone, account and company you name are only counted, in coded form and with nothing about you, "
                                    + "so that officers can tell when the same recruiter comes up again and again."))),
                .li(.plain(lang("Boleh menjawab \"tidak tahu\" atau melewati pertanyaan.", "You may answer \"I don't know\" or skip a question."))),
                .li(.plain(lang("Hasilnya tidak pernah menyatakan sebuah tawaran aman: selalu periksa izin perusahaan.",
                                "The result never calls an offer safe: always check the company's licence.")))),
            .form(.method(.post), .action(SiteRoute.offerCheckStep.path),
                  .input(.type(.hidden), .name("start"), .value("1")), ReportStepViews.languageField(lang),
                  .button(.type(.submit), .plain(lang("Mulai memeriksa", "Start the check")))),
            .p(.a(.href(localised(SiteRoute.villageHeadChecklist.path, lang)),
                  .plain(lang("Untuk kepala desa: daftar periksa sebelum mengetahui surat izin keluarga", "For village heads: the checklist before acknowledging a family's permission letter")))),
            AwarenessLinks.node(lang: lang, current: nil),
        ])
    }

    static func step(_ step: OfferStep, fields: [String: [String]], answers: OfferAnswers, errors: [FieldError],
                     rules: OfferRules, lang: Lang) -> HTML {
        let pos = step.position(answers)
        let title = heading(step, rules: rules, lang: lang)
        return PublicLayout.page(title, lang: lang, path: SiteRoute.offerCheck.path, brand: brand, [
            .p(.class("hint"), .plain(lang("Langkah \(pos.index) dari \(pos.count)", "Step \(pos.index) of \(pos.count)"))),
            .element(named: "progress", nodes: [.attribute(named: "max", value: String(pos.count)),
                                                .attribute(named: "value", value: String(pos.index)),
                                                .attribute(named: "aria-label", value: lang("Kemajuan", "Progress"))]),
            FormViews.errorSummary(errors, lang: lang),
            .form(.method(.post), .action(SiteRoute.offerCheckStep.path), .id("offer-form"),
                  .input(.type(.hidden), .name("step"), .value(step.rawValue)),
                  PublicLayout.carried(fields, except: Set(step.fields), names: OfferForm.carried),
                  OfferQuestionViews.questions(step, fields: fields, answers: answers, errors: errors, rules: rules, lang: lang),
                  .div(.class("actions"),
                       .button(.type(.submit), .name("go"), .value("next"),
                               .plain(step.next(answers) == .result ? lang("Lihat hasil", "See the result") : lang("Lanjut", "Continue"))),
                       .if(step.previous(answers) != nil,
                           .button(.type(.submit), .class("secondary"), .name("go"), .value("back"), .attribute(named: "formnovalidate"),
                                   .plain(lang("Kembali", "Back")))))),
        ])
    }

    /// The page's heading: its one question in the rules' words, or what its questions share.
    static func heading(_ step: OfferStep, rules: OfferRules, lang: Lang) -> String {
        func q(_ question: OfferQuestion) -> String { rules.question(question).map { lang($0) } ?? question.rawValue }
        switch step {
        case .recruiter: return q(.offeredBy)
        case .company: return lang("Perusahaan mana yang menawarkan?", "Which company made the offer?")
        case .destination: return q(.destinationCountry)
        case .job: return q(.job)
        case .employer: return q(.employerKind)
        case .costs: return q(.askedToPay)
        case .amounts: return lang("Berapa yang diminta untuk setiap biaya?", "How much was asked for each cost?")
        case .channels: return q(.paymentChannels)
        case .visa: return q(.visaType)
        case .contract: return q(.contract)
        case .language: return q(.contractLanguageUnderstood)
        case .documents: return lang("Apa yang sudah ada sebelum berangkat?", "What is in place before you leave?")
        case .age: return q(.age)
        case .passport: return q(.passportHolder)
        case .conduct: return lang("Bagaimana perekrut menghubungi dan meyakinkan Anda?", "How did the recruiter contact and persuade you?")
        case .result: return lang("Hasil pemeriksaan tawaran kerja", "The result of the check")
        }
    }

    /// A public path in the page's language.
    static func localised(_ path: String, _ lang: Lang) -> String {
        lang.isEnglish ? path + (path.contains("?") ? "&" : "?") + "bahasa=en" : path
    }
}
