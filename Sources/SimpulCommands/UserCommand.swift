import ArgumentParser
import Cases
import Foundation
import Security
import Store

struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "user", abstract: "Manage users.", subcommands: [Create.self, List.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "create",
            abstract: "Create a user. The password is read from standard input (--password-stdin) or generated and printed once.")

        @OptionGroup var store: StoreOptions
        @Option(help: "Sign-in name (letters, digits, . - _).") var username: String
        @Option(help: "Name shown in the UI.") var name: String
        @Option(help: "Agency code, e.g. POLDA-JATIM.") var agency: String
        @Option(help: "Role: \(Role.allCases.map(\.rawValue).joined(separator: ", ")).") var role: String
        @Option(help: "E-mail address for notifications.") var email: String?
        @Flag(help: "Read the password from the first line of standard input.") var passwordStdin = false
        @Option(help: "bcrypt cost (10–15).") var bcryptCost: UInt8 = 12

        func validate() throws {
            guard Role(rawValue: role) != nil else {
                throw ValidationError("--role '\(role)' is unknown; allowed: \(Role.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            guard username.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || ".-_".contains($0)) }), !username.isEmpty else {
                throw ValidationError("--username may hold letters, digits, '.', '-' and '_' only")
            }
            guard (10...15).contains(bcryptCost) else { throw ValidationError("--bcrypt-cost must be 10–15") }
        }

        func run() async throws {
            let opened = try await store.open(logger: makeLogger(), quiet: true)
            defer { Task { try? await opened.db.close() } }
            guard let agency = try await opened.agencies.find(code: agency.uppercased()) else {
                let known = try await opened.agencies.all().map(\.code).joined(separator: ", ")
                throw ValidationError("agency '\(self.agency)' is unknown; known: \(known.isEmpty ? "none (run simpul serve once to create the task-force agency)" : known)")
            }
            var password: String
            var generated = false
            if passwordStdin {
                guard let line = readLine(strippingNewline: true) else { throw ValidationError("no password on standard input") }
                password = line
            } else {
                password = Secrets.token(byteCount: 12)
                generated = true
            }
            if let problem = PasswordHasher.problem(with: password) { throw ValidationError(problem.en) }
            let hash = PasswordHasher(cost: bcryptCost).hash(password)
            let user = try await opened.users.create(username: username, displayName: name, agencyID: agency.id,
                                                     role: Role(rawValue: role)!, email: email, passwordHash: hash)
            try await opened.audit.record(AuditEvent(actorUserID: nil, actorAgencyID: nil, action: "user.create",
                                                     detail: "user=\(user.id) role=\(user.role.rawValue) via CLI"))
            print("created user \(user.username) (\(user.role.rawValue)) in \(agency.code)")
            if generated { print("password (shown once): \(password)") }
            if user.role.requiresSecondFactor { print("this role must set up a TOTP code at first sign-in") }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List users.")
        @OptionGroup var store: StoreOptions

        func run() async throws {
            let opened = try await store.open(logger: makeLogger(), quiet: true)
            for u in try await opened.users.all() {
                print("\(u.username)\t\(u.role.rawValue)\t\(u.agencyID)\t\(u.hasSecondFactor ? "totp" : "-")")
            }
            try await opened.db.close()
        }
    }
}

struct TokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "token", abstract: "Manage API tokens for machine clients.",
                                                    subcommands: [Create.self, List.self, Revoke.self])

    /// The store, and the user a token subcommand acts on (the store is closed again if the
    /// user is unknown).
    static func open(_ store: StoreOptions, user username: String) async throws -> (SimpulStore, UserAccount) {
        let opened = try await store.open(logger: makeLogger(), quiet: true)
        guard let user = try await opened.users.find(username: username) else {
            try? await opened.db.close()
            throw ValidationError("user '\(username)' is unknown")
        }
        return (opened, user)
    }

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "create",
                                                        abstract: "Create an API token acting as a user; printed once, stored only as a hash.")
        @OptionGroup var store: StoreOptions
        @Option(help: "The user the token acts as.") var username: String
        @Option(help: "What the token is for.") var name: String
        @Option(help: "Days until it expires (default 90; 0 = never).") var days: Int = 90

        func run() async throws {
            let (opened, user) = try await TokenCommand.open(store, user: username)
            let token = try await opened.tokens.createAPIToken(userID: user.id, name: name, validFor: days == 0 ? nil : days)
            print(token)
            try await opened.db.close()
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list",
                                                        abstract: "List a user's API tokens: name, created, expires, revoked (never the token itself).")
        @OptionGroup var store: StoreOptions
        @Option(help: "The user the tokens act as.") var username: String

        func run() async throws {
            let (opened, user) = try await TokenCommand.open(store, user: username)
            let tokens = try await opened.tokens.apiTokens(userID: user.id)
            try await opened.db.close()
            guard !tokens.isEmpty else { print("\(username) has no API tokens"); return }
            print("name\tcreated\texpires\trevoked")
            for t in tokens {
                print("\(t.name)\t\(t.createdAt)\t\(t.expiresAt ?? "never")\t\(t.revokedAt ?? "-")")
            }
        }
    }

    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "revoke",
                                                        abstract: "Revoke a user's API tokens of a name; every server refuses them from the next request.")
        @OptionGroup var store: StoreOptions
        @Option(help: "The user the token acts as.") var username: String
        @Option(help: "The name the token was created with (see `simpul token list`).") var name: String

        func run() async throws {
            let (opened, user) = try await TokenCommand.open(store, user: username)
            let n = try await opened.tokens.revokeAPITokens(userID: user.id, name: name)
            try await opened.db.close()
            guard n > 0 else { throw ValidationError("user '\(username)' has no valid token named '\(name)'") }
            print("revoked \(n) token\(n == 1 ? "" : "s") named '\(name)' of \(username)")
        }
    }
}
