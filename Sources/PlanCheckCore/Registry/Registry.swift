/// The registry facts rules compare plans with (DOMAIN.md §4–§5): legal documents with their dates
/// and status, agencies with their validity and successors, administrative levels and units.
/// Loaded from rules/registry/ YAML so a province corrects a fact without a rebuild.
public struct Registry: Sendable, Hashable, Codable {
    public var documents: [LegalDocument] { didSet { reindex() } }
    public var agencies: [Agency] { didSet { reindex() } }
    public var levels: [AdministrativeLevel] { didSet { reindex() } }
    public var units: [AdministrativeUnit] { didSet { unitIndex = UnitIndex(units) } }
    /// The units by loose name key, rebuilt whenever `units` changes, so that a check looks a name
    /// up instead of scanning 4,000 units per document.
    public private(set) var unitIndex: UnitIndex
    /// SHA-256 of the YAML it was read from (hex); empty for a registry built in code.
    public var contentHash: String
    /// Lookups computed from documents, agencies and levels; rebuilt whenever one of them changes,
    /// so it is never stale. Built eagerly: a lazy one would need a lock every thread takes.
    public private(set) var index: RegistryIndex

    public init(
        documents: [LegalDocument] = [], agencies: [Agency] = [], levels: [AdministrativeLevel] = [],
        units: [AdministrativeUnit] = [], contentHash: String = ""
    ) {
        self.documents = documents
        self.agencies = agencies
        self.levels = levels
        self.units = units
        self.unitIndex = UnitIndex(units)
        self.contentHash = contentHash
        index = RegistryIndex(documents: documents, agencies: agencies, levels: levels)
    }

    /// A registry whose unit index was built before (the rule cache stores it): the index must be
    /// `UnitIndex(units)`, which is what building it here would give, only slower (4,000 names).
    public init(
        documents: [LegalDocument], agencies: [Agency], levels: [AdministrativeLevel],
        units: [AdministrativeUnit], unitIndex: UnitIndex, contentHash: String
    ) {
        self.documents = documents
        self.agencies = agencies
        self.levels = levels
        self.units = units
        self.unitIndex = unitIndex
        self.contentHash = contentHash
        index = RegistryIndex(documents: documents, agencies: agencies, levels: levels)
    }

    private mutating func reindex() {
        index = RegistryIndex(documents: documents, agencies: agencies, levels: levels)
    }

    public static let empty = Registry()

    public var isEmpty: Bool { documents.isEmpty && agencies.isEmpty && levels.isEmpty && units.isEmpty }

    /// Document numbers are compared without spaces and case: stray spaces are their own defect.
    public static func numberKey(_ number: String) -> String { DocumentNumber.key(number) }

    public func document(number: String) -> LegalDocument? {
        index.documentsByKey[DocumentNumber.key(number)].map { documents[$0] }
    }

    /// A document by number, or agencies and units whose name or alias contains the query.
    public func search(_ query: String) -> (
        documents: [LegalDocument], agencies: [Agency], units: [AdministrativeUnit]
    ) {
        if let doc = document(number: query) { return ([doc], [], []) }
        let key = VietnameseText.matchKey(query)
        let docs = documents.filter { VietnameseText.matchKey($0.number + " " + $0.subject).contains(key) }
        let agencies = agencies.filter {
            ([$0.name] + $0.aliases).contains { VietnameseText.matchKey($0).contains(key) }
        }
        let units = units.filter { VietnameseText.matchKey($0.name).contains(key) }
        return (docs, agencies, units)
    }

