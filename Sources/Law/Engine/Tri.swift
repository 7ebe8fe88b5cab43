/// Three-valued truth for elements: a fact can establish an element, defeat it, or be unknown.
/// Conjunction is false if any part is false; disjunction is true if any part is true.
enum Tri: Sendable, Equatable {
    case yes, no, unknown

    init(_ value: Bool?) {
        switch value {
        case true?: self = .yes
        case false?: self = .no
        case nil: self = .unknown
        }
    }

    static func all(_ parts: [Tri]) -> Tri {
        if parts.contains(.no) { return .no }
        return parts.contains(.unknown) ? .unknown : .yes
    }

    static func any(_ parts: [Tri]) -> Tri {
        if parts.contains(.yes) { return .yes }
        return parts.contains(.unknown) ? .unknown : .no
    }

    var status: ElementStatus {
        switch self {
        case .yes: .met
        case .no: .notMet
        case .unknown: .unknown
        }
    }
}
