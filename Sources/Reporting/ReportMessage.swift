/// One message on a report's thread between the reporter and the agency. The reporter sees
/// everything but the agency's internal notes.
public struct ReportMessage: Sendable, Hashable, Codable {
    public enum Author: String, Sendable, Codable { case reporter, agency }

    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// The agency tells the reporter something.
        case reply
        /// The agency asks the reporter something and waits for the answer.
        case question
        /// The reporter adds information or answers.
        case information
        /// For the agency only; never shown to the reporter.
        case note

        public var visibleToReporter: Bool { self != .note }
    }

    public let id: String
    public let author: Author
    public let kind: Kind
    public let body: String
    /// UTC, to the minute: enough to read a thread in order, no finer.
    public let at: String
    /// The agency's name on agency messages; no person's name is shown to the reporter.
    public let agencyName: String?
    public let attachmentCount: Int

    public init(id: String, author: Author, kind: Kind, body: String, at: String, agencyName: String?, attachmentCount: Int = 0) {
        self.id = id
        self.author = author
        self.kind = kind
        self.body = body
        self.at = at
        self.agencyName = agencyName
        self.attachmentCount = attachmentCount
    }

    public static let bodyLimit = 5_000
}

/// How much a reporter may add to one report after filing it: enough for a long exchange with
/// the agency, not enough for someone holding a code to fill the store or an officer's queue.
public enum ReporterQuota {
    public static let maxMessages = 50
    public static let maxAttachmentBytes = 25 * 1024 * 1024

    /// Why one more message of `newBytes` in attachments is refused, if it is.
    public static func refusal(messages: Int, attachmentBytes: Int, newBytes: Int) -> (id: String, en: String)? {
        if messages >= maxMessages {
            return ("Laporan ini sudah menerima \(maxMessages) pesan dari Anda; petugas akan menghubungi Anda lewat halaman ini.",
                    "This report has received \(maxMessages) messages from you; the officers will reply on this page.")
        }
        if attachmentBytes + newBytes > maxAttachmentBytes {
            return ("Lampiran laporan ini sudah mencapai batas \(maxAttachmentBytes / 1024 / 1024) MB.",
                    "This report's attachments have reached the limit of \(maxAttachmentBytes / 1024 / 1024) MB.")
        }
        return nil
    }
}

/// The retention period of each closing reason, as the administrator has set it.
public struct RetentionPolicy: Sendable, Hashable {
    public var days: [ClosureReason: Int]

    public init(days: [ClosureReason: Int] = [:]) {
        var all: [ClosureReason: Int] = [:]
        for r in ClosureReason.allCases { all[r] = days[r] ?? r.defaultRetentionDays }
        self.days = all
    }

    public func days(for reason: ClosureReason) -> Int { days[reason] ?? reason.defaultRetentionDays }

    /// Longest period an administrator may set, and shortest (a day, so a closing can be undone).
    public static let range = 1...3650
}
