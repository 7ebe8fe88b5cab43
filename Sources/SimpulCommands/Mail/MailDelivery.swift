import Foundation
import Store

/// Sends what the outbox holds, a few at a time, every `interval` seconds.
enum MailDelivery {
    static func run(_ outbox: MailOutbox, transport: any MailTransport, interval: Duration = .seconds(15),
                    log: @escaping @Sendable (String) -> Void) async {
        while !Task.isCancelled {
            do { _ = try await deliver(outbox, transport: transport) } catch { log("mail delivery failed: \(type(of: error))") }
            try? await Task.sleep(for: interval)
        }
    }

    /// One round; answers (sent, failed). A failure is kept with the message, which is tried again.
    static func deliver(_ outbox: MailOutbox, transport: any MailTransport) async throws -> (Int, Int) {
        var sent = 0, failed = 0
        for mail in try await outbox.claim() {
            do {
                try await transport.send(mail)
            } catch {
                try await outbox.markFailed(mail.id, error: "\(error)")
                failed += 1
                continue
            }
            try await outbox.markSent(mail.id)
            sent += 1
        }
        return (sent, failed)
    }
}
