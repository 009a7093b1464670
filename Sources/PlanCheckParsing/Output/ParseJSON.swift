import PlanCheckCore

/// `plancheck parse --format json`: the contract documented in docs/parse-json.md.
public enum ParseJSON {
    /// Bump on any change a consumer could notice; add a line to docs/parse-json.md.
    public static let schemaVersion = 1

    public static func encode(_ doc: PlanDocument) -> String {
        value(doc).serialized()
    }

    public static func value(_ doc: PlanDocument) -> JSONValue {
        .object([
            ("schemaVersion", .int(schemaVersion)),
            (
                "source",
                .object([
                    ("path", .string(doc.source.path)), ("format", .string(doc.source.format)),
                    ("encoding", .string(doc.source.encoding)),
                ])
            ),
            ("kind", kind(doc)),
            ("copy", copy(doc.copy)),
            ("header", header(doc.header)),
            (
                "bases",
                .array(
                    doc.bases.map { b in
                        .object([
                            ("keyword", .string(b.keyword)), ("text", .string(b.text)), ("span", b.span.json),
                            ("citations", .array(b.citationIDs.map { .int($0) })),
                        ])
                    })
            ),
            ("citations", .array(doc.citations.map(citation))),
            ("sections", .array(doc.sections.map(section))),
            ("tasks", .array(doc.tasks.map(task))),
            ("assignments", .array(doc.assignments.map(assignment))),
            ("dateExpressions", .array(doc.dateExpressions.map(date))),
            ("recipients", doc.recipients.map(recipients) ?? .null),
            (
                "diagnostics",
                .array(
                    doc.diagnostics.map { d in
                        .object([
                            ("code", .string(d.code.rawValue)), ("message", .string(d.message)),
                            ("span", d.span.json),
                        ])
                    })
            ),
        ])
    }

    static func kind(_ doc: PlanDocument) -> JSONValue {
        let line: JSONValue = doc.kindEvidence.line.map { .int($0) } ?? .null
        let attached: JSONValue = doc.attachedKind.map { .string($0.rawValue) } ?? .null
        return .object([
            ("kind", .string(doc.kind.rawValue)), ("from", .string(doc.kindEvidence.source.rawValue)),
            ("line", line), ("attached", attached),
        ])
    }

    static func copy(_ c: CopyExtent) -> JSONValue {
        let last: JSONValue = c.lastLine.map { .int($0) } ?? .null
        return .object([
            ("startsMidway", .bool(c.startsMidway)), ("endsMidway", .bool(c.endsMidway)), ("lastLine", last),
            ("draft", .bool(c.isDraft)),
        ])
    }

    static func located(_ l: Located<String>?) -> JSONValue {
        guard let l else { return .null }
        return .object([("text", .string(l.value)), ("span", l.span.json)])
    }

    static func header(_ h: DocumentHeader) -> JSONValue {
        var issuer: JSONValue = .null
        if let i = h.issuer {
            issuer = .object([("lines", .array(i.lines.map { .string($0) })), ("span", i.span.json)])
        }
        var motto: JSONValue = .null
        if let m = h.motto {
            motto = .object([("nationalName", located(m.nationalName)), ("motto", located(m.motto))])
        }
        var dateRaw: JSONValue = .null
        if let d = h.issueDate {
            let zeros: [JSONValue] = d.leadingZeroIssues.map { .string($0) }
            dateRaw = .object([
                ("text", .string(d.raw)), ("problem", .str(d.problem?.rawValue)),
                ("leadingZeroIssues", .array(zeros)),
                ("span", d.span.json),
            ])
        }
        var signature: JSONValue = .null
        if let s = h.signature {
            let authority: [JSONValue] = s.authorityLines.map { located($0) }
            let forms: [JSONValue] = s.forms.map { .string($0) }
            let titles: [JSONValue] = s.titles.map { .string($0) }
            signature = .object([
                ("authority", .array(authority)), ("forms", .array(forms)), ("titles", .array(titles)),
                ("signer", located(s.signer)), ("span", s.span.json),
            ])
        }
        let defects: [JSONValue] = (h.number?.defects ?? []).map(defect)
        let pairs: [(String, JSONValue)] = [
            ("issuer", issuer), ("mottoPresent", .bool(h.mottoPresent)), ("motto", motto),
            ("number", .str(h.number?.normalized)), ("numberRaw", .str(h.number?.raw)),
            ("numberBlank", .bool(h.number?.isBlank ?? false)), ("numberSpan", h.number?.span.json ?? .null),
            ("numberDefects", .array(defects)), ("documentType", .str(h.documentType)),
            ("documentTypeName", located(h.documentTypeName)), ("place", located(h.place)),
            ("issueDate", .str(h.issueDate?.date?.iso)), ("issueDateRaw", dateRaw),
            ("title", located(h.title)),
            ("signature", signature),
        ]
        return .object(pairs)
    }

