import PlanCheckCore

/// The issuer's administrative unit and the place of issue judged against the national map
/// (rules/registry/units.tsv, DOMAIN.md §5): a unit that no longer existed on the document's date,
/// a unit the map does not know, a place of issue in another province.
///
/// Precision first: only a unit named the way a header names one ("ỦY BAN NHÂN DÂN / XÃ THẠNH
/// HẢI", "UBND TỈNH TRÀ VINH", "HUYỆN ỦY" is a Party body, not a unit) is read, and a name is
/// called unknown only where the map is complete: provinces always, districts before 01/7/2025,
/// communes from 01/7/2025 (the former communes are not in the map).
public struct AdministrativeUnitCheck: CheckKind {
    public enum Check: String, Decodable, Sendable { case ended, unknown, placeInAnotherProvince }

    public struct Parameters: CheckParameters {
        public enum CodingKeys: String, CodingKey, CaseIterable { case check }
        public typealias Keys = CodingKeys
        public var check: Check
    }

    public static let kind = "administrative-unit"
    public static let placeholders: Set<String> = [
        "unit", "planDate", "validTo", "successor", "suggestion", "place", "province", "placeProvince",
    ]
    public let parameters: Parameters

    public init(parameters: Parameters) throws { self.parameters = parameters }

    static let reorganisation = CalendarDate(year: 2025, month: 7, day: 1)

    public func run(_ context: CheckContext) -> [CheckHit] {
        let registry = context.registry
        let doc = context.document
        guard registry.unitIndex.hasNationalMap, let issuer = doc.header.issuer,
            let date = doc.header.issueDate?.date
        else { return [] }
        let named = IssuerUnits.read(issuer)
        guard !named.isEmpty else { return [] }
        switch parameters.check {
        case .ended: return named.compactMap { ended($0, registry, date) }.prefix(1).map { $0 }
        case .unknown: return named.compactMap { unknown($0, named, registry, date) }.prefix(1).map { $0 }
        case .placeInAnotherProvince: return placeHit(named, doc, registry).map { [$0] } ?? []
        }
    }

    private func ended(_ u: IssuerUnits.Named, _ registry: Registry, _ date: CalendarDate) -> CheckHit? {
        let found = registry.units(named: u.fullName, levels: u.levels)
        guard !found.isEmpty, !found.contains(where: { $0.validTo.map { date <= $0 } ?? true }),
            let unit = found.first, let end = unit.validTo
        else { return nil }
        return CheckHit(
            span: u.span,
            values: [
                "unit": u.written, "planDate": Self.format(date), "validTo": Self.format(end),
                "successor": unit.successor ?? "—",
            ])
    }

    private func unknown(
        _ u: IssuerUnits.Named, _ all: [IssuerUnits.Named], _ registry: Registry, _ date: CalendarDate
    ) -> CheckHit? {
        guard registry.units(named: u.fullName, levels: u.levels).isEmpty else { return nil }
        let complete: Bool
        switch u.levels.first {
        case "tinh": complete = true
        case "huyen": complete = date < Self.reorganisation && u.kind != "thành phố"
        default: complete = date >= Self.reorganisation
        }
        guard complete else { return nil }
        // A district-level city ("Thành phố Trà Vinh") before 2025 is not a province.
        if u.kind == "thành phố", !registry.units(named: u.fullName).isEmpty { return nil }
        let province = all.first { $0.levels == ["tinh"] || $0.kind == "thành phố" }
            .flatMap { registry.units(named: $0.fullName, levels: ["tinh"]).first }
        let near = UnitSuggestion.nearest(
            to: u.fullName, levels: u.levels, in: registry, province: province?.name, on: date)
        return CheckHit(
            span: u.span,
            values: [
                "unit": u.written, "planDate": Self.format(date),
                "suggestion": near.map { " → \($0)?" } ?? "",
            ])
    }

    private func placeHit(_ named: [IssuerUnits.Named], _ doc: PlanDocument, _ registry: Registry)
        -> CheckHit?
    {
        guard let place = doc.header.place else { return nil }
        let provinces = named.flatMap { registry.units(named: $0.fullName, levels: $0.levels) }
            .compactMap { registry.province(of: $0) }
        guard let issuerProvince = provinces.first, Set(provinces.map(\.name)).count == 1 else { return nil }
        // The place is the issuer's own unit ("Thạnh Hải" for Xã Thạnh Hải): never judged further.
        let ownShort = named.map { LooseKey.make($0.name) }
        guard !ownShort.contains(LooseKey.make(place.value)) else { return nil }
        let placed = registry.units(short: place.value, levels: ["tinh"])
        guard let other = placed.first, !placed.contains(where: { related($0, issuerProvince) }) else {
            return nil
        }
        return CheckHit(
            span: place.span,
            values: ["place": place.value, "province": issuerProvince.name, "placeProvince": other.name])
    }

    /// The same province, or one merged into the other on 01/7/2025.
    private func related(_ a: AdministrativeUnit, _ b: AdministrativeUnit) -> Bool {
        a.name == b.name || a.successor == b.name || b.successor == a.name
    }

    static func format(_ date: CalendarDate) -> String { CitationDateCheck.format(date) }
}
