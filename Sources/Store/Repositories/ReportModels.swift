import Cases
import Reporting

/// A report as its agency's queue lists it: triage facts only, never its content.
public struct ReportSummary: Sendable, Hashable {
    public let id: String
    public let reference: String
    public let receivedAt: String
    public let agencyID: String
    public let status: ReportStatus
    public let channel: ReportChannel
    public let urgent: Bool
    public let child: Bool
    public let abroad: Bool
    public let provinceCode: String?
    public let exploitationTypes: [ExploitationType]
    public let agencyUnread: Bool
    public let caseID: String?
    public let closureReason: ClosureReason?
    public let deleteAfter: String?
    public let version: Int
}

/// A report opened by someone in its agency: the content, the thread and the attachments.
public struct ReportDetail: Sendable {
    public let summary: ReportSummary
    public let answers: ReportAnswers
    public let messages: [ReportMessage]
    public let attachments: [ReportAttachmentInfo]
    public let filedByOperator: Bool
}

/// What the reporter sees on returning with the receipt code.
public struct ReporterView: Sendable {
    public let reference: String
    public let status: ReportStatus
    public let receivedAt: String
    public let agencyName: String
    public let answers: ReportAnswers
    /// Everything but the agency's internal notes, oldest first.
    public let messages: [ReportMessage]
    /// The agency has asked something that the reporter has not yet answered.
    public var awaitingAnswer: Bool { status == .awaitingReporter }
}

public struct ReportAttachmentInfo: Sendable, Hashable {
    public let id: String
    public let messageID: String?
    public let kind: AttachmentPolicy.Kind
    public let size: Int
}

/// An urgent alert shown to an on-duty agency until someone there acknowledges it.
public struct ReportAlert: Sendable, Hashable {
    public let id: String
    public let reportID: String
    public let reference: String
    public let createdAt: String
    public let provinceCode: String?
    public let child: Bool
}
