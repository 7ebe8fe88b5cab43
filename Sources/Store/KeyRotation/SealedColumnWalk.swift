import Foundation
import Security

/// Reads a sealed column in primary-key order, batch by batch, opening every value; when
/// re-sealing, writes each value not yet under the target key back under it. A write happens only
/// if the row still holds the box that was read (compared in the UPDATE itself), so a value a
/// server changed meanwhile is never overwritten with an older one: the next pass takes it.
struct SealedColumnWalk: Sendable {
    let column: SealedColumn
    let db: any SQLDatabase
    let cipher: FieldCipher
    let batchSize: Int

    /// Called after each committed batch, with the batch written; for progress and for tests.
    typealias BatchDone = @Sendable (_ report: SealedColumnReport) async throws -> Void

    /// Walks from after `cursor`. With `reseal` and `target`, each batch's writes and the checkpoint
    /// commit together.
    func walk(after cursor: [SQLValue]?, resealTo target: UInt32?, checkpoints: RotationCheckpoints?,
              resealedBefore: Int = 0, batchDone: BatchDone = { _ in }) async throws -> SealedColumnReport {
        var report = SealedColumnReport(column: column.name)
        var cursor = cursor
        let limit = max(1, batchSize / column.batchDivisor)
        while true {
            let rows = try await db.query(selectSQL(after: cursor != nil), keysetBinds(cursor) + [.int(limit)])
            guard let last = rows.last else { break }
            var writes: [(new: SQLValue, old: SQLValue, keys: [SQLValue])] = []
            for row in rows {
                let context = try column.context(row)
                guard let box = try column.box(row[column.column], context: context) else { report.notSealed += 1; continue }
                let opened: (plaintext: Data, keyID: UInt32)
                do { opened = try cipher.openNamingKey(box, context: context) } catch {
                    throw StoreError.corrupt("\(column.name) of \(context) cannot be opened: \(error)")
                }
                report.found[opened.keyID, default: 0] += 1
                if let target, opened.keyID != target {
                    let sealed = try cipher.seal(opened.plaintext, context: context)
                    writes.append((column.stored(sealed), row[column.column], column.keys.map { row[$0] }))
                }
            }
            cursor = column.keys.map { last[$0] }
            if let target, let checkpoints {
                let mark = RotationCheckpoints.Mark(target: target, after: cursor!.map { $0.string ?? "" }, done: false,
                                                    resealed: resealedBefore + report.resealed)
                let (written, changed) = try await commit(writes, checkpoint: mark, checkpoints)
                report.resealed += written
                report.changedMeanwhile += changed
                try await batchDone(report)
            }
            if rows.count < limit { break }
        }
        return report
    }

    /// Writes a batch and its checkpoint in one transaction; answers (written, changed meanwhile).
    private func commit(_ writes: [(new: SQLValue, old: SQLValue, keys: [SQLValue])], checkpoint: RotationCheckpoints.Mark,
                        _ checkpoints: RotationCheckpoints) async throws -> (Int, Int) {
        let update = "UPDATE \(column.table) SET \(column.column) = ? WHERE "
            + (column.keys + [column.column]).map { "\($0) = ?" }.joined(separator: " AND ")
        return try await db.transaction { tx in
            var written = 0
            for w in writes {
                written += try await tx.execute(update, [w.new] + w.keys + [w.old])
            }
            var mark = checkpoint
            mark.resealed += written
            try await checkpoints.save(column.name, mark, in: tx)
            return (written, writes.count - written)
        }
    }

    /// Rows after the cursor in primary-key order: (k0 > ?) OR (k0 = ? AND k1 > ?) …
    private func selectSQL(after: Bool) -> String {
        var sql = "SELECT \((column.keys + [column.column]).joined(separator: ", ")) FROM \(column.table) WHERE \(column.column) IS NOT NULL"
        if after {
            let terms = column.keys.indices.map { i in
                "(" + (column.keys[..<i].map { "\($0) = ?" } + ["\(column.keys[i]) > ?"]).joined(separator: " AND ") + ")"
            }
            sql += " AND (" + terms.joined(separator: " OR ") + ")"
        }
        return sql + " ORDER BY \(column.keys.joined(separator: ", ")) LIMIT ?"
    }

    private func keysetBinds(_ cursor: [SQLValue]?) -> [SQLValue] {
        guard let cursor else { return [] }
        return cursor.indices.flatMap { i in Array(cursor[...i]) }
    }
}

extension SealedColumn {
    /// The box a stored value holds; nil for text that was never sealed.
    func box(_ value: SQLValue, context: String) throws -> [UInt8]? {
        switch storage {
        case .blob: return value.bytes
        case .sealedText: return try value.string.flatMap { try SealedText.box($0, context: context) }
        }
    }

    func stored(_ box: [UInt8]) -> SQLValue {
        switch storage {
        case .blob: return .blob(box)
        case .sealedText: return .text(SealedText.stored(box))
        }
    }

    /// A checkpoint's text back into the primary key's values.
    func cursor(_ texts: [String]) throws -> [SQLValue] {
        guard texts.count == keys.count else { throw StoreError.corrupt("the checkpoint of \(name) has \(texts.count) key parts, not \(keys.count)") }
        return try zip(keys, texts).map { key, text in
            guard integerKeys.contains(key) else { return .text(text) }
            guard let n = Int64(text) else { throw StoreError.corrupt("the checkpoint of \(name) holds \(text) for the integer \(key)") }
            return .int(n)
        }
    }
}
