import Cases
import Foundation
import OfferCheck

/// The checker's form fields read into the answers contract. The fields are written into the
/// contract's JSON and read by `OfferAnswers.decode`, so the pages and the API refuse the same
/// answers for the same reasons; each problem comes back under the form field it belongs to,
/// named in words rather than by its JSON key.
enum OfferForm {
    static let paymentItem = "payment_item"
    static let paymentOther = "payment_other"
    static func amountField(_ kind: PaymentItemKind) -> String { "amount_" + kind.rawValue }

    /// Every field the pages carry forward, and the page's language.
    static let carried: [String] = OfferStep.allCases.flatMap(\.fields) + ["bahasa"]

    /// Questions answered by a list of checkboxes; the age and the costs are read apart.
    private static let lists: Set<OfferQuestion> = [.paymentChannels, .contractMissing]
    private static let readApart: Set<OfferQuestion> = [.age, .payments]

    /// The answers the fields hold, and every problem, each under its form field. Answers with a
    /// problem are left out of `answers`, which still holds the rest.
    static func read(_ fields: [String: [String]]) -> (answers: OfferAnswers, errors: [FieldError]) {
        func one(_ name: String) -> String? {
            let v = fields[name]?.first?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            return v.isEmpty ? nil : v
        }
        var document: [String: Any] = [:]
        var errors: [FieldError] = []
        for q in OfferQuestion.allCases where !readApart.contains(q) {
            if lists.contains(q) {
                let values = (fields[q.rawValue] ?? []).filter { !$0.isEmpty }
                if !values.isEmpty { document[q.rawValue] = values }
            } else if let v = one(q.rawValue) {
                document[q.rawValue] = v
            }
        }
        if let raw = one("age") {
            if let n = Int(raw) { document["age"] = n } else { errors.append(notANumber("age", raw, whole: true)) }
        }
        let (payments, kinds, paymentErrors) = readPayments(fields, one)
        errors += paymentErrors
        if !payments.isEmpty { document["payments"] = payments }
        let (answers, problems) = decode(document)
        errors += problems.map { formError($0, paymentKinds: kinds) }
        return (answers, order(errors))
    }

    /// The codes of the costs ticked, or given an amount, each once, in the order given.
    static func ticked(_ fields: [String: [String]]) -> [String] {
        var ticked: [String] = []
        for code in (fields[paymentItem] ?? []) where !code.isEmpty && !ticked.contains(code) { ticked.append(code) }
        for kind in PaymentItemKind.allCases where !(fields[amountField(kind)]?.first ?? "").allSatisfy(\.isWhitespace)
            && !ticked.contains(kind.rawValue) {
            ticked.append(kind.rawValue)
        }
        return ticked
    }

    /// The costs ticked, with their amounts; an amount that is not a number is a problem of its own field.
    private static func readPayments(_ fields: [String: [String]], _ one: (String) -> String?)
        -> (payments: [[String: Any]], kinds: [String], errors: [FieldError]) {
        let ticked = ticked(fields)
        var payments: [[String: Any]] = [], errors: [FieldError] = []
        for code in ticked {
            var item: [String: Any] = ["item": code]
            if let kind = PaymentItemKind(rawValue: code), let raw = one(amountField(kind)) {
                if let amount = rupiah(raw) { item["amount_rupiah"] = amount } else { errors.append(notANumber(amountField(kind), raw, whole: false)) }
            }
            if code == PaymentItemKind.other.rawValue, let d = one(paymentOther) { item["description"] = d }
            payments.append(item)
        }
        return (payments, ticked, errors)
    }

    /// "Rp 3.500.000", "3,500,000", "3500000": the digits, with the dots, commas, spaces and the
    /// currency people write around them left out. A minus stays, for the contract to refuse.
    static func rupiah(_ raw: String) -> Int? {
        var s = raw.lowercased().replacingOccurrences(of: "idr", with: "").replacingOccurrences(of: "rp", with: "")
        s.removeAll { $0 == "." || $0 == "," || $0.isWhitespace }
        return Int(s)
    }

    /// Decodes the document; when it is refused, the refused fields are dropped and the rest read
    /// again, so the pages can go on with what is valid.
    private static func decode(_ document: [String: Any]) -> (OfferAnswers, [OfferAnswersProblem]) {
        func attempt(_ d: [String: Any]) -> Result<OfferAnswers, OfferAnswersError> {
            guard let data = try? JSONSerialization.data(withJSONObject: d) else { return .success(OfferAnswers()) }
            do { return .success(try OfferAnswers.decode(json: data)) } catch { return .failure(error) }
        }
        switch attempt(document) {
        case .success(let answers): return (answers, [])
        case .failure(let error):
            let refused = Set(error.problems.map { String($0.field.prefix { $0 != "[" && $0 != "." }) })
            let rest = (try? attempt(document.filter { !refused.contains($0.key) }).get()) ?? OfferAnswers()
            return (rest, error.problems)
        }
    }

    /// The form field a contract path belongs to: `payments[1].amount_rupiah` is the amount field
    /// of the second cost ticked; `contract_missing[2]` is the list itself.
    static func formField(_ path: String, paymentKinds: [String]) -> String {
        let head = String(path.prefix { $0 != "[" && $0 != "." })
        guard head == "payments" else { return head }
        let index = path.dropFirst(head.count).dropFirst().prefix { $0.isNumber }
        guard let i = Int(index), i < paymentKinds.count else { return paymentItem }
        if path.hasSuffix(".amount_rupiah"), let kind = PaymentItemKind(rawValue: paymentKinds[i]) { return amountField(kind) }
        if path.hasSuffix(".description") { return paymentOther }
        return paymentItem
    }

    private static func formError(_ p: OfferAnswersProblem, paymentKinds: [String]) -> FieldError {
        let field = formField(p.field, paymentKinds: paymentKinds)
        let label = OfferFieldLabels.label(field)
        // The contract's messages start with its JSON path; the page names the field in words.
        func words(_ text: String) -> String { text.hasPrefix(p.field + ": ") ? String(text.dropFirst(p.field.count + 2)) : text }
        return FieldError(field: field, id: "\(label.id): \(words(p.message.id))", en: "\(label.en): \(words(p.message.en))")
    }

    private static func notANumber(_ field: String, _ raw: String, whole: Bool) -> FieldError {
        let label = OfferFieldLabels.label(field), shown = String(raw.prefix(40))
        return whole
            ? FieldError(field: field, id: "\(label.id): \"\(shown)\" bukan bilangan bulat; tulis angka saja, misalnya 24",
                         en: "\(label.en): \"\(shown)\" is not a whole number; write digits only, e.g. 24")
            : FieldError(field: field, id: "\(label.id): \"\(shown)\" bukan jumlah rupiah; tulis misalnya 3.500.000",
                         en: "\(label.en): \"\(shown)\" is not an amount in rupiah; write it like 3,500,000")
    }

    /// Problems in the order of the pages and their fields, so the summary reads top to bottom.
    private static func order(_ errors: [FieldError]) -> [FieldError] {
        let rank = Dictionary(carried.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        return errors.enumerated().sorted { (rank[$0.element.field] ?? .max, $0.offset) < (rank[$1.element.field] ?? .max, $1.offset) }
            .map(\.element)
    }
}
