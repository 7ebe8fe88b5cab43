import Cases
import Markup
import Reporting
import Security

enum ReportFormFields {
    static let carried = ReportForm.Field.all + ["bahasa"]
    typealias F = ReportForm.Field

    /// The fields each page asks; the others travel hidden.
    static func own(_ step: ReportStep) -> Set<String> {
        switch step {
        case .danger: return [F.danger]
        case .what: return [F.situation, F.narrative]
        case .who: return [F.relation, F.child, F.victims]
        case .place: return [F.whereabouts, F.province, F.regency, F.country]
        case .contact: return [F.contact]
        case .callback: return [F.phone, F.window, F.codeWord]
        case .send: return []
        }
    }
}

/// One page of the public questionnaire: the question as the heading, its answers, and the
/// answers so far carried along hidden.
enum ReportStepViews {
    typealias F = ReportForm.Field

    static func intro(lang: Lang) -> HTML {
        PublicLayout.page(lang("Laporkan perdagangan orang", "Report human trafficking"), lang: lang, path: SiteRoute.report.path, [
            .p(.class("lead"), .plain(lang("Anda bisa melapor tanpa menyebut nama. Laporan dibaca petugas Gugus Tugas PP-TPPO dan diteruskan ke instansi yang berwenang.",
                                          "You can report without giving your name. Task-force officers read the report and pass it to the agency in charge."))),
            .h2(.plain(lang("Apa itu perdagangan orang?", "What is human trafficking?"))),
            .p(.plain(lang("Perdagangan orang terjadi bila seseorang direkrut, dibawa, ditampung, atau dikirim — dengan ancaman, kekerasan, penipuan, jeratan utang, atau memanfaatkan kesulitannya — untuk dieksploitasi: dipaksa bekerja, dijadikan pekerja seks, diperbudak, atau diambil organnya. Untuk anak, cara-cara itu tidak perlu ada: mengeksploitasi anak sudah merupakan kejahatan.",
                          "Trafficking is when someone is recruited, moved, housed or handed over — by threats, force, deceit, debt or by taking advantage of their hardship — to be exploited: forced to work, made to sell sex, enslaved or to have an organ removed. For a child none of those means is needed: exploiting a child is already the crime."))),
            .h2(.plain(lang("Tanda-tanda yang sering terjadi", "Common signs"))),
            .ul(.li(.plain(lang("Paspor atau KTP ditahan majikan atau agen", "Passport or ID card held by the employer or agent"))),
                .li(.plain(lang("Utang biaya perjalanan yang terus bertambah", "A travel debt that keeps growing"))),
                .li(.plain(lang("Tidak boleh keluar, tidak boleh berhenti, gaji tidak dibayar", "Not allowed out or to quit, wages unpaid"))),
                .li(.plain(lang("Tawaran kerja ke luar negeri tanpa kontrak, lewat jalur tidak resmi", "A job abroad with no contract, through unofficial channels")))),
            .h2(.plain(lang("Bagaimana laporan Anda dilindungi", "How your report is protected"))),
            .ul(.li(.plain(lang("Kami tidak menyimpan alamat internet, jenis perangkat, atau nama Anda.", "We keep neither your internet address, your device nor your name."))),
                .li(.plain(lang("Anda mendapat kode tanda terima 16 angka. Hanya dengan kode itu Anda bisa membaca balasan dan menambah informasi.",
                               "You get a 16-digit receipt code. Only with it can you read replies and add information."))),
                .li(.plain(lang("Identitas korban dan saksi dilindungi UU 21/2007 Pasal 44.", "Victims' and witnesses' identities are protected by UU 21/2007 Pasal 44.")))),
            .form(.method(.post), .action(SiteRoute.reportStep.path),
                  .input(.type(.hidden), .name("start"), .value("1")), languageField(lang),
                  .button(.type(.submit), .plain(lang("Mulai melapor", "Start a report")))),
            .p(.a(.href(SiteRoute.reportReturn.path + (lang.isEnglish ? "?bahasa=en" : "")),
                  .plain(lang("Sudah pernah melapor? Masukkan kode tanda terima", "Reported before? Enter your receipt code")))),
            AwarenessLinks.node(lang: lang, current: .lapor),
        ])
    }

