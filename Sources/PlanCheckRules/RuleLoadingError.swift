/// Everything wrong with a set of rule files or a `.plancheck.yml`, each as `file:line: message`,
/// sorted. Thrown once with all of them so a rule author fixes a pack in one pass.
public struct RuleLoadingError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [String]

    public init(diagnostics: [String]) {
        self.diagnostics = diagnostics.sorted { a, b in
            let (fa, la) = Self.fileAndLine(a)
            let (fb, lb) = Self.fileAndLine(b)
            return (fa, la, a) < (fb, lb, b)
        }
    }

    public var description: String { diagnostics.joined(separator: "\n") }

    // Numeric line order: "f:10" must come after "f:9".
    private static func fileAndLine(_ d: String) -> (String, Int) {
        let parts = d.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count >= 2, let line = Int(parts[1]) else { return (d, 0) }
        return (String(parts[0]), line)
    }
}
