import Foundation
import PlanCheckTestSupport
import Testing

/// `plancheck review … --out DIR --format letter` as a reviewer runs it: one .docx per submission
/// with something to correct, the same bytes twice under SOURCE_DATE_EPOCH, and a usage error
/// (exit 2, before anything is reviewed) when the sender's details are missing.
@Suite(.serialized) struct LetterCommandTests {
    static let chain = "samples/chains/quang-an-2024"
    static let epoch = ["SOURCE_DATE_EPOCH": "1796180400"]

    static func files(_ dir: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).sorted()
    }

    @Test func lettersAreWrittenForTheSubmissionsWithDefectsAndAreByteStable() throws {
        let dir = try CLIRunner.tempDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var outputs: [[String: Data]] = []
        for run in ["a", "b"] {
            let out = dir.appendingPathComponent(run)
            let r = try CLIRunner.run(
                [
                    "review", Self.chain, "--db", dir.appendingPathComponent("\(run).sqlite").path,
                    "--config",
                    "samples/letter/.plancheck.yml", "--out", out.path, "--format", "letter",
                ], environment: Self.epoch)
            #expect(r.status == 1, "\(r.stderr)")
            #expect(
                Self.files(out) == [
                    "gop-y-03-huyen-binh-son.docx", "gop-y-04-huyen-dong-hai.docx",
                    "gop-y-05-xa-an-thach.docx",
                ], "An Phú has nothing to correct; letter alone writes no report")
            #expect(r.stdout.contains("đã ghi: \(out.path)/gop-y-05-xa-an-thach.docx"))
            var bytes: [String: Data] = [:]
            for name in Self.files(out) {
                bytes[name] = try Data(contentsOf: out.appendingPathComponent(name))
            }
            outputs.append(bytes)
        }
        #expect(outputs[0] == outputs[1])
    }

    @Test func withoutTheSendersDetailsTheReviewIsRefusedBeforeItStarts() throws {
        let dir = try CLIRunner.tempDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("review.sqlite").path
        let none = dir.appendingPathComponent("none.yml")
        try "rules:\n  KH004: off\n".write(to: none, atomically: true, encoding: .utf8)
        let partial = dir.appendingPathComponent("partial.yml")
        try "letter:\n  name: Sở Văn hóa, Thể thao và Du lịch\n  place: Vĩnh Long\n".write(
            to: partial, atomically: true, encoding: .utf8)
        let args = [
            "review", Self.chain, "--db", db, "--out", dir.appendingPathComponent("out").path, "--format",
            "letter",
        ]

        let a = try CLIRunner.run(args + ["--config", none.path])
        #expect(a.status == 2)
        #expect(a.stderr.contains("\(none.path) chưa có mục 'letter:'"), "\(a.stderr)")
        let b = try CLIRunner.run(args + ["--config", partial.path])
        #expect(b.status == 2)
        #expect(
            b.stderr.contains(
                "\(partial.path): mục 'letter:' thiếu issuer, code, signer.title, signer.name, archive, resubmit_days."
            ),
            "\(b.stderr)")
        // Points are the stored messages: an English run cannot make a Vietnamese letter.
        let c = try CLIRunner.run(args + ["--config", LetterFixture.sampleConfig, "--lang", "en"])
        #expect(c.status == 2)
        #expect(c.stderr.contains("run it without --lang en"), "\(c.stderr)")
        #expect(!FileManager.default.fileExists(atPath: db), "nothing is reviewed or stored")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out").path))
    }

    @Test func lettersAreWrittenOnlyWhenAskedForAndCheckDoesNotOfferThem() throws {
        let dir = try CLIRunner.tempDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let all = dir.appendingPathComponent("all")
        let r = try CLIRunner.run([
            "review", Self.chain, "--db", dir.appendingPathComponent("r.sqlite").path, "--config",
            "samples/letter/.plancheck.yml", "--out", all.path,
        ])
        #expect(r.status == 1)
        #expect(Self.files(all).contains("report.sarif"))
        #expect(!Self.files(all).contains { $0.hasSuffix(".docx") })

        let mixed = dir.appendingPathComponent("mixed")
        let m = try CLIRunner.run([
            "review", Self.chain, "--db", dir.appendingPathComponent("m.sqlite").path, "--config",
            "samples/letter/.plancheck.yml", "--out", mixed.path, "--format", "sarif,letter",
        ])
        #expect(m.status == 1)
        #expect(Self.files(mixed).filter { !$0.hasSuffix(".docx") } == ["report.sarif"])
        #expect(Self.files(mixed).filter { $0.hasSuffix(".docx") }.count == 3)

        let check = try CLIRunner.run([
            "check", Self.chain, "--out", dir.appendingPathComponent("c").path, "--format", "letter",
        ])
        #expect(check.status == 2)
        #expect(check.stderr.contains("unknown --format 'letter'"))
    }

    @Test func aSubmissionWithoutAnIssuingBodyStillGetsItsLetterAndTheReviewerIsTold() throws {
        let dir = try CLIRunner.tempDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let source = try String(
            contentsOfFile: Fixtures.path("\(Self.chain)/05-xa-an-thach.md"), encoding: .utf8)
        // Without "ỦY BAN NHÂN DÂN / XÃ AN THẠCH" above the motto: TT003, and nobody to address.
        let text = source.components(separatedBy: "\n").dropFirst(2).joined(separator: "\n")
        let plan = dir.appendingPathComponent("khong-co-co-quan.md")
        try text.write(to: plan, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("out")
        let r = try CLIRunner.run(
            [
                "review", plan.path, "--db", dir.appendingPathComponent("r.sqlite").path, "--config",
                "samples/letter/.plancheck.yml", "--out", out.path, "--format", "letter",
            ], environment: Self.epoch)
        #expect(r.status == 1)
        #expect(r.stdout.contains("[TT003]"))
        #expect(Self.files(out) == ["gop-y-khong-co-co-quan.docx"])
        #expect(
            r.stderr.contains("cảnh báo: không đọc được cơ quan ban hành của \(plan.path)"), "\(r.stderr)")
    }
}
