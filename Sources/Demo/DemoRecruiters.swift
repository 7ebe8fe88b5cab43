/// The demo's recruiters whose phones, accounts and agency recur: typed one way into case files
/// (as perpetrator-network entities) and another way by the public, in reports and job-offer
/// checks, so that investigators see "this number was named in N reports and checks" on a fresh
/// install. Every number and name is made up.
public struct DemoRecruiter: Sendable {
    /// As an officer typed it into the case file.
    public let phoneInCase: String
    /// As the public wrote it.
    public let phoneInPublic: String
    public let accountInCase: String?
    public let accountInPublic: String?
    public let agencyInCase: String?
    public let agencyInPublic: String?
    public let licence: String?
    /// The job-offer checks naming this recruiter, as days before the demo's day.
    public let checksDaysAgo: [Int]
}

public enum DemoRecruiters {
    public static let all: [DemoRecruiter] = [
        DemoRecruiter(phoneInCase: "+62 812-3301-7745", phoneInPublic: "0812 3301 7745", accountInCase: nil, accountInPublic: nil,
                      agencyInCase: "PT. Cahaya Mandiri Sejahtera", agencyInPublic: "cahaya mandiri sejahtera, pt", licence: "B.411/KEP/2019",
                      checksDaysAgo: [3, 9, 21]),
        DemoRecruiter(phoneInCase: "0857 2210 4438", phoneInPublic: "+6285722104438", accountInCase: "BRI 0123-01-004567-50-3",
                      accountInPublic: "BRI 012301004567503", agencyInCase: nil, agencyInPublic: nil, licence: nil, checksDaysAgo: [1, 2, 6, 14]),
        DemoRecruiter(phoneInCase: "0813-9087-6612", phoneInPublic: "62 813 9087 6612", accountInCase: nil, accountInPublic: nil,
                      agencyInCase: nil, agencyInPublic: nil, licence: nil, checksDaysAgo: [4]),
    ]

    /// Lines a reporter adds to her story about this recruiter, in the words the public uses.
    public static func reportLines(_ r: DemoRecruiter) -> String {
        var lines = ["Perekrut menghubungi lewat WhatsApp di nomor \(r.phoneInPublic)."]
        if let account = r.accountInPublic { lines.append("Biaya Rp7.500.000 diminta ditransfer ke rekening \(account).") }
        if let agency = r.agencyInPublic { lines.append("Perusahaan: \(agency)") }
        return "\n" + lines.joined(separator: "\n")
    }
}
