@testable import Law

/// The hard edges: the child rule, consent, place, what counts as exploitation, smuggling and
/// labour violations, and the points where Palermo and UU 21/2007 differ in their elements.
enum EdgeExamples {
    static let all: [WorkedExample] = [
        WorkedExample(name: "A child with no means, recruited and moved within Indonesia: Palermo yes, UU 21/2007 no, UU 35/2014 yes",
            facts: .baseline.with { $0.age = 15; $0.means = [] },
            expect: Expectation(palermo: .trafficking, missing: [], national: .offence,
                                articles: ["UU 35/2014 Pasal 76F jo. Pasal 83", "UU 35/2014 Pasal 76I jo. Pasal 88"],
                                notArticles: ["UU 21/2007 Pasal 2", "UU 21/2007 Pasal 17"], prisonMin: 3, prisonMax: 15,
                                fineMin: 60 * juta, instruments: ["CRC"], divergences: ["child_rule"])),
        WorkedExample(name: "Consent given, but obtained by deception: consent is irrelevant",
            facts: .baseline.with { $0.consented = true },
            expect: Expectation(palermo: .trafficking, national: .offence, articles: ["UU 21/2007 Pasal 2"])),
        WorkedExample(name: "Consent without any means: an adult woman who chose sex work",
            facts: .baseline.with { $0.means = []; $0.types = ["prostitution"] },
            expect: Expectation(palermo: .notTrafficking, missing: [.means], national: .noOffence, noPenalty: true,
                                notRights: ["UU 21/2007 Pasal 44"], notes: ["pimping_practice"])),
        WorkedExample(name: "Smuggling, not trafficking: an Afghan man paid to be brought to Indonesia, no exploitation",
            facts: .baseline.with {
                $0.citizenship = "AF"; $0.sex = "male"; $0.from = "MY"; $0.to = "ID"; $0.acts = ["transportation"]
                $0.means = []; $0.types = []; $0.status = "none"
            },
            expect: Expectation(palermo: .notTrafficking, missing: [.means, .purpose], national: .noOffence, noPenalty: true,
                                notInstruments: ["Palermo Protocol"], notes: ["smuggling"])),
        WorkedExample(name: "A labour violation, not trafficking: underpaid work taken freely at home",
            facts: .baseline.with { $0.acts = ["recruitment"]; $0.means = []; $0.types = []; $0.status = "none" },
            expect: Expectation(palermo: .notTrafficking, national: .noOffence, notRights: ["UU 21/2007 Pasal 48"],
                                notes: ["labour_violation"])),
        WorkedExample(name: "Domestic against cross-border: the same deception into Malaysia is Pasal 4, not Pasal 2",
            facts: .baseline.with { $0.to = "MY" },
            expect: Expectation(articles: ["UU 21/2007 Pasal 4"], notArticles: ["UU 21/2007 Pasal 2"])),
        WorkedExample(name: "Acts list: sending alone is a national act but not a Palermo act",
            facts: .baseline.with { $0.acts = ["sending"] },
            expect: Expectation(palermo: .notTrafficking, missing: [.act], national: .offence, articles: ["UU 21/2007 Pasal 2"],
                                divergences: ["act_list"])),
        WorkedExample(name: "Means list: forged papers alone meet UU 21/2007 but not Palermo",
            facts: .baseline.with { $0.means = ["falsification"] },
            expect: Expectation(palermo: .notTrafficking, missing: [.means], national: .offence, divergences: ["means_list"])),
        WorkedExample(name: "Means list: other coercion meets Palermo but not UU 21/2007",
            facts: .baseline.with { $0.means = ["other_coercion"] },
            expect: Expectation(palermo: .trafficking, national: .noOffence, divergences: ["means_list"])),
        WorkedExample(name: "Means list: confinement is named nationally, and only read into Palermo's other coercion",
            facts: .baseline.with { $0.means = ["confinement"] },
            expect: Expectation(palermo: .trafficking, national: .offence, divergences: ["means_list"])),
        WorkedExample(name: "What counts as exploitation: using someone's labour for profit is national only",
            facts: .baseline.with { $0.types = ["other_for_profit"] },
            expect: Expectation(palermo: .notTrafficking, missing: [.purpose], national: .offence, divergences: ["exploitation_scope"])),
        WorkedExample(name: "What counts as exploitation: use of reproductive organs is national only",
            facts: .baseline.with { $0.types = ["reproductive_exploitation"] },
            expect: Expectation(palermo: .notTrafficking, national: .offence, divergences: ["exploitation_scope"])),
        WorkedExample(name: "Where the exploitation takes place: a Filipina taken from Indonesia to Malaysia",
            facts: .baseline.with { $0.citizenship = "PH"; $0.to = "MY" },
            expect: Expectation(palermo: .trafficking, national: .noOffence, notRights: ["UU 21/2007 Pasal 54"],
                                divergences: ["place_of_exploitation"])),
        WorkedExample(name: "Age unknown and no means: Palermo cannot decide without the age",
            facts: .baseline.with { $0.age = nil; $0.means = [] },
            expect: Expectation(palermo: .undetermined, missing: [.means, .age], nextFacts: ["victim.age"])),
        WorkedExample(name: "Where they went is unknown: an offence either way, the article depends on the place",
            facts: .baseline.with { $0.from = nil; $0.to = nil },
            expect: Expectation(palermo: .trafficking, national: .offence, articles: ["UU 21/2007 Pasal 2", "UU 21/2007 Pasal 4"],
                                prisonMin: 3, prisonMax: 15, nextFacts: ["movement"])),
        WorkedExample(name: "Where a foreigner went is unknown: taken abroad, no article would reach it, so it stays open",
            facts: .baseline.with { $0.citizenship = "PH"; $0.from = nil; $0.to = nil },
            expect: Expectation(palermo: .trafficking, national: .undetermined, noPenalty: true, nextFacts: ["movement"])),
        WorkedExample(name: "Purpose unknown: both undetermined, and the purpose is asked first",
            facts: .baseline.with { $0.types = nil; $0.status = nil },
            expect: Expectation(palermo: .undetermined, missing: [.purpose], national: .undetermined, nextFacts: ["exploitation"])),
    ]
}

/// Every worked example, for the parameterised test and the timing test.
let allWorkedExamples: [WorkedExample] = OffenceExamples.all + AggravationExamples.all + DateExamples.all + EdgeExamples.all
