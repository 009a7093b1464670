import Foundation
import PlanCheckCore
import PlanCheckParsing
import PlanCheckRules

/// Who of a campaign's expected submitters has submitted, on time or late, and each one's latest
/// version. A submission belongs to the unit its header names as issuer ("ỦY BAN NHÂN DÂN / XÃ MỸ
/// LONG"), or to the `submitter:` its manifest entry gives. "On time" is judged by the issue date
/// of the first version, the one date every submission carries (a folder does not say when a file
/// arrived).
public struct CampaignStatus: Sendable {
    public enum State: String, Sendable { case missing, onTime, late, undated }

    public struct Version: Sendable, Hashable {
        public var path: String
        public var issueDate: CalendarDate?
    }

    public struct Submitter: Sendable {
        public var name: String
        /// Oldest first; the last is the latest version.
        public var versions: [Version]
        public var state: State
        public var latest: Version? { versions.last }
    }

    public var due: CalendarDate?
    /// In the order of the map (or of the manifest's list).
    public var submitters: [Submitter]
    /// Submissions whose unit is not among the expected ones (or names none).
    public var unmatched: [Version]

    public func count(_ state: State) -> Int { submitters.filter { $0.state == state }.count }

    /// The expected units of a spec, by name; an error names what the map does not know.
    public static func expected(_ spec: CampaignSpec, registry: Registry) throws(JobPlanner.ManifestError)
        -> [String]
    {
        switch spec.expect {
        case .units(let names): return names
        case .allCommunes(let province):
            let current =
                (registry.units(named: province, levels: ["tinh"])
                + registry.units(short: province, levels: ["tinh"])).filter { $0.validTo == nil }
            guard let unit = current.first else {
                throw JobPlanner.ManifestError(
                    description:
                        "expect: \(province) không phải tỉnh, thành phố trong danh mục đơn vị hành chính (not a province of the map)"
                )
            }
            return registry.units.filter { $0.level == "xa" && $0.parent == unit.name && $0.validTo == nil }
                .map(\.name)
        }
    }

    /// Reads the header of every submission (in parallel) and sorts them among the submitters.
    public static func build(
        _ spec: CampaignSpec, registry: Registry, paths: [String], workers: Int
    ) throws(JobPlanner.ManifestError) -> CampaignStatus {
        let names = try expected(spec, registry: registry)
        var slot: [String: Int] = [:]
        for (i, n) in names.enumerated() where slot[LooseKey.make(n)] == nil { slot[LooseKey.make(n)] = i }
        var headers: [(String?, CalendarDate?)] = []
        let submitters = spec.submitters
        OrderedParallel.run(
            count: paths.count, window: 256, workers: OrderedParallel.workers(workers),
            body: { i -> (String?, CalendarDate?) in
                let doc = try? PlanReader.read(path: paths[i])
                let issuer = doc?.header.issuer.flatMap { IssuerUnits.read($0).last?.fullName }
                return (submitters[paths[i]] ?? issuer, doc?.header.issueDate?.date)
            }, consume: { _, header in headers.append(header) })
        var versions = [[Version]](repeating: [], count: names.count)
        var unmatched: [Version] = []
        for (path, (unit, date)) in zip(paths, headers) {
            let version = Version(path: path, issueDate: date)
            if let unit, let i = slot[LooseKey.make(unit)] {
                versions[i].append(version)
            } else {
                unmatched.append(version)
            }
        }
        let result = names.enumerated().map { i, name in
            let sorted = versions[i].sorted {
                ($0.issueDate ?? .distantPast, $0.path) < ($1.issueDate ?? .distantPast, $1.path)
            }
            return Submitter(name: name, versions: sorted, state: state(sorted.first, due: spec.due))
        }
        return CampaignStatus(due: spec.due, submitters: result, unmatched: unmatched)
    }

    static func state(_ first: Version?, due: CalendarDate?) -> State {
        guard let first else { return .missing }
        guard let due else { return .onTime }
        guard let date = first.issueDate else { return .undated }
        return date <= due ? .onTime : .late
    }
}

extension CalendarDate {
    /// Before every real date: sorts undated versions first.
    static let distantPast = CalendarDate(year: 0, month: 1, day: 1)
}
