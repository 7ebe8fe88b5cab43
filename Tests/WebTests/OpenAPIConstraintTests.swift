import Cases
import Coordination
import Foundation
import Linkage
import Networks
import Testing
@testable import Web

/// The OpenAPI document states what the API enforces, so that a client or a fuzzer built from
/// it sends requests the API accepts: every code list is exactly the one the server decodes,
/// every date has its pattern, every body's action has its allowed values.
@Suite("OpenAPI constraints")
struct OpenAPIConstraintTests {
    static var doc: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(buffer: SystemController.openAPI)) as? [String: Any]) ?? [:]
    }

    static var schemas: [String: [String: Any]] { (doc["components"] as? [String: Any])?["schemas"] as? [String: [String: Any]] ?? [:] }

    static func codes(_ schema: String, property: String? = nil) -> Set<String> {
        var node = schemas[schema] ?? [:]
        if let property { node = ((node["properties"] as? [String: Any])?[property] as? [String: Any]) ?? [:] }
        return Set((node["enum"] as? [Any] ?? []).compactMap { $0 as? String })
    }

    static func raw<T: CaseIterable & RawRepresentable>(_ t: T.Type, except: Set<String> = []) -> Set<String> where T.RawValue == String {
        Set(t.allCases.map(\.rawValue)).subtracting(except)
    }

    @Test func everyCodeListIsTheOneTheServerReads() {
        #expect(Self.codes("Role") == Self.raw(Role.self))
        #expect(Self.codes("CaseStatus") == Self.raw(CaseStatus.self))
        #expect(Self.codes("ExploitationType") == Self.raw(ExploitationType.self))
        #expect(Self.codes("PersonRole") == Self.raw(Cases.PersonRole.self))
        #expect(Self.codes("ReferralService") == Self.raw(ReferralService.self))
        #expect(Self.codes("ProtectionService") == Self.raw(ProtectionService.self))
        #expect(Self.codes("ReferralGrant") == Self.raw(ReferralGrant.self))
        #expect(Self.codes("RestitutionClaim", property: "head") == Self.raw(RestitutionHead.self))
        #expect(Self.codes("PersonMatchCandidate", property: "band") == Self.raw(MatchBand.self))
        #expect(Self.codes("EntityType") == Self.raw(EntityType.self))
        #expect(Self.codes("NetworkPersonRole") == Self.raw(Networks.PersonRole.self))
        #expect(Self.codes("ReferralEvent", property: "action") == Self.raw(ReferralEvent.Action.self, except: ["request"]))
        #expect(Self.codes("ReferralEvent", property: "outcome") == Self.raw(ReferralOutcome.self))
        #expect(Self.codes("ServiceEvent", property: "action") == Self.raw(ProtectionEvent.Action.self, except: ["request"]))
        #expect(Self.codes("TaskEvent", property: "action") == Self.raw(TaskEvent.Action.self, except: ["create", "reassign", "escalate"]))
        let consent = ((Self.schemas["NewReferral"]?["properties"] as? [String: Any])?["consent"] as? [String: Any])?["properties"] as? [String: Any]
        #expect(Set(((consent?["kind"] as? [String: Any])?["enum"] as? [String]) ?? []) == Self.raw(ConsentBasis.Kind.self))
    }

    @Test func everyDateHasItsPatternAndEveryRequestBodyItsSchema() throws {
        func dates(_ node: Any, _ path: String, into out: inout [String]) {
            if let d = node as? [String: Any] {
                if d["format"] as? String == "date", d["pattern"] as? String != "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" { out.append(path) }
                for (k, v) in d { dates(v, path + "." + k, into: &out) }
            } else if let a = node as? [Any] {
                for (i, v) in a.enumerated() { dates(v, path + "[\(i)]", into: &out) }
            }
        }
        var missing: [String] = []
        dates(Self.schemas, "schemas", into: &missing)
        #expect(missing.isEmpty, "\(missing)")
        let paths = try #require(Self.doc["paths"] as? [String: [String: Any]])
        for (path, ops) in paths {
            guard let post = ops["post"] as? [String: Any], let body = post["requestBody"] as? [String: Any] else { continue }
            let schema = ((body["content"] as? [String: Any])?["application/json"] as? [String: Any])?["schema"] as? [String: Any]
            let ref = try #require(schema?["$ref"] as? String, "\(path)")
            #expect(Self.schemas[String(ref.split(separator: "/").last ?? "")] != nil, "\(path) → \(ref)")
        }
    }
}
