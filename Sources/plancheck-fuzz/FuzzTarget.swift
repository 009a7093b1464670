// The fuzz target over the whole pipeline: bytes → reader (text or .docx) → parser → rules, alone
// and (one input in eight) as the child of a real parent plan (the comparison and the cap-tren rules). Built with
// `make fuzz` (libFuzzer, -D FUZZING); the plain build is a replayer of saved inputs, so that a
// crash file can be run under a debugger without the sanitizers: `plancheck-fuzz FILE...`.
import Foundation
import PlanCheckCore
import PlanCheckEngine

enum FuzzTarget {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Loaded once: the bundled rules (PLANCHECK_FUZZ_RULES overrides) and one parent plan.
    static let checker: PlanChecker = {
        let rules =
            ProcessInfo.processInfo.environment["PLANCHECK_FUZZ_RULES"]
            ?? root.appendingPathComponent("rules").path
        do {
            let environment = try RuleEnvironment.load(ruleFolders: [rules], workingDirectory: root)
            return PlanChecker(environment: environment, options: CheckOptions(workers: 1, window: 1))
        } catch {
            FileHandle.standardError.write(Data("plancheck-fuzz: \(error)\n".utf8))
            exit(2)
        }
    }()

    static let parent: DocumentSource = {
        let path = root.appendingPathComponent("samples/chains/quang-an-2024/01-tinh-ke-hoach.md").path
        let bytes = FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? []
        return .bytes(bytes, path: "parent.md")
    }()

    /// The run against the parent costs some 25 times a run alone (the comparison and the
    /// cap-tren rules), so it is made for one input in eight, those whose length is a multiple of
    /// eight: the fuzzer reaches both paths and keeps its speed. PLANCHECK_FUZZ_PARENT=always
    /// makes it for every input, =never for none.
    static let parentMode = ProcessInfo.processInfo.environment["PLANCHECK_FUZZ_PARENT"] ?? "some"

    static func withParent(_ bytes: [UInt8]) -> Bool {
        parentMode == "always" || (parentMode != "never" && bytes.count % 8 == 0)
    }

    /// A zip's magic chooses the .docx reader, anything else is read as text.
    static func run(_ bytes: [UInt8]) {
        let isZip = bytes.count >= 4 && bytes[0] == 0x50 && bytes[1] == 0x4B && bytes[2] < 9
        let source = DocumentSource.bytes(bytes, path: isZip ? "input.docx" : "input.md")
        var jobs = [CheckJob(source: source)]
        if withParent(bytes) { jobs.append(CheckJob(source: source, parents: [parent])) }
        let run = checker.check(JobPlan(jobs: jobs))
        for result in run.results {
            // A refusal must be one line naming the input; findings must point into the document.
            if let error = result.error { precondition(!error.message(english: false).contains("\n")) }
            for finding in result.findings { precondition(finding.span.map { $0.line >= 1 } ?? true) }
        }
    }
}

#if FUZZING
    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
        FuzzTarget.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
        return 0
    }

    @_silgen_name("LLVMFuzzerRunDriver")
    func LLVMFuzzerRunDriver(
        _ argc: UnsafeMutablePointer<CInt>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
    ) -> CInt

    /// SwiftPM links an executable's entry point as `<module>_main`; libFuzzer's driver is
    /// started from it, since libFuzzer's own `main` is not linked in then.
    @_cdecl("plancheck_fuzz_main")
    public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
        var count = argc
        var arguments = argv
        return LLVMFuzzerRunDriver(&count, &arguments) { data, size in fuzzOneInput(data, size) }
    }
#else
    @main
    struct Replay {
        static func main() {
            let files = CommandLine.arguments.dropFirst()
            guard !files.isEmpty else {
                FileHandle.standardError.write(
                    Data("usage: plancheck-fuzz FILE... (replays fuzz inputs)\n".utf8))
                exit(2)
            }
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else { continue }
                FuzzTarget.run([UInt8](data))
                print("ok \(file)")
            }
        }
    }
#endif
