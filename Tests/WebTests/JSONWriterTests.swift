import Cases
import Foundation
import Testing
@testable import Web

/// The case list's hand-written JSON must say exactly what JSONEncoder says.
@Suite struct JSONWriterTests {
    static func record(summary: String, incident: String?) -> CaseRecord {
        CaseRecord(id: "c-1", number: "TPPO-2026-000001", provinceCode: "53", regency: "Kabupaten Timor Tengah Selatan",
                   openedOn: "2026-10-01", incidentDate: incident, exploitationTypes: [.forcedLabour, .sexualExploitation],
                   status: .investigation, summary: summary, createdAt: "2026-10-01T01:02:03Z", updatedAt: "2026-10-02T01:02:03Z")
    }

    @Test(arguments: [
        "Direkrut ke Malaysia",
        "quotes \" and back\\slash / slash",
        "lines\nand\ttabs\r and a bell \u{07} and NUL \u{0}",
        "Bahasa Indonesia — “kutip” · émoji 🇮🇩 and \u{2028}",
        "",
    ])
    func theListBodyDecodesToWhatJSONEncoderWrites(_ summary: String) throws {
        let body = CaseListBody(cases: [Self.record(summary: summary, incident: "2026-09-30"), Self.record(summary: summary, incident: nil)],
                                hasMore: true, page: 3, pageSize: 50)
        let mine = try JSONSerialization.jsonObject(with: Data(body.jsonBytes)) as? NSDictionary
        let theirs = try JSONSerialization.jsonObject(with: JSONEncoder().encode(body)) as? NSDictionary
        #expect(mine != nil)
        #expect(mine == theirs)
        let decoded = try JSONDecoder().decode(Decoded.self, from: Data(body.jsonBytes))
        #expect(decoded.cases == body.cases)
    }

    struct Decoded: Decodable { let cases: [CaseRecord] }

    @Test func anEmptyPageIsStillAnObject() throws {
        let body = CaseListBody(cases: [], hasMore: false, page: 1, pageSize: 50)
        #expect(String(decoding: body.jsonBytes, as: UTF8.self) == #"{"cases":[],"hasMore":false,"page":1,"pageSize":50}"#)
    }
}
