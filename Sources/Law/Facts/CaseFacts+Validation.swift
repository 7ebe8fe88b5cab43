extension CaseFacts {
    /// Facts that cannot all be true together. The decoder rejects a document that has any;
    /// code that builds `CaseFacts` by hand (the questionnaire prefill, the web form) can call this.
    public func contradictions() -> [FactsIssue] {
        var issues: [FactsIssue] = []
        let statusCodes = ExploitationStatus.allowedCodes
        if exploitation.status == ExploitationStatus.none, let types = exploitation.types, !types.isEmpty {
            issues.append(.contradiction("exploitation.types", found: types.map(\.rawValue).joined(separator: ", "),
                                         allowed: ["[]"] + statusCodes, reason: Bilingual(
                id: "exploitation.status \"none\" (tidak ada tujuan eksploitasi) tetapi jenis eksploitasi diisi; "
                    + "kosongkan types, atau pilih status intended atau occurred",
                en: "exploitation.status \"none\" (no exploitative purpose) but types are listed; "
                    + "leave types empty, or choose status intended or occurred")))
        }
        if let status = exploitation.status, status != .none, exploitation.types?.isEmpty == true {
            issues.append(.contradiction("exploitation.types", found: "[]", allowed: ExploitationType.allowedCodes, reason: Bilingual(
                id: "exploitation.status \"\(status.rawValue)\" tetapi types kosong; sebutkan jenisnya, "
                    + "atau hapus kolom types bila jenisnya belum diketahui",
                en: "exploitation.status \"\(status.rawValue)\" but types is empty; list the type, "
                    + "or leave types out if the type is not known")))
        }
        if victim.sex == .male, let i = harms?.firstIndex(of: .pregnancy) {
            issues.append(.contradiction("harms[\(i)]", found: "pregnancy", allowed: Harm.allowedCodes, reason: Bilingual(
                id: "kehamilan tercatat untuk korban laki-laki (victim.sex \"male\"); periksa harms atau victim.sex",
                en: "pregnancy recorded for a male victim (victim.sex \"male\"); check harms or victim.sex")))
        }
        if let date, let asOf, asOf < date {
            issues.append(.contradiction("date", found: date.description, allowed: ["≤ asOf \(asOf)"], reason: Bilingual(
                id: "tanggal perbuatan \(date) sesudah tanggal penilaian asOf \(asOf)",
                en: "the date of the acts \(date) is after the assessment date asOf \(asOf)")))
        }
        if stage == .incitedNotCommitted, exploitation.status == .occurred {
            issues.append(.contradiction("stage", found: "incited_not_committed", allowed: Stage.allowedCodes, reason: Bilingual(
                id: "stage \"incited_not_committed\" berarti perdagangan orang tidak terjadi, "
                    + "tetapi exploitation.status \"occurred\"",
                en: "stage \"incited_not_committed\" means the trafficking did not take place, "
                    + "but exploitation.status is \"occurred\"")))
        }
        return issues
    }
}
