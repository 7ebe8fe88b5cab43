import Foundation
import OpenData
import Store

/// What `/data` shows: every published release, newest first, with its receipt, its files and
/// the key that signed it, and the latest release's victims per year. Every figure is read from
/// a published, protected table, never from the registry, so the page and the downloads agree
/// and cannot be subtracted from each other.
struct OpenDataPage {
    struct Release {
        let summary: PublishedReleaseSummary
        let files: [ReleaseManifest.Entry]
        /// The Ed25519 public key, base64, as the manifest names it.
        let publicKey: String
    }

    let releases: [Release]
    /// Victims per year in the latest release: sums of the noisy cells of its year-by-sex table.
    let yearTotals: [(year: String, count: Int)]
    /// The key releases are signed with now, base64, so a mirror can verify before downloading.
    let signingKey: String?

    static let yearTable = "table-victims_by_year_sex.csv"

    static func load(_ store: SimpulStore) async throws -> OpenDataPage {
        var releases: [Release] = []
        var yearTotals: [(String, Int)] = []
        for summary in try await store.openData.releases() {
            let files = try await store.openData.files(version: summary.version)
            guard let manifestFile = files.first(where: { $0.name == PublishedRelease.manifestName }),
                  let manifest = try? JSONDecoder().decode(ReleaseManifest.self, from: manifestFile.contents)
            else { throw StoreError.corrupt("open data release \(summary.version) manifest") }
            if releases.isEmpty, let table = files.first(where: { $0.name == yearTable }) {
                yearTotals = Self.totalsByFirstColumn(String(decoding: table.contents, as: UTF8.self))
            }
            releases.append(Release(summary: summary, files: manifest.files, publicKey: manifest.publicKey))
        }
        return OpenDataPage(releases: releases, yearTotals: yearTotals,
                            signingKey: try await store.openData.signingPublicKey()?.base64EncodedString())
    }

    /// Sums the last column by the first, in file order. The table's cells are plain codes and
    /// numbers, never quoted. A sum of noisy counts can fall below zero; it is shown as zero,
    /// which is post-processing and costs no privacy.
    static func totalsByFirstColumn(_ csv: String) -> [(String, Int)] {
        var order: [String] = [], sums: [String: Int] = [:]
        for line in csv.split(whereSeparator: \.isNewline).dropFirst() {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false)
            guard let key = cells.first.map(String.init), let n = cells.last.flatMap({ Int($0) }) else { continue }
            if sums[key] == nil { order.append(key) }
            sums[key, default: 0] += n
        }
        return order.map { ($0, max(0, sums[$0]!)) }
    }
}
