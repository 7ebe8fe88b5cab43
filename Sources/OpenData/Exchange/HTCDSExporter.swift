import Cases

/// Whether an export carries the identities of the people in it. Withheld unless the caller
/// asks, and even then only the persons the viewer may see (AccessPolicy.maySeeIdentity).
public enum IdentityExport: Sendable, Hashable {
    case withheld
    case included(for: Viewer)
}

/// Writes exchange cases as HTCDS 2.0: JSON Lines (one case per line, its persons and support
/// nested) or three CSV files. One case at a time, so a million cases stream in constant memory;
/// the `write` forms append to a byte buffer the caller writes out a page at a time.
public struct HTCDSExporter: Sendable {
    public let identities: IdentityExport

    public init(identities: IdentityExport = .withheld) {
        self.identities = identities
    }

    var writesIdentities: Bool { identities != .withheld }

    /// One line of the JSON Lines file: the case's fields, with `persons` and `support` arrays.
    public func jsonLine(_ c: ExchangeCase) -> String {
        var out: [UInt8] = []
        writeJSONLine(c, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The same line, appended to `out`.
    public func writeJSONLine(_ c: ExchangeCase, into out: inout [UInt8]) {
        JSONLineWriter.line(HTCDSCaseRows(c, identities: identities), into: &out)
    }

    /// The header line of a section's CSV file.
    public func csvHeader(_ section: HTCDSSection) -> String {
        CSVText.line(section.columns(identities: writesIdentities))
    }

    /// The CSV lines of one case, by section.
    public func csvLines(_ c: ExchangeCase) -> [HTCDSSection: String] {
        var buffers: [HTCDSSection: [UInt8]] = [:]
        writeCSVLines(c, into: &buffers)
        return buffers.mapValues { String(decoding: $0, as: UTF8.self) }
    }

    /// One section's lines of a case, for a download of that file alone.
    public func csvLines(_ c: ExchangeCase, section: HTCDSSection) -> String {
        var out: [UInt8] = []
        writeCSVLines(c, section: section, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// One section's lines of a case, appended to `out`.
    public func writeCSVLines(_ c: ExchangeCase, section: HTCDSSection, into out: inout [UInt8]) {
        HTCDSCaseRows(c, identities: identities).writeCSV(section, into: &out)
    }

    /// Every section's lines of a case, each appended to its buffer.
    public func writeCSVLines(_ c: ExchangeCase, into out: inout [HTCDSSection: [UInt8]]) {
        let rows = HTCDSCaseRows(c, identities: identities)
        for section in HTCDSSection.allCases { rows.writeCSV(section, into: &out[section, default: []]) }
    }
}
