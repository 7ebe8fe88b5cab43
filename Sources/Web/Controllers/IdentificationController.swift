import Cases
import Foundation
import Hummingbird
import Law
import Store

/// Victim identification: the ILO–EC operational indicators and the ILO forced-labour indicators
/// as a questionnaire. The officer's mode shows every question on one page; the private mode
/// hands the phone to the person, one question per page in large type, carrying the answers
/// forward in the form itself so that nothing is stored until the officer reads the result.
struct IdentificationController {
    let store: SimpulStore

    func register(_ router: Router<SimpulContext>) {
        router.get(SiteRoute.identification(privateMode: false).pattern) { req, ctx in
            let s = try ctx.requireUser()
            let chrome = ctx.chrome(for: s, path: req.uri.path)
            let forCase = try await self.forCase(req.uri.queryParameters.get("kasus"), s)
            if req.uri.queryParameters.get("pribadi") == "1" {
                let start = forCase.map { FormData("").setting("kasus", to: $0.id) } ?? FormData("")
                return Layout.response(IdentificationViews.privateQuestion(chrome, index: 0, carried: start))
            }
            return Layout.response(IdentificationViews.officerForm(chrome, forCase: forCase))
        }
        router.post(SiteRoute.identification(privateMode: false).pattern) { req, ctx in
            let s = try ctx.requireUser()
            let form = ctx.form ?? FormData("")
            let chrome = ctx.chrome(for: s, path: req.uri.path)
            // The case is checked again at every step: the id rides in the page and could be changed.
            let forCase = try await self.forCase(form.value("kasus"), s)
            if let back = form.value("mundur").flatMap(Int.init), Questionnaire.questions.indices.contains(back) {
                return Layout.response(IdentificationViews.privateQuestion(chrome, index: back, carried: Self.keepingShownAnswer(form)))
            }
            if let next = form.value("langkah").flatMap(Int.init), (0..<Questionnaire.questions.count).contains(next) {
                return Layout.response(IdentificationViews.privateQuestion(chrome, index: next, carried: form))
            }
            if form.value("langkah") != nil && form.value("petugas") == nil {
                return Layout.response(IdentificationViews.handBack(chrome, carried: form))
            }
            let answers = Self.answers(form)
            return Layout.response(IdentificationViews.result(chrome, screening: Questionnaire.score(answers),
                                                              prefill: Questionnaire.prefill(answers), forCase: forCase))
        }
    }

    /// The case an identification is done for, if any, as far as the officer may see it.
    func forCase(_ id: String?, _ s: SignedIn) async throws -> CaseRecord? {
        guard let id, !id.isEmpty else { return nil }
        return try await store.cases.record(id: id, viewer: s.viewer)
    }

    /// Going back from a question keeps the answer it had been given before (the page carries it
    /// apart, as the buttons would otherwise send it twice), so going back twice loses nothing.
    static func keepingShownAnswer(_ form: FormData) -> FormData {
        guard let shown = form.value("ditampilkan").flatMap(Int.init), Questionnaire.questions.indices.contains(shown),
              let earlier = form.value("sebelumnya").flatMap(Answer.init(rawValue:)) else { return form }
        return form.setting("q.\(Questionnaire.questions[shown].id)", to: earlier.rawValue)
    }

    static func answers(_ form: FormData) -> QuestionnaireAnswers {
        var a: [String: Answer] = [:]
        for q in Questionnaire.questions {
            if let v = form.value("q.\(q.id)").flatMap(Answer.init(rawValue:)) { a[q.id] = v }
        }
        return QuestionnaireAnswers(answers: a, age: form.value("age").flatMap { Int($0) },
                                    citizenship: form.value("citizenship")?.uppercased(),
                                    sex: form.value("sex").flatMap(CaseFacts.Sex.init(rawValue:)),
                                    from: form.value("from")?.uppercased(), to: form.value("to")?.uppercased())
    }

    /// The screening form's fields for prefilled facts: the facts JSON flattened to form names.
    static func formFields(_ facts: CaseFacts) -> [(String, String)] {
        guard let data = try? JSONEncoder().encode(facts), let value = try? JSONDecoder().decode(JSONValue.self, from: data) else { return [] }
        var out: [(String, String)] = []
        func walk(_ prefix: String, _ value: JSONValue) {
            switch value {
            case .object(let dict):
                for (k, v) in dict.sorted(by: { $0.key < $1.key }) { walk(prefix.isEmpty ? k : "\(prefix).\(k)", v) }
            case .array(let list):
                if list.isEmpty { out.append((prefix, "none")) }
                for item in list { walk(prefix, item) }
            case .bool(let b): out.append((prefix, b ? "ya" : "tidak"))
            case .number(let n): out.append((prefix, n == n.rounded() ? String(Int(n)) : String(n)))
            case .string(let s): out.append((prefix, s))
            case .null: break
            }
        }
        walk("", value)
        return out
    }
}

/// Any JSON value, for walking a document whose shape is known only at run time.
enum JSONValue: Decodable {
    case object([String: JSONValue]), array([JSONValue]), bool(Bool), number(Double), string(String), null

    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let n = try? c.decode(Double.self) { self = .number(n) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let a = try? c.decode([JSONValue].self) { self = .array(a) }
        else { self = .object(try c.decode([String: JSONValue].self)) }
    }
}
