import PlanCheckCore

/// `plancheck parse --format tree`: an outline a person can read against the document.
public enum OutlineRenderer {
    public static func render(_ doc: PlanDocument) -> String {
        var out = "\(doc.source.path) (\(doc.source.format), \(doc.source.encoding))\n"
        out += "  Loại: \(doc.kind.name)\(doc.attachedKind.map { " (kèm theo: \($0.name))" } ?? "")"
        out += doc.kindEvidence.line.map { " [\($0)]" } ?? ""
        out += doc.isPartyDocument ? "; văn bản của Đảng" : ""
        out += "\n" + copyLine(doc.copy)
        let h = doc.header
        func field(_ name: String, _ value: String?, _ span: SourceSpan?) {
            let where_ = span.map { " [\($0.line):\($0.column)]" } ?? ""
            out += "  \(name): \(value ?? "—")\(where_)\n"
        }
        field("Cơ quan ban hành", h.issuer?.text, h.issuer?.span)
        field("Quốc hiệu, tiêu ngữ", h.mottoPresent ? "có" : "không", h.motto?.span)
        let number = h.number.map { $0.isBlank ? "(để trống) \($0.raw)" : ($0.normalized ?? $0.raw) }
        field("Số, ký hiệu", number, h.number?.span)
        field(
            "Loại văn bản", h.documentTypeName.map { "\($0.value) (\(h.documentType ?? "?"))" },
            h.documentTypeName?.span)
        field("Địa danh", h.place?.value, h.place?.span)
        let date = h.issueDate.map { $0.date.map { OfficialFormat.date($0) } ?? "không đọc được: \($0.raw)" }
        field("Ngày ban hành", date, h.issueDate?.span)
        field("Trích yếu", h.title?.value, h.title?.span)
        out += "Căn cứ (\(doc.bases.count))\n"
        for b in doc.bases {
            let cited = b.citationIDs.map { doc.citations[$0] }.map {
                "\($0.number ?? "?") \($0.date?.iso ?? "")"
            }
            out += "  [\(b.span.line)] \(b.keyword): \(cited.joined(separator: "; "))\n"
        }
        out += "Mục\n"
        func walk(_ s: Section, _ depth: Int) {
            let pad = String(repeating: "  ", count: depth)
            let typos = s.headingTypos.map { " (sai: \($0.found) → \($0.expected))" }.joined()
            out +=
                "\(pad)[\(s.span.line)] \(s.label ?? "") \(prefix(s.title)) <\(s.kind.vietnamese)>\(typos)\n"
            s.children.forEach { walk($0, depth + 1) }
        }
        doc.sections.forEach { walk($0, 1) }
        out += "Nhiệm vụ (\(doc.tasks.count))\n"
        for t in doc.tasks {
            let lead = t.lead.map(\.name).joined(separator: "; ")
            out += "  [\(t.span.line)] \(t.id) \(prefix(t.title))\n"
            let assigned = t.assignedBy.map {
                "— (Tổ chức thực hiện giao: \($0.agency.name) [\($0.dutySpan.line)])"
            }
            out +=
                "      chủ trì: \(lead.isEmpty ? (assigned ?? "—") : lead); thời gian: \(t.timeRaw?.value ?? t.time?.raw ?? "—")\n"
        }
        out += "Phân công (\(doc.assignments.count))\n"
        for a in doc.assignments {
            let level = a.addressesLowerLevel ? " [cấp dưới]" : ""
            out +=
                "  [\(a.span.line)] \(a.verb.rawValue): \(a.agency.name)\(level) — \(a.duties.count) nhiệm vụ\n"
        }
        if let r = doc.recipients {
            out += "Nơi nhận (\(r.items.count))\(r.archive == nil ? ", thiếu dòng Lưu" : "")\n"
        }
        if let s = h.signature {
            out +=
                "Chữ ký: \((s.authorityLines.map(\.value) + s.titles).joined(separator: " / ")); \(s.signer?.value ?? "—")\n"
        }
        out += "Chẩn đoán (\(doc.diagnostics.count))\n"
        for d in doc.diagnostics {
            out += "  \(d.span.map { "[\($0.line)-\($0.endLine)] " } ?? "")\(d.code.rawValue): \(d.message)\n"
        }
        return out
    }

    static func copyLine(_ c: CopyExtent) -> String {
        var parts: [String] = []
        if c.startsMidway { parts.append("không có phần đầu") }
        if c.endsMidway { parts.append("dừng ở dòng \(c.lastLine.map(String.init) ?? "?")") }
        if c.isDraft { parts.append("dự thảo") }
        return "  Bản sao: \(parts.isEmpty ? "đầy đủ" : parts.joined(separator: ", "))\n"
    }

    static func prefix(_ s: String, _ n: Int = 70) -> String {
        s.count > n ? String(s.prefix(n)) + "…" : s
    }
}
