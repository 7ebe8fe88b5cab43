import Cases
import Foundation
import Logging
import Security

/// Where the data lives.
public enum StoreLocation: Sendable, Equatable {
    case sqlite(path: String)
    case postgres(url: String)
}

/// Everything Simpul keeps, behind one handle: the database and the key that seals identities.
public struct SimpulStore: Sendable {
    public let db: any SQLDatabase
    public let cipher: FieldCipher
    /// Its keys are derived from `cipher` once, here, so that an append costs only its HMAC.
    public let audit: AuditLog
    /// Lives as long as the store: it holds the reports waiting for the next group commit.
    public let reportIntake: ReportIntake
    /// Lives as long as the store: the job-offer checks waiting to be added to the day's counts.
    let checkCounts: GroupCommit<[PublicSightingRepository.CheckCount], Bool>
    /// Case-list pages this process answered (about 30 KB each) and the users of API tokens it
    /// checked, kept while the store's change numbers stand (`VersionedCache`).
    let caseLists = VersionedCache<CaseListKey, CasePage>(capacity: 256)
    let apiTokens = VersionedCache<String, TokenHolder>(capacity: 1024)
    /// The kabupaten/kota names in the store, kept while the cases' change number stands.
    let regencyKeys = VersionedCache<Int, [String]>(capacity: 1)
    /// The register of licensed agencies and the published warnings, indexed, kept while the
    /// register's change number stands (M022).
    let offerRegisterCache = VersionedCache<Int, OfferRegisterSnapshot>(capacity: 1)
    let offerRegisterBuilds = OfferRegisterBuilds()
    /// The networks of the national overview, kept under the cases' change number while the
    /// networks' change number stands (M028).
    let networkGroups = VersionedCache<Int64, NetworkGroups>(capacity: 1)

    public init(db: any SQLDatabase, cipher: FieldCipher) {
        self.db = db
        self.cipher = cipher
        audit = AuditLog(db: db, key: AuditChainKey(cipher: cipher), signer: AnchorSigner(cipher: cipher))
        reportIntake = ReportIntake(db: db, cipher: cipher, audit: audit)
        checkCounts = GroupCommit { batch in try await PublicSightingRepository.commitChecks(batch, db: db) }
    }

    /// The store's change numbers, for a request to read once at its start and pass on.
    public func changeNumbers() async throws -> ChangeNumbers { try await ChangeNumbers.read(db) }

    public var agencies: AgencyRepository { AgencyRepository(db: db, audit: audit) }
    public var users: UserRepository { UserRepository(db: db, cipher: cipher, audit: audit) }
    public var sessions: SessionRepository { SessionRepository(db: db) }
    public var tokens: TokenRepository { TokenRepository(db: db, audit: audit, cache: apiTokens) }
    public var cases: CaseRepository { CaseRepository(db: db, cipher: cipher, audit: audit, listCache: caseLists, regencyKeys: regencyKeys) }
    public var settings: SettingsRepository { SettingsRepository(db: db) }
    public var screenings: ScreeningRepository { ScreeningRepository(db: db, cases: cases) }
    public var reports: ReportRepository { ReportRepository(db: db, cipher: cipher, audit: audit) }
    public var coordination: CoordinationRepository { CoordinationRepository(db: db, audit: audit, sealed: SealedText(cipher: cipher)) }
    public var outbox: MailOutbox { MailOutbox(db: db) }
    public var spentChallenges: SpentChallenges { SpentChallenges(db: db) }
    public var personSearch: PersonSearchIndex { PersonSearchIndex(db: db, cipher: cipher) }
    public var accountLinks: AccountLinks { AccountLinks(db: db, audit: audit) }
    public var personMatches: PersonMatchRepository { PersonMatchRepository(db: db, cipher: cipher, audit: audit) }
    public var personMatchIndex: PersonMatchIndex { PersonMatchIndex(db: db, cipher: cipher, audit: audit) }
    public var licensedAgencies: LicensedAgencyRepository { LicensedAgencyRepository(db: db, audit: audit) }
    public var publishedWarnings: PublishedWarningRepository { PublishedWarningRepository(db: db, audit: audit) }
    public var offerRegister: OfferRegisterRepository {
        OfferRegisterRepository(db: db, cache: offerRegisterCache, builds: offerRegisterBuilds)
    }
    public var networks: NetworkRepository { NetworkRepository(db: db, cipher: cipher, audit: audit, groupsCache: networkGroups) }
    public var publicSightings: PublicSightingRepository { PublicSightingRepository(db: db, cipher: cipher, checks: checkCounts) }
    public var openData: OpenDataRepository { OpenDataRepository(db: db, cipher: cipher, audit: audit) }
    public var training: TrainingRepository { TrainingRepository(db: db, audit: audit) }
    public var openDataSources: OpenDataSources { OpenDataSources(db: db, coordination: coordination, cases: cases) }
    public var htcdsImports: HTCDSImports { HTCDSImports(db: db, cases: cases, coordination: coordination) }
    public var htcdsImportJobs: HTCDSImportJobs { HTCDSImportJobs(db: db, audit: audit) }

