import PlanCheckCore

/// A Quyết định that issues a plan carries the plan after its own signature ("KẾ HOẠCH … (Ban
/// hành kèm theo Quyết định số 1466/QĐ-UBND …)"). The plan is the substance a lower level must
/// implement, so it is parsed as the document's body rather than skipped as chrome.
enum AttachedDocument {
    /// The index of the first line of an attached plan, when the text after the signature holds
    /// a document type name followed by Roman-numbered sections.
    static func start(in doc: PlanDocument, rawLines: [String]) -> Int? {
        guard !doc.isTruncated, let end = doc.bodyLines?.upperBound, end < rawLines.count else { return nil }
        let after = (end..<rawLines.count).map { SourceLine(number: $0 + 1, raw: rawLines[$0]) }
        let typeLine = after.prefix(40).first { line in
            !line.isBlank && line.isUpperCase && DocumentTypeNames.code(forPrinted: line.text) != nil
        }
        guard let typeLine else { return nil }
        let hasSections = after.contains {
            $0.number > typeLine.number && ListMarker.read($0.text)?.kind == .roman
        }
        guard hasSections else { return nil }
        return after.first { !$0.isBlank }.map { $0.number - 1 }
    }

    /// Adds the attached plan's body to the decision: its sections, tasks, assignments, citations
    /// and dates, and its own diagnostics; the chrome diagnostic for the attached text goes.
    static func merge(_ attached: PlanDocument, into doc: inout PlanDocument) {
        let shift = doc.citations.count
        doc.citations += attached.citations.map { c in
            var c = c
            c.id += shift
            c.firstMention = c.firstMention.map { $0 + shift }
            return c
        }
        PlanParser.linkFirstMentions(&doc.citations)
        doc.sections += attached.sections
        doc.tasks += attached.tasks
        doc.assignments += attached.assignments
        doc.dateExpressions += attached.dateExpressions
        let attachedStart = attached.bodyLines?.lowerBound ?? Int.max
        doc.diagnostics.removeAll {
            $0.code == .skippedChrome && ($0.span?.line ?? 0) >= (doc.bodyLines?.upperBound ?? 0)
        }
        doc.diagnostics += attached.diagnostics.filter { d in
            // The attached plan has no number or date of its own: that is the decision's.
            d.code != .missingPart && !(d.code == .skippedChrome && (d.span?.line ?? 0) < attachedStart)
        }
        if let a = attached.bodyLines, let b = doc.bodyLines {
            doc.bodyLines = b.lowerBound...max(a.upperBound, b.upperBound)
        }
    }
}
