import Foundation
import NIOSSL

/// A CA made for this test run, and server certificates: two it signed (for `localhost` and
/// for another name) and one it did not. Made with the `openssl` command in a temporary folder;
/// the TLS tests are skipped, with that reason, where the command is missing.
struct TestCertificates: Sendable {
    static let openssl: String? = ["/usr/bin/openssl", "/usr/local/bin/openssl", "/opt/homebrew/bin/openssl"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }
    static let shared = Result { try TestCertificates() }

    let folder: String
    var caFile: String { folder + "/ca.pem" }

    enum Server: String, Sendable, CaseIterable {
        case localhost
        /// Signed by the CA, but for a name the client did not ask for.
        case otherName = "other.example"
        /// For `localhost`, but signed by no one the client trusts.
        case selfSigned = "self-signed"
    }

    private init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("smtp-tls-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let key = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2"]
        try run(["req", "-x509"] + key + ["-keyout", "ca.key", "-out", "ca.pem", "-subj", "/CN=Simpul test CA",
                 "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign"])
        for name in [Server.localhost.rawValue, Server.otherName.rawValue] {
            try run(["req", "-new"] + key.dropLast(2) + ["-keyout", "\(name).key", "-out", "\(name).csr", "-subj", "/CN=\(name)"])
            try "subjectAltName=DNS:\(name)\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n"
                .write(toFile: "\(folder)/\(name).ext", atomically: true, encoding: .utf8)
            try run(["x509", "-req", "-in", "\(name).csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
                     "-days", "2", "-extfile", "\(name).ext", "-out", "\(name).pem"])
        }
        try run(["req", "-x509"] + key + ["-keyout", "self-signed.key", "-out", "self-signed.pem", "-subj", "/CN=localhost",
                 "-addext", "subjectAltName=DNS:localhost"])
    }

    /// What the fake relay presents.
    func serverContext(_ server: Server) throws -> NIOSSLContext {
        let chain = try NIOSSLCertificate.fromPEMFile("\(folder)/\(server.rawValue).pem").map { NIOSSLCertificateSource.certificate($0) }
        let key = try NIOSSLPrivateKey(file: "\(folder)/\(server.rawValue).key", format: .pem)
        return try NIOSSLContext(configuration: .makeServerConfiguration(certificateChain: chain, privateKey: .privateKey(key)))
    }

    private func run(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.openssl ?? "openssl")
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw OpenSSLFailed(arguments: arguments) }
    }

    struct OpenSSLFailed: Error { let arguments: [String] }
}
