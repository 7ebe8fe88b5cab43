import Cases
import Markup
import Reporting

enum ReportSettingsView {
    static func render(_ chrome: Layout.Chrome, rules: [RoutingRule], agencies: [Agency], duty: Set<String>,
                       retention: RetentionPolicy, errors: [FieldError]) -> HTML {
        let lang = chrome.lang
        let name = Dictionary(agencies.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        func target(_ t: RoutingTarget) -> String {
            switch t {
            case .agency(let id): return name[id] ?? id
            case .kindInProvince(let k): return lang(k.label) + lang(" di provinsi laporan", " in the report's province")
            }
        }
        func yn(_ b: Bool?) -> String { b.map { $0 ? lang("ya", "yes") : lang("tidak", "no") } ?? lang("apa saja", "any") }
        let targets: [(value: String, label: String)] =
            Agency.Kind.allCases.map { (RoutingTarget.kindInProvince($0).code, lang($0.label) + lang(" di provinsi laporan", " in the report's province")) }
            + agencies.map { (RoutingTarget.agency($0.id).code, $0.name) }
        let tristate: [(value: String, label: String)] = [("yes", lang("ya", "yes")), ("no", lang("tidak", "no"))]
        return Layout.page(lang("Rute laporan", "Report routing"), chrome,
            FormViews.errorSummary(errors, lang: lang),
            .p(.plain(lang("Setiap laporan dibaca aturan dari urutan terkecil; aturan pertama yang cocok menentukan antrean. Yang tidak cocok dengan aturan mana pun masuk ke layanan SAPA 129 (KemenPPPA).",
                          "Each report is read against the rules from the lowest order; the first that matches picks the queue. Anything no rule matches goes to SAPA 129 (KemenPPPA)."))),
            .table(.caption(.plain(lang("Aturan", "Rules"))),
                   .thead(.tr(.th(.plain(lang("Urutan", "Order"))), .th(.plain(lang("Jenis", "Type"))), .th(.plain(lang("Provinsi", "Province"))),
                              .th(.plain(lang("Anak", "Child"))), .th(.plain(lang("Luar negeri", "Abroad"))), .th(.plain(lang("Ke", "To"))),
                              .th(.plain(lang("Tindakan", "Action"))))),
                   .tbody(.forEach(rules) { r in
                       .tr(.td(.class("num"), .plain(String(r.position))), .td(.plain(r.exploitation.map { lang($0.label) } ?? lang("apa saja", "any"))),
                           .td(.plain(r.provinceCode.flatMap(Province.named(code:))?.name ?? lang("apa saja", "any"))),
                           .td(.plain(yn(r.child))), .td(.plain(yn(r.abroad))), .td(.plain(target(r.target))),
                           .td(.form(.method(.post), .action(SiteRoute.reportRuleDelete(r.id).path), .class("inline"),
                                     Layout.csrfField(chrome.csrf),
                                     .button(.type(.submit), .class("link"), .plain(lang("Hapus", "Delete"))))))
                   })),
            .h2(.plain(lang("Tambah aturan", "Add a rule"))),
            .form(.method(.post), .action(SiteRoute.reportRule.path), .class("search"),
                  Layout.csrfField(chrome.csrf),
                  FormViews.textField("position", label: lang("Urutan", "Order"), value: String((rules.map(\.position).max() ?? 0) + 10),
                                      errors: errors, lang: lang, markOptional: false),
                  FormViews.select("exploitation", label: lang("Jenis eksploitasi", "Exploitation type"),
                                   options: ExploitationType.allCases.map { ($0.rawValue, lang($0.label)) }, selected: nil, errors: errors, lang: lang),
                  FormViews.select("province", label: lang("Provinsi", "Province"), options: Province.all.map { ($0.code, $0.name) },
                                   selected: nil, errors: errors, lang: lang),
                  FormViews.select("child", label: lang("Korban anak", "Child victim"), options: tristate, selected: nil, errors: errors, lang: lang),
                  FormViews.select("abroad", label: lang("Di luar negeri", "Abroad"), options: tristate, selected: nil, errors: errors, lang: lang),
                  FormViews.select("target", label: lang("Kirim ke", "Send to"), options: targets, selected: nil, errors: errors, lang: lang,
                                   markOptional: false),
                  .button(.type(.submit), .plain(lang("Simpan aturan", "Save rule")))),
            .h2(.plain(lang("Instansi piket untuk keadaan darurat", "Agencies on duty for emergencies"))),
            .form(.method(.post), .action(SiteRoute.reportDuty.path),
                  Layout.csrfField(chrome.csrf),
                  .fieldset(.element(named: "legend", text: lang("Diberi peringatan segera bila ada yang dalam bahaya (selain antrean laporan dan polisi setempat)",
                                                                 "Alerted at once when someone is in danger (besides the report's queue and the local police)")),
                            .forEach(agencies) { a in
                                .label(.class("check"), .input(.type(.checkbox), .name("duty"), .value(a.id), .checked(duty.contains(a.id))), .plain(a.name))
                            }),
                  .button(.type(.submit), .plain(lang("Simpan piket", "Save duty list")))),
            .h2(.plain(lang("Masa simpan laporan yang ditutup", "How long closed reports are kept"))),
            .form(.method(.post), .action(SiteRoute.reportRetention.path),
                  Layout.csrfField(chrome.csrf),
                  .p(.class("hint"), .plain(lang("Setelah masa ini isi laporan dihapus; log audit hanya mencatat bahwa laporan itu dihapus.",
                                               "After this the report's content is deleted; the audit log records only that it was deleted."))),
                  .group(ClosureReason.allCases.map { r in
                      FormViews.textField("days.\(r.rawValue)", label: lang(r.label) + lang(" (hari)", " (days)"),
                                          value: String(retention.days(for: r)), errors: errors, lang: lang, type: .number, markOptional: false)
                  }),
                  .button(.type(.submit), .plain(lang("Simpan masa simpan", "Save retention"))))
        )
    }
}
