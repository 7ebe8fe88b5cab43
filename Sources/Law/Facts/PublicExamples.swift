/// The case-facts contract's public examples as JSON documents, in order: P1–P4 from the
/// contract, then the forms added in issue 17 — P5 recruitment by deception for sexual
/// exploitation to an unknown place (an answer that forks), P6 a girl of 15 recruited and harboured
/// for prostitution with no means named, P7 a man forced to run scams abroad. The benchmarks time
/// screening over them, so that figures compare across runs and benchmarks.
public enum PublicExamples {
    public static let json: [String] = [
        #"{"date":"2024-03-01","asOf":"2025-09-01","victim":{"age":34,"citizenship":"ID","sex":"male","consented":true},"acts":["recruitment","transportation","harbouring"],"means":["deception","debt_bondage"],"exploitation":{"types":["forced_labour"],"status":"occurred"},"movement":{"from":"ID","to":"ID"},"harms":[],"perpetrator":{"stateOfficialAbusingPower":false,"corporation":false,"organizedGroup":false},"stage":"completed","victimCompelledToOffend":false}"#,
        #"{"date":"2025-05-20","asOf":"2025-10-01","victim":{"age":16,"citizenship":"ID","sex":"female","consented":true},"acts":["recruitment","transportation"],"means":["falsification","deception"],"exploitation":{"types":["sexual_exploitation"],"status":"intended"},"movement":{"from":"ID","to":"MY"},"harms":[],"perpetrator":{"stateOfficialAbusingPower":false,"corporation":false,"organizedGroup":false},"stage":"attempted","victimCompelledToOffend":false}"#,
        #"{"date":"2026-02-10","asOf":"2026-11-29","victim":{"age":34,"citizenship":"ID","sex":"male","consented":true},"acts":["recruitment","transportation","harbouring"],"means":["deception","debt_bondage"],"exploitation":{"types":["forced_labour"],"status":"occurred"},"movement":{"from":"ID","to":"ID"},"harms":[],"perpetrator":{"stateOfficialAbusingPower":false,"corporation":false,"organizedGroup":false},"stage":"completed","victimCompelledToOffend":false}"#,
        #"{"victim":{"age":29,"citizenship":"ID","sex":"female"},"acts":["transportation"],"movement":{"from":"ID","to":"ID"},"stage":"completed"}"#,
        #"{"date":"2025-05-20","asOf":"2025-10-01","victim":{"age":24,"citizenship":"ID","sex":"female"},"acts":["recruitment"],"means":["deception"],"exploitation":{"types":["sexual_exploitation"],"status":"intended"},"stage":"completed"}"#,
        #"{"date":"2025-05-20","asOf":"2025-10-01","victim":{"age":15,"citizenship":"ID","sex":"female"},"acts":["recruitment","harbouring"],"exploitation":{"types":["prostitution"],"status":"occurred"},"movement":{"from":"ID","to":"ID"},"stage":"completed"}"#,
        #"{"date":"2026-03-01","asOf":"2026-11-29","victim":{"age":27,"citizenship":"ID","sex":"male","consented":true},"acts":["recruitment","transportation","harbouring"],"means":["deception","debt_bondage"],"exploitation":{"types":["forced_criminality"],"status":"occurred"},"movement":{"from":"ID","to":"KH"},"stage":"completed","victimCompelledToOffend":true}"#,
    ]
}
