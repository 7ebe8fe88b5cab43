@testable import QRCode
import Testing

/// The encoder picks the smallest version that holds the input, and says so when none does.
@Suite struct CapacityTests {
    @Test(arguments: 1...40) func theLongestInputForAVersionFillsItAndOneByteMoreNeedsTheNext(_ version: Int) throws {
        let capacity = ReferenceVectors.mediumCapacity[version - 1]
        #expect(try QRCode(bytes: Array(repeating: 0x7A, count: capacity), mask: .pattern0).version == version)
        if version < 40 {
            #expect(try QRCode(bytes: Array(repeating: 0x7A, count: capacity + 1), mask: .pattern0).version == version + 1)
        }
    }

    @Test func inputBeyondVersionFortyIsATypedErrorThatSaysHowMuchFits() {
        #expect(throws: QRCodeError.inputTooLong(bytes: 2332, capacity: 2331, level: .medium)) {
            try QRCode(bytes: Array(repeating: 0, count: 2332))
        }
        #expect(throws: QRCodeError.inputTooLong(bytes: 1274, capacity: 1273, level: .high)) {
            try QRCode(bytes: Array(repeating: 0, count: 1274), level: .high)
        }
    }

    @Test func anEmptyInputStillMakesAVersionOneSymbol() throws {
        #expect(try QRCode(bytes: []).version == 1)
    }

    @Test func anEnrolmentAddressFitsASmallSymbol() throws {
        let uri = "otpauth://totp/Simpul:peksos.atambua?secret=ABCDEFGHIJKLMNOPQRSTUVWXYZ234567&issuer=Simpul&digits=6&period=30"
        let qr = try QRCode(text: uri)
        #expect(qr.version == 7 && qr.size == 45, "\(uri.utf8.count) bytes at level M")
    }

    /// The count of modules the function patterns leave free is worked out in `Version`; it must
    /// match the grid they are drawn into, or the data would overrun or fall short.
    @Test(arguments: 1...40) func theFreeModulesMatchTheDrawnFunctionPatterns(_ number: Int) {
        let version = Version(number: number)
        let grid = ModuleGrid(functionPatternsOf: version)
        #expect(grid.function.filter { !$0 }.count == version.dataModules)
    }
}
