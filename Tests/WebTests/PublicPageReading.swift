import Foundation
import Hummingbird

/// What the tests read off a public page as a browser would use it: the hidden answers a form
/// carries, its headings, the size of what was sent.
enum PageReading {
    /// The markup of the first form on the page that posts to `action`.
    static func form(_ page: String, action: String) -> String? {
        guard let start = page.range(of: "action=\"\(action)\"") else { return nil }
        let rest = page[start.lowerBound...]
        return rest.range(of: "</form>").map { String(rest[..<$0.upperBound]) }
    }

    /// The hidden inputs of a piece of markup, in order, their values unescaped.
    static func hidden(_ markup: String) -> [(String, String)] {
        let pattern = try! NSRegularExpression(pattern: #"<input type="hidden" name="([^"]*)" value="([^"]*)">"#)
        let ns = markup as NSString
        return pattern.matches(in: markup, range: NSRange(location: 0, length: ns.length)).map {
            (unescape(ns.substring(with: $0.range(at: 1))), unescape(ns.substring(with: $0.range(at: 2))))
        }
    }

    static func h1(_ page: String) -> String {
        guard let r = page.range(of: "<h1>"), let end = page[r.upperBound...].range(of: "</h1>") else { return "" }
        return unescape(String(page[r.upperBound..<end.lowerBound]))
    }

    static func unescape(_ s: String) -> String {
        s.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}

/// A person walking the job-offer checker: each page's hidden answers are sent back with the
/// page's own answers, as the browser does.
struct OfferWalk {
    var browser: Browser
    private(set) var page = ""
    private(set) var headers: HTTPFields = [:]

    init(_ browser: Browser) { self.browser = browser }

    @discardableResult
    mutating func start(english: Bool = false) async throws -> HTTPResponse.Status {
        try await send([("start", "1")] + (english ? [("bahasa", "en")] : []))
    }

    /// Answers what the page asks and presses `go` ("next", "back") or another button.
    @discardableResult
    mutating func answer(_ fields: [(String, String)], go: (String, String) = ("go", "next")) async throws -> HTTPResponse.Status {
        let carried = PageReading.form(page, action: "/cek-lowongan/langkah").map(PageReading.hidden) ?? []
        return try await send(carried + fields + [go])
    }

    mutating func send(_ fields: [(String, String)]) async throws -> HTTPResponse.Status {
        let (status, text, headers) = try await browser.post("/cek-lowongan/langkah", fields, csrf: false)
        page = text
        self.headers = headers
        return status
    }

    var heading: String { PageReading.h1(page) }
}

extension Browser {
    /// Posts a multipart form with one file, as a browser uploads one, with the page's CSRF token.
    @discardableResult
    mutating func upload(_ path: String, _ fields: [(String, String)], file: (field: String, name: String, content: String))
        async throws -> (HTTPResponse.Status, String, HTTPFields) {
        let boundary = "----simpul-test-\(UUID().uuidString)"
        var body = ""
        for (name, value) in fields + (csrf.map { [("_csrf", $0)] } ?? []) {
            body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n"
        }
        body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.field)\"; filename=\"\(file.name)\"\r\n"
            + "Content-Type: text/csv\r\n\r\n\(file.content)\r\n--\(boundary)--\r\n"
        var headers: HTTPFields = [.contentType: "multipart/form-data; boundary=\(boundary)"]
        headers[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
        let response = try await client.execute(uri: path, method: .post, headers: headers, body: ByteBuffer(string: body))
        let text = String(buffer: response.body)
        if response.status == .ok || response.status == .unprocessableContent { lastPage = text }
        return (response.status, text, response.headers)
    }
}