    /// Opens the database, applies pending migrations and checks the encryption key against the
    /// store. A brand-new store gets a new key file when no key was given; an existing store
    /// without its key, or with another key, does not open. `mappedBytes`: how much of a SQLite
    /// file each connection maps (`SQLiteDatabase.mappedBytes`; a command that reads the whole
    /// file once maps less, or its resident memory grows to the map).
    public static func open(_ location: StoreLocation, keyFile: String, keyringFile: String? = nil, environment: [String: String],
                            logger: Logger, mappedBytes: Int = SQLiteDatabase.mappedBytes) async throws -> (store: SimpulStore, notes: [String]) {
        let db = try await connect(location, logger: logger, mappedBytes: mappedBytes)
        do {
            // The migrations up to the settings table, the key check, then the rest: migration 17
            // records where the keyed audit chain begins, and that record is sealed with the key.
            var applied = try await Migrations.migrate(db, upTo: M005_Settings().id)
            let settings = SettingsRepository(db: db)
            let check = try await settings.blob("key_check")
            let (keyring, source) = try KeyringLoader.load(environment: environment, keyFile: keyFile,
                                                           keyringFile: keyringFile ?? Self.keyringFile(beside: keyFile),
                                                           createIfMissing: check == nil)
            let cipher = FieldCipher(keyring: keyring)
            if let check {
                guard cipher.verifyKeyCheck(check) else {
                    throw KeyError.mismatch("""
                        The encryption key (fingerprint \(cipher.fingerprint)) is not the key this store was \
                        written with. Start Simpul with the store's own key (SIMPUL_KEY or the key file).
                        """)
                }
            } else {
                try await settings.setBlob("key_check", try cipher.makeKeyCheck())
            }
            try await Self.sealUnderCurrentKey(cipher, db: db)
            let later = try await Migrations.migrate(db)
            applied += later
            var notes = applied.map { "migration applied: \($0)" }
            if case .generated(let path) = source {
                notes.append("new encryption key written to \(path) (mode 0600): back it up and keep it apart from the data; without it the identities cannot be read")
            }
            let store = SimpulStore(db: db, cipher: cipher)
            if later.contains(M017_KeyedAuditChain().label) { try await store.audit.sealKeyedStart() }
            return (store, notes)
        } catch {
            try? await db.close()
            throw error
        }
    }

    /// DIR/simpul.keyring for the key file DIR/simpul.key.
    public static func keyringFile(beside keyFile: String) -> String {
        ((keyFile as NSString).deletingLastPathComponent as NSString).appendingPathComponent("simpul.keyring")
    }

    /// Refuses a keyring that lacks a key the data may be sealed under; seals with the current one.
    static func sealUnderCurrentKey(_ cipher: FieldCipher, db: any SQLDatabase) async throws {
        let state = try await DataKeys(db: db).read()
        if let lacking = DataKeys.missing(from: cipher.keyring, state) {
            throw KeyError.mismatch("""
                This store holds data sealed under key id \(lacking), which the keyring lacks (it holds \
                \(cipher.keyring.ids.map(String.init).joined(separator: ", "))). Give this server the keyring with \
                key \(lacking) (simpul.keyring beside the key file, or SIMPUL_KEYRING).
                """)
        }
        try cipher.sealWith(state.current)
    }

    public static func connect(_ location: StoreLocation, logger: Logger,
                               mappedBytes: Int = SQLiteDatabase.mappedBytes) async throws -> any SQLDatabase {
        switch location {
        case .sqlite(let path):
            let dir = (path as NSString).deletingLastPathComponent
            if !dir.isEmpty { try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) }
            return try SQLiteDatabase.open(path: path, mappedBytes: mappedBytes)
        case .postgres(let url):
            return try await PostgresDatabase.connect(url: url, logger: logger)
        }
    }

    /// True when the store has no users yet: the first administrator still has to be set up.
    public func needsSetup() async throws -> Bool { try await users.count() == 0 }
}
