import Foundation
import PlanCheckCore
import Yams

/// What a chain manifest says about a campaign: who must submit and by when.
///
///     expect: all communes of Tỉnh Vĩnh Long      # or "các xã, phường của tỉnh Vĩnh Long"
///     expect: [Xã Mỹ Long, Phường Long Châu]      # or a list
///     due: 10/12/2025                             # or 2025-12-10
///
/// A plan entry may name its submitter (`submitter: Xã Mỹ Long`) when its header does not.
public struct CampaignSpec: Sendable, Hashable {
    public enum Expectation: Sendable, Hashable {
        /// Every commune, ward and special zone of a province in the national map.
        case allCommunes(province: String)
        case units([String])
    }

    public var expect: Expectation
    public var due: CalendarDate?
    /// Submitters named in the manifest, by plan file name.
    public var submitters: [String: String]

    public init(expect: Expectation, due: CalendarDate? = nil, submitters: [String: String] = [:]) {
        self.expect = expect
        self.due = due
        self.submitters = submitters
    }

    static let allPrefixes = [
        "all communes of ", "các xã, phường của ", "các xã, phường, đặc khu của ", "các xã của ",
    ]

    /// The campaign of a manifest mapping, nil without `expect`; problems as `file:line` lines.
    static func read(_ map: Node.Mapping, submitters: [String: String], path: String, errors: inout [String])
        -> CampaignSpec?
    {
        var due: CalendarDate?
        if let node = map["due"] {
            due = node.string.flatMap(date)
            if due == nil {
                errors.append(
                    "\(path):\(YAMLSupport.line(node)): due must be a date (DD/MM/YYYY or YYYY-MM-DD)")
            }
        }
        guard let node = map["expect"] else {
            if due != nil { errors.append("\(path):1: due needs expect (who must submit)") }
            return nil
        }
        if let list = node.sequence {
            let names = list.compactMap { $0.string?.trimmingCharacters(in: .whitespaces) }.filter {
                !$0.isEmpty
            }
            guard names.count == list.count, !names.isEmpty else {
                errors.append("\(path):\(YAMLSupport.line(node)): expect lists unit names (Xã …, Phường …)")
                return nil
            }
            return CampaignSpec(expect: .units(names), due: due, submitters: submitters)
        }
        let text = VietnameseText.nfc(node.string ?? "")
        let lower = VietnameseText.matchKey(text)
        guard let prefix = allPrefixes.first(where: { lower.hasPrefix($0) }) else {
            errors.append(
                "\(path):\(YAMLSupport.line(node)): expect is a list of units or \"all communes of Tỉnh …\"")
            return nil
        }
        let province = String(
            String.UnicodeScalarView(text.unicodeScalars.dropFirst(prefix.unicodeScalars.count)))
        return CampaignSpec(
            expect: .allCommunes(province: province.trimmingCharacters(in: .whitespaces)), due: due,
            submitters: submitters)
    }

    static func date(_ text: String) -> CalendarDate? {
        let t = text.trimmingCharacters(in: .whitespaces)
        if let d = CalendarDate(iso: t), d.isValid { return d }
        let parts = t.split(separator: "/").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        let d = CalendarDate(year: parts[2], month: parts[1], day: parts[0])
        return d.isValid ? d : nil
    }
}
