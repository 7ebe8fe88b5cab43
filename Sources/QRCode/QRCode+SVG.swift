extension QRCode {
    /// Modules of light margin around the symbol, as the standard asks for readers to find it.
    public static let quietZone = 4

    /// The symbol as an SVG image: a white square with the quiet zone, and the dark modules as one
    /// path of horizontal runs. The view box counts modules, so the image scales without blur;
    /// `crispEdges` keeps neighbouring runs from showing seams. It is drawn black on white
    /// whatever the page's colours, since scanners look for dark modules on a light ground.
    /// - Parameters:
    ///   - label: what the image is, for screen readers (`aria-label` and `<title>`); escaped here.
    ///   - pixels: the width and height to draw at.
    public func svg(label: String, pixels: Int) -> String {
        let side = size + 2 * Self.quietZone
        let name = Self.escaped(label)
        return #"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \#(side) \#(side)" width="\#(pixels)" height="\#(pixels)" "#
            + #"shape-rendering="crispEdges" role="img" aria-label="\#(name)"><title>\#(name)</title>"#
            + #"<rect width="\#(side)" height="\#(side)" fill="white"/><path fill="black" d="\#(pathData)"/></svg>"#
    }

    /// One closed rectangle per run of dark modules in a row: move to its top-left corner, across
    /// its length, down one, back.
    var pathData: String {
        var d = ""
        for y in 0..<size {
            var x = 0
            while x < size {
                guard isDark(x: x, y: y) else { x += 1; continue }
                let start = x
                while x < size && isDark(x: x, y: y) { x += 1 }
                d += "M\(start + Self.quietZone) \(y + Self.quietZone)h\(x - start)v1h-\(x - start)z"
            }
        }
        return d
    }

    /// The label goes into an attribute and an element, so the characters that could end either
    /// are written as references.
    private static func escaped(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }
}
