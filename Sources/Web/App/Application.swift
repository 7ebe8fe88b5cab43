import Foundation
import Hummingbird
import Logging
import Security
import Monitoring
import Store
import Training

/// Builds the web application over a store: the one entry point that `simpul serve` and the
/// tests share.
public func buildApplication(config: AppConfig, store: SimpulStore, logger: Logger) -> some ApplicationProtocol {
    let router = buildRouter(config: config, store: store)
    return Application(router: router,
                       configuration: .init(address: .hostname(config.host, port: config.port), serverName: "Simpul"),
                       logger: logger)
}

/// The router alone, for tests that drive requests without a socket.
public func buildRouter(config: AppConfig, store: SimpulStore) -> SimpulRouter {
    let router = Router(context: SimpulContext.self)
    let registry = SystemController.shared
    router.add(middleware: MetricsMiddleware())
    let cookies = CookieJar(secureByConfig: config.secureCookies)
    router.add(middleware: SecurityHeadersMiddleware(cookies: cookies))
    router.add(middleware: LanguageMiddleware())
    router.add(middleware: ErrorMiddleware())
    router.add(middleware: SessionMiddleware(store: store, cookies: cookies, zones: AgencyZones(store: store)))
    router.add(middleware: APIAuthMiddleware(store: store))
    router.add(middleware: CSRFMiddleware(bodyLimit: config.requestBodyLimit, cookies: cookies))
    let hasher = PasswordHasher(cost: config.bcryptCost)
    SystemController(store: store, registry: registry, config: config).register(router)
    AuthController(store: store, hasher: hasher, cookies: cookies, throttle: SignInThrottle(),
                   trustedProxies: config.trustedProxies).register(router)
    CasesController(store: store).register(router)
    APIController(store: store, bodyLimit: config.requestBodyLimit).register(router)
    ScreeningController(store: store, bodyLimit: config.requestBodyLimit).register(router)
    IdentificationController(store: store).register(router)
    let reports = ReportService(store: store, hashing: config.receiptHashing, limits: config.publicLimits)
    ReportController(service: reports, cookies: cookies, config: config).register(router)
    ReportDeskController(store: store, service: reports).register(router)
    ReportSettingsController(store: store).register(router)
    CoordinationController(store: store).register(router)
    CoordinationAPI(store: store, bodyLimit: config.requestBodyLimit).register(router)
    PersonMatchController(store: store, bodyLimit: config.requestBodyLimit).register(router)
    let offers = OfferCheckService(store: store)
    let checks = PublicGuard(limits: config.publicLimits)
    OfferCheckController(service: offers, guardian: checks, config: config).register(router)
    OfferCheckAPI(service: offers, guardian: checks, config: config).register(router)
    AwarenessController(store: store, rules: offers.rules).register(router)
    OpenDataController(store: store).register(router)
    HTCDSExchangeController(store: store).register(router)
    TrainingController(store: store, book: .bundled).register(router)
    PracticeGapController(store: store).register(router)
    EntityController(store: store, bodyLimit: config.requestBodyLimit).register(router)
    EvidenceImportController(store: store).register(router)
    NetworkController(store: store).register(router)
    AdminController(store: store, hasher: hasher).register(router)
    OfferRegisterAdminController(store: store, reauth: Reauthentication(store: store, hasher: hasher)).register(router)
    MonitoringSettingsController(store: store, reauth: Reauthentication(store: store, hasher: hasher)).register(router)
    NetworkSettingsController(store: store, reauth: Reauthentication(store: store, hasher: hasher)).register(router)
    OpenDataAdminController(store: store, reauth: Reauthentication(store: store, hasher: hasher)).register(router)
    ReleaseWorkflowController(store: store, reauth: Reauthentication(store: store, hasher: hasher)).register(router)
    MonitoringController(service: MonitoringService(store: store, snapshots: MonitoringSnapshots(), population: try? PopulationTable.bundled())).register(router)
    return SimpulRouter(router: router, store: store)
}
