import Foundation
import PlanCheckCore
import PlanCheckRules

/// Files changed since a revision, as absolute paths. Where the list comes from (git, a CI's API,
/// a server's upload) is the front end's business; what it means for a run is decided here.
public struct ChangedPaths: Sendable, Hashable {
    public var paths: Set<String>

    /// `relative` as a version control system lists them, relative to the repository `root`.
    public init(root: URL, relative: [String]) {
        paths = Set(relative.map { FilePath.absolute($0, workingDirectory: root) })
    }

    public init(absolute: [String]) {
        paths = Set(absolute.map { FilePath.absolute($0, workingDirectory: URL(fileURLWithPath: "/")) })
    }

    /// Whether the file at `path` (relative to `workingDirectory` unless absolute) changed.
    public func contains(_ path: String, workingDirectory: URL = FilePath.currentDirectory) -> Bool {
        paths.contains(FilePath.absolute(path, workingDirectory: workingDirectory))
    }

    /// Whether a file, or anything under a folder, of `urls` changed.
    public func touches(_ urls: [URL]) -> Bool {
        for url in urls {
            let p = FilePath.absolute(url.path, workingDirectory: FilePath.currentDirectory)
            if paths.contains(p) || paths.contains(where: { $0.hasPrefix(p + "/") }) { return true }
        }
        return false
    }
}

/// Which jobs a change affects: a plan is checked again when its own file changed, when a plan
/// it is compared with changed (a chain's ancestors, `--parent` files, the plan it was linked to
/// by citation), or when the chain manifest of a folder above it changed (levels, parents and
/// exemptions live there). Deleted files are simply not in the run.
public enum ChangeSelection {
    public static func affected(
        _ jobs: [CheckJob], by changes: ChangedPaths, workingDirectory: URL = FilePath.currentDirectory
    ) -> [Int] {
        let manifests = changes.paths.filter { ($0 as NSString).lastPathComponent == ChainManifest.fileName }
            .map { ($0 as NSString).deletingLastPathComponent + "/" }
        return jobs.indices.filter { i in
            let job = jobs[i]
            if changes.contains(job.path, workingDirectory: workingDirectory) { return true }
            if job.parents.contains(where: { changes.contains($0.path, workingDirectory: workingDirectory) })
            {
                return true
            }
            let path = FilePath.absolute(job.path, workingDirectory: workingDirectory)
            return manifests.contains { path.hasPrefix($0) }
        }
    }
}

extension PlanChecker {
    /// A run restricted to the plans a change affects.
    public struct SelectedRun: Sendable {
        public var run: CheckRun
        /// Jobs the plan held before selection.
        public var total: Int
        /// True when the rules or `.plancheck.yml` changed: every plan was checked.
        public var rulesChanged: Bool
    }

    /// Checks only the jobs `changes` affects. Linking by citation runs over every job first, so
    /// a plan citing a changed plan is found even when it did not change itself. A change to the
    /// config or to a rule folder in use may change any finding, so then every job is checked.
    public func check(
        _ plan: JobPlan, affectedBy changes: ChangedPaths, workingDirectory: URL = FilePath.currentDirectory
    ) -> SelectedRun {
        let ruleInputs = environment.folders + [environment.config.file].compactMap { $0 }
        if changes.touches(ruleInputs) {
            return SelectedRun(run: check(plan), total: plan.jobs.count, rulesChanged: true)
        }
        var jobs = plan.jobs
        var links: [String] = []
        var retained: [String: PlanDocument] = [:]
        if plan.linkByCitation, jobs.count > 1, jobs.contains(where: { $0.parents.isEmpty }) {
            let linked = CitationLinker.link(&jobs, reader: self)
            links = linked.links
            retained = linked.retained
        }
        let chosen = ChangeSelection.affected(jobs, by: changes, workingDirectory: workingDirectory).map {
            jobs[$0]
        }
        let paths = Set(chosen.map(\.path))
        links = links.filter { link in paths.contains { link.hasPrefix($0 + " → ") } }
        let parents = readParents(of: chosen, retained: retained)
        let prepared = PreparedPlan(
            jobs: chosen, links: links, documents: parents.documents.merging(retained) { a, _ in a },
            parentErrors: parents.errors, failedParents: parents.failed)
        var results: [DocumentResult] = []
        let errors = check(prepared) { _, result in results.append(result) }
        return SelectedRun(
            run: CheckRun(results: results, links: links, inputErrors: errors, skipped: plan.skipped),
            total: plan.jobs.count, rulesChanged: false)
    }
}

/// Paths as keys: absolute, without `.` or `..`, symbolic links resolved, so that a plan named
/// `plans/a.md` by the user and `/repo/plans/a.md` by git are the same file.
public enum FilePath {
    public static var currentDirectory: URL { URL(fileURLWithPath: FileManager.default.currentDirectoryPath) }

    public static func absolute(_ path: String, workingDirectory: URL) -> String {
        // Joined as text: a folder URL without its trailing slash would resolve against its parent.
        let full = path.hasPrefix("/") ? path : workingDirectory.absoluteURL.path + "/" + path
        return URL(fileURLWithPath: full).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// `path` as a file URL, relative paths taken from `workingDirectory`; links left as they are.
    public static func url(_ path: String, workingDirectory: URL) -> URL {
        URL(fileURLWithPath: path.hasPrefix("/") ? path : workingDirectory.absoluteURL.path + "/" + path)
            .standardizedFileURL
    }

    /// How a file is named to the user: relative to the working directory when below it.
    public static func shown(_ url: URL, workingDirectory: URL = currentDirectory) -> String {
        relative(url.path, to: workingDirectory, workingDirectory: workingDirectory)
    }

    /// `path` relative to `base` when it lies below it; else absolute.
    public static func relative(_ path: String, to base: URL, workingDirectory: URL) -> String {
        let full = absolute(path, workingDirectory: workingDirectory)
        let root = absolute(base.path, workingDirectory: workingDirectory)
        let prefix = root.hasSuffix("/") ? root : root + "/"
        return full.hasPrefix(prefix) ? String(full.dropFirst(prefix.count)) : full
    }
}
