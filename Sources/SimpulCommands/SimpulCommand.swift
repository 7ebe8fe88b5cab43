import ArgumentParser

/// `simpul`: every command of the system, one executable.
public struct SimpulCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "simpul",
        abstract: "Simpul — the information system of Indonesia's anti-trafficking task force (Gugus Tugas PP-TPPO).",
        subcommands: [ServeCommand.self, DemoCommand.self, MigrateCommand.self, UserCommand.self, TokenCommand.self, AuditCommand.self, ScreenCommand.self, LinkCommand.self, NetworkCommand.self, MatchBenchCommand.self, ReportsCommand.self, OfferCheckCommand.self, P3MICommand.self, BackupCommand.self, RestoreCommand.self, KeyCommand.self, HTCDSCommand.self]
    )

    public init() {}
}
