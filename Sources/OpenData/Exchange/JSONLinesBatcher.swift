/// Cuts a JSON Lines file that arrives in chunks (a file read piece by piece, an upload) into
/// batches of whole lines, each with the number of its first line, so that an import holds one
/// batch's cases at a time and never the whole file's.
public struct JSONLinesBatcher: Sendable {
    /// Whole lines of the file and where they start.
    public struct Batch: Sendable {
        public let text: String
        public let firstLine: Int
    }

    public let linesPerBatch: Int
    private var buffer: [UInt8] = []
    private var lines = 0
    private var nextLine = 1

    public init(linesPerBatch: Int = 2_000) {
        self.linesPerBatch = max(1, linesPerBatch)
    }

    /// The batches this chunk completes (often none).
    public mutating func add(_ chunk: some Sequence<UInt8>) -> [Batch] {
        var out: [Batch] = []
        if chunk.withContiguousStorageIfAvailable({ addLines($0, into: &out) }) == nil {
            Array(chunk).withUnsafeBufferPointer { addLines($0, into: &out) }
        }
        return out
    }

    /// Line by line rather than byte by byte: a megabyte's chunk is a few hundred copies.
    private mutating func addLines(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [Batch]) {
        var start = 0
        while let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) {
            buffer.append(contentsOf: bytes[start...newline])
            start = newline + 1
            lines += 1
            if lines == linesPerBatch { out.append(cut()) }
        }
        buffer.append(contentsOf: bytes[start...])
    }

    /// What is left at the end of the file, the last line even without its newline.
    public mutating func finish() -> Batch? {
        buffer.isEmpty ? nil : cut()
    }

    private mutating func cut() -> Batch {
        let batch = Batch(text: String(decoding: buffer, as: UTF8.self), firstLine: nextLine)
        nextLine += lines
        buffer.removeAll(keepingCapacity: true)
        lines = 0
        return batch
    }
}
