import Cases

extension OfferAnswers {
    /// The recruiter's phone in the form warnings are matched in; nil when none was given or it
    /// cannot be read as a phone number.
    public var recruiterPhoneKey: String? { recruiterPhone.flatMap(Self.phoneKey) }

    /// A phone number as it is compared: `+62…` for an Indonesian number however it is written
    /// (0812…, 62812…, +62 812…), `+<digits>` for a foreign one written with its country code;
    /// nil when it cannot be read as a phone number. The same reading as the report form's.
    public static func phoneKey(_ raw: String) -> String? { PhoneNumber.normalise(raw) }
}
