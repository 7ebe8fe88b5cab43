import Foundation
import OfferCheck

/// One import of the register of licensed agencies, as the history shows it.
public struct AgencyImportRecord: Sendable, Equatable, Identifiable {
    /// How the file came in: the administrator's page or `simpul p3mi import`.
    public enum Via: String, Sendable, Hashable { case admin, cli }

    public let id: String
    /// As the store writes times (ISO 8601, UTC).
    public let importedAt: String
    /// The administrator who uploaded it; nil from the command line.
    public let importedBy: String?
    public let importedByName: String?
    public let via: Via
    public let fileName: String
    public let loaded: Int
    public let rejected: Int
    /// Each rejected row with its line and reasons, as the import reported them.
    public let rejects: [AgencyReject]
    /// Header columns the reader did not know and left out.
    public let ignoredColumns: [String]
}
