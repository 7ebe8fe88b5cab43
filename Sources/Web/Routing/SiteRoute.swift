import Foundation

/// Every page and endpoint, in one place. Routes are registered from these same values
/// (`SiteRoute.caseDetail(":id")`-style, with `{id}` patterns), so a link printed from a
/// `SiteRoute` always points at a route that exists.
public enum SiteRoute: Sendable, Hashable {
    case home
    case login
    case secondFactor
    case enrolSecondFactor
    case logout
    case setup
    case language(String)
    case cases(query: [String: String] = [:])
    case newCase
    case caseDetail(String)
    case addPerson(String)
    /// One person's likely matches across agencies, and the decisions on them.
    case personMatches(String)
    case statistics
    /// Effectiveness monitoring: the dashboard, one indicator, how it is counted, its CSV, and
    /// every indicator as one workbook.
    case monitoring(query: [String: String] = [:])
    case indicator(String, query: [String: String] = [:])
    case indicatorMethod(String, query: [String: String] = [:])
    case indicatorCSV(String, query: [String: String] = [:])
    case monitoringWorkbook(query: [String: String] = [:])
    /// The estimate of victims nobody detected (multiple systems estimation).
    case monitoringEstimate(query: [String: String] = [:])
    /// The administrator's disclosure threshold k.
    case adminMonitoring
    /// The administrator's resolution of network communities.
    case adminNetworks
    /// Tables shaped as a recipient asks for them (GLOTIP, SDG 16.2.2, RAN PP-TPPO, TIP), as a
    /// page and as XLSX; the task force's printable annual report.
    case monitoringPack(String, query: [String: String] = [:])
    case monitoringPackWorkbook(String, query: [String: String] = [:])
    case annualReport(query: [String: String] = [:])
    /// The legal screening form; from a case, its answer is kept with the case.
    case screening(caseID: String?)
    case storedScreening(caseID: String, screeningID: String)
    /// Victim identification questionnaire (ILO–EC indicators); private mode on the officer's phone.
    case identification(privateMode: Bool)
    /// Public, no sign-in: what trafficking is and the start of a report.
    case report
    case reportStep
    case reportSend
    case reportConfirm
    /// The reporter comes back with the receipt code.
    case reportReturn
    case reportThread
    case reportLeave
    /// Public awareness, no sign-in and no cookie: what trafficking is and its signs, victims'
    /// rights, how to report, where help is by province, the task force's published warnings.
    case trafficking
    case victimRights
    case howToReport
    case helpNearby(province: String? = nil)
    case publicWarnings
    /// The public job-offer checker: its start, its questions one page at a time (answers carried
    /// in the pages), and the village head's printable checklist.
    case offerCheck
    case offerCheckStep
    /// Open data, public and without sign-in: the published releases and their files.
    case openData
    case openDataFile(version: String, name: String)
    /// HTCDS 2.0 exchange for an agency's users: the page (export form, import form, recent
    /// imports), the streamed download of the agency's cases, a partner file's upload, and one
    /// import's progress and rejects.
    case htcdsExchange
    case htcdsExport(query: [String: String] = [:])
    case htcdsImport
    case htcdsImportJob(String)
    /// The administrator's privacy budget for open data.
    case adminOpenData
    /// The release workflow: build a draft, preview it (and its files), approve it, publish it;
    /// make the signing key ahead of the first release.
    case adminReleaseDrafts
    case adminReleaseDraft(String)
    case adminReleaseDraftFile(String, name: String)
    case adminReleaseApprove(String)
    case adminReleasePublish(String)
    case adminSigningKey
    case villageHeadChecklist
    /// Agency side: the queue, one report, and what can be done to it.
    case reportQueue
    case reportOnBehalf
    case reportDetail(String)
    case reportMessage(String)
    case reportClose(String)
    case reportReassign(String)
    case reportAttachment(String, String)
    case reportAlert(String)
    case reportSettings
    case reportRule
    case reportRuleDelete(String)
    case reportDuty
    case reportRetention
    /// Coordination: a case's referrals, services, justice track and timeline; one referral;
    /// one service; the user's work.
    case coordination(String)
    case newReferral(String)
    case referral(String)
    case referralAction(String)
    case newService(String)
    case serviceAction(String)
    case justiceAction(String)
    case newTask(String)
    case taskAction(String)
    case newRestitution(String)
    case restitutionAction(String)
    case work
    /// Perpetrator networks: a case's entities and the decisions on names, bulk evidence, the
    /// network around a case and its exports; the networks of the viewer's cases (for analysts
    /// every network, by pseudonym), and one network by its sealed token.
    case caseEntities(String)
    case entityDecision(String)
    case evidenceImport(String)
    case caseNetwork(String, query: [String: String] = [:])
    case caseNetworkExport(String, format: NetworkExportFormat)
    case networks
    case network(String, query: [String: String] = [:])
    case networkExport(String, format: NetworkExportFormat)
    /// Officers' training: the case studies with the officer's progress, one study's form, the
    /// marked result of one attempt, the progress page, a course certificate, its public check by
    /// code, and the instructor's view of a cohort's weak points.
    case training
    /// Court practice against the statute (the implementation gap): verdicts recorded in Simpul and
    /// the bundled decisions, per court and per province.
    case practiceGap
    case trainingStudy(String)
    case trainingResult(String, attempt: String)
    case trainingProgress
    case trainingCertificate(String)
    case trainingCertificateCheck(code: String? = nil)
    case trainingInstructor(agency: String? = nil)
    /// Administration: agencies, users, their one-time links and tokens, the audit log.
    case admin
    case adminAgencies
    case adminAgency(String)
    case adminAgencyStatus(String)
    case adminUsers
    case adminUser(String)
    case adminUserUpdate(String)
    case adminUserStatus(String)
    case adminUserLink(String)
    case adminUserToken(String)
    case adminAudit(query: [String: String] = [:])
    case adminAuditVerify
    /// The register of licensed agencies (P3MI): upload, rejects, history; the published warnings.
    case adminAgencyRegister
    case adminWarnings
    case adminWarningWithdraw(String)
    /// A one-time link that lets a user set a password.
    case accountLink
    case health
    case metrics
    case staticFile(String)
    case api(API)

