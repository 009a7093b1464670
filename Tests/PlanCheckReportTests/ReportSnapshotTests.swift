import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif
import PlanCheckCore
import PlanCheckReport
import Testing

struct ReportSnapshotTests {
    @Test(arguments: ReportFormat.allCases)
    func everyFormatMatchesItsSnapshot(_ format: ReportFormat) throws {
        let rendered = format.render(ReportFixture.report, english: false)
        try Snapshot.assert(rendered, named: format.fileName)
        #expect(format.render(ReportFixture.report, english: false) == rendered)
    }

    @Test func sarifHasTheRequiredKeysAndEveryResultPointsAtItsRule() throws {
        let data = Data(SARIFReporter.render(ReportFixture.report).utf8)
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(root["version"] as? String == "2.1.0")
        #expect(root["$schema"] is String)
        let run = try #require((root["runs"] as? [[String: Any]])?.first)
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        for key in ["name", "version", "informationUri", "rules"] {
            #expect(driver[key] != nil, "driver.\(key)")
        }
        let rules = try #require(driver["rules"] as? [[String: Any]])
        for rule in rules {
            for key in ["id", "name", "shortDescription", "fullDescription", "help", "defaultConfiguration"] {
                #expect(rule[key] != nil, "rule.\(key)")
            }
        }
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == ReportFixture.findings.count)
        for result in results {
            let id = try #require(result["ruleId"] as? String)
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules.indices.contains(index) && rules[index]["id"] as? String == id)
            let location = try #require(
                (result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
            let uri = try #require((location["artifactLocation"] as? [String: Any])?["uri"] as? String)
            #expect(!uri.hasPrefix("/"), "uri relative to the path base: \(uri)")
            #expect((location["region"] as? [String: Any])?["startLine"] is Int)
            #expect((result["partialFingerprints"] as? [String: String])?["plancheck/v1"] != nil)
        }
        let suppressed = results.filter { $0["suppressions"] != nil }
        #expect(suppressed.map { $0["ruleId"] as? String } == ["KH009"])
        #expect(results.contains { $0["relatedLocations"] != nil })
    }

    @Test func fingerprintIgnoresTheLineNumber() {
        var moved = ReportFixture.dismissed
        moved.span = SourceSpan(line: 70, column: 49, endLine: 70, endColumn: 70)
        #expect(FindingFingerprint.of(moved) == FindingFingerprint.of(ReportFixture.dismissed))
        var elsewhere = ReportFixture.dismissed
        elsewhere.path = "huyen/ke-hoach 62.md"
        #expect(FindingFingerprint.of(elsewhere) != FindingFingerprint.of(ReportFixture.dismissed))
    }

    @Test func htmlShowsScriptInAPlanAsText() {
        let html = HTMLReporter.render(ReportFixture.report)
        #expect(!html.contains("<script>alert(1)</script>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.components(separatedBy: "<script>").count == 2, "only the report's own script")
        #expect(!html.contains("src=\"http") && !html.contains("href=\"http") && !html.contains("@import"))
        #expect(html.contains("<html lang=\"vi\">"))
        #expect(html.contains("<mark>giao</mark>") || html.contains("<mark>Giao</mark>"))
    }

    @Test func junitIsWellFormedXML() throws {
        let xml = JUnitReporter.render(ReportFixture.report)
        let parser = XMLParser(data: Data(xml.utf8))
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        #expect(xml.contains("<testsuite name=\"huyen/ke-hoach 61.md\" tests=\"6\" failures=\"4\""))
    }

    @Test func githubCommandsEscapePropertiesAndCapEachSeverityPerFile() {
        let many = (1...14).map { i in
            Finding(
                ruleId: "TT002", severity: .warning, message: "Dòng \(i): 100%\nxong", path: "a,b:c.md",
                span: SourceSpan(line: i, column: 1, endLine: i, endColumn: 2), excerpt: "x\(i)")
        }
        let report = CheckReport(tool: .init(name: "plancheck", version: "1"), documents: [], findings: many)
        let lines = GitHubReporter.render(report).split(separator: "\n").map(String.init)
        #expect(lines.count == 11)
        #expect(
            lines[0]
                == "::warning file=a%2Cb%3Ac.md,line=1,col=1,endLine=1,endColumn=2,title=[TT002]::Dòng 1: 100%25%0Axong"
        )
        #expect(lines[10].hasPrefix("::notice title=plancheck::4 "))
    }
}
