/// The penalty a masked symbol scores under the four rules of ISO/IEC 18004 §7.8.3; the mask
/// with the lowest total is chosen. Every rule describes something that confuses a reader: long
/// runs and blocks of one colour, shapes like a finder, and an unbalanced count of dark modules.
extension ModuleGrid {
    var penalty: Int {
        let rows = (0..<size).map { y in (0..<size).map { x in isDark(x: x, y: y) } }
        let columns = (0..<size).map { x in (0..<size).map { y in isDark(x: x, y: y) } }
        let lines = rows + columns
        return lines.reduce(0) { $0 + Self.runPenalty($1) + Self.finderLikePenalty($1) } + blockPenalty + balancePenalty
    }

    /// Rule 1: each run of five or more modules of one colour in a row or column scores 3, and
    /// 1 more for every module past five.
    static func runPenalty(_ line: [Bool]) -> Int {
        var score = 0, run = 0
        for (i, module) in line.enumerated() {
            run = i > 0 && module == line[i - 1] ? run + 1 : 1
            let ends = i == line.count - 1 || line[i + 1] != module
            if ends && run >= 5 { score += 3 + run - 5 }
        }
        return score
    }

    /// Rule 2: each 2×2 square of one colour scores 3 (overlapping squares all count, which is
    /// how a larger block scores by its area).
    var blockPenalty: Int {
        var score = 0
        for y in 0..<(size - 1) {
            for x in 0..<(size - 1) {
                let colour = isDark(x: x, y: y)
                if isDark(x: x + 1, y: y) == colour, isDark(x: x, y: y + 1) == colour, isDark(x: x + 1, y: y + 1) == colour {
                    score += 3
                }
            }
        }
        return score
    }

    /// Rule 3: each dark-light-dark-dark-dark-light-dark run (the 1:1:3:1:1 of a finder's
    /// centre line) with four light modules before or after it scores 40. Outside the symbol is
    /// the light quiet zone, so a pattern at an edge has light beside it.
    static func finderLikePenalty(_ line: [Bool]) -> Int {
        let pattern = [true, false, true, true, true, false, true]
        let quiet = [Bool](repeating: false, count: 4)
        let padded = quiet + line + quiet
        var score = 0
        for start in 4...(padded.count - 11) where padded[start..<(start + 7)].elementsEqual(pattern) {
            let before = padded[(start - 4)..<start].allSatisfy { !$0 }
            let after = padded[(start + 7)..<(start + 11)].allSatisfy { !$0 }
            if before || after { score += 40 }
        }
        return score
    }

    /// Rule 4: 10 for every full 5 % by which the share of dark modules strays from half.
    var balancePenalty: Int {
        let darkCount = dark.filter { $0 }.count
        let total = size * size
        return abs(darkCount * 20 - total * 10) / total * 10
    }
}
