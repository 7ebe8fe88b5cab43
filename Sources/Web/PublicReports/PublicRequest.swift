import Foundation
import Hummingbird
import MultipartKit

/// What the public report pages read from a request: the form fields and any files. Neither
/// the network address nor the browser's name is read here or kept anywhere.
struct PublicForm: Sendable {
    var fields: [String: [String]] = [:]
    var files: [UploadedFile] = []

    struct UploadedFile: Sendable {
        let field: String
        let filename: String
        let bytes: [UInt8]
    }

    func value(_ name: String) -> String? {
        let v = fields[name]?.first?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        return v.isEmpty ? nil : v
    }

    /// The language the page that posted this form was in (its hidden `bahasa` field).
    var lang: Lang { Lang(value("bahasa") == "en" ? .english : .indonesian) }

    /// A form posted by one of this site's own public pages; one from another site is refused.
    static func readSameOrigin(_ req: Request, limit: Int) async throws -> PublicForm {
        guard req.isSameOriginPost else {
            throw HTTPError(.forbidden, message: "Kiriman dari situs lain ditolak / Submissions from other sites are refused")
        }
        return try await read(req, limit: limit)
    }

    /// Reads an urlencoded or multipart body of at most `limit` bytes.
    static func read(_ request: Request, limit: Int) async throws -> PublicForm {
        var request = request
        let buffer: ByteBuffer
        do { buffer = try await request.collectBody(upTo: limit) } catch {
            throw HTTPError(.contentTooLarge, message: "Kiriman terlalu besar (paling besar \(limit / 1024 / 1024) MB) / Submission too large")
        }
        let type = request.headers[.contentType] ?? ""
        if type.lowercased().hasPrefix("multipart/form-data") {
            guard let boundary = Self.boundary(type) else {
                throw HTTPError(.badRequest, message: "Formulir rusak: batas multipart tidak ada / Malformed form: no multipart boundary")
            }
            return try multipart(buffer, boundary: boundary)
        }
        guard type.isEmpty || type.lowercased().hasPrefix("application/x-www-form-urlencoded") else {
            throw HTTPError(.unsupportedMediaType, message: "Jenis isi \(type.prefix(60)) tidak diterima / Content type not accepted")
        }
        return PublicForm(fields: FormData(String(buffer: buffer)).fields)
    }

    static func boundary(_ contentType: String) -> String? {
        for part in contentType.split(separator: ";") {
            let kv = part.trimmingCharacters(in: .whitespaces)
            if kv.lowercased().hasPrefix("boundary=") {
                let b = kv.dropFirst(9).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                return b.isEmpty || b.count > 200 ? nil : b
            }
        }
        return nil
    }

    static func multipart(_ buffer: ByteBuffer, boundary: String) throws -> PublicForm {
        let parser = MultipartParser(boundary: boundary)
        var form = PublicForm()
        var disposition = ""
        var body: [UInt8] = []
        parser.onHeader = { name, value in if name.lowercased() == "content-disposition" { disposition = value } }
        parser.onBody = { chunk in body += chunk.readableBytesView }
        parser.onPartComplete = {
            let name = Self.parameter("name", in: disposition) ?? ""
            if let filename = Self.parameter("filename", in: disposition) {
                // An empty file input still sends a part with an empty name and no bytes.
                if !filename.isEmpty || !body.isEmpty { form.files.append(UploadedFile(field: name, filename: filename, bytes: body)) }
            } else if !name.isEmpty {
                form.fields[name, default: []].append(String(decoding: body, as: UTF8.self))
            }
            disposition = ""
            body = []
        }
        do { try parser.execute(buffer) } catch {
            throw HTTPError(.badRequest, message: "Formulir rusak / Malformed form")
        }
        return form
    }

    static func parameter(_ key: String, in header: String) -> String? {
        for part in header.split(separator: ";") {
            let kv = part.trimmingCharacters(in: .whitespaces)
            guard kv.lowercased().hasPrefix(key + "=") else { continue }
            return String(kv.dropFirst(key.count + 1)).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        }
        return nil
    }
}

extension Request {
    /// The language of a public page: Indonesian unless the address asks `?bahasa=en`. (Public
    /// pages never read the language cookie: they set none.)
    var publicLang: Lang { Lang(uri.queryParameters.get("bahasa") == "en" ? .english : .indonesian) }

    /// A POST to a public page must come from this site's own pages: there is no session cookie
    /// to hold a CSRF token, so the browser's Origin and Sec-Fetch-Site headers are checked.
    var isSameOriginPost: Bool {
        if let site = headers[.init("Sec-Fetch-Site")!], site != "same-origin", site != "none" { return false }
        if let origin = headers[.init("Origin")!], origin != "null", let host = head.authority {
            let originHost = origin.split(separator: "/", omittingEmptySubsequences: true).dropFirst().first.map(String.init)
            return originHost == host
        }
        return true
    }
}
