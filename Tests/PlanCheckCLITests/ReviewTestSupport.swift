import Foundation
import PlanCheckTestSupport

/// Files and output parsing shared by the review tests.
enum ReviewFiles {
    /// A copy of a sample chain folder (with its plancheck.yml) that a test may edit.
    static func chainCopy(_ name: String) throws -> URL {
        let dir = try CLIRunner.tempDirectory().appendingPathComponent(name)
        try FileManager.default.copyItem(
            at: Fixtures.repositoryRoot.appendingPathComponent("samples/chains/\(name)"), to: dir)
        return dir
    }

    /// A copy of rules/ (rules, profiles, registry) for tests that edit one file of it.
    static func rulesCopy() throws -> URL {
        let dir = try CLIRunner.tempDirectory().appendingPathComponent("rules")
        try FileManager.default.copyItem(at: Fixtures.repositoryRoot.appendingPathComponent("rules"), to: dir)
        return dir
    }

    /// `count` submissions made from quang-an-2024/02…05, each with one sentence of its own so
    /// that no two share a cache key. Returns the folder.
    static func batch(_ count: Int) throws -> URL {
        let dir = try CLIRunner.tempDirectory().appendingPathComponent("batch")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let sources = [
            "02-huyen-an-phu.md", "03-huyen-binh-son.md", "04-huyen-dong-hai.md", "05-xa-an-thach.md",
        ]
        let texts = try sources.map {
            try String(contentsOfFile: Fixtures.path("samples/chains/quang-an-2024/\($0)"), encoding: .utf8)
        }
        for n in 0..<count {
            var text = texts[n % texts.count]
            let marker = "II. NỘI DUNG\n"
            let extra = "\n- Tổng hợp kết quả thực hiện đợt \(n + 1) gửi về cơ quan thường trực.\n"
            if let r = text.range(of: marker) {
                text.replaceSubrange(r, with: extra + "\n" + marker)
            } else {
                text += extra
            }
            let name = String(format: "s%04d-", n) + sources[n % sources.count]
            try text.write(to: dir.appendingPathComponent(name), atomically: false, encoding: .utf8)
        }
        return dir
    }

    static func edit(_ url: URL, _ change: (String) -> String) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        let changed = change(text)
        precondition(changed != text, "the edit changed nothing in \(url.lastPathComponent)")
        try changed.write(to: url, atomically: true, encoding: .utf8)
    }
}

/// One submission line of the review summary table.
struct ReviewLine {
    var name: String
    var coverage: String
    var cached: Bool

    /// Submission lines are the tab-separated ones after the header, not indented.
    static func parse(_ stdout: String) -> [String: ReviewLine] {
        var out: [String: ReviewLine] = [:]
        for line in stdout.split(separator: "\n").dropFirst(2) where !line.hasPrefix(" ") {
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cols.count >= 7 else { continue }
            out[cols[0]] = ReviewLine(
                name: cols[0], coverage: cols[3], cached: cols[6].contains("dùng lại kết quả đã lưu"))
        }
        return out
    }

    /// Names of the submissions computed afresh (not taken from the store).
    static func recomputed(_ stdout: String) -> Set<String> {
        Set(parse(stdout).values.filter { !$0.cached }.map(\.name))
    }
}
