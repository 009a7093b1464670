import Foundation
import PlanCheckCore
import PlanCheckRules

/// The findings a repository of plans has recorded as known (docs/baseline.md). A CI gate fails
/// only on findings that are not in it. Entries are matched by `FindingFingerprint`, which
/// leaves the line out, so editing text above a known defect does not make it new.
///
/// The file is meant to be committed and read in a diff: sorted, one entry per finding, no clock,
/// no line numbers, no tool version; writing the same findings twice gives the same bytes.
public struct Baseline: Sendable, Hashable {
    public static let fileName = ".plancheck-baseline.json"
    public static let kind = "plancheck-baseline"
    /// Bump on any change a reader could notice, and record it in docs/baseline.md.
    public static let schemaVersion = 1
    /// Excerpts are for the reader of the diff, not for matching: a long paragraph is cut.
    static let excerptLimit = 160

    public struct Entry: Sendable, Hashable, Codable {
        /// Relative to the baseline file's folder (absolute when the plan lies outside it).
        public var path: String
        public var ruleId: String
        public var severity: Severity
        public var fingerprint: String
        public var message: String
        public var excerpt: String

        public init(
            path: String, ruleId: String, severity: Severity, fingerprint: String, message: String,
            excerpt: String
        ) {
            self.path = path
            self.ruleId = ruleId
            self.severity = severity
            self.fingerprint = fingerprint
            self.message = message
            self.excerpt = excerpt
        }

        /// File, then rule, then fingerprint: none of them moves when lines move.
        static func order(_ a: Entry, _ b: Entry) -> Bool {
            (a.path, a.ruleId, a.fingerprint, a.message) < (b.path, b.ruleId, b.fingerprint, b.message)
        }
    }

    public var entries: [Entry]

    public init(entries: [Entry]) { self.entries = entries.sorted(by: Entry.order) }

    /// A problem with a baseline file: one line naming it, exit code 2 for a CLI.
    public struct LoadError: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// Every finding as an entry, paths made relative to `paths.base`.
    public static func recording(_ findings: [Finding], paths: BaselinePaths) -> Baseline {
        let keys = paths.keys(findings.map(\.path))
        return Baseline(
            entries: zip(findings, keys).map { f, key in
                let excerpt =
                    f.excerpt.count > excerptLimit ? String(f.excerpt.prefix(excerptLimit)) + "…" : f.excerpt
                return Entry(
                    path: key, ruleId: f.ruleId, severity: f.severity,
                    fingerprint: FindingFingerprint.of(f), message: f.message, excerpt: excerpt)
            })
    }

    /// This baseline's findings for the documents checked, plus the entries of `previous` for
    /// documents this run did not check and whose file still exists: `baseline write a.md`
    /// updates a.md's entries and keeps the others.
    public func keeping(
        _ previous: Baseline, checked documents: [String], paths: BaselinePaths
    ) -> (baseline: Baseline, kept: Int) {
        let checked = Set(documents.map(paths.key))
        let kept = previous.entries.filter { !checked.contains($0.path) && paths.exists($0.path) }
        return (Baseline(entries: entries + kept), kept.count)
    }

    public func serialized() -> String {
        let items: [JSONValue] = entries.map { e in
            .object([
                ("path", .string(e.path)), ("ruleId", .string(e.ruleId)),
                ("severity", .string(e.severity.rawValue)),
                ("fingerprint", .string(e.fingerprint)), ("message", .string(e.message)),
                ("excerpt", .string(e.excerpt)),
            ])
        }
        return JSONValue.object([
            ("schemaVersion", .int(Self.schemaVersion)), ("kind", .string(Self.kind)),
            ("findings", .array(items)),
        ]).serialized() + "\n"
    }

    struct FileContents: Decodable {
        var schemaVersion: Int
        var kind: String
        var findings: [Entry]
    }

    struct Header: Decodable {
        var schemaVersion: Int?
        var kind: String?
    }

    /// Reads a baseline; anything else (another JSON file, a newer schema) is refused by name.
    public static func decode(_ data: Data, file: String) throws(LoadError) -> Baseline {
        func fail(_ vi: String, _ en: String) -> LoadError {
            LoadError(description: "\(file): \(vi) (\(en)).")
        }
        guard let header = try? JSONDecoder().decode(Header.self, from: data), header.kind == kind else {
            throw fail("không phải tệp baseline của PlanCheck", "not a PlanCheck baseline")
        }
        if let version = header.schemaVersion, version > schemaVersion {
            throw fail(
                "tệp baseline do PlanCheck mới hơn ghi (phiên bản \(version))",
                "written by a newer PlanCheck, schema version \(version)")
        }
        do {
            return Baseline(entries: try JSONDecoder().decode(FileContents.self, from: data).findings)
        } catch {
            throw fail("tệp baseline hỏng: \(Self.describe(error))", "malformed baseline")
        }
    }

    public static func load(_ url: URL) throws(LoadError) -> Baseline {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw LoadError(
                description:
                    "\(FilePath.shown(url)): không đọc được tệp baseline (cannot read the baseline file).")
        }
        return try decode(data, file: FilePath.shown(url))
    }

    public func write(to url: URL) throws(LoadError) {
        do { try Data(serialized().utf8).write(to: url, options: .atomic) } catch {
            throw LoadError(
                description:
                    "\(FilePath.shown(url)): không ghi được tệp baseline (cannot write the baseline): \(error.localizedDescription)"
            )
        }
    }

    /// Where a decoding error is, in words a user can act on.
    static func describe(_ error: Error) -> String {
        guard let error = error as? DecodingError else { return "\(error)" }
        let at: (DecodingError.Context) -> String = { c in
            c.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        }
        switch error {
        case .keyNotFound(let key, let c): return "thiếu khóa '\(key.stringValue)' ở \(at(c))"
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .dataCorrupted(let c):
            return "giá trị sai ở \(at(c)): \(c.debugDescription)"
        @unknown default: return "\(error)"
        }
    }
}
