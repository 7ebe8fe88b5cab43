import Foundation
import Testing
@testable import Linkage

/// Reading the linkage input: what stops the whole file, what rejects one row, what is kept.
@Suite("Linkage CSV")
struct LinkageCSVTests {
    let header = "record_id,source,full_name,nik,dob,sex,pob,phone\n"

    @Test("rows are read by header name, in any column order, extra columns ignored")
    func columnsByName() throws {
        let text = "phone,cluster_id,full_name,record_id,nik,dob,sex,pob,source\n"
            + "0812,X9,\"SIREGAR, ROSMAWATI\",R1,3204121508990003,1999-08-15,P,MEDAN,POLRI\n"
        let input = try LinkageCSV.parse(text)
        #expect(input.records.count == 1)
        let r = input.records[0]
        #expect(r.recordID == "R1")
        #expect(r.fullName == "SIREGAR, ROSMAWATI")
        #expect(r.source == "POLRI")
        #expect(r.phone == "0812")
        #expect(input.lines == [2])
    }

    @Test("quoted fields may hold commas, quotes and line breaks; CRLF and a BOM are fine")
    func quoting() throws {
        let text = "\u{FEFF}" + header.replacingOccurrences(of: "\n", with: "\r\n")
            + "R1,LSM,\"Dewi \"\"Ayu\"\" Lestari\",,,,\"KOTA\nBOGOR\",\r\n"
            + "R2,LSM,Budi,,,,,\r\n"
        let input = try LinkageCSV.parse(text)
        #expect(input.records.map(\.fullName) == ["Dewi \"Ayu\" Lestari", "Budi"])
        #expect(input.records[0].pob == "KOTA\nBOGOR")
        #expect(input.lines == [2, 4])
    }

    @Test("missing columns stop the file, naming them and line 1")
    func missingColumns() {
        #expect(throws: LinkageCSVError.missingColumns(["nik", "phone"], line: 1)) {
            try LinkageCSV.parse("record_id,source,full_name,dob,sex,pob\nR1,LSM,Budi,,,\n")
        }
    }

    @Test("bytes that are not UTF-8 stop the file at their line")
    func badEncoding() {
        var bytes = Array((header + "R1,LSM,Budi,,,,,\n").utf8)
        bytes += Array("R2,LSM,".utf8) + [0xC3, 0x28] + Array(",,,,,\n".utf8)  // Latin-1 leftovers
        #expect(throws: LinkageCSVError.invalidEncoding(line: 3)) { try LinkageCSV.parse(bytes) }
    }

    @Test("an unclosed quote stops the file at the line it opens")
    func unbalancedQuote() {
        let text = header + "R1,LSM,Budi,,,,,\nR2,LSM,\"Dewi,,,,,\nR3,LSM,Ani,,,,,\n"
        #expect(throws: LinkageCSVError.unbalancedQuote(line: 3)) { try LinkageCSV.parse(text) }
    }

    @Test("a file with no rows is an error", arguments: ["", "record_id,source,full_name,nik,dob,sex,pob,phone\n", "record_id,source,full_name,nik,dob,sex,pob,phone\n\n\n"])
    func noRows(text: String) {
        #expect(throws: LinkageCSVError.self) { try LinkageCSV.parse(text) }
        let error = try? #require(throws: LinkageCSVError.self) { try LinkageCSV.parse(text) }
        if case .noRows = error {} else { Issue.record("expected noRows, got \(String(describing: error))") }
    }

    @Test("malformed rows are rejected with line and reason; the rest is kept")
    func rejects() throws {
        let text = header
            + "R1,LSM,Budi,,,,,\n"          // line 2: fine
            + "R2,LSM,Ani,,,\n"             // line 3: too few fields
            + ",LSM,Tanpa Id,,,,,\n"        // line 4: no record id
            + "R1,POLRI,Budi lagi,,,,,\n"   // line 5: record id used before
            + "R3,LSM,Dewi,,,,,,extra\n"    // line 6: too many fields
            + "R4,LSM,Eko,,,,,\n"           // line 7: fine
        let input = try LinkageCSV.parse(text)
        #expect(input.records.map(\.recordID) == ["R1", "R4"])
        #expect(input.rejects.map(\.line) == [3, 4, 5, 6])
        #expect(input.rejects[0].reason.contains("6 fields"))
        #expect(input.rejects[1].reason.contains("record_id is empty"))
        #expect(input.rejects[2].reason.contains("line 2"))
    }

    @Test("unusable values are kept out of comparison with a warning, the record is linked")
    func warnings() throws {
        let text = header + "R1,LSM,Budi,12AB,31-31-1990,X,,12\nR2,LSM,Ani,3204121508990003,1999,P,,0812 3456 789\n"
        let input = try LinkageCSV.parse(text)
        #expect(input.records.count == 2)
        #expect(Set(input.warnings.map(\.field)) == ["nik", "dob", "sex", "phone"])
        #expect(input.warnings.allSatisfy { $0.line == 2 && $0.recordID == "R1" })
    }

    @Test("an unreadable path is an error")
    func unreadable() {
        #expect(throws: LinkageCSVError.self) {
            try LinkageCSV.read(contentsOf: .init(fileURLWithPath: "/nonexistent/people.csv"))
        }
    }
}
