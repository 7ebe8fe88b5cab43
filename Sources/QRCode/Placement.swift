extension ModuleGrid {
    /// Writes the codewords' bits, most significant first, into the modules that no function
    /// pattern took: in two-module-wide columns from the right edge leftwards, up the first, down
    /// the next and so on, the right module of a pair before the left. The vertical timing
    /// pattern's column is stepped over, so pairs left of it start one column further left.
    /// Modules past the last bit (the remainder bits) stay light.
    mutating func place(_ codewords: [UInt8]) {
        var index = 0
        var upward = true
        var right = size - 1
        while right > 0 {
            if right == 6 { right = 5 }
            for step in 0..<size {
                let y = upward ? size - 1 - step : step
                for x in [right, right - 1] where !isFunction(x: x, y: y) {
                    if index < codewords.count * 8 {
                        setData(x: x, y: y, dark: (codewords[index / 8] >> (7 - index % 8)) & 1 == 1)
                    }
                    index += 1
                }
            }
            upward.toggle()
            right -= 2
        }
    }
}
