import Foundation
import Testing

/// Compares with `__Snapshots__/<name>` beside this file; `RECORD_SNAPSHOTS=1` writes it instead.
enum Snapshot {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "__Snapshots__")

    static func assert(
        _ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record(
                "missing snapshot \(name); run RECORD_SNAPSHOTS=1 swift test", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let first = Array(zip(a, e)).firstIndex { $0.0 != $0.1 } ?? min(a.count, e.count)
            let got = first < a.count ? String(a[first]) : "<end>"
            let want = first < e.count ? String(e[first]) : "<end>"
            Issue.record(
                "\(name) differs at line \(first + 1):\n  got:  \(got)\n  want: \(want)",
                sourceLocation: sourceLocation)
        }
    }
}
