/// Jaro–Winkler similarity of two short byte strings (name-token keys), 0…1.
enum JaroWinkler {
    static func similarity(_ a: [UInt8], _ b: [UInt8]) -> Double {
        if a == b { return a.isEmpty ? 0 : 1 }
        let la = a.count, lb = b.count
        guard la > 0, lb > 0, la <= 64, lb <= 64 else { return 0 }
        let window = max(0, max(la, lb) / 2 - 1)
        var matchedA: UInt64 = 0, matchedB: UInt64 = 0
        var matches = 0
        for i in 0..<la {
            let lo = max(0, i - window), hi = min(lb - 1, i + window)
            if lo > hi { continue }
            for j in lo...hi where matchedB & (1 << UInt64(j)) == 0 && a[i] == b[j] {
                matchedA |= 1 << UInt64(i); matchedB |= 1 << UInt64(j); matches += 1
                break
            }
        }
        guard matches > 0 else { return 0 }
        var transpositions = 0, j = 0
        for i in 0..<la where matchedA & (1 << UInt64(i)) != 0 {
            while matchedB & (1 << UInt64(j)) == 0 { j += 1 }
            if a[i] != b[j] { transpositions += 1 }
            j += 1
        }
        let m = Double(matches)
        let jaro = (m / Double(la) + m / Double(lb) + (m - Double(transpositions / 2)) / m) / 3
        var prefix = 0
        while prefix < min(4, la, lb), a[prefix] == b[prefix] { prefix += 1 }
        return jaro + Double(prefix) * 0.1 * (1 - jaro)
    }
}
