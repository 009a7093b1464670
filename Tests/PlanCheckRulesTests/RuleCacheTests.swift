import Foundation
import PlanCheckCore
import PlanCheckParsing
import PlanCheckTestSupport
import Testing

@testable import PlanCheckRules

/// The compiled rule set on disk must be indistinguishable from parsing the YAML, and must never
/// be used once any input changed.
struct RuleCacheTests {
    static let bundled = URL(fileURLWithPath: Fixtures.path("rules"))

    /// Every field of every rule, level, profile and the registry, as the cache would store them.
    func encoded(_ ruleSet: RuleSet, _ data: ProfileData) throws -> Data {
        let record = try #require(CachedRuleSet(key: "", ruleSet: ruleSet, data: data))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(record)
    }

    /// The findings every rule gives on the real seeds: the rebuilt checks behave as parsed ones.
    func findings(_ ruleSet: RuleSet, _ data: ProfileData) throws -> [Finding] {
        let dir = URL(fileURLWithPath: Fixtures.path("samples/real"))
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter {
            $0.hasSuffix(".txt")
        }
        let engine = RuleEngine(ruleSet: ruleSet, data: data)
        return try names.sorted().flatMap { name in
            let text = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
            let doc = PlanParser.parse(
                text: text, source: SourceInfo(path: name, format: "txt", encoding: "utf-8"))
            return engine.run(document: doc)
        }
    }

    @Test func aCacheHitGivesTheRuleSetTheYAMLGave() throws {
        let dir = TempFolder()
        let cache = RuleCache(directory: dir.url, buildID: "test")
        let (yamlRules, yamlData) = try RuleCache.loadYAML(folders: [Self.bundled])
        let first = try cache.load(folders: [Self.bundled])
        let second = try cache.load(folders: [Self.bundled])
        #expect(first.2 == .rebuilt)
        #expect(second.2 == .hit)
        let (rules, data, _) = second
        #expect(rules.rules.count == yamlRules.rules.count)
        #expect(try encoded(rules, data) == encoded(yamlRules, yamlData))
        for (a, b) in zip(rules.rules, yamlRules.rules) {
            #expect(a.id == b.id && a.file == b.file && a.line == b.line && a.scope == b.scope)
            #expect(type(of: a.check) == type(of: b.check), "\(a.id)")
        }
        #expect(data.levels.levels == yamlData.levels.levels)
        #expect(data.profiles == yamlData.profiles)
        #expect(data.registry == yamlData.registry)
        #expect(data.registry.contentHash == yamlData.registry.contentHash)
        #expect(data.registry.unitIndex == yamlData.registry.unitIndex)
        #expect(data.registry.unitIndex.hasNationalMap)
        let expected = try findings(yamlRules, yamlData)
        #expect(!expected.isEmpty)
        #expect(try findings(rules, data) == expected)
    }

    /// A copy of the bundled rules the test may edit.
    func editableRules() throws -> TempFolder {
        let folder = TempFolder()
        try FileManager.default.copyItem(at: Self.bundled, to: folder.url.appendingPathComponent("rules"))
        return folder
    }

    @Test func aChangedByteInARuleOrProfileInvalidatesTheCache() throws {
        let folder = try editableRules()
        let rules = folder.url.appendingPathComponent("rules")
        let cache = RuleCache(directory: folder.url.appendingPathComponent("cache"), buildID: "test")
        #expect(try cache.load(folders: [rules]).2 == .rebuilt)
        #expect(try cache.load(folders: [rules]).2 == .hit)

        let ruleFile = rules.appendingPathComponent("the-thuc/TT001-missing-national-motto.yaml")
        let text = try String(contentsOf: ruleFile, encoding: .utf8)
        let edited = text.replacingOccurrences(of: "summary: ", with: "summary: X")
        #expect(edited != text)
        try edited.write(to: ruleFile, atomically: true, encoding: .utf8)
        let (after, _, outcome) = try cache.load(folders: [rules])
        #expect(outcome == .rebuilt)
        #expect(after.rule(id: "TT001")?.summary.hasPrefix("X") == true)
        #expect(try cache.load(folders: [rules]).2 == .hit)

        let profile = rules.appendingPathComponent("profiles/levels.yaml")
        try (String(contentsOf: profile, encoding: .utf8) + "\n").write(
            to: profile, atomically: true, encoding: .utf8)
        #expect(try cache.load(folders: [rules]).2 == .rebuilt)

        try "documents: []\n".write(
            to: rules.appendingPathComponent("registry/zz-new.yaml"), atomically: true, encoding: .utf8)
        #expect(try cache.load(folders: [rules]).2 == .rebuilt)
    }

