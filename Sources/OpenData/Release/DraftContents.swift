import Cases
import Foundation

/// A draft as it waits between building and publication: its spec, receipt, files and approval,
/// without the in-memory tables. This is what the store keeps of a draft (so that several servers
/// share it) and all that publishing needs: the files are signed as they were previewed, and the
/// noise is never drawn again.
public struct DraftContents: Sendable, Hashable {
    public let spec: ReleaseSpec
    public let receipt: PrivacyReceipt
    /// The record file, each table's file, and the receipt, in that order.
    public let files: [ReleaseFile]
    public let approval: ReleaseDraft.Approval?

    public init(spec: ReleaseSpec, receipt: PrivacyReceipt, files: [ReleaseFile], approval: ReleaseDraft.Approval?) {
        self.spec = spec
        self.receipt = receipt
        self.files = files
        self.approval = approval
    }

    /// What publishing writes in the ledger: one entry per table, at the cost its mechanism states.
    public func spendings() throws(OpenDataError) -> [PrivacyLedger.Entry] { try spec.spendings() }

    /// Signs an approved draft: spends its cost in the ledger (refusing beyond the cap), writes the
    /// manifest of its files and signs the manifest. `takenVersions` are the versions already published.
    public func sign(ledger: inout PrivacyLedger, takenVersions: Set<String>, signer: ReleaseSigner) throws(OpenDataError) -> SignedRelease {
        guard let approval else { throw .notApproved(spec.version) }
        guard !spec.version.isEmpty, !takenVersions.contains(spec.version) else { throw .versionTaken(spec.version) }
        try ledger.spend(try spendings())
        let manifest = ReleaseManifest(
            version: spec.version, date: spec.date, dataset: spec.dataset,
            files: files.map { .init(name: $0.name, sha256: $0.sha256, bytes: $0.contents.count) },
            signatureAlgorithm: "Ed25519", publicKey: signer.publicKey.base64EncodedString())
        let manifestData = ReleaseJSON.encode(manifest)
        let signature: Data
        do { signature = try signer.signature(for: manifestData) } catch {
            throw .verificationFailed(file: PublishedRelease.manifestName, reason: "\(error)")
        }
        return SignedRelease(approval: approval, manifest: manifest, files: files + [
            ReleaseFile(name: PublishedRelease.manifestName, contents: manifestData),
            ReleaseFile(name: PublishedRelease.signatureName, contents: signature),
        ])
    }
}

/// An approved draft's files with their manifest and its signature: what is published.
public struct SignedRelease: Sendable, Hashable {
    public let approval: ReleaseDraft.Approval
    public let manifest: ReleaseManifest
    /// The draft's files, then `manifest.json` and `manifest.json.sig`.
    public let files: [ReleaseFile]
}