    public enum API: Sendable, Hashable {
        case openAPI
        case me
        case cases
        case caseDetail(String)
        case casePersons(String)
        case screenings
        case caseCoordination(String)
        case caseReferrals(String)
        case referralEvents(String)
        case caseServices(String)
        case serviceEvents(String)
        case myWork
        case caseTasks(String)
        case taskEvents(String)
        case caseRestitution(String)
        case restitutionEvents(String)
        case personMatches(String)
        case personLinks(String)
        case caseEntities(String)
        case indicators
        case indicator(String)
        /// The public job-offer check: answers in, result out; no token.
        case offerChecks
    }

    /// The pattern segment for a path parameter, for registering routes.
    public static let idParameter = "{id}"

    public var path: String {
        switch self {
        case .home: return "/"
        case .login: return "/masuk"
        case .secondFactor: return "/masuk/otp"
        case .enrolSecondFactor: return "/akun/otp"
        case .logout: return "/keluar"
        case .setup: return "/siapkan"
        case .language(let code): return "/bahasa/\(code)"
        case .cases(let query): return Self.path("/kasus", query)
        case .newCase: return "/kasus/baru"
        case .caseDetail(let id): return "/kasus/\(id)"
        case .addPerson(let id): return "/kasus/\(id)/orang"
        case .statistics: return "/statistik"
        case .monitoring(let query): return Self.path("/pemantauan", query)
        case .indicator(let id, let query): return Self.path("/pemantauan/indikator/\(id)", query)
        case .indicatorMethod(let id, let query): return Self.path("/pemantauan/indikator/\(id)/cara-menghitung", query)
        case .indicatorCSV(let id, let query): return Self.path("/pemantauan/indikator/\(id)/csv", query)
        case .monitoringWorkbook(let query): return Self.path("/pemantauan/unduh/xlsx", query)
        case .monitoringEstimate(let query): return Self.path("/pemantauan/perkiraan", query)
        case .adminMonitoring: return "/admin/pemantauan"
        case .adminNetworks: return "/admin/jaringan"
        case .monitoringPack(let id, let query): return Self.path("/pemantauan/paket/\(id)", query)
        case .monitoringPackWorkbook(let id, let query): return Self.path("/pemantauan/paket/\(id)/xlsx", query)
        case .annualReport(let query): return Self.path("/pemantauan/laporan-tahunan", query)
        case .screening(let caseID): return "/penapisan" + (caseID.map { "?kasus=\($0)" } ?? "")
        case .storedScreening(let caseID, let sid): return "/kasus/\(caseID)/penapisan/\(sid)"
        case .identification(let privateMode): return "/identifikasi" + (privateMode ? "?pribadi=1" : "")
        case .report: return "/lapor"
        case .reportStep: return "/lapor/langkah"
        case .reportSend: return "/lapor/kirim"
        case .reportConfirm: return "/lapor/simpan"
        case .reportReturn: return "/lapor/kembali"
        case .reportThread: return "/lapor/laporan"
        case .reportLeave: return "/lapor/keluar"
        case .trafficking: return "/tppo"
        case .victimRights: return "/tppo/hak-korban"
        case .howToReport: return "/tppo/cara-melapor"
        case .helpNearby(let province): return "/tppo/bantuan" + (province.map { "?provinsi=" + Self.encode($0) } ?? "")
        case .publicWarnings: return "/tppo/peringatan"
        case .openData: return "/data"
        case .openDataFile(let version, let name): return "/data/\(version)/\(name)"
        case .htcdsExchange: return "/kasus/htcds"
        case .htcdsExport(let query): return Self.path("/kasus/htcds/unduh", query)
        case .htcdsImport: return "/kasus/htcds/impor"
        case .htcdsImportJob(let id): return "/kasus/htcds/impor/\(id)"
        case .adminOpenData: return "/admin/data"
        case .adminReleaseDrafts: return "/admin/data/rilis"
        case .adminReleaseDraft(let id): return "/admin/data/rilis/\(id)"
        case .adminReleaseDraftFile(let id, let name): return "/admin/data/rilis/\(id)/berkas/\(name)"
        case .adminReleaseApprove(let id): return "/admin/data/rilis/\(id)/setujui"
        case .adminReleasePublish(let id): return "/admin/data/rilis/\(id)/terbitkan"
        case .adminSigningKey: return "/admin/data/kunci"
        case .offerCheck: return "/cek-lowongan"
        case .offerCheckStep: return "/cek-lowongan/langkah"
        case .villageHeadChecklist: return "/cek-lowongan/kepala-desa"
        case .reportQueue: return "/laporan"
        case .reportOnBehalf: return "/laporan/baru"
        case .reportDetail(let id): return "/laporan/\(id)"
        case .reportMessage(let id): return "/laporan/\(id)/pesan"
        case .reportClose(let id): return "/laporan/\(id)/tutup"
        case .reportReassign(let id): return "/laporan/\(id)/pindah"
        case .reportAttachment(let id, let aid): return "/laporan/\(id)/lampiran/\(aid)"
        case .reportAlert(let id): return "/laporan/peringatan/\(id)"
        case .reportSettings: return "/admin/laporan"
        case .reportRule: return "/admin/laporan/aturan"
        case .reportRuleDelete(let id): return "/admin/laporan/aturan/\(id)/hapus"
        case .reportDuty: return "/admin/laporan/piket"
        case .reportRetention: return "/admin/laporan/retensi"
        case .coordination(let id): return "/kasus/\(id)/koordinasi"
        case .newReferral(let id): return "/kasus/\(id)/rujukan"
        case .referral(let id): return "/rujukan/\(id)"
        case .referralAction(let id): return "/rujukan/\(id)/tindakan"
        case .newService(let id): return "/kasus/\(id)/layanan"
        case .serviceAction(let id): return "/layanan/\(id)/tindakan"
        case .justiceAction(let id): return "/kasus/\(id)/proses-hukum"
        case .newTask(let id): return "/kasus/\(id)/tugas"
        case .taskAction(let id): return "/tugas/\(id)/tindakan"
        case .newRestitution(let id): return "/kasus/\(id)/restitusi"
        case .restitutionAction(let id): return "/restitusi/\(id)/tindakan"
        case .personMatches(let id): return "/orang/\(id)/kecocokan"
        case .work: return "/kerja"
        case .caseEntities(let id): return "/kasus/\(id)/entitas"
        case .entityDecision(let id): return "/kasus/\(id)/entitas/keputusan"
        case .evidenceImport(let id): return "/kasus/\(id)/bukti"
        case .caseNetwork(let id, let query): return Self.path("/kasus/\(id)/jaringan", query)
        case .caseNetworkExport(let id, let format): return "/kasus/\(id)/jaringan/\(format.rawValue)"
        case .networks: return "/jaringan"
        case .network(let token, let query): return Self.path("/jaringan/\(token)", query)
        case .networkExport(let token, let format): return "/jaringan/\(token)/\(format.rawValue)"
        case .training: return "/pelatihan"
        case .practiceGap: return "/praktik"
        case .trainingStudy(let id): return "/pelatihan/\(id)"
        case .trainingResult(let id, let attempt): return "/pelatihan/\(id)/hasil/\(attempt)"
        case .trainingProgress: return "/pelatihan/kemajuan"
        case .trainingCertificate(let course): return "/pelatihan/sertifikat/\(course)"
        case .trainingCertificateCheck(let code): return "/pelatihan/periksa" + (code.map { "?kode=" + Self.encode($0) } ?? "")
        case .trainingInstructor(let agency): return "/pelatihan/instruktur" + (agency.map { "?instansi=" + Self.encode($0) } ?? "")
        case .admin: return "/admin"
        case .adminAgencies: return "/admin/instansi"
        case .adminAgency(let id): return "/admin/instansi/\(id)"
        case .adminAgencyStatus(let id): return "/admin/instansi/\(id)/status"
        case .adminUsers: return "/admin/pengguna"
        case .adminUser(let id): return "/admin/pengguna/\(id)"
        case .adminUserUpdate(let id): return "/admin/pengguna/\(id)/ubah"
        case .adminUserStatus(let id): return "/admin/pengguna/\(id)/status"
        case .adminUserLink(let id): return "/admin/pengguna/\(id)/tautan"
        case .adminUserToken(let id): return "/admin/pengguna/\(id)/token"
        case .adminAudit(let query): return Self.path("/admin/audit", query)
        case .adminAuditVerify: return "/admin/audit/periksa"
        case .adminAgencyRegister: return "/admin/p3mi"
        case .adminWarnings: return "/admin/peringatan"
        case .adminWarningWithdraw(let id): return "/admin/peringatan/\(id)/cabut"
        case .accountLink: return "/akun/tautan"
        case .health: return "/health"
        case .metrics: return "/metrics"
        case .staticFile(let name): return "/static/\(name)"
        case .api(let api):
            switch api {
            case .openAPI: return "/api/v1/openapi.json"
            case .me: return "/api/v1/me"
            case .cases: return "/api/v1/cases"
            case .caseDetail(let id): return "/api/v1/cases/\(id)"
            case .casePersons(let id): return "/api/v1/cases/\(id)/persons"
            case .screenings: return "/api/v1/screenings"
            case .caseCoordination(let id): return "/api/v1/cases/\(id)/coordination"
            case .caseReferrals(let id): return "/api/v1/cases/\(id)/referrals"
            case .referralEvents(let id): return "/api/v1/referrals/\(id)/events"
            case .caseServices(let id): return "/api/v1/cases/\(id)/services"
            case .serviceEvents(let id): return "/api/v1/services/\(id)/events"
            case .myWork: return "/api/v1/me/work"
            case .caseTasks(let id): return "/api/v1/cases/\(id)/tasks"
            case .taskEvents(let id): return "/api/v1/tasks/\(id)/events"
            case .caseRestitution(let id): return "/api/v1/cases/\(id)/restitution"
            case .restitutionEvents(let id): return "/api/v1/restitution/\(id)/events"
            case .personMatches(let id): return "/api/v1/persons/\(id)/matches"
            case .personLinks(let id): return "/api/v1/persons/\(id)/links"
            case .caseEntities(let id): return "/api/v1/cases/\(id)/entities"
            case .indicators: return "/api/v1/indicators"
            case .indicator(let id): return "/api/v1/indicators/\(id)"
            case .offerChecks: return "/api/v1/offer-checks"
            }
        }
    }

