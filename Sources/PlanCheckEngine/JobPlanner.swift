import Foundation
import PlanCheckCore
import PlanCheckParsing
import PlanCheckRules

/// Turns what a user names (files, folders, chain folders with plancheck.yml, `--parent` files)
/// into jobs. `check`, `review`, the bench, the tests and the server all plan through here, so a
/// folder means the same thing everywhere.
public enum JobPlanner {
    /// Files in a folder that describe the folder rather than being plans.
    static let describesFolder: Set<String> = [
        "readme.md", "readme.txt", "expected.md", "changelog.md", "license.md", "notes.md",
    ]
    static let configurationFiles: Set<String> = [ChainManifest.fileName, "plancheck.yaml"]

    /// Whether .doc, .odt and .rtf files under a folder are plans (LibreOffice is installed) or
    /// files left out with the advice to install it.
    public static var readsOfficeFiles: Bool { OfficeConverter.isAvailable }

    /// A manifest that cannot be read is a usage error of the whole run (exit 2), not of one plan.
    public struct ManifestError: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// `parents` apply to every plan; a folder holding plancheck.yml is a chain whose plans carry
    /// their own ancestors. Plans given without any parent may be linked by citation.
    public static func plan(inputs: [String], parents: [String] = []) throws(ManifestError) -> JobPlan {
        var jobs: [CheckJob] = []
        var skipped: [SkippedFile] = []
        var campaign: CampaignSpec?
        let parentSources = parents.map(DocumentSource.file)
        for input in inputs {
            let manifestPath = (input as NSString).appendingPathComponent(ChainManifest.fileName)
            if FileManager.default.fileExists(atPath: manifestPath) {
                let chain = try self.chain(folder: input)
                jobs += chain.jobs
                skipped += chain.skipped
                campaign = campaign ?? chain.campaign
            } else {
                let found = expand(input)
                jobs += found.plans.map { CheckJob(source: .file($0), parents: parentSources) }
                skipped += found.skipped
            }
        }
        return JobPlan(jobs: jobs, skipped: skipped, linkByCitation: parents.isEmpty, campaign: campaign)
    }

    /// Every submission of a chain with its ancestors, level and declared exemptions.
    public static func chain(folder: String) throws(ManifestError) -> JobPlan {
        let url = URL(fileURLWithPath: folder)
        let manifest: ChainManifest
        do { manifest = try ChainManifest.load(folder: url) } catch {
            throw ManifestError(description: "\(error)")
        }
        func path(_ file: String) -> String { url.appendingPathComponent(file).relativePath }
        var levels: [String: String] = [:]
        for p in manifest.plans { if let l = p.level { levels[path(p.file)] = l } }
        let jobs = manifest.submissionFiles.map { file in
            let plan = manifest.plan(file)
            return CheckJob(
                source: .file(path(file)), parents: manifest.ancestors(of: file).map { .file(path($0)) },
                notApplicable: plan?.notApplicable ?? [], level: plan?.level, parentLevels: levels)
        }
        let named = Set(manifest.plans.map(\.file))
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        let found = expand(folder)
        let unnamed = found.plans.filter { !named.contains(String($0.dropFirst(prefix.count))) }
        let skipped = found.skipped + unnamed.map { SkippedFile(path: $0, reason: .notInManifest) }
        var campaign = manifest.campaign
        let byPath = (campaign?.submitters ?? [:]).map { (path($0.key), $0.value) }
        campaign?.submitters = Dictionary(byPath, uniquingKeysWith: { a, _ in a })
        return JobPlan(
            jobs: jobs, skipped: skipped.sorted { $0.path < $1.path }, linkByCitation: true,
            campaign: campaign)
    }

    /// A path that is not a folder is a plan as given (reading it says what is wrong with it); a
    /// folder means every plan under it, and every other file under it is listed with its reason.
    public static func expand(_ path: String) -> (plans: [String], skipped: [SkippedFile]) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue
        else { return ([path], []) }
        guard let walker = FileManager.default.enumerator(atPath: path) else { return ([], []) }
        var plans: [String] = []
        var skipped: [SkippedFile] = []
        let converts = readsOfficeFiles
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            let full = (path as NSString).appendingPathComponent(relative)
            let type = walker.fileAttributes?[.type] as? FileAttributeType
            let isFolder = type == .typeDirectory
            // The walker does not follow links; one whose target cannot be reached is named here
            // rather than read later as a missing file.
            if type == .typeSymbolicLink, !FileManager.default.fileExists(atPath: full) {
                skipped.append(SkippedFile(path: full, reason: .brokenLink))
                continue
            }
            if name.hasPrefix(".") {
                if isFolder { walker.skipDescendants() }
                skipped.append(SkippedFile(path: full, reason: .hidden))
                continue
            }
            if isFolder { continue }
            let ext = (name as NSString).pathExtension.lowercased()
            if configurationFiles.contains(name.lowercased()) {
                skipped.append(SkippedFile(path: full, reason: .configuration))
            } else if OfficeConverter.extensions.contains(ext) {
                if converts {
                    plans.append(full)
                } else {
                    skipped.append(SkippedFile(path: full, reason: .needsLibreOffice))
                }
            } else if !PlanReader.supportedExtensions.contains(ext) {
                skipped.append(SkippedFile(path: full, reason: .unsupportedFormat))
            } else if describesFolder.contains(name.lowercased()) {
                skipped.append(SkippedFile(path: full, reason: .describesFolder))
            } else {
                plans.append(full)
            }
        }
        return (plans.sorted(), skipped.sorted { $0.path < $1.path })
    }
}
