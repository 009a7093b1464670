import Foundation
import PlanCheckCore

/// rules/registry/*.tsv: the national map of administrative units (tools/gen-units.py). Tab
/// separated because every process loads its 4,000 lines: a split costs microseconds, YAML tens
/// of milliseconds. Lines: name, level, parent, valid_to, successor; `#` starts a comment line.
extension RegistryLoader {
    static let unitLevels: Set<String> = ["tinh", "huyen", "xa"]

    mutating func readUnits(tsv file: URL) {
        let path = file.path
        guard let data = FileManager.default.contents(atPath: path),
            let text = String(validating: data, as: UTF8.self)
        else {
            problems.append("\(path):1: cannot read file as UTF-8")
            return
        }
        bytes += Array(file.lastPathComponent.utf8) + [0] + Array(data) + [0]
        var read: [AdministrativeUnit] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let at = "\(path):\(index + 1)"
            guard f.count == 5, !f[0].isEmpty else {
                problems.append(
                    "\(at): expected 5 tab-separated fields (name, level, parent, valid_to, successor)")
                continue
            }
            guard Self.unitLevels.contains(f[1]) else {
                problems.append("\(at): unknown level '\(f[1])' (tinh, huyen, xa)")
                continue
            }
            var validTo: CalendarDate?
            if !f[3].isEmpty {
                guard let d = CalendarDate(iso: f[3]), d.isValid else {
                    problems.append("\(at): valid_to '\(f[3])' is not a date (YYYY-MM-DD)")
                    continue
                }
                validTo = d
            }
            read.append(
                AdministrativeUnit(
                    name: f[0], level: f[1], parent: f[2].isEmpty ? nil : f[2], validTo: validTo,
                    successor: f[4].isEmpty ? nil : f[4]))
        }
        // One append, so that the index behind `units` is rebuilt once, not 4,000 times.
        registry.units += read
    }
}
