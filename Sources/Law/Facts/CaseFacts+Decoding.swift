import Foundation

extension CaseFacts {
    /// The fields a facts document may have at the top level.
    public static let topLevelFields = [
        "date", "asOf", "victim", "acts", "means", "exploitation", "movement", "adoption", "harms",
        "perpetrator", "stage", "victimCompelledToOffend",
    ]
    static let victimFields = ["age", "citizenship", "sex", "consented"]
    static let exploitationFields = ["types", "status"]
    static let movementFields = ["from", "to"]
    static let adoptionFields = ["promiseOrPayment"]
    static let perpetratorFields = ["stateOfficialAbusingPower", "corporation", "organizedGroup", "assisted", "usedVictim"]

    /// Reads a facts document strictly. Throws ``FactsError`` listing every wrong type, unknown
    /// code, unknown field and contradiction, each with its path and the allowed values.
    public static func decode(_ json: Data) throws(FactsError) -> CaseFacts {
        do {
            return try JSONDecoder().decode(CaseFacts.self, from: json)
        } catch let error as FactsError {
            throw error
        } catch {
            throw FactsError([.malformedJSON(Self.syntaxDetail(error))])
        }
    }

    /// Strict decoding for any `Decoder`; the error thrown is always a ``FactsError``.
    public init(from decoder: Decoder) throws {
        var r = FactsReader()
        guard let top = try? decoder.container(keyedBy: AnyKey.self) else {
            throw FactsError([.wrongType("(document)", found: Bilingual(id: "bukan objek", en: "not an object"),
                                         expected: JSONKind.object)])
        }
        r.rejectUnknownFields(top, path: "", allowed: Self.topLevelFields)
        self.init()
        date = Self.readDate(&r, top, "date")
        asOf = Self.readDate(&r, top, "asOf")
        if let v = r.object(top, "victim", path: "victim", allowed: Self.victimFields) {
            victim.age = r.int(v, "age", path: "victim.age", expected: JSONKind.age)
            if let age = victim.age, !(0...130).contains(age) {
                r.record(.invalidValue("victim.age", found: String(age), allowed: JSONKind.age))
                victim.age = nil
            }
            victim.citizenship = Self.readCountry(&r, v, "citizenship", path: "victim.citizenship")
            victim.sex = r.code(Sex.self, v, "sex", path: "victim.sex")
            victim.consented = r.bool(v, "consented", path: "victim.consented")
        }
        acts = r.codes(Act.self, top, "acts", path: "acts")
        means = r.codes(Means.self, top, "means", path: "means")
        if let e = r.object(top, "exploitation", path: "exploitation", allowed: Self.exploitationFields) {
            exploitation.types = r.codes(ExploitationType.self, e, "types", path: "exploitation.types")
            exploitation.status = r.code(ExploitationStatus.self, e, "status", path: "exploitation.status")
        }
        if let m = r.object(top, "movement", path: "movement", allowed: Self.movementFields) {
            let from = Self.readCountry(&r, m, "from", path: "movement.from")
            let to = Self.readCountry(&r, m, "to", path: "movement.to")
            let because = Bilingual(id: "jika movement diisi (isi from dan to)", en: "when movement is given (give both from and to)")
            // A journey needs both ends; an absent or null end is reported, a bad one already was.
            if from == nil, (try? m.decodeNil(forKey: AnyKey("from"))) ?? true {
                r.record(.missingField("movement.from", because: because))
            }
            if to == nil, (try? m.decodeNil(forKey: AnyKey("to"))) ?? true {
                r.record(.missingField("movement.to", because: because))
            }
            if let from, let to { movement = Movement(from: from, to: to) }
        }
        if let a = r.object(top, "adoption", path: "adoption", allowed: Self.adoptionFields) {
            adoption.promiseOrPayment = r.bool(a, "promiseOrPayment", path: "adoption.promiseOrPayment")
        }
        harms = r.codes(Harm.self, top, "harms", path: "harms")
        if let p = r.object(top, "perpetrator", path: "perpetrator", allowed: Self.perpetratorFields) {
            perpetrator.stateOfficialAbusingPower = r.bool(p, "stateOfficialAbusingPower", path: "perpetrator.stateOfficialAbusingPower")
            perpetrator.corporation = r.bool(p, "corporation", path: "perpetrator.corporation")
            perpetrator.organizedGroup = r.bool(p, "organizedGroup", path: "perpetrator.organizedGroup")
            perpetrator.assisted = r.bool(p, "assisted", path: "perpetrator.assisted")
            perpetrator.usedVictim = r.bool(p, "usedVictim", path: "perpetrator.usedVictim")
        }
        stage = r.code(Stage.self, top, "stage", path: "stage")
        victimCompelledToOffend = r.bool(top, "victimCompelledToOffend", path: "victimCompelledToOffend")
        // Contradictions are judged only on a document whose fields all read cleanly.
        let problems = r.issues.isEmpty ? contradictions() : r.issues
        if !problems.isEmpty { throw FactsError(problems) }
    }

    private static func readDate(_ r: inout FactsReader, _ object: FactsObject, _ key: String) -> CivilDate? {
        guard let text = r.string(object, key, path: key, expected: JSONKind.isoDate) else { return nil }
        guard let date = CivilDate(iso: text) else {
            r.record(.invalidValue(key, found: "\"\(text)\"", allowed: JSONKind.isoDate))
            return nil
        }
        return date
    }

    private static func readCountry(_ r: inout FactsReader, _ object: FactsObject, _ key: String, path: String) -> String? {
        guard let code = r.string(object, key, path: path, expected: JSONKind.country) else { return nil }
        guard CountryCodes.isAssigned(code) else {
            r.record(.invalidValue(path, found: "\"\(code)\"", allowed: JSONKind.country))
            return nil
        }
        return code
    }

    private static func syntaxDetail(_ error: Error) -> String {
        if case DecodingError.dataCorrupted(let context) = error {
            return context.underlyingError.map { "\($0)" } ?? context.debugDescription
        }
        return "\(error)"
    }
}
