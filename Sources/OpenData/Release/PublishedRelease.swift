import Cases
import Crypto
import Foundation

/// The list of a release's files with their SHA-256, which the signature covers: a mirror that
/// serves the manifest, its signature and the files lets anyone check each byte came from Simpul.
public struct ReleaseManifest: Sendable, Hashable, Codable {
    public let version: String
    public let date: CalendarDate
    public let dataset: String
    public let files: [Entry]
    /// `Ed25519`.
    public let signatureAlgorithm: String
    /// The raw 32-byte public key, base64.
    public let publicKey: String

    public struct Entry: Sendable, Hashable, Codable {
        public let name: String
        public let sha256: String
        public let bytes: Int
    }
}

/// A published release: its files, manifest and signature. Every property is a constant and
/// the only way to make one is `publish`, so once published it cannot be changed, only
/// superseded by a release of a new version.
public struct PublishedRelease: Sendable, Hashable {
    public let version: String
    public let date: CalendarDate
    public let approval: ReleaseDraft.Approval
    public let receipt: PrivacyReceipt
    /// The protected tables, from which Simpul's own public figures are read.
    public let tables: [NoisyTable]
    /// The files of the draft, then `manifest.json` and `manifest.json.sig`.
    public let files: [ReleaseFile]
    public let manifest: ReleaseManifest

    public static let manifestName = "manifest.json"
    public static let signatureName = "manifest.json.sig"

    /// Publishes an approved draft: spends its cost in the ledger (refusing beyond the cap),
    /// writes the manifest and signs it. `takenVersions` are the versions already published.
    public static func publish(_ draft: ReleaseDraft, ledger: inout PrivacyLedger, takenVersions: Set<String>,
                               signer: ReleaseSigner) throws(OpenDataError) -> PublishedRelease {
        PublishedRelease(draft, signed: try draft.contents.sign(ledger: &ledger, takenVersions: takenVersions, signer: signer))
    }

    /// Checks a release as a mirror holds it: the signature over the manifest's bytes with the
    /// given public key, then every file named in the manifest against its SHA-256. Throws naming
    /// the first file that fails.
    public static func verify(files: [String: Data], publicKey: Data) throws(OpenDataError) -> ReleaseManifest {
        guard let manifestData = files[manifestName] else { throw .verificationFailed(file: manifestName, reason: "missing") }
        guard let signature = files[signatureName] else { throw .verificationFailed(file: signatureName, reason: "missing") }
        guard let key = try? Curve25519.Signing.PublicKey(rawRepresentation: publicKey),
              key.isValidSignature(signature, for: manifestData)
        else { throw .verificationFailed(file: manifestName, reason: "signature does not verify") }
        guard let manifest = try? JSONDecoder().decode(ReleaseManifest.self, from: manifestData) else {
            throw .verificationFailed(file: manifestName, reason: "not a manifest")
        }
        for entry in manifest.files {
            guard let data = files[entry.name] else { throw .verificationFailed(file: entry.name, reason: "missing") }
            let actual = ReleaseFile(name: entry.name, contents: data).sha256
            guard actual == entry.sha256 else {
                throw .verificationFailed(file: entry.name, reason: "SHA-256 \(actual) ≠ \(entry.sha256)")
            }
        }
        return manifest
    }

    /// A protected figure for Simpul's own pages: read from this release's table, never from the
    /// raw data, so a page and a release cannot be subtracted to expose anyone.
    public func figure(table: String, _ categories: [String]) -> Int? {
        tables.first { $0.spec.name == table }?.count(categories)
    }
}

extension PublishedRelease {
    /// The release of `draft` once its contents are signed (`DraftContents.sign`).
    public init(_ draft: ReleaseDraft, signed: SignedRelease) {
        self.init(version: draft.spec.version, date: draft.spec.date, approval: signed.approval, receipt: draft.receipt,
                  tables: draft.tables, files: signed.files, manifest: signed.manifest)
    }
}