    @Test func anotherBuildDoesNotReadTheCache() throws {
        let dir = TempFolder()
        #expect(try RuleCache(directory: dir.url, buildID: "a").load(folders: [Self.bundled]).2 == .rebuilt)
        #expect(try RuleCache(directory: dir.url, buildID: "b").load(folders: [Self.bundled]).2 == .rebuilt)
        #expect(
            RuleCache.key(folders: [Self.bundled], buildID: "a")
                != RuleCache.key(folders: [Self.bundled], buildID: "b"))
    }

    @Test(arguments: ["", "not json", "{\"format\":1,\"key\":", "{\"format\":1}"])
    func aCorruptCacheFileFallsBackToTheYAML(_ content: String) throws {
        let dir = TempFolder()
        let cache = RuleCache(directory: dir.url, buildID: "test")
        _ = try cache.load(folders: [Self.bundled])
        let file = cache.file(for: [Self.bundled])
        try content.write(to: file, atomically: true, encoding: .utf8)
        let (rules, data, outcome) = try cache.load(folders: [Self.bundled])
        #expect(outcome == .rebuilt)
        let (yamlRules, yamlData) = try RuleCache.loadYAML(folders: [Self.bundled])
        #expect(try encoded(rules, data) == encoded(yamlRules, yamlData))
        #expect(try cache.load(folders: [Self.bundled]).2 == .hit)
    }

    @Test func aCacheOfAnEditedCheckIsNotTrusted() throws {
        // A file whose key matches but whose content is stale (a check kind the build no longer
        // knows) is rebuilt, not half-used.
        let dir = TempFolder()
        let cache = RuleCache(directory: dir.url, buildID: "test")
        _ = try cache.load(folders: [Self.bundled])
        let file = cache.file(for: [Self.bundled])
        let text = try String(contentsOf: file, encoding: .utf8)
        let stale = text.replacingOccurrences(
            of: "\"checkKind\":\"header-field\"", with: "\"checkKind\":\"gone\"")
        #expect(stale != text)
        try stale.write(to: file, atomically: true, encoding: .utf8)
        #expect(try cache.load(folders: [Self.bundled]).2 == .rebuilt)
    }

    @Test func anUnwritableCacheFolderOnlyMeansParsingTheYAML() throws {
        let dir = TempFolder()
        // A regular file where the folder should be: no user can create the cache under it.
        let blocker = try dir.write("blocker", "")
        let cache = RuleCache(directory: blocker.appendingPathComponent("cache"), buildID: "test")
        let (rules, _, outcome) = try cache.load(folders: [Self.bundled])
        #expect(outcome == .rebuilt)
        #expect(!rules.rules.isEmpty)
        #expect(try cache.load(folders: [Self.bundled]).2 == .rebuilt)
    }

    @Test func loadingErrorsAreReportedAndNothingIsCached() throws {
        let folder = TempFolder()
        try folder.write("pack/TT001-missing-national-motto.yaml", RuleLoaderTests.rule(severity: "fatal"))
        let cache = RuleCache(directory: folder.url.appendingPathComponent("cache"), buildID: "test")
        #expect(throws: RuleLoadingError.self) { try cache.load(folders: [folder.url]) }
        #expect(!FileManager.default.fileExists(atPath: cache.file(for: [folder.url]).path))
    }

    @Test func theUserCacheFolderFollowsTheEnvironment() {
        let exe = Fixtures.path("Package.swift")
        #expect(RuleCache.user(toolVersion: "1", environment: ["PLANCHECK_CACHE_DIR": "off"]) == nil)
        #expect(
            RuleCache.user(toolVersion: "1", environment: ["PLANCHECK_CACHE_DIR": "/x"], executable: exe)?
                .directory.path == "/x")
        #expect(
            RuleCache.user(toolVersion: "1", environment: ["XDG_CACHE_HOME": "/c", "HOME": "/h"])?
                .directory.path == "/c/plancheck")
        #expect(
            RuleCache.user(toolVersion: "1", environment: ["HOME": "/h"])?.directory.path
                == "/h/.cache/plancheck")
        #expect(RuleCache.user(toolVersion: "1", environment: [:]) == nil)
        let a = RuleCache.user(toolVersion: "1", environment: ["HOME": "/h"], executable: exe)?.buildID
        let b = RuleCache.user(toolVersion: "2", environment: ["HOME": "/h"], executable: exe)?.buildID
        #expect(a != b)
    }
}
