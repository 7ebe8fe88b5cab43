import ArgumentParser
import Store

struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "migrate", abstract: "Apply pending database migrations.")

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let opened = try await store.open(logger: makeLogger(), quiet: true)
        let pending = try await Migrations.pending(opened.db)
        print(pending == 0 ? "The store is up to date (\(Migrations.all.count) migrations)." : "\(pending) migrations pending")
        // Derived columns that SQL alone cannot fill (a server fills them too, in the background).
        let waiting = try await opened.coordination.protectionItemsWithoutClosingDay()
        if waiting > 0 {
            print("Filling the closing day of \(waiting) protection items (M036)…")
            let filled = try await opened.coordination.fillProtectionClosingDays { filled in
                if filled % 100_000 < 2_000 { print("  \(filled) of \(waiting)") }
            }
            print("Filled \(filled).")
        }
        try await opened.db.close()
    }
}
