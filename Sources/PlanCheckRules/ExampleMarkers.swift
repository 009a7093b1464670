import Foundation

/// Reads the expected findings marked in a rule's example files. A marker sits on the line the
/// finding is expected on, so an example reads as the document with its problems annotated.
public enum ExampleMarkers {
    /// `<!-- expect: TT001, TT002 -->` expects each id on the marker's line (1-based);
    /// `<!-- expect-document: TT003 -->` expects a finding about the whole document (line nil).
    public static func expected(in text: String) -> [(line: Int?, ruleId: String)] {
        var out: [(line: Int?, ruleId: String)] = []
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "<!--") {
                guard let close = rest[open.upperBound...].range(of: "-->") else { break }
                let body = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                rest = rest[close.upperBound...]
                if let ids = ids(after: "expect-document:", in: body) {
                    out += ids.map { (nil, $0) }
                } else if let ids = ids(after: "expect:", in: body) {
                    out += ids.map { (index + 1, $0) }
                }
            }
        }
        return out
    }

    private static func ids(after keyword: String, in body: String) -> [String]? {
        guard body.hasPrefix(keyword) else { return nil }
        return body.dropFirst(keyword.count).split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }
}
