import Foundation
import PlanCheckTestSupport

/// The text at a UTF-8 byte range, as the caller of a recogniser would cut it.
func recognizerSlice(_ text: String, _ range: Range<Int>) -> String {
    String(decoding: Array(text.utf8)[range], as: UTF8.self)
}

/// Line `number` (1-based) of a seed plan, exactly as in the file.
func seedLine(_ prefix: String, _ number: Int) throws -> String {
    let text = try String(contentsOfFile: Fixtures.seed(prefix), encoding: .utf8)
    return String(text.split(separator: "\n", omittingEmptySubsequences: false)[number - 1])
}

func seedText(_ prefix: String) throws -> String {
    try String(contentsOfFile: Fixtures.seed(prefix), encoding: .utf8)
}
