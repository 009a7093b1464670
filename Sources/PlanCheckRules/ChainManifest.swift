import Foundation
import PlanCheckCore
import Yams

/// `plancheck.yml` of a chain folder: the levels, each plan's level and parent, duties declared
/// not applicable, and which files are submissions. Strict keys, `file:line` errors.
public struct ChainManifest: Sendable {
    public struct Plan: Sendable {
        public var file: String
        public var level: String?
        public var parent: String?
        public var notApplicable: [NotApplicableDeclaration]
    }

    public static let fileName = "plancheck.yml"
    public var folder: URL
    public var levels: [String]
    public var plans: [Plan]
    /// A glob on file names; nil means every plan that has a parent.
    public var submissions: String?
    /// Who must submit and by when (`expect:`, `due:`), when the chain is a campaign.
    public var campaign: CampaignSpec?

    /// Plans by file name: a national campaign names thousands, each looked up several times.
    let index: [String: Int]

    public func plan(_ file: String) -> Plan? { index[file].map { plans[$0] } }

    /// The chain above a plan, direct parent first.
    public func ancestors(of file: String) -> [String] {
        var out: [String] = []
        var current = plan(file)?.parent
        while let p = current, !out.contains(p) {
            out.append(p)
            current = plan(p)?.parent
        }
        return out
    }

    /// Files to check: those matching `submissions`, or every plan with a parent.
    public var submissionFiles: [String] {
        plans.map(\.file).filter { file in
            if let glob = submissions { return fnmatch(glob, file, 0) == 0 }
            return plan(file)?.parent != nil
        }
    }

    public static func load(folder: URL) throws -> ChainManifest {
        let file = folder.appendingPathComponent(fileName)
        let path = file.path
        func fail(_ line: Int, _ message: String) -> RuleLoadingError {
            RuleLoadingError(diagnostics: ["\(path):\(line): \(message)"])
        }
        let text: String
        do { text = try String(contentsOf: file, encoding: .utf8) } catch {
            throw fail(1, "cannot read the manifest")
        }
        let node: Node?
        do { node = try Yams.compose(yaml: text) } catch { throw fail(1, "invalid YAML: \(error)") }
        guard let map = node?.mapping else {
            throw fail(1, "expected a mapping with levels, plans, submissions")
        }
        var errors = YAMLSupport.unknownKeys(
            map, allowed: ["levels", "plans", "submissions", "coverage", "expect", "due"], what: "key"
        ).map { $0.formatted(path) }
        var plans: [Plan] = []
        var submitters: [String: String] = [:]
        let folderFiles = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
        for item in map["plans"]?.sequence ?? [] {
            let line = YAMLSupport.line(item)
            guard let m = item.mapping, (m["file"]?.string != nil) != (m["files"]?.string != nil) else {
                errors.append("\(path):\(line): a plan needs 'file' (one file) or 'files' (a glob), not both")
                continue
            }
            errors += YAMLSupport.unknownKeys(
                m, allowed: ["file", "files", "level", "parent", "not_applicable", "submitter"],
                what: "plan key"
            ).map { $0.formatted(path) }
            let names: [String]
            if let name = m["file"]?.string {
                names = [name]
                if !FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path) {
                    errors.append("\(path):\(line): no such file in the chain folder: \(name)")
                }
            } else {
                // A campaign names thousands of submissions by one pattern ("xa-*.md").
                let glob = m["files"]!.string!
                names = folderFiles.filter { fnmatch(glob, $0, 0) == 0 }
                if names.isEmpty {
                    errors.append("\(path):\(line): no file in the chain folder matches \(glob)")
                }
            }
            let declared = notApplicable(m, path: path, errors: &errors)
            for name in names {
                if let who = m["submitter"]?.string { submitters[name] = who }
                plans.append(
                    Plan(
                        file: name, level: m["level"]?.string, parent: m["parent"]?.string,
                        notApplicable: declared))
            }
        }
        var index: [String: Int] = [:]
        for (i, p) in plans.enumerated() where index[p.file] == nil { index[p.file] = i }
        if index.count < plans.count {
            let named = Dictionary(grouping: plans.map(\.file), by: { $0 }).filter { $0.value.count > 1 }.keys
            errors.append(
                "\(path):1: named by more than one plan entry: \(named.sorted().joined(separator: ", "))")
        }
        for p in plans where p.parent != nil && index[p.parent!] == nil {
            errors.append("\(path):1: parent of \(p.file) is not a plan of the manifest: \(p.parent!)")
        }
        let campaign = CampaignSpec.read(map, submitters: submitters, path: path, errors: &errors)
        guard errors.isEmpty else { throw RuleLoadingError(diagnostics: errors) }
        let levels = map["levels"]?.sequence?.compactMap { $0.string } ?? []
        return ChainManifest(
            folder: folder, levels: levels, plans: plans, submissions: map["submissions"]?.string,
            campaign: campaign, index: index)
    }

    static func notApplicable(_ m: Node.Mapping, path: String, errors: inout [String])
        -> [NotApplicableDeclaration]
    {
        (m["not_applicable"]?.sequence ?? []).compactMap { n -> NotApplicableDeclaration? in
            guard let d = n.mapping?["duty"]?.string, let r = n.mapping?["reason"]?.string, !r.isEmpty else {
                errors.append(
                    "\(path):\(YAMLSupport.line(n)): not_applicable needs 'duty' and a non-empty 'reason'")
                return nil
            }
            return NotApplicableDeclaration(duty: d, reason: r)
        }
    }
}
