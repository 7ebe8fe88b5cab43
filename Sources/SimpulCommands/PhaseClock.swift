import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The wall time and processor time of each phase of a long command, on standard error, so that a
/// slow phase shows without a profiler (the processor time also on a machine busy with other work).
struct PhaseClock {
    let label: String
    let enabled: Bool
    private var wall = Date()
    private var processor = PhaseClock.processorSeconds()

    init(label: String, enabled: Bool) {
        self.label = label
        self.enabled = enabled
    }

    /// Ends the phase that ran since the last lap (or since the clock was made).
    mutating func lap(_ phase: String) {
        guard enabled else { return }
        let now = Date(), used = Self.processorSeconds()
        let line = "\(label) \(phase): \(Self.seconds(now.timeIntervalSince(wall))) s, processor \(Self.seconds(used - processor)) s\n"
        FileHandle.standardError.write(Data(line.utf8))
        wall = now
        processor = used
    }

    private static func seconds(_ s: Double) -> String { String(format: "%.1f", s) }

    /// User and system time of the whole process, every thread.
    static func processorSeconds() -> Double {
        var usage = rusage()
        #if canImport(Glibc)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        func s(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return s(usage.ru_utime) + s(usage.ru_stime)
    }
}
