/// Why a QR code could not be made.
public enum QRCodeError: Error, Equatable, Sendable {
    /// The input is longer than the largest symbol (version 40) holds at this level; `capacity`
    /// is how many bytes would fit, so the caller can say how much to cut.
    case inputTooLong(bytes: Int, capacity: Int, level: ErrorCorrectionLevel)
}
