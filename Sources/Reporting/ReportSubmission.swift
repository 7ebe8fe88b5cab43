/// A report as it is about to be committed: answers, where it goes, and the hash that will let
/// the receipt code find it again. The code itself is never part of it.
public struct ReportSubmission: Sendable {
    public let id: String
    public let receiptHash: String
    public let receiptKDF: String
    public let channel: ReportChannel
    /// The hotline operator who filed it for a caller; nil for the public form.
    public let filedByUserID: String?
    public let filedByAgencyID: String?
    public let answers: ReportAnswers
    public let route: ReportRouter.Decision
    public let attachments: [Attachment]

    public struct Attachment: Sendable {
        public let id: String
        public let kind: AttachmentPolicy.Kind
        public let bytes: [UInt8]
        public init(id: String, kind: AttachmentPolicy.Kind, bytes: [UInt8]) {
            self.id = id
            self.kind = kind
            self.bytes = bytes
        }
    }

    public init(id: String, receiptHash: String, receiptKDF: String, channel: ReportChannel, filedByUserID: String?,
                filedByAgencyID: String?, answers: ReportAnswers, route: ReportRouter.Decision, attachments: [Attachment]) {
        self.id = id
        self.receiptHash = receiptHash
        self.receiptKDF = receiptKDF
        self.channel = channel
        self.filedByUserID = filedByUserID
        self.filedByAgencyID = filedByAgencyID
        self.answers = answers
        self.route = route
        self.attachments = attachments
    }
}