    static func defect(_ d: CitationDefect) -> JSONValue {
        .object([("kind", .string(d.kind.rawValue)), ("detail", .string(d.detail))])
    }

    static func citation(_ c: Citation) -> JSONValue {
        .object([
            ("id", .int(c.id)), ("type", .string(c.type.rawValue)), ("typeText", .string(c.typeText)),
            ("number", .str(c.number)), ("numberRaw", .str(c.numberRaw)), ("partyForm", .bool(c.isPartyForm)),
            ("date", .str(c.date?.iso)), ("dateRaw", .str(c.dateRaw)), ("issuer", .str(c.issuer)),
            ("title", .str(c.title)), ("text", .string(c.text)), ("span", c.span.json),
            ("defects", .array(c.defects.map(defect))), ("firstMention", .num(c.firstMention)),
        ])
    }

    static func section(_ s: Section) -> JSONValue {
        .object([
            ("label", .str(s.label)), ("level", .int(s.level)), ("title", .string(s.title)),
            ("kind", .string(s.kind.rawValue)), ("span", s.span.json), ("bodySpan", s.bodySpan.json),
            (
                "headingTypos",
                .array(
                    s.headingTypos.map { t in
                        .object([
                            ("found", .string(t.found)), ("expected", .string(t.expected)),
                            ("span", t.span.json),
                        ])
                    })
            ),
            ("children", .array(s.children.map(section))),
        ])
    }

    static func agencies(_ list: [AgencyRef]) -> JSONValue {
        .array(list.map { .object([("name", .string($0.name)), ("span", $0.span.json)]) })
    }

    static func task(_ t: PlanTask) -> JSONValue {
        .object([
            ("id", .string(t.id)), ("label", .str(t.label)), ("title", .string(t.title)),
            ("text", .string(t.text)),
            ("span", t.span.json), ("style", .string(t.style.rawValue)), ("lead", agencies(t.lead)),
            ("cooperating", agencies(t.cooperating)), ("timeText", located(t.timeRaw)),
            ("time", t.time.map(date) ?? .null), ("product", located(t.product)),
            ("assignedBy", assignedBy(t.assignedBy)),
        ])
    }

    static func assignedBy(_ a: TaskAssignment?) -> JSONValue {
        guard let a else { return .null }
        return .object([
            ("agency", .string(a.agency.name)), ("dutySpan", a.dutySpan.json), ("score", .double(a.score)),
        ])
    }

    static func assignment(_ a: Assignment) -> JSONValue {
        .object([
            ("label", .str(a.label)), ("agency", .string(a.agency.name)), ("agencySpan", a.agency.span.json),
            ("verb", .string(a.verb.rawValue)), ("addressesLowerLevel", .bool(a.addressesLowerLevel)),
            ("span", a.span.json),
            (
                "duties",
                .array(
                    a.duties.map { d in
                        .object([
                            ("text", .string(d.text)), ("span", d.span.json),
                            ("dates", .array(d.dates.map(date))),
                        ])
                    })
            ),
        ])
    }

    static func date(_ d: DateExpression) -> JSONValue {
        .object([
            ("kind", .string(d.kind.rawValue)), ("text", .string(d.raw)), ("span", d.span.json),
            ("start", .str(d.start?.iso)), ("end", .str(d.end?.iso)), ("recurrence", .str(d.recurrence)),
            ("missingYear", .bool(d.missingYear)), ("day", .num(d.day)), ("month", .num(d.month)),
        ])
    }

    static func recipients(_ r: Recipients) -> JSONValue {
        .object([
            ("span", r.span.json), ("items", .array(r.items.map { located($0) })),
            ("archive", located(r.archive)),
            ("archiveIsLast", .bool(r.archiveIsLast)),
        ])
    }
}
