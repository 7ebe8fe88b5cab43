import Cases
import Markup
import Networks
import Store

/// The form that adds an entity to a case. It works without JavaScript: every field is shown,
/// and each hint says for which types it counts.
enum EntityFormView {
    static func section(_ chrome: Layout.Chrome, _ m: EntityPageView.Model, form: FormData?, errors: [FieldError]) -> Node {
        let lang = chrome.lang
        let holders = m.entities.mentions.filter { $0.type.isNamed }
        return .section(.attribute(named: "aria-labelledby", value: "add-entity"),
            .h2(.id("add-entity"), .plain(lang("Catat entitas", "Record an entity"))),
            FormViews.errorSummary(errors, lang: lang),
            .form(.method(.post), .action(SiteRoute.caseEntities(m.record.id).path), .attribute(named: "novalidate"),
                Layout.csrfField(chrome.csrf),
                FormViews.select("type", label: lang("Jenis", "Type"), options: EntityType.allCases.map { ($0.rawValue, lang($0.label)) },
                                 selected: form?["type"] ?? "phone", errors: errors, lang: lang, required: true),
                FormViews.textField("value", label: lang("Nilai atau nama", "Value or name"), value: form?["value"], errors: errors, lang: lang,
                                    hint: lang("Seperti tertulis di berkas: 0812-1234-5678, BCA 123 456 7890, @akun, Jl. Mawar No. 5, DH 1234 AB. Yang tidak sah tetap disimpan dan ditandai.",
                                               "As written in the file: 0812-1234-5678, BCA 123 456 7890, @account, Jl. Mawar No. 5, DH 1234 AB. A malformed value is kept and flagged."),
                                    markOptional: false),
                FormViews.select("provider", label: lang("Penyedia (dompet elektronik atau media sosial)", "Provider (e-wallet or social platform)"),
                                 options: (EntityType.eWallet.providers + EntityType.socialAccount.providers).map { ($0, $0) },
                                 selected: form?["provider"], errors: errors, lang: lang),
                FormViews.select("role", label: lang("Peran (untuk orang)", "Role (for a person)"),
                                 options: Networks.PersonRole.allCases.map { ($0.rawValue, lang($0.label)) },
                                 selected: form?["role"], errors: errors, lang: lang),
                .if(!m.suspects.isEmpty, FormViews.select("suspectId", label: lang("Tersangka dalam kasus ini (untuk orang)", "A suspect of this case (for a person)"),
                                                          options: m.suspects.map { ($0.id, $0.pseudonym(lang.language)) },
                                                          selected: form?["suspectId"], errors: errors, lang: lang)),
                .if(!holders.isEmpty, FormViews.select("heldBy", label: lang("Dipegang oleh", "Held by"),
                                                       options: holders.map { ($0.id, EntityPageView.label($0, m, lang: lang)) },
                                                       selected: form?["heldBy"], errors: errors, lang: lang)),
                FormViews.textField("nib", label: lang("NIB (untuk P3MI atau perusahaan)", "NIB (for an agency or company)"), value: form?["nib"], errors: errors, lang: lang),
                FormViews.textField("sip3mi", label: lang("SIP3MI (untuk P3MI)", "SIP3MI (for an agency)"), value: form?["sip3mi"], errors: errors, lang: lang),
                FormViews.textField("firstSeen", label: lang("Pertama terlihat", "First seen"), value: form?["firstSeen"], errors: errors, lang: lang, type: .date),
                FormViews.textField("lastSeen", label: lang("Terakhir terlihat", "Last seen"), value: form?["lastSeen"], errors: errors, lang: lang, type: .date),
                .button(.type(.submit), .plain(lang("Simpan entitas", "Save entity")))))
    }

    /// The form's fields as the store reads them.
    static func draft(_ form: FormData) -> EntityDraft {
        EntityDraft(type: form["type"] ?? "", value: form.value("value"), provider: form.value("provider"), role: form.value("role"),
                    suspectId: form.value("suspectId"), heldBy: form.value("heldBy"), nib: form.value("nib"), sip3mi: form.value("sip3mi"),
                    firstSeen: form.value("firstSeen"), lastSeen: form.value("lastSeen"))
    }
}
