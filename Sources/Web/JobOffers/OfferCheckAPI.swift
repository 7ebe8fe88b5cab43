import Cases
import Foundation
import Hummingbird
import OfferCheck

/// `POST /api/v1/offer-checks`: the answers contract in (Sources/OfferCheck/README.md), the
/// result out. Public like the checker's pages — no token — and limited per address like them.
/// Malformed JSON is a 400; answers the contract refuses are a 422 naming each field; nothing a
/// client sends can make it answer 500.
struct OfferCheckAPI {
    let service: OfferCheckService
    let guardian: PublicGuard
    let config: AppConfig

    func register(_ router: Router<SimpulContext>) {
        router.post(SiteRoute.api(.offerChecks).pattern) { req, ctx in
            var req = req
            let body: ByteBuffer
            do { body = try await req.collectBody(upTo: OfferCheckController.bodyLimit) } catch {
                throw APIError(status: .contentTooLarge, code: "too_large", id: "Isi permintaan melebihi \(OfferCheckController.bodyLimit) byte",
                               en: "The request body exceeds \(OfferCheckController.bodyLimit) bytes")
            }
            let answers: OfferAnswers
            do throws(OfferAnswersError) { answers = try OfferAnswers.decode(json: Data(buffer: body)) } catch { return Self.refused(error) }
            let key = guardian.key(for: ctx.clientAddress(req, trustedProxies: config.trustedProxies))
            if let wait = await guardian.countCheck(key, now: Date().timeIntervalSince1970) {
                var r = APIError(status: .tooManyRequests, code: "too_many", id: "Terlalu banyak pemeriksaan dari alamat ini; coba lagi nanti.",
                                 en: "Too many checks from this address; try again later.").response()
                r.headers[.retryAfter] = String(Int(wait.rounded(.up)))
                return r
            }
            return JSONResponse.make(OfferCheckBody(try await service.check(answers, record: true)))
        }
    }

    /// 400 for a body that is not a JSON object at all; 422 with every problem otherwise, in the
    /// house error shape (`error.fields`) and as the contract lists them (`problems`).
    static func refused(_ error: OfferAnswersError) -> Response {
        let syntax = error.problems.allSatisfy { $0.field == "(document)" }
        let fields = error.problems.map { FieldError(field: $0.field, id: $0.message.id, en: $0.message.en) }
        let status: HTTPResponse.Status = syntax ? .badRequest : .unprocessableContent
        let body = RefusedBody(error: .init(code: syntax ? "malformed_json" : "invalid_answers",
                                            message: ["id": (syntax ? "JSON tidak sah: " : "Jawaban tidak sah: ") + fields.map(\.id).joined(separator: "; "),
                                                      "en": (syntax ? "Malformed JSON: " : "Invalid answers: ") + fields.map(\.en).joined(separator: "; ")],
                                            fields: fields),
                               problems: error.problems)
        return JSONResponse.make(body, status: status)
    }

    struct RefusedBody: Encodable {
        struct Inner: Encodable { let code: String; let message: [String: String]; let fields: [FieldError] }
        let error: Inner
        let problems: [OfferAnswersProblem]
    }
}