    static func step(_ step: ReportStep, fields: [String: [String]], answers: ReportAnswers, errors: [FieldError], lang: Lang,
                     challenge: Challenge?) -> HTML {
        let pos = step.position(answers)
        let title = lang(step.question)
        let multipart = step == .send
        return PublicLayout.page(title, lang: lang, path: SiteRoute.report.path, urgent: answers.isUrgent, script: challenge != nil, [
            .p(.class("hint"), .plain(lang("Langkah \(pos.index) dari \(pos.count)", "Step \(pos.index) of \(pos.count)"))),
            .element(named: "progress", nodes: [.attribute(named: "max", value: String(pos.count)),
                                                .attribute(named: "value", value: String(pos.index)),
                                                .attribute(named: "aria-label", value: lang("Kemajuan", "Progress"))]),
            FormViews.errorSummary(errors, lang: lang),
            .form(.method(.post), .action(step == .send ? SiteRoute.reportSend.path : SiteRoute.reportStep.path),
                  .if(multipart, .enctype(.multipartData)), .id("report-form"),
                  .input(.type(.hidden), .name("step"), .value(step.rawValue)),
                  PublicLayout.carried(fields, except: ReportFormFields.own(step)),
                  questions(step, answers: answers, fields: fields, errors: errors, lang: lang),
                  .unwrap(challenge) { challengeFields($0, lang: lang) },
                  .div(.class("actions"),
                       .button(.type(.submit), .name("go"), .value("next"),
                               .plain(step == .send ? lang("Kirim laporan", "Send report") : lang("Lanjut", "Continue"))),
                       .if(step.previous(answers) != nil,
                           .button(.type(.submit), .class("secondary"), .name("go"), .value("back"), .attribute(named: "formnovalidate"),
                                   .plain(lang("Kembali", "Back")))))),
        ])
    }

    static func languageField(_ lang: Lang) -> Node {
        .if(lang.isEnglish, .input(.type(.hidden), .name("bahasa"), .value("en")))
    }

    /// Who the form speaks to: the reporter on `/lapor`, or the hotline operator filling it in
    /// for a caller ("the caller", never "you").
    enum Voice { case reporter, `operator` }

