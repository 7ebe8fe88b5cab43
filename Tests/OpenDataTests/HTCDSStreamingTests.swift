import Cases
import Coordination
import Testing
@testable import OpenData

/// What an import into the store builds on: a JSON Lines file cut into batches of whole lines
/// wherever the chunks it arrives in break, and a support row made a protection item that
/// exports with the same planned and actual end.
@Suite("HTCDS import in batches")
struct HTCDSStreamingTests {
    @Test func batchesHoldWholeLinesNumberedFromTheFileStartWhereverTheChunksBreak() {
        let text = (1...7).map { "{\"cas_Id\":\"c\($0)\"}" }.joined(separator: "\n")   // no newline after the last line
        for chunkSize in [1, 3, 17, 1000] {
            var batcher = JSONLinesBatcher(linesPerBatch: 3)
            var batches: [JSONLinesBatcher.Batch] = []
            let bytes = Array(text.utf8)
            for start in stride(from: 0, to: bytes.count, by: chunkSize) {
                batches += batcher.add(bytes[start..<min(start + chunkSize, bytes.count)])
            }
            if let last = batcher.finish() { batches.append(last) }

            #expect(batches.map(\.firstLine) == [1, 4, 7], "chunks of \(chunkSize)")
            #expect(batches.map(\.text).joined() == text)
            #expect(batches[1].text == "{\"cas_Id\":\"c4\"}\n{\"cas_Id\":\"c5\"}\n{\"cas_Id\":\"c6\"}\n")
        }
    }

    @Test func linesEndedByCarriageReturnAndLineFeedEachLoadAndBlankOnesAreSkipped() {
        let line = { (id: String) in "{\"cas_Id\":\"\(id)\",\"cas_Status\":\"Active\",\"cas_IncomingReferralDate\":\"2025-01-01\"}" }
        let text = line("a") + "\r\n \t\r\n" + line("b") + "\r\n\u{3000}\n" + "x\r\n"
        let result = HTCDSImporter(agencyID: "ag", defaultProvinceCode: "53").importJSONLines(text, file: "f.jsonl")
        #expect(result.cases.map(\.id) == ["a", "b"])
        #expect(result.rejects.map(\.line) == [5])
    }

    @Test func rejectsNameTheLineInTheWholeFile() {
        let batch = "{\"cas_Id\":\"a\",\"cas_Status\":\"Active\",\"cas_IncomingReferralDate\":\"2025-01-01\"}\nnot json\n"
        let result = HTCDSImporter(agencyID: "ag", defaultProvinceCode: "53").importJSONLines(batch, file: "f.jsonl", firstLine: 2001)
        #expect(result.cases.map(\.id) == ["a"] && result.rejects.map(\.line) == [2002])
    }

    @Test(arguments: [
        (ProtectionService.healthRehabilitation, "2025-03-10", "2025-03-09", "2025-03-03"),
        (.legalAid, "2025-04-30", nil, "2025-03-01"),
        (.shelter, "2025-02-20", "2025-02-25", "2025-02-20"),
    ] as [(ProtectionService, String, String?, String)])
    func aSupportRowBecomesAnItemThatExportsTheSameEnds(_ service: ProtectionService, _ planned: String, _ actual: String?, _ requested: String) {
        let row = ExchangeSupport(id: "s", personID: "p", service: service, plannedEnd: CalendarDate(iso: planned),
                                  actualEnd: actual.flatMap(CalendarDate.init(iso:)))
        let item = row.protectionItem(localID: "local", caseID: "c", victimID: "v", agencyID: "ag", caseOpenedOn: CalendarDate(iso: "2025-03-01")!)

        #expect(item.requestedOn.description == requested)
        #expect(item.dueOn == row.plannedEnd && item.closedOn == row.actualEnd)
        #expect(item.status == (actual == nil ? .requested : .delivered) && item.responsibleAgencyID == "ag")
    }
}
