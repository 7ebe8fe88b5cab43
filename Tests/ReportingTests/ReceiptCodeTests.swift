import Testing
@testable import Reporting

@Suite struct ReceiptCodeTests {
    struct Fixed: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 { state = state &* 6364136223846793005 &+ 1442695040888963407; return state }
    }

    @Test func aGeneratedCodeHasSixteenDigitsAndReadsBackHoweverItIsTyped() throws {
        var rng = Fixed(state: 42)
        let code = ReceiptCode.generate(using: &rng)
        #expect(code.digits.count == 16)
        #expect(code.digits.allSatisfy { $0.isNumber })
        #expect(code.grouped.split(separator: " ").map(\.count) == [4, 4, 4, 4])
        #expect(try ReceiptCode(parsing: code.grouped) == code)
        #expect(try ReceiptCode(parsing: code.grouped.replacingOccurrences(of: " ", with: "-")) == code)
        #expect(!code.description.contains(code.digits), "the code must not end up in logs through description")
    }

    @Test func everySingleWrongDigitAndEverySwapOfNeighboursIsCaught() throws {
        var rng = Fixed(state: 7)
        let digits = Array(ReceiptCode.generate(using: &rng).digits)
        for i in digits.indices {
            for d in "0123456789" where d != digits[i] {
                var typo = digits
                typo[i] = d
                #expect(throws: ReceiptCodeError.checkDigit) { try ReceiptCode(parsing: String(typo)) }
            }
            if i + 1 < digits.count, digits[i] != digits[i + 1] {
                var swapped = digits
                swapped.swapAt(i, i + 1)
                #expect(throws: ReceiptCodeError.checkDigit) { try ReceiptCode(parsing: String(swapped)) }
            }
        }
    }

    @Test func badInputSaysWhatIsWrong() {
        #expect(throws: ReceiptCodeError.empty) { try ReceiptCode(parsing: "  ") }
        #expect(throws: ReceiptCodeError.notDigits) { try ReceiptCode(parsing: "1234 abcd") }
        #expect(throws: ReceiptCodeError.wrongLength(12)) { try ReceiptCode(parsing: "1234 5678 9012") }
        #expect(ReceiptCodeError.wrongLength(12).message.id.contains("12"))
    }

    @Test func codesDoNotRepeat() {
        let codes = Set((0..<10_000).map { _ in ReceiptCode.generate().digits })
        #expect(codes.count == 10_000)
    }
}
