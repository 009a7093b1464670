import Foundation

/// The year a plan is for: "năm 2024" in its title. A plan issued in December for the next year
/// has no other reliable mark, so a title without a year gives none and is not judged.
public enum PlanYear {
    // Compiled once per process (a static is initialised once, thread-safely); read-only after.
    private static let pattern = try! NSRegularExpression(
        pattern: "năm\\s+((?:19|20)[0-9]{2})(?![0-9])")

    /// The last year named in the title ("… năm 2025 thực hiện Kết luận … trong năm 2026" is
    /// for 2026), read on the folded title so "NĂM 2024" counts.
    public static func of(title: String) -> Int? {
        let folded = VietnameseText.matchKey(title)
        let matches = pattern.matches(in: folded, range: NSRange(folded.startIndex..., in: folded))
        guard let last = matches.last, let r = Range(last.range(at: 1), in: folded) else { return nil }
        return Int(folded[r])
    }
}
