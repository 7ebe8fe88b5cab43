import Foundation
import Testing
@testable import Networks

/// The input of `simpul network`: good rows load, bad rows are listed by line with the reason.
@Suite("Link CSV")
struct LinkCSVTests {
    @Test("columns in any order, quoted fields, optional kind, weight, date and case")
    func reads() throws {
        let text = """
        weight,target,note,source,date,kind,case
        2,phone:+6281234567890,"called at night, twice",person:Agus,2024-03-01,owns,case:LP/12/2024
        ,"bank:014:1234567890","a ""quoted"" note",phone:+6281234567890,,transferred,
        1.5,person:Budi,,person:Agus,2024-03-02,,BAP-7

        """
        let input = try LinkCSV.parse(text)
        #expect(input.rejects.isEmpty)
        #expect(input.linkRows == 3)
        let n = input.network
        #expect(n.ids == ["BAP-7", "bank:014:1234567890", "case:LP/12/2024", "person:Agus", "person:Budi", "phone:+6281234567890"])
        #expect(n.kinds == [.case, .bankAccount, .case, .person, .person, .phone])
        let agus = n.index(of: "person:Agus")!
        let owns = try #require(n.links(of: agus).first { $0.kind == .owns })
        #expect(owns.weight == 2 && owns.day == Day(year: 2024, month: 3, day: 1) && owns.caseNode == n.index(of: "case:LP/12/2024"))
        #expect(n.links(of: agus).contains { $0.kind == .related && $0.weight == 1.5 })
    }

    @Test("each bad row is rejected with its line and reason; the good ones load")
    func rejects() throws {
        let text = "source,target,kind,weight,date\n"
            + "a,b,,,\n"                 // line 2: good
            + ",b,,,\n"                  // 3: no source
            + "a,,,,\n"                  // 4: no target
            + "a,a,,,\n"                 // 5: self-link
            + "a,c,,-1,\n"               // 6: weight not > 0
            + "a,c,,abc,\n"              // 7: weight not a number
            + "a,c,,,2024-02-30\n"       // 8: no such day
            + "a,c,,,01/02/2024\n"       // 9: not YYYY-MM-DD
            + "a,c,bribed,,\n"           // 10: unknown kind
            + "a,c\n"                    // 11: too few fields
            + "\"x\ny\",c,,,\n"          // 12–13: a quoted id over two lines, good
            + "b,c,recruiter,1,2024-01-01\n" // 14: good
        let input = try LinkCSV.parse(text)
        #expect(input.linkRows == 3)
        #expect(input.rejects.map(\.line) == [3, 4, 5, 6, 7, 8, 9, 10, 11])
        #expect(input.rejects.map(\.reason) == [.missingSource, .missingTarget, .selfLink("a"), .badWeight("-1"), .badWeight("abc"),
                                                 .badDate("2024-02-30"), .badDate("01/02/2024"), .unknownKind("bribed"), .fieldCount(2, expected: 5)])
        #expect(input.rejects[3].description == "line 6: weight '-1' is not a number greater than 0")
        #expect(input.network.index(of: "x\ny") != nil)
    }

    @Test("a file that cannot be read as a whole says what is wrong and where")
    func wholeFile() {
        #expect(throws: LinkCSVError.missingColumns(["target"], line: 1)) { try LinkCSV.parse("source,to\na,b\n") }
        #expect(throws: LinkCSVError.repeatedColumn("source", line: 1)) { try LinkCSV.parse("source,source,target\na,b,c\n") }
        #expect(throws: LinkCSVError.unclosedQuote(line: 3)) { try LinkCSV.parse("source,target\na,b\n\"c,d\n") }
        #expect(throws: LinkCSVError.noRows) { try LinkCSV.parse("source,target\n") }
        #expect(throws: LinkCSVError.notUTF8(line: 2)) { try LinkCSV.parse(Array("source,target\n".utf8) + [0xFF, 44, 98, 10]) }
    }

    @Test("progress is reported in order and ends at 1")
    func progress() throws {
        let rows = (0..<5_000).map { "n\($0),n\($0 + 1)" }.joined(separator: "\n")
        var seen: [Double] = []
        let input = try LinkCSV.parse(Array(("source,target\n" + rows).utf8)) { seen.append($0) }
        #expect(input.linkRows == 5_000)
        #expect(seen.count >= 50 && seen == seen.sorted() && seen.last == 1)
    }

    @Test("the output has a row per node with component, community, degree and betweenness")
    func writes() throws {
        let n = try LinkCSV.parse("source,target\na,b\nb,c\n\"d,1\",e\n").network
        let text = NetworkCSV.text(n, components: n.components(), communities: n.communities(), betweenness: n.betweenness())
        #expect(text == """
        node_id,component_id,community_id,degree,betweenness
        a,0,0,1,0.000
        b,0,0,2,1.000
        c,0,0,1,0.000
        "d,1",1,1,1,0.000
        e,1,1,1,0.000

        """)
    }
}
