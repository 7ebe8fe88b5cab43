/// `n` in decimal with zeros in front up to `width` digits, as `String(format: "%0*d")` writes
/// it: by hand, because Foundation's formatter costs tens of microseconds a call on Linux, and
/// registry numbers, person codes and dates are made by the hundred thousand in bulk loads.
public func zeroPadded(_ n: Int, _ width: Int) -> String {
    if n < 0 { return "-" + zeroPadded(-n, width - 1) }
    let digits = String(n)
    return digits.utf8.count >= width ? digits : String(repeating: "0", count: width - digits.utf8.count) + digits
}
