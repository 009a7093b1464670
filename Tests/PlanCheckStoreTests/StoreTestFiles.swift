import Foundation
@testable import PlanCheckStore

/// Databases on disk for the store tests: a fresh folder each, a store with one stored review.
enum StoreTestFiles {
    static func folder(_ name: String = "store") throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
            "plancheck-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    static func submission(_ name: String) -> SubmissionInput {
        SubmissionInput(
            name: name, path: "plans/" + name, contentHash: String(repeating: "a", count: 64),
            cacheKey: String(repeating: "b", count: 64), number: nil, issueDate: nil, coverage: 0.5,
            cached: false, findings: [], links: [])
    }

    /// Stores one finished review of `submission` and closes the database, so the file is quiet.
    static func databaseWithOneReview(in dir: URL, submission: String = "ke-hoach.md") throws -> String {
        let path = dir.appendingPathComponent("review.sqlite").path
        try addReview(path, submission: submission)
        return path
    }

    static func addReview(_ path: String, submission: String) throws {
        let store = try PlanCheckStore(path: path)
        try store.addReview(submission)
    }

    static func listing(_ dir: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
    }
}

extension PlanCheckStore {
    func addReview(_ submission: String) throws {
        let run = try beginRun(
            toolVersion: "1", rulesHash: "r", registryHash: "g", at: "2026-01-01T00:00:00Z")
        try record(StoreTestFiles.submission(submission), run: run)
        try finishRun(run, at: "2026-01-01T00:01:00Z")
    }
}
