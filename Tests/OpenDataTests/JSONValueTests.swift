import Foundation
import Monitoring
import Testing
@testable import OpenData

/// The JSON reader an import reads each line with: what it reads must be what Foundation's
/// reader reads, and what it refuses must not be JSON.
@Suite("JSON values read from a partner's file")
struct JSONValueTests {
    @Test("random documents read back as written, and as Foundation reads them")
    func randomDocuments() throws {
        var random = SeededRandom(seed: 19)
        for _ in 0..<300 {
            let value = Self.randomValue(&random, depth: 0)
            let document = JSONValue.object([.init(name: "v", value: value)])
            let text = document.description
            #expect(JSONValue.parse(Array(text.utf8)) == document, "\(text)")
            let foundation = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
            #expect(Self.same(value, foundation?["v"] as Any), "\(text)")
        }
    }

    @Test("escapes, surrogate pairs, whitespace and numbers")
    func escapesAndNumbers() {
        let text = #" { "a" : "\u00e9\ud83d\ude00\/\b\f\n\"\\" , "b":[ -0.5e+2 , 0, 12 , true,false,null ] } "# + "\r\n"
        #expect(JSONValue.parse(Array(text.utf8)) == .object([
            .init(name: "a", value: .string("é😀/\u{8}\u{C}\n\"\\")),
            .init(name: "b", value: .array([.number("-0.5e+2"), .number("0"), .number("12"), .bool(true), .bool(false), .null])),
        ]))
        #expect(JSONValue.number("16").wholeNumber == 16 && JSONValue.number("16.0").wholeNumber == 16 && JSONValue.number("1.6e1").wholeNumber == 16)
        #expect(JSONValue.number("16.5").wholeNumber == nil && JSONValue.number("1e30").wholeNumber == nil && JSONValue.string("16").wholeNumber == nil)
        #expect(JSONValue.parse(Array(#"{"k":1,"k":2}"#.utf8))?.member("k") == .number("2"), "a name given twice: the last")
        // A comma at the end, as Foundation's reader on Linux allowed: files that loaded before still load.
        #expect(JSONValue.parse(Array(#"{"a":[1, ] , }"#.utf8)) == .object([.init(name: "a", value: .array([.number("1")]))]))
    }

    @Test("what is not JSON is refused, as Foundation refuses it")
    func notJSON() {
        let texts: [String] = [
            "", " ", "{", "}", #"{,}"#, #"[,]"#, #"{"a":1,,}"#, #"{"a":01}"#, #"{"a":1.}"#, #"{"a":.5}"#, #"{"a":-}"#, #"{"a":1e}"#, #"{"a":+1}"#,
            #"{'a':1}"#, #"{"a" 1}"#, #"{"a":tru}"#, #"{"a":nul}"#, #"{"a":1} x"#, #"{"a":1}{}"#, #"{"a":"\ud800"}"#,
            #"{"a":"\udc00"}"#, #"{"a":"\ud800\u0041"}"#, #"{"a":"\x"}"#, #"{"a":"\u12"}"#, #"{"a":"open}"#, #"{a:1}"#,
        ]
        let open: [UInt8] = Array(#"{"a":""#.utf8), close: [UInt8] = Array(#""}"#.utf8)
        var refused: [[UInt8]] = texts.map { Array($0.utf8) }
        refused.append(open + [0x01] + close)  // a raw control character in a string
        refused.append(open + [0xC3, 0x28] + close)  // invalid UTF-8
        for bytes in refused {
            #expect(JSONValue.parse(bytes) == nil, "\(String(decoding: bytes, as: UTF8.self))")
            #expect((try? JSONSerialization.jsonObject(with: Data(bytes), options: .fragmentsAllowed)) == nil,
                    "Foundation refuses it too: \(String(decoding: bytes, as: UTF8.self))")
        }
    }

    @Test("nesting is bounded, so a line of brackets cannot exhaust the stack")
    func depth() {
        let deepest = String(repeating: "[", count: JSONValue.maxDepth) + String(repeating: "]", count: JSONValue.maxDepth)
        #expect(JSONValue.parse(Array(deepest.utf8)) != nil)
        #expect(JSONValue.parse(Array(("[" + deepest + "]").utf8)) == nil)
        #expect(JSONValue.parse(Array(String(repeating: "[", count: 100_000).utf8)) == nil)
    }

    @Test("an import names a value of the wrong JSON type, and reads null as absent")
    func wrongTypes() {
        let line = #"{"cas_Id":"A","cas_Status":"Active","cas_IncomingReferralDate":"2025-03-01","ext_ProvinceCode":31,"# +
            #""persons":[{"prs_Id":"V","vic_TraffickingStatus":"PossibleVictimOfTrafficking","vic_AgeWhenTrafficked":true,"prs_Gender":null}],"support":null}"#
        let result = HTCDSImporter(agencyID: "ag").importJSONLines(line, file: "f.jsonl")
        let named = Set(result.rejects.map { "\($0.field)=\($0.value)" })
        // A number for a text field and true for a number are type errors (Foundation's reader made true the number 1).
        #expect(named.isSuperset(of: ["ext_ProvinceCode=31", "persons[0].vic_AgeWhenTrafficked=true"]), "\(named)")
        #expect(!named.contains { $0.hasPrefix("support") || $0.hasPrefix("persons[0].prs_Gender") }, "null is no value, not a wrong one")
    }

    static func randomValue(_ random: inout SeededRandom, depth: Int) -> JSONValue {
        switch random.next() % (depth > 3 ? 4 : 6) {
        case 0: return .null
        case 1: return .bool(random.next() % 2 == 0)
        case 2:
            let n = Int(random.next() % 2_000_000) - 1_000_000
            return random.next() % 2 == 0 ? .number(String(n)) : .number(String(Double(n) / 64))
        case 3: return .string(randomString(&random))
        case 4: return .array((0..<random.next() % 5).map { _ in randomValue(&random, depth: depth + 1) })
        default:
            // Distinct names: Foundation keeps one member per name.
            return .object((0..<random.next() % 5).map { i in .init(name: randomString(&random) + "#\(i)", value: randomValue(&random, depth: depth + 1)) })
        }
    }

    static func randomString(_ random: inout SeededRandom) -> String {
        let pool: [Unicode.Scalar] = ["a", "Z", " ", "\"", "\\", "/", "\n", "\t", "\u{1}", "\u{1F}", "é", "ñ", "\u{7F}", "中", "😀", "\u{FFFD}"]
        return String(String.UnicodeScalarView((0..<random.next() % 12).map { _ in pool[Int(random.next() % UInt64(pool.count))] }))
    }

    /// Whether Foundation read the same value.
    static func same(_ value: JSONValue, _ any: Any) -> Bool {
        switch value {
        case .null: return any is NSNull
        case .bool(let b): return (any as? Bool) == b
        case .number(let text): return (any as? NSNumber)?.doubleValue == Double(text)
        case .string(let s): return (any as? String) == s
        case .array(let values):
            guard let list = any as? [Any], list.count == values.count else { return false }
            return zip(values, list).allSatisfy { same($0, $1) }
        case .object(let members):
            guard let dictionary = any as? [String: Any], dictionary.count == members.count else { return false }
            return members.allSatisfy { m in dictionary[m.name].map { same(m.value, $0) } ?? false }
        }
    }
}
