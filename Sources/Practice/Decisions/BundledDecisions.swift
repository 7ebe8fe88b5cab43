/// The decisions bundled with Simpul, read and indexed once, on first use.
public enum BundledDecisions {
    /// The index, or why the bundled file was refused (a page then says so instead of comparing).
    public static let index: Result<PracticeIndex, DecisionSetError> = {
        do throws(DecisionSetError) { return .success(PracticeIndex(try DecisionSet.bundled())) } catch { return .failure(error) }
    }()
}
