import Foundation
import PlanCheckCore
import PlanCheckReport
import PlanCheckRules

/// How the paths of a run and of a baseline meet: the baseline records paths relative to its own
/// folder (usually the repository root), so it holds whichever folder `check` runs from.
public struct BaselinePaths: Sendable {
    /// The folder holding the baseline file.
    public var base: URL
    public var workingDirectory: URL

    public init(baselineFile: URL, workingDirectory: URL = FilePath.currentDirectory) {
        self.base = baselineFile.deletingLastPathComponent()
        self.workingDirectory = workingDirectory
    }

    /// A finding's or document's path as the baseline records it.
    public func key(_ path: String) -> String {
        FilePath.relative(path, to: base, workingDirectory: workingDirectory)
    }

    /// `key` of every path, each distinct path resolved once: a campaign has tens of thousands
    /// of findings over a few thousand files, and resolving a path touches the file system.
    public func keys(_ paths: [String]) -> [String] {
        var cache: [String: String] = [:]
        return paths.map { path in
            if let known = cache[path] { return known }
            let value = key(path)
            cache[path] = value
            return value
        }
    }

    /// Whether the file an entry names is still there.
    public func exists(_ entryPath: String) -> Bool {
        FileManager.default.fileExists(atPath: FilePath.absolute(entryPath, workingDirectory: base))
    }
}

/// A run's findings split by a baseline.
public struct BaselineComparison: Sendable {
    public var new: [Finding]
    public var known: [Finding]
    /// Entries no finding matched, for documents that were checked or whose file is gone.
    public var stale: [Baseline.Entry]
}

extension Baseline {
    /// Each entry stands for one finding: a rule that fires twice on the same words needs two
    /// entries, so a second copy of a known defect is new. An entry matches a finding of its own
    /// file first; a finding of another file only when the entry's file is gone (the plan moved
    /// to another folder, keeping its name and so its fingerprints). An entry of a file that is
    /// still there never hides a finding of another file with the same name.
    public func compare(
        _ findings: [Finding], checked documents: [String], paths: BaselinePaths
    ) -> BaselineComparison {
        var byFingerprint: [String: [Int]] = [:]
        for (i, e) in entries.enumerated() { byFingerprint[e.fingerprint, default: []].append(i) }
        var used = [Bool](repeating: false, count: entries.count)
        var gone: [String: Bool] = [:]
        func isGone(_ path: String) -> Bool {
            if let known = gone[path] { return known }
            let value = !paths.exists(path)
            gone[path] = value
            return value
        }
        let checked = Set(documents.map(paths.key))
        let keys = paths.keys(findings.map(\.path))
        let prints = findings.map(FindingFingerprint.of)
        var known = [Bool](repeating: false, count: findings.count)
        func claim(_ i: Int, where fits: (Entry) -> Bool) {
            guard !known[i],
                let j = byFingerprint[prints[i]]?.first(where: { !used[$0] && fits(entries[$0]) })
            else { return }
            used[j] = true
            known[i] = true
        }
        for i in findings.indices { claim(i) { $0.path == keys[i] } }
        for i in findings.indices { claim(i) { !checked.contains($0.path) && isGone($0.path) } }
        let stale = entries.indices.filter {
            !used[$0] && (checked.contains(entries[$0].path) || isGone(entries[$0].path))
        }
        return BaselineComparison(
            new: findings.indices.filter { !known[$0] }.map { findings[$0] },
            known: findings.indices.filter { known[$0] }.map { findings[$0] },
            stale: stale.map { entries[$0] })
    }

    /// Where `check` finds its baseline, in order: `--baseline FILE` (`explicit`); the config's
    /// `baseline:`; `.plancheck-baseline.json` beside the config in use; without a config, the
    /// nearest `.plancheck-baseline.json` from the working directory upward. A file named by the
    /// user or the config must exist; nil means no baseline.
    public static func locate(
        explicit: String?, config: PlanCheckConfig, workingDirectory: URL = FilePath.currentDirectory
    ) throws(LoadError) -> URL? {
        if let named = explicit.map({ FilePath.url($0, workingDirectory: workingDirectory) })
            ?? config.resolvedBaseline
        {
            guard FileManager.default.fileExists(atPath: named.path) else {
                let shown = explicit ?? FilePath.shown(named, workingDirectory: workingDirectory)
                throw LoadError(
                    description:
                        "\(shown): không tìm thấy tệp baseline; tạo bằng `plancheck baseline write` "
                        + "(baseline file not found; create it with `plancheck baseline write`).")
            }
            return named
        }
        let candidate = implicitLocation(config: config, workingDirectory: workingDirectory)
        return FileManager.default.fileExists(atPath: candidate.path) ? candidate : nil
    }

    /// Where `baseline write` writes without `--out`: the file `check` would read.
    public static func writeTarget(
        explicit: String?, config: PlanCheckConfig, workingDirectory: URL = FilePath.currentDirectory
    ) -> URL {
        if let explicit { return FilePath.url(explicit, workingDirectory: workingDirectory) }
        return config.resolvedBaseline ?? implicitLocation(config: config, workingDirectory: workingDirectory)
    }

    /// Beside the config; without one, the nearest existing file upward, else the working directory.
    static func implicitLocation(config: PlanCheckConfig, workingDirectory: URL) -> URL {
        if let file = config.file { return file.deletingLastPathComponent().appendingPathComponent(fileName) }
        var current = workingDirectory.absoluteURL.standardizedFileURL
        while true {
            let candidate = current.appendingPathComponent(fileName)
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { break }
            current = parent
        }
        return FilePath.url(fileName, workingDirectory: workingDirectory)
    }
}

extension CheckReport {
    /// The report with only the findings `baseline` does not know, and what it left out.
    public func applying(
        _ baseline: Baseline, file: URL, workingDirectory: URL = FilePath.currentDirectory
    ) -> CheckReport {
        let paths = BaselinePaths(baselineFile: file, workingDirectory: workingDirectory)
        let split = baseline.compare(findings, checked: documents.map(\.path), paths: paths)
        var out = self
        out.findings = split.new
        out.baseline = BaselineSummary(
            file: FilePath.shown(file, workingDirectory: workingDirectory),
            known: split.known.count,
            stale: split.stale.map {
                .init(
                    fingerprint: $0.fingerprint, ruleId: $0.ruleId, severity: $0.severity, path: $0.path,
                    message: $0.message)
            })
        return out
    }
}
