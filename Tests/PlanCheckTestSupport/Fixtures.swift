import Foundation

/// Paths into the repository for tests, found from this file's location so that tests run the
/// same from any working directory.
public enum Fixtures {
    public static let repositoryRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    public static func path(_ relative: String) -> String {
        repositoryRoot.appendingPathComponent(relative).path
    }

    /// The seed plan whose file name starts with `prefix` ("001").
    public static func seed(_ prefix: String) -> String {
        let dir = repositoryRoot.appendingPathComponent("samples/real")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        let name = names.sorted().first { $0.hasPrefix(prefix) && $0.hasSuffix(".txt") } ?? prefix
        return dir.appendingPathComponent(name).path
    }
}
