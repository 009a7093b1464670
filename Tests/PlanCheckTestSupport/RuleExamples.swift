import Foundation

/// One example document of a rule, found on disk under rules/<pack>/<ID>-<name>/.
public struct RuleExample: Sendable, CustomStringConvertible {
    public let ruleId: String
    /// The plan: `pass-*.md`, `fail-*.md`, or `plan.md` inside an example folder.
    public let planPath: String
    /// `parent*.md` beside `plan.md` in an example folder, sorted.
    public let parentPaths: [String]
    public let shouldPass: Bool
    /// `not-applicable.txt` beside plan.md: one "fragment of the parent duty | reason" per line.
    public let notApplicable: [(duty: String, reason: String)]

    public var description: String {
        let rel = planPath.replacingOccurrences(of: Fixtures.repositoryRoot.path + "/", with: "")
        return "\(ruleId) \(rel)"
    }

    /// Every example of every rule under `rules/`.
    public static func all(root: String = Fixtures.path("rules")) -> [RuleExample] {
        let fm = FileManager.default
        var out: [RuleExample] = []
        for pack in ((try? fm.contentsOfDirectory(atPath: root)) ?? []).sorted()
        where !pack.hasPrefix("_") && !pack.hasPrefix(".") {
            let packPath = (root as NSString).appendingPathComponent(pack)
            for entry in ((try? fm.contentsOfDirectory(atPath: packPath)) ?? []).sorted() {
                let dir = (packPath as NSString).appendingPathComponent(entry)
                var isDir: ObjCBool = false
                guard fm.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else { continue }
                let ruleId = String(entry.prefix { $0 != "-" })
                out += examples(in: dir, ruleId: ruleId)
            }
        }
        return out
    }

    static func examples(in dir: String, ruleId: String) -> [RuleExample] {
        let fm = FileManager.default
        var out: [RuleExample] = []
        for name in ((try? fm.contentsOfDirectory(atPath: dir)) ?? []).sorted() {
            let path = (dir as NSString).appendingPathComponent(name)
            let pass = name.hasPrefix("pass")
            guard pass || name.hasPrefix("fail") else { continue }
            var isDir: ObjCBool = false
            fm.fileExists(atPath: path, isDirectory: &isDir)
            if isDir.boolValue {
                let files = ((try? fm.contentsOfDirectory(atPath: path)) ?? []).sorted()
                let parents = files.filter { $0.hasPrefix("parent") }.map {
                    (path as NSString).appendingPathComponent($0)
                }
                let declared =
                    (try? String(
                        contentsOfFile: (path as NSString).appendingPathComponent("not-applicable.txt"),
                        encoding: .utf8))
                    .map { text in
                        text.split(separator: "\n").compactMap { line -> (String, String)? in
                            let parts = line.split(separator: "|", maxSplits: 1).map {
                                $0.trimmingCharacters(in: .whitespaces)
                            }
                            return parts.count == 2 ? (parts[0], parts[1]) : nil
                        }
                    } ?? []
                out.append(
                    RuleExample(
                        ruleId: ruleId, planPath: (path as NSString).appendingPathComponent("plan.md"),
                        parentPaths: parents, shouldPass: pass, notApplicable: declared))
            } else if name.hasSuffix(".md") {
                out.append(
                    RuleExample(
                        ruleId: ruleId, planPath: path, parentPaths: [], shouldPass: pass, notApplicable: []))
            }
        }
        return out
    }

    /// The text with every `<!-- … -->` marker removed, so markers never change what is parsed.
    public static func stripMarkers(_ text: String) -> String {
        var out = ""
        var rest = text[...]
        while let open = rest.range(of: "<!--") {
            out += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "-->") else { return out }
            rest = rest[close.upperBound...]
        }
        return out + rest
    }
}
