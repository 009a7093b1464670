import Foundation
import PlanCheckCore
import Yams

/// One parser per kind of registry entry.
extension RegistryLoader {
    static let documentKeys = [
        "number", "type", "issuer", "date", "in_force_from", "in_force_to", "replaced_by", "subject",
        "for_year", "source",
    ]

    mutating func document(_ node: Node, _ path: String) {
        guard let m = strict(node, Self.documentKeys, "document", path),
            let number = required(m, "number", node, path)
        else { return }
        let line = YAMLSupport.line(node)
        let issued = date(m, "date", path)
        let key = DocumentNumber.key(number)
        if let earlier = origins[key] {
            // The same number with two dates is the registry's own "cited with two dates" defect.
            let detail =
                earlier.date != issued
                ? "with another date (\(earlier.date?.iso ?? "none") vs \(issued?.iso ?? "none"))" : "twice"
            problems.append(
                "\(path):\(line): document \(number) is defined \(detail); first at \(earlier.file):\(earlier.line)"
            )
            return
        }
        origins[key] = (path, line, issued)
        var forYear: Int?
        if let y = m["for_year"] {
            forYear = y.int
            if forYear == nil { problems.append("\(path):\(YAMLSupport.line(y)): for_year must be a year") }
        }
        if let s = m["source"]?.string, !["V", "O", "K"].contains(s) {
            problems.append("\(path):\(line): source must be V, O or K")
        }
        documents.append(
            LegalDocument(
                number: number, type: required(m, "type", node, path) ?? "",
                issuer: required(m, "issuer", node, path) ?? "",
                date: issued, inForceFrom: date(m, "in_force_from", path),
                inForceTo: date(m, "in_force_to", path),
                replacedBy: m["replaced_by"]?.string, subject: required(m, "subject", node, path) ?? "",
                forYear: forYear,
                source: m["source"]?.string))
    }

    mutating func agency(_ node: Node, _ path: String) {
        let keys = ["id", "name", "level", "aliases", "valid_from", "valid_to", "successors"]
        guard let m = strict(node, keys, "agency", path), let id = required(m, "id", node, path),
            let name = required(m, "name", node, path)
        else { return }
        if agencies.contains(where: { $0.id == id }) {
            problems.append("\(path):\(YAMLSupport.line(node)): agency id '\(id)' is defined twice")
            return
        }
        let validTo = date(m, "valid_to", path)
        let successors = Self.strings(m["successors"])
        if validTo != nil && successors.isEmpty {
            // A reviewer told "this name is obsolete" must be told what replaced it.
            problems.append(
                "\(path):\(YAMLSupport.line(node)): agency '\(id)' has valid_to but no successors")
        }
        agencies.append(
            Agency(
                id: id, name: name, level: required(m, "level", node, path) ?? "",
                aliases: Self.strings(m["aliases"]),
                validFrom: date(m, "valid_from", path), validTo: validTo, successors: successors))
    }

    mutating func level(_ node: Node, _ path: String) {
        guard let m = strict(node, ["id", "name", "valid_to", "terms", "successor"], "level", path),
            let id = required(m, "id", node, path)
        else { return }
        let terms = Self.strings(m["terms"])
        // Checked with the engine that runs them (RegistryIndex.levelTerms), so that no term the
        // loader accepts is silently dropped at check time.
        for t in terms where (try? NSRegularExpression(pattern: t)) == nil {
            problems.append("\(path):\(YAMLSupport.line(node)): term does not compile: \(t)")
        }
        levels.append(
            AdministrativeLevel(
                id: id, name: m["name"]?.string ?? id, validTo: date(m, "valid_to", path), terms: terms,
                successor: m["successor"]?.string))
    }

    mutating func unit(_ node: Node, _ path: String) {
        guard let m = strict(node, ["name", "level", "parent", "valid_to", "successor"], "unit", path),
            let name = required(m, "name", node, path)
        else { return }
        units.append(
            AdministrativeUnit(
                name: name, level: required(m, "level", node, path) ?? "", parent: m["parent"]?.string,
                validTo: date(m, "valid_to", path), successor: m["successor"]?.string))
    }
}
