import Cases
import Foundation
import Hummingbird

/// Reads a JSON request body into a type, turning every decoding failure into a 400 that names
/// the field and what was wrong with it, in both languages.
enum JSONInput {
    static func decode<T: Decodable>(_ type: T.Type, from request: Request, limit: Int) async throws -> T {
        var request = request
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: limit)
        } catch {
            throw APIError(status: .contentTooLarge, code: "too_large", id: "Isi permintaan melebihi \(limit) byte", en: "The request body exceeds \(limit) bytes")
        }
        do {
            return try JSONDecoder().decode(T.self, from: Data(buffer: buffer))
        } catch let error as DecodingError {
            throw describe(error)
        } catch {
            throw APIError(status: .badRequest, code: "malformed_json", id: "JSON tidak sah", en: "Malformed JSON")
        }
    }

    static func describe(_ error: DecodingError) -> APIError {
        func path(_ codingPath: [any CodingKey]) -> String {
            codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().trimmingCharacters(in: CharacterSet(charactersIn: "."))
        }
        let field: String, id: String, en: String
        switch error {
        case .typeMismatch(let t, let ctx):
            field = path(ctx.codingPath)
            id = "Kolom '\(field)' bertipe salah (seharusnya \(t))"; en = "Field '\(field)' has the wrong type (expected \(t))"
        case .valueNotFound(let t, let ctx):
            field = path(ctx.codingPath)
            id = "Kolom '\(field)' tidak boleh null (seharusnya \(t))"; en = "Field '\(field)' must not be null (expected \(t))"
        case .keyNotFound(let key, let ctx):
            field = path(ctx.codingPath + [key])
            id = "Kolom '\(field)' wajib ada"; en = "Field '\(field)' is required"
        case .dataCorrupted(let ctx):
            field = path(ctx.codingPath)
            if field.isEmpty {
                return APIError(status: .badRequest, code: "malformed_json", id: "JSON tidak sah", en: "Malformed JSON")
            }
            id = "Nilai kolom '\(field)' tidak sah"; en = "Field '\(field)' has an invalid value"
        @unknown default:
            field = ""; id = "JSON tidak sah"; en = "Malformed JSON"
        }
        return APIError(status: .badRequest, code: "invalid_json", id: id, en: en, fields: [FieldError(field: field, id: id, en: en)])
    }
}
