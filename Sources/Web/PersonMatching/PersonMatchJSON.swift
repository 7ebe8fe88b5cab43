import Cases
import Linkage
import Store

/// The API's body for `GET /api/v1/persons/{id}/matches`. A candidate's identity and case
/// appear only when the caller may see them; otherwise its pseudonym and the agencies to
/// contact.
struct PersonMatchJSON: Encodable {
    struct PersonRef: Encodable {
        let id: String
        let code: String
        let role: PersonRole
        let caseId: String
    }
    struct AgencyRef: Encodable { let id: String; let name: String }
    struct Evidence: Encodable {
        let field: String
        let level: Int
        let levelName: String
        let weight: Double
    }
    struct Candidate: Encodable {
        let personId: String
        let code: String
        let role: PersonRole
        let caseId: String?
        let caseNumber: String?
        let agencies: [AgencyRef]
        let identity: PersonIdentity?
        /// very_likely, possible or worth_checking: all that is said of a candidate whose identity the caller may not see.
        let band: MatchBand
        let probability: Double?
        let evidence: [Evidence]
        let link: PersonLink?
    }

    let person: PersonRef
    let compared: Int
    let modelEstimatedFromStore: Bool
    let candidates: [Candidate]
    let decided: [Candidate]

    init(_ m: PersonMatches) {
        person = PersonRef(id: m.person.id, code: m.person.code, role: m.person.role, caseId: m.person.caseID)
        compared = m.compared
        modelEstimatedFromStore = m.trainedModel
        func candidate(_ c: PersonMatch) -> Candidate {
            Candidate(personId: c.person.id, code: c.person.code, role: c.person.role,
                      caseId: c.caseNumber == nil ? nil : c.person.caseID, caseNumber: c.caseNumber,
                      agencies: c.agencies.map { AgencyRef(id: $0.id, name: $0.name) }, identity: c.identity,
                      band: c.band, probability: c.probability.map { ($0 * 1000).rounded() / 1000 },
                      evidence: (c.explanation?.evidence ?? []).map {
                          Evidence(field: "\($0.field)", level: $0.level, levelName: $0.levelName, weight: ($0.weight * 10).rounded() / 10)
                      }, link: c.link)
        }
        candidates = m.candidates.map(candidate)
        decided = m.decided.map(candidate)
    }
}
