import Foundation
import Testing
@testable import Store

@Suite("Ids that sort in the order they are made")
struct OrderedIDsTests {
    @Test func idsAreVersion7UUIDsInTheOrderMadeAndDistinct() throws {
        let now = Date(timeIntervalSince1970: 1_796_000_000.123)
        var first = OrderedIDs(now: now), again = OrderedIDs(now: now), later = OrderedIDs(now: now.addingTimeInterval(0.002))
        let ids = (0..<5_000).map { _ in first.next() }
        #expect(ids == ids.sorted(), "sorted as made")
        #expect(Set(ids).count == ids.count)
        for id in ids.prefix(50) {
            let uuid = try #require(UUID(uuidString: id))
            #expect(uuid.uuidString.lowercased() == id)
            let bytes = withUnsafeBytes(of: uuid.uuid) { Array($0) }
            #expect(bytes[6] >> 4 == 7 && bytes[8] >> 6 == 0b10, "version 7, RFC variant")
            let millis = bytes[0..<6].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
            #expect(millis == 1_796_000_000_123)
        }
        // Another generator in the same millisecond makes other ids; one a millisecond later sorts after.
        let other = (0..<5_000).map { _ in again.next() }
        #expect(Set(other).isDisjoint(with: ids))
        let next = later.next()
        #expect(ids.allSatisfy { $0 < next })
    }
}
