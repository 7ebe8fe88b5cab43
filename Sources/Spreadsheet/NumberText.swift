/// Numbers as both XLSX and CSV write them: a dot before the decimals, no thousands separator,
/// the shortest digits that read back as the same Double — whatever the server's locale.
enum NumberText {
    static func integer(_ value: Int) -> String { String(value) }

    /// Call only with a finite value; the writers refuse infinity and NaN before getting here.
    static func decimal(_ value: Double) -> String {
        if value == 0 { return "0" } // no "-0.0" in a table of counts
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return value.description
    }
}
