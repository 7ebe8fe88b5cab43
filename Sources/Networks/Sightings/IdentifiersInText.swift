/// The phones, bank accounts, SIP3MI numbers and company names a person wrote in free text (a
/// public report's story, a cost's description), as keys to match against case files. Only what
/// reads unambiguously is taken: a run of digits that is a valid phone number, a bank's name or
/// code followed by an account number, and the lines "Perusahaan: …" / "Nomor SIP3MI: …" that
/// the job-offer checker writes into a report it prefills. Anything else is left alone: a missed
/// number costs a count, a wrong one would point investigators at a stranger.
public enum IdentifiersInText {
    /// Labels, in lower case, whose line holds a company name or a licence number.
    static let companyLabels = ["perusahaan:", "company:", "nama perusahaan:", "agensi:", "agency:"]
    static let licenceLabels = ["nomor sip3mi:", "sip3mi number:", "sip3mi:"]

    /// Every key found, each once, in the order first found.
    public static func find(_ text: String) -> [IdentifierKey] {
        var found: [IdentifierKey] = []
        func add(_ key: IdentifierKey?) { if let key, !found.contains(key) { found.append(key) } }
        for part in text.split(whereSeparator: \.isNewline) {
            let line = String(part).trimmingSpaces(), lower = line.lowercased()
            if let label = companyLabels.first(where: { lower.hasPrefix($0) }) {
                add(CompanyNameKey.key(String(line.dropFirst(label.count))))
            } else if let label = licenceLabels.first(where: { lower.hasPrefix($0) }) {
                add(Identifier.normalise(kind: .agencyLicence, raw: String(line.dropFirst(label.count))).key)
            }
        }
        for key in accounts(text) { add(key) }
        for run in numberRuns(text) { add(Identifier.normalise(kind: .phone, raw: run).key) }
        return found
    }

    /// Runs of digits with the separators a phone number is written with ("0812-3456 7890",
    /// "+62 812 3456 7890"), at least 8 digits long.
    static func numberRuns(_ text: String) -> [String] {
        var runs: [String] = [], current = "", digits = 0
        func close() {
            let run = current.trimmingSpaces()
            if digits >= 8 { runs.append(run) }
            current = ""; digits = 0
        }
        for ch in text {
            if ch.isASCIIDigit { current.append(ch); digits += 1 }
            else if ch == "+" && digits == 0 { current = "+" }
            else if !current.isEmpty && " -.()".contains(ch) { current.append(ch) }
            else { close() }
        }
        close()
        return runs
    }

    /// "BCA 123-456-7890", "rekening BRI 0123 4567 8901 234": a bank named by its short name
    /// (`BankCode.byName`) and the digits that follow it.
    static func accounts(_ text: String) -> [IdentifierKey] {
        let words = text.uppercased().split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == ":" }).map(String.init)
        var keys: [IdentifierKey] = []
        for (i, w) in words.enumerated() where BankCode.byName[w.filter { $0 != "." }] != nil {
            let number = words[(i + 1)...].prefix(while: { word in word.allSatisfy { $0.isASCIIDigit || $0 == "-" || $0 == "." } })
            guard !number.isEmpty else { continue }
            if let key = Identifier.normalise(kind: .bankAccount, raw: w + " " + number.joined(separator: " ")).key { keys.append(key) }
        }
        return keys
    }
}