    static func questions(_ step: ReportStep, answers a: ReportAnswers, fields: [String: [String]], errors: [FieldError],
                          lang: Lang, voice: Voice = .reporter) -> Node {
        let op = voice == .operator
        func say(_ reporter: (String, String), _ forOperator: (String, String)) -> String { op ? lang(forOperator.0, forOperator.1) : lang(reporter.0, reporter.1) }
        switch step {
        case .danger:
            return radios(F.danger, legend: lang(step.question), Tristate.allCases.map { ($0.rawValue, lang($0.label)) },
                          selected: a.danger?.rawValue, errors: errors, lang: lang,
                          hint: lang("Misalnya dikurung, dipukul, atau akan dibawa pergi malam ini.", "For example locked in, beaten, or about to be taken away tonight."))
        case .what:
            return .group(
                checkboxes(F.situation, legend: lang("Pilih semua yang sesuai", "Choose all that apply"),
                           Situation.allCases.map { ($0.rawValue, lang($0.label)) }, selected: a.situations.map(\.rawValue),
                           errors: errors, lang: lang),
                textArea(F.narrative, label: say(("Ceritakan dengan kata-kata Anda (opsional)", "Tell us in your own words (optional)"),
                                                 ("Cerita penelepon, dengan kata-katanya (opsional)", "The caller's account, in their words (optional)")),
                         hint: say(("Apa, kapan, siapa yang merekrut atau menahan, nama agen atau tempat kerja jika tahu. Tidak perlu menulis nama Anda.",
                                    "What, when, who recruited or holds them, the agency or workplace if you know. You need not write your name."),
                                   ("Apa, kapan, siapa yang merekrut atau menahan, nama agen atau tempat kerja jika penelepon tahu. Jangan tulis nama penelepon.",
                                    "What, when, who recruited or holds them, the agency or workplace if the caller knows. Do not write the caller's name.")),
                         value: a.narrative, errors: errors, lang: lang))
        case .who:
            return .group(
                radios(F.relation, legend: say(("Siapa Anda bagi orang itu?", "Who are you to that person?"),
                                               ("Siapa penelepon bagi orang itu?", "Who is the caller to that person?")),
                       Relation.allCases.map { ($0.rawValue, lang($0.label)) }, selected: a.relation?.rawValue, errors: errors, lang: lang),
                radios(F.child, legend: lang("Apakah korbannya anak (di bawah 18 tahun)?", "Is the victim a child (under 18)?"),
                       Tristate.allCases.map { ($0.rawValue, lang($0.label)) }, selected: a.victimIsChild?.rawValue, errors: errors, lang: lang),
                radios(F.victims, legend: lang("Berapa orang yang mengalaminya?", "How many people does it concern?"),
                       VictimCount.allCases.map { ($0.rawValue, lang($0.label)) }, selected: a.victimCount?.rawValue, errors: errors, lang: lang))
        case .place:
            return .group(
                radios(F.whereabouts, legend: lang("Di mana orang itu sekarang?", "Where is that person now?"),
                       Whereabouts.allCases.map { ($0.rawValue, lang($0.label)) }, selected: a.whereabouts?.rawValue, errors: errors, lang: lang),
                FormViews.select(F.province, label: lang("Provinsi", "Province"), options: Province.all.map { ($0.code, $0.name) },
                                 selected: a.provinceCode, errors: errors, lang: lang),
                FormViews.textField(F.regency, label: lang("Kabupaten/kota", "Regency/city"), value: a.regency, errors: errors, lang: lang),
                FormViews.textField(F.country, label: lang("Negara, jika di luar negeri", "Country, if abroad"), value: a.country,
                                    errors: errors, lang: lang, markOptional: false))
        case .contact:
            return radios(F.contact, legend: lang(op ? step.operatorQuestion : step.question), ContactPreference.allCases.map { ($0.rawValue, lang($0.label)) },
                          selected: a.contact?.rawValue, errors: errors, lang: lang,
                          hint: say(("Tanpa izin Anda, kami tidak akan menghubungi Anda.", "Without your leave we will not contact you."),
                                    ("Tanyakan kepada penelepon; tanpa izinnya petugas tidak menghubunginya.", "Ask the caller; without their leave no officer contacts them.")))
        case .callback:
            return .group(
                FormViews.textField(F.phone, label: lang("Nomor telepon yang aman", "A safe phone number"), value: fields[F.phone]?.first,
                                    errors: errors, lang: lang, type: .tel, required: true, autocomplete: "off"),
                checkboxes(F.window, legend: lang("Kapan aman untuk menelepon?", "When is it safe to call?"),
                           CallbackWindow.allCases.map { ($0.rawValue, lang($0.label)) }, selected: a.callbackWindows.map(\.rawValue),
                           errors: errors, lang: lang),
                FormViews.textField(F.codeWord, label: lang("Kata sandi", "Code word"), value: a.codeWord, errors: errors, lang: lang,
                                    hint: say(("Petugas akan menyebut kata ini lebih dulu, supaya Anda tahu yang menelepon adalah kami. Jika orang lain mengangkat, petugas tidak akan menyebut apa pun tentang laporan.",
                                               "The officer says this word first, so you know it is us. If someone else answers, the officer says nothing about the report."),
                                              ("Minta penelepon memilih kata ini; petugas yang menelepon balik menyebutnya lebih dulu. Jika orang lain mengangkat, petugas tidak menyebut apa pun tentang laporan.",
                                               "Ask the caller to choose this word; the officer calling back says it first. If someone else answers, the officer says nothing about the report.")),
                                    required: true, autocomplete: "off"))
        case .send:
            return .group(
                ReportSummaryView.answers(a, lang: lang),
                .div(.class("field"),
                     .label(.attribute(named: "for", value: "f-files"), .plain(lang("Lampiran (opsional)", "Attachments (optional)"))),
                     attachmentHint(lang: lang),
                     .unwrap(errors.first { $0.field == "files" }) { .span(.class("error-text"), .plain(lang($0.id, $0.en))) },
                     .input(.type(.file), .id("f-files"), .name("files"), .attribute(named: "multiple", value: "multiple"),
                            .attribute(named: "aria-describedby", value: "f-files-hint"),
                            .attribute(named: "accept", value: "image/jpeg,image/png,application/pdf,audio/*"))))
        }
    }

