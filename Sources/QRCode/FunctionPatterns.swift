extension ModuleGrid {
    /// An empty grid for `version` with every function pattern drawn and the format and version
    /// areas reserved, left light until `drawFormat` and `drawVersion` write them.
    init(functionPatternsOf version: Version) {
        self.init(size: version.size)
        // Timing first: the finders and alignment patterns drawn after it cover its ends.
        for i in 0..<size {
            setFunction(x: 6, y: i, dark: i % 2 == 0)
            setFunction(x: i, y: 6, dark: i % 2 == 0)
        }
        for (x, y) in [(3, 3), (size - 4, 3), (3, size - 4)] { drawFinder(centreX: x, centreY: y) }
        let centres = version.alignmentCentres
        for x in centres {
            for y in centres where !Self.overlapsFinder(x, y, last: centres.last ?? 0) {
                drawAlignment(centreX: x, centreY: y)
            }
        }
        // Light for now: the standard writes these, and the dark module, after choosing the mask
        // (§7.1, steps 7 and 8), so the masks are scored without them.
        drawFormat(bits: 0, darkModule: false)
        if version.number >= 7 { drawVersion(bits: 0) }
    }

    /// Three alignment positions fall on the finders: top-left, top-right and bottom-left.
    private static func overlapsFinder(_ x: Int, _ y: Int, last: Int) -> Bool {
        (x == 6 && y == 6) || (x == last && y == 6) || (x == 6 && y == last)
    }

    /// A 7×7 finder (dark ring, light ring, dark 3×3 centre) and its light separator, cut at the
    /// symbol's edge.
    private mutating func drawFinder(centreX: Int, centreY: Int) {
        for dy in -4...4 {
            for dx in -4...4 {
                let x = centreX + dx, y = centreY + dy
                guard (0..<size).contains(x), (0..<size).contains(y) else { continue }
                let ring = max(abs(dx), abs(dy))
                setFunction(x: x, y: y, dark: ring != 2 && ring != 4)
            }
        }
    }

    /// A 5×5 alignment pattern: dark ring, light ring, one dark centre.
    private mutating func drawAlignment(centreX: Int, centreY: Int) {
        for dy in -2...2 {
            for dx in -2...2 {
                setFunction(x: centreX + dx, y: centreY + dy, dark: max(abs(dx), abs(dy)) != 1)
            }
        }
    }

    /// Writes the 15 format bits twice, beside the top-left finder and split between the other
    /// two, plus the dark module that is always beside the bottom-left one. Bit 14 is the most
    /// significant.
    mutating func drawFormat(bits: Int, darkModule: Bool = true) {
        func bit(_ i: Int) -> Bool { (bits >> i) & 1 == 1 }
        for i in 0...5 { setFunction(x: 8, y: i, dark: bit(i)) }
        setFunction(x: 8, y: 7, dark: bit(6))
        setFunction(x: 8, y: 8, dark: bit(7))
        setFunction(x: 7, y: 8, dark: bit(8))
        for i in 9...14 { setFunction(x: 14 - i, y: 8, dark: bit(i)) }
        for i in 0...7 { setFunction(x: size - 1 - i, y: 8, dark: bit(i)) }
        for i in 8...14 { setFunction(x: 8, y: size - 15 + i, dark: bit(i)) }
        setFunction(x: 8, y: size - 8, dark: darkModule)
    }

    /// Writes the 18 version bits (from version 7) as two 6×3 blocks, above the bottom-left
    /// finder and left of the top-right one, mirror images of each other.
    mutating func drawVersion(bits: Int) {
        for i in 0..<18 {
            let along = i / 3, across = size - 11 + i % 3
            let isDark = (bits >> i) & 1 == 1
            setFunction(x: across, y: along, dark: isDark)
            setFunction(x: along, y: across, dark: isDark)
        }
    }
}
