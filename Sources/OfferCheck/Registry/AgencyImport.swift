/// The result of reading a register file: every good row, and every bad row with its line and
/// reasons. A file with bad rows still yields all its good ones.
public struct AgencyImport: Sendable, Equatable {
    public let agencies: [LicensedAgency]
    public let rejects: [AgencyReject]
    /// Columns in the header that the reader does not know, kept out of the data (named, not dropped silently).
    public let ignoredColumns: [String]
}

/// A row that was not imported.
public struct AgencyReject: Sendable, Equatable, Codable {
    /// The line of the file the row starts on (the header is line 1).
    public let line: Int
    public let reasons: [AgencyRejectReason]
}

/// One reason a row was not imported.
public struct AgencyRejectReason: Sendable, Equatable, Codable {
    public enum Code: String, Sendable, Codable {
        case wrongFieldCount = "wrong_field_count"
        case unterminatedQuote = "unterminated_quote"
        case missingName = "missing_name"
        case missingLicence = "missing_licence"
        case malformedLicence = "malformed_licence"
        case malformedNIB = "malformed_nib"
        case badDate = "bad_date"
        case datesOutOfOrder = "dates_out_of_order"
        case unknownStatus = "unknown_status"
        case duplicateLicence = "duplicate_licence"
    }

    public let code: Code
    /// The column, by its canonical English name (`licence_number`); nil for the whole row.
    public let column: String?
    public let value: String?
    public let message: OfferText
}

/// A file that cannot be read at all: no header, or a required column missing or repeated.
public struct AgencyCSVError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: OfferText
    public var description: String { message.id + " / " + message.en }
}
