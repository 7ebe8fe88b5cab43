import Foundation
import Testing
@testable import Web

@Suite("Links carry their query percent-encoded")
struct SiteRoutePathTests {
    @Test func everythingButTheUnreservedIsEncodedAndReadsBack() throws {
        let query = ["q": "Sri Ayu/é&x=1+2%", "hal": "2", "status": "a-b_c.d~e"]
        let path = SiteRoute.cases(query: query).path
        #expect(path == "/kasus?hal=2&q=Sri%20Ayu%2F%C3%A9%26x%3D1%2B2%25&status=a-b_c.d~e")
        let items = try #require(URLComponents(string: path)?.queryItems)
        #expect(Dictionary(uniqueKeysWithValues: items.map { ($0.name, $0.value ?? "") }) == query)
        #expect(SiteRoute.cases(query: [:]).path == "/kasus")
    }
}