    /// A path with its query, keys in order so that one page has one address.
    static func path(_ base: String, _ query: [String: String]) -> String {
        guard !query.isEmpty else { return base }
        return base + "?" + query.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.encode($0.value))" }.joined(separator: "&")
    }

    /// Percent-encodes all but RFC 3986's unreserved characters (ASCII letters, digits, `-._~`),
    /// byte by byte of the UTF-8. Written out because Foundation's `alphanumerics` also passes
    /// non-ASCII letters through, and building the character set cost every page's links.
    static func encode(_ s: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.append(b)
            default:
                out.append(UInt8(ascii: "%"))
                out.append(upperHex[Int(b >> 4)])
                out.append(upperHex[Int(b & 0xF)])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let upperHex = Array("0123456789ABCDEF".utf8)
}

/// The files a network is exported as.
public enum NetworkExportFormat: String, Sendable, Hashable, CaseIterable {
    /// One row per node: id, label, kind, component, community, degree, betweenness.
    case csv
    /// GraphML, for Gephi, yEd, Cytoscape or networkx.
    case graphml
}

import Hummingbird

extension SiteRoute {
    /// The route as Hummingbird matches it (`{id}` segments become parameters).
    var pattern: RouterPath { RouterPath(path) }

    /// `path` as a full address on the host the request named (for a link someone opens
    /// elsewhere: a one-time link, a shared page); the path alone when the host is not a plain
    /// host name, so a forged Host header cannot put markup or another scheme in a link.
    static func absolute(_ path: String, _ req: Request?) -> String {
        guard let host = req?.head.authority, !host.isEmpty, host.allSatisfy({ $0.isLetter || $0.isNumber || ".-:[]".contains($0) })
        else { return path }
        let scheme = req?.headers[.init("X-Forwarded-Proto")!] == "https" ? "https" : "http"
        return "\(scheme)://\(host)\(path)"
    }
}

extension SiteRoute {
    /// `raw` if it is a path on this site, else nil: a link or redirect target that came from a
    /// request (`?ke=`, a form's `back`) must not send the browser to another site. Browsers read
    /// `/\host` and `//host` as another host, and drop tabs and line breaks before reading, so
    /// a second `/` or `\` at the start, a backslash anywhere, or any control character or
    /// space is refused.
    static func localPath(_ raw: String?) -> String? {
        guard let raw, raw.hasPrefix("/"), raw.utf8.count <= 2_000 else { return nil }
        guard !raw.unicodeScalars.contains(where: { $0.value <= 0x20 || $0 == "\\" || $0.value == 0x7F }) else { return nil }
        guard raw.dropFirst().first != "/" else { return nil }
        return raw
    }
}
