import Cases
import Law

/// One victim as a public release sees them: only the quasi-identifiers, the fields an outsider
/// could know from elsewhere (a neighbour, a news story) and link back to a person. No names,
/// numbers, dates of birth or places finer than a province ever reach this type.
public struct VictimRecord: Sendable, Hashable {
    /// The year the case was registered (opened).
    public var year: Int?
    /// Age when reported, in whole years.
    public var age: Int?
    public var sex: CasePerson.Sex?
    /// ISO 3166-1 alpha-2.
    public var citizenship: String?
    /// BPS code of the province where the case was registered.
    public var provinceCode: String?
    /// The forms of exploitation of the victim's case.
    public var exploitation: Set<ExploitationType>
    /// How the victim was brought under control (cara, UU 21/2007 Pasal 1 angka 1).
    public var means: Set<CaseFacts.Means>

    public init(year: Int?, age: Int?, sex: CasePerson.Sex?, citizenship: String?, provinceCode: String?,
                exploitation: Set<ExploitationType>, means: Set<CaseFacts.Means>) {
        self.year = year
        self.age = age
        self.sex = sex
        self.citizenship = citizenship
        self.provinceCode = provinceCode
        self.exploitation = exploitation
        self.means = means
    }
}
