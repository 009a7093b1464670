import Foundation
import PlanCheckEngine

/// `--changed-since REV` at the edge: git lists the files, the engine decides what they affect.
enum GitChanges {
    /// Files added, modified, renamed (new name) or retyped between the merge base of `revision`
    /// and HEAD and the working tree (so staged and unstaged edits count), plus untracked files
    /// git does not ignore: a new draft is a change. Deleted files are left out.
    static func since(_ revision: String, english: Bool, in directory: String) throws -> ChangedPaths {
        func fail(_ vi: String, _ en: String) -> InputFailure {
            InputFailure(message: "--changed-since: " + (english ? en : vi))
        }
        let top = try git(["rev-parse", "--show-toplevel"], in: directory, english: english)
        guard top.status == 0 else {
            throw fail(
                "thư mục hiện tại không nằm trong một kho git.",
                "the working directory is not inside a git repository.")
        }
        let root = String(decoding: top.output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        // A revision starting with '-' would be read by git as an option.
        let verified =
            revision.hasPrefix("-") || revision.isEmpty
            ? nil
            : try git(
                ["rev-parse", "--verify", "--quiet", revision + "^{commit}"], in: root, english: english)
        guard let verified, verified.status == 0 else {
            throw fail(
                "không có phiên bản '\(revision)' trong kho git này (trên CI, lấy đủ lịch sử: fetch-depth: 0).",
                "unknown git revision '\(revision)' (on CI, fetch the history: fetch-depth: 0).")
        }
        let commit = String(decoding: verified.output, as: UTF8.self).trimmingCharacters(
            in: .whitespacesAndNewlines)
        // A pull request's changes are those since it branched off: what the base branch gained
        // since then is not this change's doing.
        let base = try git(["merge-base", commit, "HEAD"], in: root, english: english)
        let from =
            base.status == 0
            ? String(decoding: base.output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            : commit
        let diff = try git(
            ["diff", "--name-only", "-z", "--no-ext-diff", "-M", "--diff-filter=ACMRT", from, "--"], in: root,
            english: english)
        let untracked = try git(
            ["ls-files", "--others", "--exclude-standard", "-z"], in: root, english: english)
        guard diff.status == 0, untracked.status == 0 else {
            throw fail("git không liệt kê được các tệp đã đổi.", "git could not list the changed files.")
        }
        let names = (diff.output + untracked.output).split(separator: 0).map {
            String(decoding: $0, as: UTF8.self)
        }
        return ChangedPaths(root: URL(fileURLWithPath: root, isDirectory: true), relative: names)
    }

    struct Output {
        var status: Int32
        var output: Data
    }

    /// Runs git with its output captured; git missing from PATH is one line and exit 2.
    static func git(_ arguments: [String], in directory: String, english: Bool) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", directory] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch {
            throw InputFailure(
                message: english
                    ? "--changed-since needs git, which could not be run: \(error.localizedDescription)"
                    : "--changed-since cần git nhưng không chạy được git: \(error.localizedDescription)")
        }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        if process.terminationStatus == 127 {
            throw InputFailure(
                message: english
                    ? "--changed-since needs git, which is not installed (not on PATH)."
                    : "--changed-since cần git nhưng máy không có git (không thấy trong PATH).")
        }
        return Output(status: process.terminationStatus, output: data)
    }
}
