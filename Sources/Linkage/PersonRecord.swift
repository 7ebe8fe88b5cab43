/// One agency's record of a person, as read from the linkage input. Any field may be empty.
public struct PersonRecord: Sendable, Hashable {
    public var recordID: String
    public var source: String
    public var fullName: String
    public var nik: String
    public var dob: String
    public var sex: String
    public var pob: String
    public var phone: String

    public init(recordID: String, source: String = "", fullName: String = "", nik: String = "",
                dob: String = "", sex: String = "", pob: String = "", phone: String = "") {
        self.recordID = recordID; self.source = source; self.fullName = fullName; self.nik = nik
        self.dob = dob; self.sex = sex; self.pob = pob; self.phone = phone
    }
}
