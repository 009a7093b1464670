import Foundation
import PlanCheckCore
import Yams

/// Reads rules/registry/ (legal-documents.yaml, agencies.yaml, administrative-units.yaml) into a
/// `Registry`. Keys are strict and every problem names `file:line`, like rule files, because a
/// registry typo would silently turn a rule off.
public struct RegistryLoader {
    public internal(set) var registry = Registry()
    public internal(set) var problems: [String] = []
    /// Where each document number was defined, for conflict messages.
    var origins: [String: (file: String, line: Int, date: CalendarDate?)] = [:]
    var bytes: [UInt8] = []

    public init() {}

    /// The registry of every rule folder that has a `registry/` subfolder.
    public static func load(ruleFolders: [URL]) throws -> Registry {
        var loader = RegistryLoader()
        for folder in ruleFolders { loader.read(folder: folder.appendingPathComponent("registry")) }
        guard loader.problems.isEmpty else { throw RuleLoadingError(diagnostics: loader.problems.sorted()) }
        return loader.finish()
    }

    /// Reads every YAML file (and the units' TSV) of a folder, in name order; a missing folder adds nothing.
    public mutating func read(folder: URL) {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
        for name in names {
            if name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
                read(file: folder.appendingPathComponent(name))
            } else if name.hasSuffix(".tsv") {
                readUnits(tsv: folder.appendingPathComponent(name))
            }
        }
    }

    /// Reads one file; its top-level keys say what it holds (documents, agencies, levels, units).
    public mutating func read(file: URL) {
        let path = file.path
        guard let data = FileManager.default.contents(atPath: path) else {
            problems.append("\(path):1: cannot read file")
            return
        }
        bytes +=
            Array(path.split(separator: "/").last.map(String.init)?.utf8 ?? "".utf8) + [0] + Array(data) + [0]
        switch YAMLSupport.compose(file) {
        case .failure(let p): problems.append(p.formatted(path))
        case .success(let node):
            guard let map = node?.mapping else {
                problems.append("\(path):1: expected a mapping with documents, agencies, levels or units")
                return
            }
            problems += YAMLSupport.unknownKeys(
                map, allowed: ["documents", "agencies", "levels", "units"], what: "key"
            )
            .map { $0.formatted(path) }
            for item in map["documents"]?.sequence ?? [] { document(item, path) }
            for item in map["agencies"]?.sequence ?? [] { agency(item, path) }
            for item in map["levels"]?.sequence ?? [] { level(item, path) }
            for item in map["units"]?.sequence ?? [] { unit(item, path) }
        }
    }

    /// The registry with its content hash; cross-references are checked here, once all is read.
    public mutating func finish() -> Registry {
        registry.contentHash = SHA256.hex(bytes: bytes)
        let numbers = Set(registry.documents.map { Registry.numberKey($0.number) })
        for doc in registry.documents {
            if let next = doc.replacedBy, !numbers.contains(Registry.numberKey(next)) {
                problems.append("\(where_(doc.number)): replaced_by '\(next)' is not in the registry")
            }
            if let from = doc.inForceFrom, let to = doc.inForceTo, to < from {
                problems.append("\(where_(doc.number)): in_force_to is before in_force_from")
            }
        }
        let levels = Set(registry.levels.map(\.id))
        for agency in registry.agencies where !levels.isEmpty && !levels.contains(agency.level) {
            problems.append("agencies: \(agency.id): unknown level '\(agency.level)'")
        }
        return registry
    }

    private func where_(_ number: String) -> String {
        origins[Registry.numberKey(number)].map { "\($0.file):\($0.line)" } ?? number
    }

    mutating func strict(_ node: Node, _ allowed: [String], _ what: String, _ path: String) -> Node.Mapping? {
        guard let m = node.mapping else {
            problems.append("\(path):\(YAMLSupport.line(node)): expected a mapping for \(what)")
            return nil
        }
        problems += YAMLSupport.unknownKeys(m, allowed: allowed, what: "\(what) key").map {
            $0.formatted(path)
        }
        return m
    }

    mutating func required(_ m: Node.Mapping, _ key: String, _ node: Node, _ path: String) -> String? {
        if let v = m[key]?.string, !v.isEmpty { return v }
        problems.append("\(path):\(YAMLSupport.line(node)): missing '\(key)'")
        return nil
    }

    mutating func date(_ m: Node.Mapping, _ key: String, _ path: String) -> CalendarDate? {
        guard let node = m[key] else { return nil }
        guard let raw = node.string, let d = CalendarDate(iso: raw), d.isValid else {
            problems.append("\(path):\(YAMLSupport.line(node)): \(key) must be a date YYYY-MM-DD")
            return nil
        }
        return d
    }

    static func strings(_ node: Node?) -> [String] {
        node?.sequence?.compactMap { $0.string } ?? (node?.string.map { [$0] } ?? [])
    }
}
