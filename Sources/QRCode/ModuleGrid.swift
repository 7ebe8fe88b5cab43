/// The square of modules while a symbol is built. It remembers which modules belong to function
/// patterns, so that the data and the mask go around them. `x` is the column, `y` the row, both
/// from the top-left corner.
struct ModuleGrid {
    let size: Int
    private(set) var dark: [Bool]
    private(set) var function: [Bool]

    init(size: Int) {
        self.size = size
        dark = Array(repeating: false, count: size * size)
        function = Array(repeating: false, count: size * size)
    }

    func isDark(x: Int, y: Int) -> Bool { dark[y * size + x] }
    func isFunction(x: Int, y: Int) -> Bool { function[y * size + x] }

    /// Sets a module of a function pattern (or of the areas reserved for format and version
    /// information); drawing it again later replaces it.
    mutating func setFunction(x: Int, y: Int, dark isDark: Bool) {
        dark[y * size + x] = isDark
        function[y * size + x] = true
    }

    mutating func setData(x: Int, y: Int, dark isDark: Bool) {
        dark[y * size + x] = isDark
    }

    /// Inverts every data module the mask selects (rows are `y`, columns `x`).
    mutating func apply(_ mask: Mask) {
        for y in 0..<size {
            for x in 0..<size where !isFunction(x: x, y: y) && mask.inverts(row: y, column: x) {
                dark[y * size + x].toggle()
            }
        }
    }
}
