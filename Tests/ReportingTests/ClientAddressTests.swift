import Reporting
import Testing

@Suite("Client address for rate limits")
struct ClientAddressTests {
    @Test func theHopTheOutermostTrustedProxyAddedCountsNotWhatTheClientWrote() {
        // The client wrote "1.1.1.1"; the one trusted proxy appended the real peer 203.0.113.7.
        let header = "1.1.1.1, 203.0.113.7"
        #expect(ClientAddress.resolve(forwardedFor: header, peer: "10.0.0.2", trustedProxies: 1) == "203.0.113.7")
        // Two proxies: the CDN appended the client, the load balancer appended the CDN.
        #expect(ClientAddress.resolve(forwardedFor: "9.9.9.9, 203.0.113.7, 198.51.100.1", peer: "10.0.0.2", trustedProxies: 2) == "203.0.113.7")
        #expect(ClientAddress.resolve(forwardedFor: header, peer: "10.0.0.2", trustedProxies: 0) == "10.0.0.2")
        #expect(ClientAddress.resolve(forwardedFor: "203.0.113.7", peer: "10.0.0.2", trustedProxies: 2) == "10.0.0.2",
                "a chain shorter than the proxies configured falls back to the peer")
        #expect(ClientAddress.resolve(forwardedFor: nil, peer: "10.0.0.2", trustedProxies: 1) == "10.0.0.2")
    }

    @Test func anIPv6AddressCountsByItsSlash64() {
        let a = ClientAddress.limitKey("2001:db8:abcd:12:1::1")
        let b = ClientAddress.limitKey("2001:0db8:abcd:0012:ffff:ffff:ffff:fffe")
        let other = ClientAddress.limitKey("2001:db8:abcd:13::1")
        #expect(a == b && a == "2001:db8:abcd:12::/64")
        #expect(a != other)
        #expect(ClientAddress.limitKey("[2001:db8::1%eth0]") == "2001:db8:0:0::/64")
        #expect(ClientAddress.limitKey("::ffff:203.0.113.7") == "203.0.113.7")
        #expect(ClientAddress.limitKey("203.0.113.7") == "203.0.113.7")
        #expect(ClientAddress.limitKey("not:an:address") == "not:an:address")
    }
}
