import Foundation
import PostgresNIO

extension PostgresURL {
    /// The pool's configuration.
    package var clientConfiguration: PostgresClient.Configuration {
        var config: PostgresClient.Configuration
        switch endpoint {
        case .tcp(let host, let port):
            let tls: PostgresClient.Configuration.TLS = switch self.tls {
            case .disable: .disable
            case .prefer: .prefer(Self.tlsConfiguration(verify: false))
            case .require: .require(Self.tlsConfiguration(verify: false))
            case .verifyFull: .require(Self.tlsConfiguration(verify: true))
            }
            config = .init(host: host, port: port, username: username, password: password, database: database, tls: tls)
        case .socket(let path):
            config = .init(unixSocketPath: path, username: username, password: password, database: database)
        }
        config.options.additionalStartupParameters = startupParameters
        config.options.maximumConnections = maximumConnections
        return config
    }

    /// The configuration of one connection made outside the pool, to check the URL at start-up.
    func connectionConfiguration() throws -> PostgresConnection.Configuration {
        var config: PostgresConnection.Configuration
        switch endpoint {
        case .tcp(let host, let port):
            let tls: PostgresConnection.Configuration.TLS = switch self.tls {
            case .disable: .disable
            case .prefer: .prefer(try NIOSSLContext(configuration: Self.tlsConfiguration(verify: false)))
            case .require: .require(try NIOSSLContext(configuration: Self.tlsConfiguration(verify: false)))
            case .verifyFull: .require(try NIOSSLContext(configuration: Self.tlsConfiguration(verify: true)))
            }
            config = .init(host: host, port: port, username: username, password: password, database: database, tls: tls)
        case .socket(let path):
            config = .init(unixSocketPath: path, username: username, password: password, database: database)
        }
        config.options.additionalStartupParameters = startupParameters
        return config
    }

    /// Run-time settings sent when a connection starts (PostgreSQL reads any setting there).
    private var startupParameters: [(String, String)] {
        var parameters = [("application_name", "simpul")]
        if let searchPath { parameters.append(("search_path", searchPath)) }
        return parameters
    }

    /// libpq's `prefer` and `require` encrypt without checking the certificate; `verify-full` checks.
    private static func tlsConfiguration(verify: Bool) -> TLSConfiguration {
        var tls = TLSConfiguration.makeClientConfiguration()
        if !verify { tls.certificateVerification = .none }
        return tls
    }
}
