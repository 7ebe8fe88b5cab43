import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// File steps whose order makes a backup or a restore all-or-nothing: a new file readable only by
/// its owner, a rename that replaces in one step, and a directory flush so the rename survives a
/// power cut.
enum DurableFile {
    /// Creates `path`, mode 0600, failing if anything is there already.
    static func createNew(_ path: String, what: String) throws -> FileHandle {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            let reason = errno == EEXIST ? "it exists already" : String(cString: strerror(errno))
            throw BackupError.io("cannot create \(what) \(path): \(reason)")
        }
        return FileHandle(fileDescriptor: fd, closeOnDealloc: true)
    }

    /// Renames `from` to `to`, replacing `to` in one step, and flushes the directory.
    static func move(_ from: String, to: String) throws {
        guard rename(from, to) == 0 else {
            throw BackupError.io("cannot rename \(from) to \(to): \(String(cString: strerror(errno)))")
        }
        syncDirectory(of: to)
    }

    /// Best effort: some file systems refuse fsync on a directory, and the data is already synced.
    static func syncDirectory(of path: String) {
        let dir = (path as NSString).deletingLastPathComponent
        let fd = open(dir.isEmpty ? "." : dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }

    static func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

    static func remove(_ paths: String...) {
        for path in paths where exists(path) { try? FileManager.default.removeItem(atPath: path) }
    }

    /// Removes an SQLite file and the journal files SQLite may have left beside it.
    static func removeSQLite(_ path: String) {
        remove(path, path + "-wal", path + "-shm", path + "-journal")
    }
}
