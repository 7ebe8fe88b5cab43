import Foundation

/// The network address that rate limits count by, worked out from the connection and the
/// `X-Forwarded-For` header. Kept in memory only, never stored or logged.
public enum ClientAddress {
    /// The address of the client as the outermost trusted proxy saw it. Each proxy appends the
    /// address it received the request from, so with `trustedProxies` proxies in front of
    /// Simpul the client is the `trustedProxies`-th entry from the right; entries further left
    /// were written by the client itself and prove nothing. With no trusted proxy, or a header
    /// shorter than the chain, the connection's own peer counts.
    public static func resolve(forwardedFor header: String?, peer: String?, trustedProxies: Int) -> String? {
        guard trustedProxies > 0, let header else { return peer }
        let hops = header.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard hops.count >= trustedProxies else { return peer }
        return hops[hops.count - trustedProxies]
    }

    /// What a limit counts: an IPv4 address as it is, an IPv6 address by its /64 network (one
    /// household or phone is given a whole /64 and can pick any address in it).
    public static func limitKey(_ address: String) -> String {
        var a = address
        if a.hasPrefix("["), let end = a.firstIndex(of: "]") { a = String(a[a.index(after: a.startIndex)..<end]) }
        if let zone = a.firstIndex(of: "%") { a = String(a[..<zone]) }
        guard a.contains(":") else { return a }
        // An IPv4 address carried in IPv6 (::ffff:1.2.3.4) counts as that IPv4 address.
        if a.lowercased().hasPrefix("::ffff:"), a.contains(".") { return String(a.dropFirst(7)) }
        guard let groups = expand(a) else { return a.lowercased() }
        return groups.prefix(4).map { String($0, radix: 16) }.joined(separator: ":") + "::/64"
    }

    /// The eight 16-bit groups of an IPv6 address, or nil when it is not one.
    static func expand(_ a: String) -> [UInt16]? {
        let halves = a.components(separatedBy: "::")
        guard halves.count <= 2 else { return nil }
        func groups(_ s: String) -> [UInt16]? {
            s.isEmpty ? [] : s.split(separator: ":", omittingEmptySubsequences: false).map { UInt16($0, radix: 16) }
                .reduce([UInt16]?([])) { acc, g in g.flatMap { g in acc.map { $0 + [g] } } }
        }
        guard let head = groups(halves[0]) else { return nil }
        if halves.count == 1 { return head.count == 8 ? head : nil }
        guard let tail = groups(halves[1]), head.count + tail.count < 8 else { return nil }
        return head + Array(repeating: 0, count: 8 - head.count - tail.count) + tail
    }
}
