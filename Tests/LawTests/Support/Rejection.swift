import Foundation
import Testing
@testable import Law

/// Decodes `json`, which must fail; returns the error. A document that decodes fails the test.
func rejection(_ json: String) throws -> FactsError {
    do {
        _ = try CaseFacts.decode(Data(json.utf8))
    } catch {
        return error
    }
    Issue.record("accepted a malformed document: \(json)")
    throw CancellationError()
}
