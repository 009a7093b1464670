import Foundation
import GRDB

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How a command that only reads opens the database.
///
/// A read-only SQLite connection to a WAL database still needs the -wal and -shm files: it
/// creates them beside the database (and leaves them there, since only a writer may remove
/// them), and where it may not create them (a read-only folder) it cannot open the database at
/// all. So a *quiet* database — no -wal, -shm or -journal beside it, which means no connection
/// has it open and everything committed is in the file itself — is opened `immutable`: SQLite
/// reads the file alone, with no locks and no companion files. Because nothing then guards
/// against a writer arriving meanwhile, every read is checked afterwards (`FileSnapshot`) and
/// done again through a normal locked connection if one did. A database with companions (a
/// `review` running, or one that crashed) is read through a normal read-only connection, which
/// uses the files that are already there.
enum ReadOnlyOpening {
    static func open(_ path: String) throws -> (DatabaseQueue, FileSnapshot?) {
        if !StoreFile.hasCompanions(path), let snapshot = FileSnapshot(path),
            let queue = try? DatabaseQueue(path: immutableURI(path), configuration: configuration)
        {
            return (queue, snapshot)
        }
        return (try locked(path), nil)
    }

    static var configuration: Configuration {
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(10)
        return config
    }

    /// A normal read-only connection, with SQLite's locks and the writer's -wal and -shm.
    static func locked(_ path: String) throws -> DatabaseQueue {
        try DatabaseQueue(path: path, configuration: configuration)
    }

    /// `file:` URI of the absolute path with everything but unreserved characters and "/"
    /// percent-encoded (a "?" or "#" in a file name would otherwise end the path), and
    /// `immutable=1`. Where SQLite does not take URIs the name matches no file and opening
    /// fails, and the caller falls back to a locked connection.
    static func immutableURI(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var encoded = ""
        for byte in absolute.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "/"), UInt8(ascii: "-"),
                UInt8(ascii: "."),
                UInt8(ascii: "_"), UInt8(ascii: "~"):
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                encoded += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return "file://" + encoded + "?immutable=1"
    }
}

/// The identity and last change of a quiet database file. A writer that opened the file while it
/// was read creates a -wal file, and one that also finished (checkpoint, then the -wal removed)
/// changed the file's size or times: either way the read is not trusted.
struct FileSnapshot: Equatable, Sendable {
    let path: String
    var device: UInt64
    var inode: UInt64
    var size: Int64
    var modified: timespec
    var changed: timespec

    init?(_ path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        self.path = path
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        #if canImport(Darwin)
            modified = info.st_mtimespec
            changed = info.st_ctimespec
        #else
            modified = info.st_mtim
            changed = info.st_ctim
        #endif
    }

    func isUnchanged() -> Bool {
        !StoreFile.hasCompanions(path) && FileSnapshot(path) == self
    }

    static func == (a: FileSnapshot, b: FileSnapshot) -> Bool {
        a.device == b.device && a.inode == b.inode && a.size == b.size
            && a.modified.tv_sec == b.modified.tv_sec && a.modified.tv_nsec == b.modified.tv_nsec
            && a.changed.tv_sec == b.changed.tv_sec && a.changed.tv_nsec == b.changed.tv_nsec
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
