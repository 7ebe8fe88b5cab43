import ArgumentParser
import Store

struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "migrate", abstract: "Apply pending database migrations.")

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let opened = try await store.open(logger: makeLogger(), quiet: true)
        let pending = try await Migrations.pending(opened.db)
        print(pending == 0 ? "The store is up to date (\(Migrations.all.count) migrations)." : "\(pending) migrations pending")
        try await opened.db.close()
    }
}
