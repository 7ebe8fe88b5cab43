import Cases
import Coordination
import Foundation
import Hummingbird
import Security
import Logging
import Monitoring
import Store

/// Turns every error into a clear answer: pages get a page, the API gets JSON with a message in
/// both languages. Bad input is never a 500; only a real fault is, and its log line carries the
/// error's type, not the request's data.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = SimpulContext

    func handle(_ request: Request, context: SimpulContext, next: (Request, SimpulContext) async throws -> Response) async throws -> Response {
        let isAPI = request.uri.path.hasPrefix("/api/")
        do {
            return try await next(request, context)
        } catch let redirect as PageRedirect {
            return Response.redirect(to: redirect.location, type: .normal)
        } catch let failure as ValidationFailure {
            return isAPI ? APIError.validation(failure) : ErrorPage.response(.unprocessableContent, failure.errors.map { context.lang($0.id, $0.en) }.joined(separator: "; "), lang: context.lang)
        } catch let error as APIError {
            return error.response()
        } catch is AccessDenied {
            let text = context.lang("Peran Anda tidak mengizinkan tindakan ini.", "Your role does not allow this.")
            return isAPI ? APIError(status: .forbidden, code: "forbidden", id: "Peran Anda tidak mengizinkan tindakan ini.", en: "Your role does not allow this.").response()
                : ErrorPage.response(.forbidden, text, lang: context.lang)
        } catch StoreError.notFound {
            return isAPI ? APIError(status: .notFound, code: "not_found", id: "Tidak ditemukan.", en: "Not found.").response()
                : ErrorPage.response(.notFound, context.lang("Halaman atau kasus tidak ditemukan, atau Anda tidak berwenang melihatnya.", "Page or case not found, or you may not see it."), lang: context.lang)
        } catch StoreError.conflict(let why) {
            let id = "Data ini baru saja diubah orang lain; muat ulang dan coba lagi.", en = "Someone else just changed this; reload and try again."
            return isAPI ? APIError(status: .conflict, code: "conflict", id: id, en: en + " (\(why))").response()
                : ErrorPage.response(.conflict, context.lang(id, en), lang: context.lang)
        } catch StoreError.unstorableText {
            let id = "Isian memuat karakter yang tidak dapat disimpan (misalnya karakter NUL); hapus karakter itu dan coba lagi."
            let en = "The input holds a character that cannot be stored (such as a NUL character); remove it and try again."
            return isAPI ? APIError(status: .badRequest, code: "invalid_character", id: id, en: en).response()
                : ErrorPage.response(.badRequest, context.lang(id, en), lang: context.lang)
        } catch let error as CoordinationError {
            let status = HTTPResponse.Status(code: error.httpStatus)
            return isAPI ? APIError(status: status, code: status == .conflict ? "conflict" : "invalid", id: error.id, en: error.en,
                                    fields: error.field.map { [FieldError(field: $0, id: error.id, en: error.en)] } ?? []).response()
                : ErrorPage.response(status, context.lang(error.id, error.en), lang: context.lang)
        } catch let error as MonitoringError {
            let words = error.message
            return isAPI ? APIError(status: .badRequest, code: "invalid_parameter", id: words.id, en: words.en,
                                    fields: [FieldError(field: error.parameter, id: words.id, en: words.en)]).response()
                : ErrorPage.response(.badRequest, context.lang(words.id, words.en), lang: context.lang)
        } catch is SlowWork.Busy {
            let message = context.lang("Server sedang sibuk. Coba lagi dalam satu menit.", "The server is busy. Try again in a minute.")
            var response = isAPI ? APIError(status: .serviceUnavailable, code: "busy", id: message, en: message).response()
                : ErrorPage.response(.serviceUnavailable, message, lang: context.lang)
            response.headers[.retryAfter] = "60"
            return response
        } catch let error as HTTPError {
            let plain = Self.plainWords(error.status)
            let id = error.body ?? plain.id, en = error.body ?? plain.en
            return isAPI ? APIError(status: error.status, code: "http_\(error.status.code)", id: id, en: en).response()
                : ErrorPage.response(error.status, context.lang(id, en), lang: context.lang)
        } catch {
            context.logger.error("request failed", metadata: ["error.type": "\(type(of: error))", "path": "\(request.uri.path)"])
            return isAPI ? APIError(status: .internalServerError, code: "internal", id: "Terjadi kesalahan pada server.", en: "The server failed.").response()
                : ErrorPage.response(.internalServerError, context.lang("Terjadi kesalahan pada server.", "The server failed."), lang: context.lang)
        }
    }
}

extension ErrorMiddleware {
    /// What an error without a message of its own says, in the reader's language rather than
    /// HTTP's ("Not Found").
    static func plainWords(_ status: HTTPResponse.Status) -> (id: String, en: String) {
        switch status.code {
        case 404: ("Halaman tidak ditemukan. Periksa alamatnya, atau kembali ke beranda.", "Page not found. Check the address, or go back to the start page.")
        case 405: ("Alamat ini tidak menerima permintaan semacam itu.", "This address does not take that kind of request.")
        case 413: ("Kiriman terlalu besar.", "The submission is too large.")
        case 400..<500: ("Permintaan tidak dapat diproses.", "The request cannot be processed.")
        default: ("Terjadi kesalahan pada server. Coba lagi sebentar lagi.", "The server failed. Try again in a moment.")
        }
    }
}

/// A JSON error of the API: `{"error": {"code", "message": {"id", "en"}, "fields": [...]}}`.
struct APIError: Error {
    let status: HTTPResponse.Status
    let code: String
    let id: String
    let en: String
    var fields: [FieldError] = []

    static func validation(_ failure: ValidationFailure) -> Response {
        APIError(status: .unprocessableContent, code: "invalid",
                 id: "Isian tidak sah: " + failure.errors.map(\.id).joined(separator: "; "),
                 en: "Invalid input: " + failure.errors.map(\.en).joined(separator: "; "), fields: failure.errors).response()
    }

    func response() -> Response {
        struct Body: Encodable {
            struct Inner: Encodable { let code: String; let message: [String: String]; let fields: [FieldError] }
            let error: Inner
        }
        let body = Body(error: .init(code: code, message: ["id": id, "en": en], fields: fields))
        return JSONResponse.make(body, status: status)
    }
}

enum JSONResponse {
    // Keys in declaration order: sorting them cost a tenth of a case-list response.
    static let encoder = JSONEncoder()

    static func bytes(_ bytes: [UInt8], status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    static func make<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok) -> Response {
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