    /// What may be attached and what becomes of it, beside both attachment fields (the
    /// questionnaire's last page and a reporter's thread).
    static func attachmentHint(lang: Lang) -> Node {
        .span(.class("hint"), .id("f-files-hint"),
              .plain(lang("Foto, PDF, atau rekaman suara; paling banyak 3 berkas, masing-masing 5 MB. Data yang bisa mengenali pengirim (lokasi, pembuat, perangkat) kami hapus dari berkas itu; berkas yang tidak bisa kami bersihkan kami tolak.",
                          "Photos, PDFs or voice recordings; up to 3 files of 5 MB each. We remove from them what could identify the sender (location, author, device); a file we cannot clean is refused.")))
    }

    static func challengeFields(_ c: Challenge, lang: Lang) -> Node {
        let words = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]
        let wordsEN = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
        return .fieldset(.class("challenge"), .id("challenge"),
                         .input(.type(.hidden), .name("challenge"), .value(c.token)),
                         .input(.type(.hidden), .name("proof"), .id("proof"), .value(""),
                                .data(named: "bits", value: String(c.bits))),
                         .element(named: "legend", text: lang("Pemeriksaan singkat", "A short check")),
                         .p(.class("hint"), .id("challenge-status"),
                            .plain(lang("Banyak laporan datang dari jaringan Anda. Jawab pertanyaan ini (atau tunggu sebentar bila JavaScript aktif).",
                                       "Many reports come from your network. Answer this question (or wait a moment if JavaScript is on)."))),
                         FormViews.textField("answer", label: lang("Berapa \(words[c.a]) ditambah \(words[c.b])? Tulis dengan angka.",
                                                                   "What is \(wordsEN[c.a]) plus \(wordsEN[c.b])? Write it in digits."),
                                             value: nil, errors: [], lang: lang, type: .text, autocomplete: "off", markOptional: false))
    }

    static func radios(_ name: String, legend: String, _ options: [(String, String)], selected: String?, errors: [FieldError],
                       lang: Lang, hint: String? = nil) -> Node {
        let error = errors.first { $0.field == name }
        return .fieldset(.class(error == nil ? "field" : "field has-error"), .id("f-\(FormViews.fieldID(name))"),
                         .element(named: "legend", text: legend),
                         .unwrap(hint) { .span(.class("hint"), .plain($0)) },
                         .unwrap(error) { .span(.class("error-text"), .plain(lang($0.id, $0.en))) },
                         .forEach(options) { o in
                             .label(.class("check"), .input(.type(.radio), .name(name), .value(o.0), .checked(o.0 == selected)),
                                    .plain(o.1))
                         })
    }

    static func checkboxes(_ name: String, legend: String, _ options: [(String, String)], selected: [String], errors: [FieldError],
                           lang: Lang) -> Node {
        let error = errors.first { $0.field == name }
        return .fieldset(.class(error == nil ? "field" : "field has-error"), .id("f-\(FormViews.fieldID(name))"),
                         .element(named: "legend", text: legend),
                         .unwrap(error) { .span(.class("error-text"), .plain(lang($0.id, $0.en))) },
                         .forEach(options) { o in
                             .label(.class("check"), .input(.type(.checkbox), .name(name), .value(o.0), .checked(selected.contains(o.0))),
                                    .plain(o.1))
                         })
    }

    static func textArea(_ name: String, label: String, hint: String?, value: String, errors: [FieldError], lang: Lang,
                         rows: Int = 6) -> Node {
        let error = errors.first { $0.field == name }
        let id = "f-\(FormViews.fieldID(name))"
        return .div(.class(error == nil ? "field" : "field has-error"),
                    .label(.attribute(named: "for", value: id), .plain(label)),
                    .unwrap(hint) { .span(.class("hint"), .id("\(id)-hint"), .plain($0)) },
                    .unwrap(error) { .span(.class("error-text"), .plain(lang($0.id, $0.en))) },
                    .textarea(.id(id), .name(name), .attribute(named: "rows", value: String(rows)),
                              .attribute(named: "maxlength", value: String(ReportForm.narrativeLimit)),
                              .if(hint != nil, .attribute(named: "aria-describedby", value: "\(id)-hint")), .plain(value)))
    }
}
