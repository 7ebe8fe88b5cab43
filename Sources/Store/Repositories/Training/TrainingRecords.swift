import Training

/// One attempt as the store keeps it.
public struct StoredAttempt: Sendable, Hashable {
    public let id: String
    public let userID: String
    public let studyID: String
    public let attemptedAt: String
    public let score: Int
    public let passed: Bool
    public let items: [GradedItem]
}

/// An officer's standing on one study.
public struct StudyProgress: Sendable, Hashable {
    public let studyID: String
    public let attempts: Int
    public let bestScore: Int
    public let passed: Bool
}

/// A certificate of completion of one course.
public struct TrainingCertificate: Sendable, Hashable {
    public let code: String
    public let course: Course
    public let issuedAt: String
    /// The officer's name as the administrator entered it.
    public let name: String
}

/// How a cohort answered one item: how often it was right, missed, or chosen wrongly.
public struct ItemTally: Sendable, Hashable {
    public let question: StudyQuestion
    public let option: String
    public let correct: Int
    public let missed: Int
    public let extra: Int

    /// Share of the attempts that should have chosen it and did not, in whole percent.
    public var missedPercent: Int { correct + missed == 0 ? 0 : missed * 100 / (correct + missed) }
}

/// What the instructor's page counts.
public struct CohortSummary: Sendable {
    public let officers: Int
    public let attempts: Int
    public let tallies: [ItemTally]
}