    // The index is derived from the other fields: equality, hashing and coding ignore it.
    enum CodingKeys: String, CodingKey { case documents, agencies, levels, units, contentHash }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            documents: try c.decode([LegalDocument].self, forKey: .documents),
            agencies: try c.decode([Agency].self, forKey: .agencies),
            levels: try c.decode([AdministrativeLevel].self, forKey: .levels),
            units: try c.decode([AdministrativeUnit].self, forKey: .units),
            contentHash: try c.decode(String.self, forKey: .contentHash))
    }

    public static func == (a: Registry, b: Registry) -> Bool {
        a.documents == b.documents && a.agencies == b.agencies && a.levels == b.levels && a.units == b.units
            && a.contentHash == b.contentHash
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(documents)
        hasher.combine(agencies)
        hasher.combine(levels)
        hasher.combine(units)
        hasher.combine(contentHash)
    }
}

/// A legal or guidance document: a Nghị định, Thông tư, a ministry's yearly guidance letter.
public struct LegalDocument: Sendable, Hashable, Codable {
    public var number: String
    /// nghi-dinh, thong-tu, quyet-dinh, chi-thi, ket-luan, nghi-quyet, cong-van …
    public var type: String
    public var issuer: String
    public var date: CalendarDate?
    public var inForceFrom: CalendarDate?
    /// Last day in force; nil while in force.
    public var inForceTo: CalendarDate?
    public var replacedBy: String?
    public var subject: String
    /// For yearly guidance letters: the plan year they guide.
    public var forYear: Int?
    /// V verified, O observed, K believed (DOMAIN.md tags).
    public var source: String?

    public init(
        number: String, type: String, issuer: String, date: CalendarDate?, inForceFrom: CalendarDate? = nil,
        inForceTo: CalendarDate? = nil, replacedBy: String? = nil, subject: String, forYear: Int? = nil,
        source: String? = nil
    ) {
        self.number = number
        self.type = type
        self.issuer = issuer
        self.date = date
        self.inForceFrom = inForceFrom
        self.inForceTo = inForceTo
        self.replacedBy = replacedBy
        self.subject = subject
        self.forYear = forYear
        self.source = source
    }

    public func inForce(on day: CalendarDate) -> Bool { day.isWithin(from: inForceFrom, to: inForceTo) }
}

/// An agency under one canonical name, with the aliases plans write for it.
public struct Agency: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    /// A level id of levels.yaml (trung-uong, tinh, huyen, xa).
    public var level: String
    public var aliases: [String]
    public var validFrom: CalendarDate?
    public var validTo: CalendarDate?
    /// Who took the duties over, in the words a reviewer needs ("Sở Văn hóa, Thể thao và Du lịch
    /// (thông tin đối ngoại)").
    public var successors: [String]

    public init(
        id: String, name: String, level: String, aliases: [String] = [], validFrom: CalendarDate? = nil,
        validTo: CalendarDate? = nil, successors: [String] = []
    ) {
        self.id = id
        self.name = name
        self.level = level
        self.aliases = aliases
        self.validFrom = validFrom
        self.validTo = validTo
        self.successors = successors
    }

    public func exists(on day: CalendarDate) -> Bool { day.isWithin(from: validFrom, to: validTo) }
}

/// An administrative level and the words that only make sense while it exists.
public struct AdministrativeLevel: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    public var validTo: CalendarDate?
    /// Regexes (case-sensitive, on NFC text) naming bodies of this level: "UBND huyện", "Huyện ủy".
    public var terms: [String]
    public var successor: String?

    public init(
        id: String, name: String, validTo: CalendarDate? = nil, terms: [String] = [], successor: String? = nil
    ) {
        self.id = id
        self.name = name
        self.validTo = validTo
        self.terms = terms
        self.successor = successor
    }
}

/// A province, district or commune; merged ones carry an end date and their successor.
public struct AdministrativeUnit: Sendable, Hashable, Codable {
    public var name: String
    public var level: String
    public var parent: String?
    public var validTo: CalendarDate?
    public var successor: String?

    public init(
        name: String, level: String, parent: String? = nil, validTo: CalendarDate? = nil,
        successor: String? = nil
    ) {
        self.name = name
        self.level = level
        self.parent = parent
        self.validTo = validTo
        self.successor = successor
    }
}
