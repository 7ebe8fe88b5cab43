import Cases
import Foundation

/// The agency form's rules: every problem named with its field, in both languages.
enum AgencyForm {
    static func errors(_ form: FormData, codeFixed: Bool = false) -> [FieldError] {
        var v = Validator()
        if !codeFixed, let code = v.required(form.value("code"), "code", label: ("Kode", "Code")),
           !(code.count <= 30 && code.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) {
            v.fail("code", id: "Kode hanya huruf, angka dan tanda hubung (maks. 30)", en: "Code: letters, digits and dashes only (max 30)")
        }
        _ = v.required(form.value("name"), "name", label: ("Nama", "Name"))
        v.maxLength(form.value("name"), 150, "name", label: ("Nama", "Name"))
        if form.value("kind").flatMap(Agency.Kind.init(rawValue:)) == nil {
            v.fail("kind", id: "Pilih jenis instansi", en: "Choose the kind of agency")
        }
        if let p = form.value("provinceCode"), Province.named(code: p) == nil {
            v.fail("provinceCode", id: "Provinsi tidak dikenal", en: "Unknown province")
        }
        return v.errors
    }

    static func agency(_ form: FormData, id: String, code: String, active: Bool = true) -> Agency? {
        guard let name = form.value("name"), let kind = form.value("kind").flatMap(Agency.Kind.init(rawValue:)) else { return nil }
        return Agency(id: id, code: code, name: name, kind: kind, provinceCode: form.value("provinceCode"), active: active)
    }
}

/// The new-user form's rules.
enum UserForm {
    static func errors(_ form: FormData, agencies: [Agency]) -> [FieldError] {
        var v = Validator()
        if let u = v.required(form.value("username"), "username", label: ("Nama pengguna", "Username")),
           !(u.count <= 60 && u.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || ".-_".contains($0)) }) {
            v.fail("username", id: "Nama pengguna hanya huruf, angka, titik, garis (maks. 60)", en: "Username: letters, digits, dot, dash only (max 60)")
        }
        _ = v.required(form.value("displayName"), "displayName", label: ("Nama tampilan", "Display name"))
        v.maxLength(form.value("displayName"), 100, "displayName", label: ("Nama tampilan", "Display name"))
        if form.value("role").flatMap(Role.init(rawValue:)) == nil { v.fail("role", id: "Pilih peran", en: "Choose a role") }
        if !agencies.contains(where: { $0.id == form.value("agencyID") && $0.active }) {
            v.fail("agencyID", id: "Pilih instansi yang aktif", en: "Choose an active agency")
        }
        if let e = form.value("email"), !(e.count <= 200 && e.contains("@") && !e.contains(" ")) {
            v.fail("email", id: "Alamat surel tidak sah", en: "Not a valid e-mail address")
        }
        return v.errors
    }
}
