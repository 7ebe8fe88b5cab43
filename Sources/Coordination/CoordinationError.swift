import Cases

/// Why a coordination change was refused. Each case names what is wrong so the user can fix it;
/// `httpStatus` is what the edge should answer.
public enum CoordinationError: Error, Sendable, Hashable {
    /// Someone else changed the record first (the form was built from `expected`).
    case versionConflict(expected: Int, actual: Int)
    /// The acting agency is not the one the law or the referral lets do this.
    case notPermitted(subject: CodeLabel, action: CodeLabel, agencyID: String, onlyBy: CodeLabel)
    /// The record's current state does not allow this step; `allowed` lists what may come next.
    case invalidTransition(subject: CodeLabel, from: CodeLabel, attempted: CodeLabel, allowed: [CodeLabel])
    /// A value is missing or wrong; `field` names it as the form or JSON body does.
    case invalidInput(FieldError)

    /// 409 for a state or version clash, 403 for the wrong agency, 422 for bad input.
    public var httpStatus: Int {
        switch self {
        case .versionConflict, .invalidTransition: return 409
        case .notPermitted: return 403
        case .invalidInput: return 422
        }
    }

    /// The field to show the message beside, when there is one.
    public var field: String? {
        if case .invalidInput(let e) = self { return e.field }
        return nil
    }

    public func message(_ language: MessageLanguage) -> String { language == .indonesian ? id : en }

    /// The message in Indonesian.
    public var id: String {
        switch self {
        case let .versionConflict(expected, actual):
            return "Data telah diubah orang lain (versi \(actual), formulir dari versi \(expected)). Muat ulang lalu ulangi perubahan."
        case let .notPermitted(subject, action, agencyID, onlyBy):
            return "Instansi \(agencyID) tidak berwenang: '\(action.id)' pada \(subject.id.lowercased()) hanya oleh \(onlyBy.id.lowercased())."
        case let .invalidTransition(subject, from, attempted, allowed):
            let next = allowed.isEmpty ? "tidak ada langkah lanjutan" : "yang boleh: " + allowed.map(\.id).joined(separator: ", ")
            return "'\(attempted.id)' tidak dapat dilakukan pada \(subject.id.lowercased()) berstatus '\(from.id)' (\(next))."
        case let .invalidInput(e):
            return e.id
        }
    }

    /// The message in English.
    public var en: String {
        switch self {
        case let .versionConflict(expected, actual):
            return "Someone else changed this record (now version \(actual); your form was version \(expected)). Reload and make the change again."
        case let .notPermitted(subject, action, agencyID, onlyBy):
            return "Agency \(agencyID) may not do this: '\(action.en)' on a \(subject.en.lowercased()) is for the \(onlyBy.en.lowercased()) only."
        case let .invalidTransition(subject, from, attempted, allowed):
            let next = allowed.isEmpty ? "no further step is possible" : "allowed: " + allowed.map(\.en).joined(separator: ", ")
            return "'\(attempted.en)' is not possible for a \(subject.en.lowercased()) that is '\(from.en)' (\(next))."
        case let .invalidInput(e):
            return e.en
        }
    }

    public static func input(_ field: String, id: String, en: String) -> CoordinationError {
        .invalidInput(FieldError(field: field, id: id, en: en))
    }
}

/// What a coordination error is about.
public enum CoordinationSubject: String, CoordinationCode {
    case referral
    case protectionItem = "protection_item"
    case restitution
    case justiceTrack = "justice_track"
    case task

    public var label: (id: String, en: String) {
        switch self {
        case .referral: return ("Rujukan", "Referral")
        case .protectionItem: return ("Layanan pelindungan", "Protection service")
        case .restitution: return ("Restitusi", "Restitution")
        case .justiceTrack: return ("Proses peradilan", "Justice track")
        case .task: return ("Tugas", "Task")
        }
    }
}

/// Who may take an action, as named in a `notPermitted` error.
public enum ActingParty: String, CoordinationCode {
    case referringAgency = "referring_agency"
    case receivingAgency = "receiving_agency"
    case responsibleAgency = "responsible_agency"
    case taskParties = "task_parties"
    case creatingAgency = "creating_agency"

    public var label: (id: String, en: String) {
        switch self {
        case .referringAgency: return ("Instansi perujuk", "Referring agency")
        case .receivingAgency: return ("Instansi penerima rujukan", "Receiving agency")
        case .responsibleAgency: return ("Instansi penanggung jawab", "Responsible agency")
        case .taskParties: return ("Pembuat atau penerima tugas", "Task's creator or assignee")
        case .creatingAgency: return ("Instansi pembuat tugas", "Agency that created the task")
        }
    }
}
