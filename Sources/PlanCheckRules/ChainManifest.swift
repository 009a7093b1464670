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

    public func plan(_ file: String) -> Plan? { plans.first { $0.file == file } }

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
            map, allowed: ["levels", "plans", "submissions", "coverage"], what: "key"
        ).map { $0.formatted(path) }
        var plans: [Plan] = []
        for item in map["plans"]?.sequence ?? [] {
            guard let m = item.mapping, let name = m["file"]?.string else {
                errors.append("\(path):\(YAMLSupport.line(item)): a plan needs 'file'")
                continue
            }
            errors += YAMLSupport.unknownKeys(
                m, allowed: ["file", "level", "parent", "not_applicable"], what: "plan key"
            ).map { $0.formatted(path) }
            if !FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path) {
                errors.append("\(path):\(YAMLSupport.line(item)): no such file in the chain folder: \(name)")
            }
            let declared = (m["not_applicable"]?.sequence ?? []).compactMap {
                n -> NotApplicableDeclaration? in
                guard let d = n.mapping?["duty"]?.string, let r = n.mapping?["reason"]?.string, !r.isEmpty
                else {
                    errors.append(
                        "\(path):\(YAMLSupport.line(n)): not_applicable needs 'duty' and a non-empty 'reason'"
                    )
                    return nil
                }
                return NotApplicableDeclaration(duty: d, reason: r)
            }
            plans.append(
                Plan(
                    file: name, level: m["level"]?.string, parent: m["parent"]?.string,
                    notApplicable: declared))
        }
        for p in plans where p.parent != nil && !plans.contains(where: { $0.file == p.parent }) {
            errors.append("\(path):1: parent of \(p.file) is not a plan of the manifest: \(p.parent!)")
        }
        guard errors.isEmpty else { throw RuleLoadingError(diagnostics: errors) }
        let levels = map["levels"]?.sequence?.compactMap { $0.string } ?? []
        return ChainManifest(
            folder: folder, levels: levels, plans: plans, submissions: map["submissions"]?.string)
    }
}
