import Foundation

extension OfferAnswers: Codable {
    /// Reads answers from JSON bytes. Malformed JSON, wrong types, unknown fields or values and
    /// out-of-range values all end here as one ``OfferAnswersError`` listing every problem.
    public static func decode(json: Data) throws(OfferAnswersError) -> OfferAnswers {
        do {
            return try JSONDecoder().decode(OfferAnswers.self, from: json)
        } catch let error as OfferAnswersError {
            throw error
        } catch {
            throw OfferAnswersError([.malformed(Self.syntaxDetail(error))])
        }
    }

    /// Strict reading for any decoder; the error thrown is always an ``OfferAnswersError``.
    public init(from decoder: any Decoder) throws {
        let value: JSONValue
        do { value = try JSONValue(from: decoder) } catch { throw OfferAnswersError([.malformed(Self.syntaxDetail(error))]) }
        var r = AnswersReader()
        guard let o = r.object(value, path: "(document)") else { throw OfferAnswersError(r.problems) }
        r.rejectUnknown(o, allowed: OfferQuestion.allCases.map(\.rawValue))
        self.init()
        func v(_ q: OfferQuestion) -> JSONValue? { o[q.rawValue] }
        offeredBy = r.code(OfferedBy.self, v(.offeredBy), path: "offered_by")
        licenceShown = r.code(YesNo.self, v(.licenceShown), path: "licence_shown")
        companyName = r.text(v(.companyName), path: "company_name")
        licenceNumber = r.text(v(.licenceNumber), path: "licence_number")
        recruiterName = r.text(v(.recruiterName), path: "recruiter_name")
        recruiterPhone = r.text(v(.recruiterPhone), path: "recruiter_phone")
        destinationCountry = r.text(v(.destinationCountry), path: "destination_country")
        job = r.code(JobCategory.self, v(.job), path: "job")
        jobDescription = r.text(v(.jobDescription), path: "job_description")
        employerKind = r.code(EmployerKind.self, v(.employerKind), path: "employer_kind")
        askedToPay = r.code(YesNo.self, v(.askedToPay), path: "asked_to_pay")
        payments = Self.readPayments(&r, v(.payments))
        paymentChannels = r.codes(PaymentChannel.self, v(.paymentChannels), path: "payment_channels")
        visaType = r.code(VisaType.self, v(.visaType), path: "visa_type")
        contract = r.code(ContractStatus.self, v(.contract), path: "contract")
        contractMissing = r.codes(ContractEssential.self, v(.contractMissing), path: "contract_missing") ?? []
        contractLanguageUnderstood = r.code(YesNo.self, v(.contractLanguageUnderstood), path: "contract_language_understood")
        placementAgreement = r.code(YesNo.self, v(.placementAgreement), path: "placement_agreement")
        trainingCertificate = r.code(YesNo.self, v(.trainingCertificate), path: "training_certificate")
        medicalCheck = r.code(YesNo.self, v(.medicalCheck), path: "medical_check")
        bpjsKetenagakerjaan = r.code(YesNo.self, v(.bpjsKetenagakerjaan), path: "bpjs_ketenagakerjaan")
        familyPermission = r.code(YesNo.self, v(.familyPermission), path: "family_permission")
        registeredLTSA = r.code(YesNo.self, v(.registeredLTSA), path: "registered_ltsa")
        age = r.int(v(.age), path: "age")
        passportHolder = r.code(PassportHolder.self, v(.passportHolder), path: "passport_holder")
        tooGoodToBeTrue = r.code(YesNo.self, v(.tooGoodToBeTrue), path: "too_good_to_be_true")
        chatOnlyContact = r.code(YesNo.self, v(.chatOnlyContact), path: "chat_only_contact")
        askedToFalsify = r.code(YesNo.self, v(.askedToFalsify), path: "asked_to_falsify")
        // Values are judged only once the types read cleanly, in the contract's field order.
        let problems = r.problems + self.valueProblems()
        if !problems.isEmpty { throw OfferAnswersError(Self.inFieldOrder(problems)) }
    }

