import Cases

/// How the same person comes out when another office writes them down: old or new spelling,
/// Muhammad shortened, a NIK left out or mistyped, a birth date missing or with day and month
/// exchanged, a phone in another form or a new number.
enum DemoVariants {
    static func rewrite(_ identity: PersonIdentity, rng: inout SeededRandom) -> PersonIdentity {
        var out = identity
        out.fullName = name(identity.fullName, rng: &rng)
        if let nik = identity.nik {
            if rng.chance(0.3) { out.nik = nil }
            else if rng.chance(0.15) { out.nik = mistype(nik, rng: &rng) }
        }
        if let date = identity.birthDate {
            if rng.chance(0.15) { out.birthDate = nil }
            // Day and month exchanged only where no NIK is kept to contradict it: the demo's
            // NIKs always agree with their holders.
            else if out.nik == nil, rng.chance(0.1) {
                let parts = date.split(separator: "-")
                if parts.count == 3, let d = Int(parts[2]), d <= 12 { out.birthDate = "\(parts[0])-\(parts[2])-\(parts[1])" }
            }
        }
        if let phone = identity.phone {
            if rng.chance(0.25) { out.phone = nil }
            else if rng.chance(0.5), phone.hasPrefix("+62") { out.phone = "0" + phone.dropFirst(3) }
        }
        if identity.birthPlace != nil, rng.chance(0.2) { out.birthPlace = nil }
        out.address = nil
        return out
    }

    static func name(_ name: String, rng: inout SeededRandom) -> String {
        var words = name.split(separator: " ").map(String.init)
        switch rng.int(0...4) {
        case 0:
            // Old spelling (before 1972) for one sound.
            let swaps = [("u", "oe"), ("j", "dj"), ("c", "tj"), ("y", "j"), ("sy", "sj")]
            for (new, old) in swaps.shuffled(using: &rng) {
                if let i = words.firstIndex(where: { $0.lowercased().contains(new) }) {
                    words[i] = words[i].replacingOccurrences(of: new, with: old).replacingOccurrences(of: new.uppercased(), with: old.uppercased())
                    break
                }
            }
        case 1:
            if let i = words.firstIndex(where: { ["Muhammad", "Muhamad", "Mohammad"].contains($0) }) { words[i] = rng.pick(["M.", "Moh.", "Mochammad"]) }
        case 2:
            if words.count > 1 { words.swapAt(0, words.count - 1) }
        case 3:
            return name.uppercased()
        default:
            break
        }
        return words.joined(separator: " ")
    }

    static func mistype(_ nik: String, rng: inout SeededRandom) -> String {
        var digits = Array(nik)
        // In the serial: a slip elsewhere would also change the birth date the NIK carries,
        // and the demo keeps every NIK consistent with its holder.
        let i = rng.int(12...(digits.count - 1))
        let d = Int(String(digits[i])) ?? 0
        digits[i] = Character(String((d + 1) % 10))
        return String(digits)
    }
}
