import OfferCheck

/// Short names of the checker's form fields, for error messages ("Umur: 150 di luar batas").
/// The questions themselves, and the labels of every answer, are data in `offer-rules.json`.
enum OfferFieldLabels {
    static func label(_ field: String) -> OfferText {
        if field.hasPrefix("amount_"), let kind = PaymentItemKind(rawValue: String(field.dropFirst(7))) {
            let item = OfferRules.shipped.label("payment_item", kind.rawValue) ?? OfferText(id: kind.rawValue, en: kind.rawValue)
            return OfferText(id: "Jumlah untuk \(item.id)", en: "Amount for \(item.en)")
        }
        return names[field] ?? OfferText(id: field, en: field)
    }

    private static let names: [String: OfferText] = [
        "offered_by": OfferText(id: "Yang menawarkan", en: "Who offered it"),
        "recruiter_name": OfferText(id: "Nama perekrut", en: "Recruiter's name"),
        "company_name": OfferText(id: "Nama perusahaan", en: "Company name"),
        "licence_shown": OfferText(id: "Nomor izin diberikan", en: "Licence number given"),
        "licence_number": OfferText(id: "Nomor SIP3MI", en: "SIP3MI number"),
        "destination_country": OfferText(id: "Negara tujuan", en: "Destination country"),
        "job": OfferText(id: "Pekerjaan", en: "Job"),
        "job_description": OfferText(id: "Pekerjaan menurut perekrut", en: "The job in the recruiter's words"),
        "employer_kind": OfferText(id: "Pemberi kerja", en: "Employer"),
        "asked_to_pay": OfferText(id: "Diminta membayar", en: "Asked to pay"),
        OfferForm.paymentItem: OfferText(id: "Biaya yang diminta", en: "Costs asked for"),
        OfferForm.paymentOther: OfferText(id: "Biaya lain", en: "Other cost"),
        "payment_channels": OfferText(id: "Cara membayar", en: "How it is paid"),
        "visa_type": OfferText(id: "Visa", en: "Visa"),
        "contract": OfferText(id: "Perjanjian kerja", en: "Work contract"),
        "contract_missing": OfferText(id: "Isi perjanjian yang kurang", en: "Missing from the contract"),
        "contract_language_understood": OfferText(id: "Bahasa perjanjian", en: "Language of the contract"),
        "placement_agreement": OfferText(id: "Perjanjian penempatan", en: "Placement agreement"),
        "training_certificate": OfferText(id: "Pelatihan atau sertifikat", en: "Training or certificate"),
        "medical_check": OfferText(id: "Pemeriksaan kesehatan", en: "Medical check"),
        "bpjs_ketenagakerjaan": OfferText(id: "BPJS Ketenagakerjaan", en: "BPJS Ketenagakerjaan"),
        "family_permission": OfferText(id: "Surat izin keluarga", en: "Family permission letter"),
        "registered_ltsa": OfferText(id: "Pendaftaran di LTSA/Disnaker", en: "Registration at the LTSA/Disnaker"),
        "age": OfferText(id: "Umur", en: "Age"),
        "passport_holder": OfferText(id: "Pemegang paspor", en: "Who holds the passport"),
        "too_good_to_be_true": OfferText(id: "Tawaran terlalu bagus", en: "Too good to be true"),
        "chat_only_contact": OfferText(id: "Hanya lewat chat", en: "Contact by chat only"),
        "recruiter_phone": OfferText(id: "Telepon perekrut", en: "Recruiter's phone"),
        "asked_to_falsify": OfferText(id: "Diminta memberi data palsu", en: "Asked to give false data"),
    ]
}
