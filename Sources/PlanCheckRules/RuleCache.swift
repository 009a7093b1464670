import Foundation
import PlanCheckCore

/// The compiled rule set on disk, so that a process starts without parsing YAML: Yams' tag
/// resolution and node lookups were most of the ≈ 70 ms every `check` paid before reading a plan.
///
/// The key is a hash (FNV-1a, 128 bits) of the build (tool version and executable) and of every rule, profile
/// and registry file's path and bytes, so an edited rule, a new file or a rebuilt binary misses.
/// A missing, stale or unreadable cache file is rebuilt from YAML without a word; a cache folder
/// that cannot be written only means the next run parses YAML again.
public struct RuleCache: Sendable {
    public var directory: URL
    /// What identifies the code that compiled the rules (`version`, executable size and mtime).
    public var buildID: String

    public init(directory: URL, buildID: String) {
        self.directory = directory
        self.buildID = buildID
    }

    /// How a load went, for the benchmark and the tests.
    public enum Outcome: Sendable, Equatable {
        /// Restored from the cache file.
        case hit
        /// Parsed from YAML, and the cache file (re)written when possible.
        case rebuilt
    }

    /// The user's cache: `$PLANCHECK_CACHE_DIR`, else `$XDG_CACHE_HOME/plancheck`, else
    /// `~/.cache/plancheck`; nil (no cache) when `PLANCHECK_CACHE_DIR` is `off`.
    public static func user(
        toolVersion: String, environment: [String: String] = ProcessInfo.processInfo.environment,
        executable: String = "/proc/self/exe"
    ) -> RuleCache? {
        let dir: URL
        if let set = environment["PLANCHECK_CACHE_DIR"], !set.isEmpty {
            if set == "off" { return nil }
            dir = URL(fileURLWithPath: set)
        } else if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty {
            dir = URL(fileURLWithPath: xdg).appendingPathComponent("plancheck")
        } else if let home = environment["HOME"], !home.isEmpty {
            dir = URL(fileURLWithPath: home).appendingPathComponent(".cache/plancheck")
        } else {
            return nil
        }
        // The version alone would not change when a developer rebuilds with a new loader.
        // /proc/self/exe is a link whose own mtime is the process's start: read its target.
        let target = URL(fileURLWithPath: executable).resolvingSymlinksInPath().path
        let attributes = try? FileManager.default.attributesOfItem(atPath: target)
        let size = (attributes?[.size] as? NSNumber)?.int64Value ?? 0
        let mtime = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return RuleCache(directory: dir, buildID: "\(toolVersion) \(size) \(mtime)")
    }

    /// Rules and data of `folders`, from the cache when its key matches, else from YAML.
    public func load(folders: [URL]) throws -> (RuleSet, ProfileData, Outcome) {
        let key = Self.key(folders: folders, buildID: buildID)
        let file = self.file(for: folders)
        if let data = FileManager.default.contents(atPath: file.path),
            let cached = try? JSONDecoder().decode(CachedRuleSet.self, from: data),
            cached.format == CachedRuleSet.format, cached.key == key,
            let (ruleSet, profileData) = try? cached.restore()
        {
            return (ruleSet, profileData, .hit)
        }
        let (ruleSet, profileData) = try Self.loadYAML(folders: folders)
        if let record = CachedRuleSet(key: key, ruleSet: ruleSet, data: profileData) {
            write(record, to: file)
        }
        return (ruleSet, profileData, .rebuilt)
    }

    /// Rules, profiles, levels and registry parsed from the YAML of `folders`.
    public static func loadYAML(folders: [URL]) throws -> (RuleSet, ProfileData) {
        let ruleSet = try RuleSet.load(folders: folders)
        return (ruleSet, try ProfileData.load(ruleFolders: folders))
    }

    /// One file per list of folders, so that two projects with their own rules do not evict
    /// each other's cache on every run.
    public func file(for folders: [URL]) -> URL {
        let name = SHA256.hex(folders.map(\.standardizedFileURL.path).joined(separator: "\n"))
        return directory.appendingPathComponent("rules-\(name.prefix(16)).json")
    }

    /// Every `.yaml`, `.yml` and `.tsv` under the folders (wider than what the loaders read, never
    /// narrower), each by path and bytes, with the build: any change to an input changes the key.
    public static func key(folders: [URL], buildID: String) -> String {
        var bytes = Array("plancheck rule cache \(CachedRuleSet.format)\u{0}\(buildID)\u{0}".utf8)
        let fm = FileManager.default
        for folder in folders {
            var isDir: ObjCBool = false
            let exists = fm.fileExists(atPath: folder.path, isDirectory: &isDir) && isDir.boolValue
            bytes += Array("\(exists ? "D" : "M") \(folder.standardizedFileURL.path)\u{0}".utf8)
            guard exists else { continue }
            let names = ((try? fm.subpathsOfDirectory(atPath: folder.path)) ?? []).sorted()
            for name in names where [".yaml", ".yml", ".tsv"].contains(where: { name.hasSuffix($0) }) {
                let content = fm.contents(atPath: folder.appendingPathComponent(name).path) ?? Data()
                bytes += Array("f \(name) \(content.count)\u{0}".utf8)
                bytes += content
            }
        }
        return fnv128(bytes)
    }

    /// FNV-1a in two 64-bit lanes (different offset bases, the second also shifted): the key guards against edits, not
    /// against an adversary who writes the user's own cache, and SHA-256 in Swift cost 6 ms here.
    static func fnv128(_ bytes: [UInt8]) -> String {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325
        var b: UInt64 = 0x6c62_272e_07bb_0142
        for byte in bytes {
            a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            b = (b ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            b = b ^ (b >> 29)
        }
        return String(a, radix: 16) + "-" + String(b, radix: 16) + "-\(bytes.count)"
    }

    /// Written whole to a temporary file and renamed, so a concurrent run reads the old cache or
    /// the new one, never half of one. Any failure leaves the cache as it was.
    private func write(_ record: CachedRuleSet, to file: URL) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(record) else { return }
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try? data.write(to: file, options: .atomic)
    }
}