    private static func readPayments(_ r: inout AnswersReader, _ value: JSONValue?) -> [PaymentItem] {
        guard let items = r.array(value, path: "payments") else { return [] }
        var out: [PaymentItem] = []
        for (i, item) in items.enumerated() {
            let path = "payments[\(i)]"
            guard let o = r.object(item, path: path) else { continue }
            r.rejectUnknown(o, allowed: ["item", "amount_rupiah", "description"], prefix: path + ".")
            let kind = r.code(PaymentItemKind.self, o["item"], path: path + ".item")
            if kind == nil, o["item"] == nil || o["item"] == .null {
                r.record(.unknownValue(path + ".item", "null", allowed: PaymentItemKind.allCases.map(\.rawValue)))
            }
            let amount = r.int(o["amount_rupiah"], path: path + ".amount_rupiah")
            let description = r.text(o["description"], path: path + ".description")
            if let kind { out.append(PaymentItem(kind, amountRupiah: amount, description: description)) }
        }
        return out
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: OfferQuestion.self)
        try c.encodeIfPresent(offeredBy, forKey: .offeredBy)
        try c.encodeIfPresent(licenceShown, forKey: .licenceShown)
        try c.encodeIfPresent(companyName, forKey: .companyName)
        try c.encodeIfPresent(licenceNumber, forKey: .licenceNumber)
        try c.encodeIfPresent(recruiterName, forKey: .recruiterName)
        try c.encodeIfPresent(recruiterPhone, forKey: .recruiterPhone)
        try c.encodeIfPresent(destinationCountry, forKey: .destinationCountry)
        try c.encodeIfPresent(job, forKey: .job)
        try c.encodeIfPresent(jobDescription, forKey: .jobDescription)
        try c.encodeIfPresent(employerKind, forKey: .employerKind)
        try c.encodeIfPresent(askedToPay, forKey: .askedToPay)
        if !payments.isEmpty { try c.encode(payments, forKey: .payments) }
        try c.encodeIfPresent(paymentChannels, forKey: .paymentChannels)
        try c.encodeIfPresent(visaType, forKey: .visaType)
        try c.encodeIfPresent(contract, forKey: .contract)
        if !contractMissing.isEmpty { try c.encode(contractMissing, forKey: .contractMissing) }
        try c.encodeIfPresent(contractLanguageUnderstood, forKey: .contractLanguageUnderstood)
        try c.encodeIfPresent(placementAgreement, forKey: .placementAgreement)
        try c.encodeIfPresent(trainingCertificate, forKey: .trainingCertificate)
        try c.encodeIfPresent(medicalCheck, forKey: .medicalCheck)
        try c.encodeIfPresent(bpjsKetenagakerjaan, forKey: .bpjsKetenagakerjaan)
        try c.encodeIfPresent(familyPermission, forKey: .familyPermission)
        try c.encodeIfPresent(registeredLTSA, forKey: .registeredLTSA)
        try c.encodeIfPresent(age, forKey: .age)
        try c.encodeIfPresent(passportHolder, forKey: .passportHolder)
        try c.encodeIfPresent(tooGoodToBeTrue, forKey: .tooGoodToBeTrue)
        try c.encodeIfPresent(chatOnlyContact, forKey: .chatOnlyContact)
        try c.encodeIfPresent(askedToFalsify, forKey: .askedToFalsify)
    }

    /// Problems sorted by the field's place in the contract (unknown fields last), stable within a field.
    static func inFieldOrder(_ problems: [OfferAnswersProblem]) -> [OfferAnswersProblem] {
        let order = Dictionary(uniqueKeysWithValues: OfferQuestion.allCases.enumerated().map { ($1.rawValue, $0) })
        func rank(_ p: OfferAnswersProblem) -> Int {
            let head = p.field.prefix { $0 != "[" && $0 != "." }
            return order[String(head)] ?? order.count
        }
        return problems.enumerated().sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }.map(\.element)
    }

    /// The decoder's complaint about the syntax, without its internal coding path.
    private static func syntaxDetail(_ error: any Error) -> String {
        if case DecodingError.dataCorrupted(let context) = error {
            return (context.underlyingError as? NSError)?.userInfo[NSDebugDescriptionErrorKey] as? String
                ?? context.debugDescription
        }
        return String(describing: error)
    }
}

extension OfferQuestion: CodingKey {}
