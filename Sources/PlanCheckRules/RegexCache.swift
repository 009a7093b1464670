import Foundation

/// Patterns that are data read at run time (plan profiles, registry names, plan years): each is
/// compiled once per process, not once per plan — compiling per plan was a fifth of check time.
final class RegexCache: @unchecked Sendable {
    static let shared = RegexCache()
    private let lock = NSLock()
    private var compiled: [String: NSRegularExpression] = [:]

    func regex(_ pattern: String, caseInsensitive: Bool = true) -> NSRegularExpression? {
        let key = (caseInsensitive ? "i:" : "s:") + pattern
        lock.lock()
        defer { lock.unlock() }
        if let r = compiled[key] { return r }
        guard
            let r = try? NSRegularExpression(
                pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
        else { return nil }
        compiled[key] = r
        return r
    }
}
