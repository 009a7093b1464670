/// `{placeholder}` messages. Kept deliberately tiny (no escapes, no formatting) so that a
/// translator editing YAML cannot break anything the loader does not catch.
public enum MessageTemplate {
    /// The placeholder names used, in order of first use.
    public static func placeholders(in template: String) -> [String] {
        var names: [String] = []
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else { break }
            let name = String(after[..<close])
            if !names.contains(name) { names.append(name) }
            rest = after[after.index(after: close)...]
        }
        return names
    }

    /// Replaces each `{name}`; a value the hit did not provide renders as empty rather than as the
    /// raw placeholder, since the loader already guarantees the name is one the kind may provide.
    public static func render(_ template: String, values: [String: String]) -> String {
        // One pass over the template: rendering runs for every finding of every plan in a batch.
        // The pieces are gathered first so the message is allocated once at its size: appending
        // doubled its storage, up to twice the bytes for each of thousands of findings.
        var pieces: [Substring] = []
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else { break }
            pieces.append(rest[..<open])
            pieces.append((values[String(after[..<close])] ?? "")[...])
            rest = after[after.index(after: close)...]
        }
        pieces.append(rest)
        var out = ""
        out.reserveCapacity(pieces.reduce(0) { $0 + $1.utf8.count })
        for piece in pieces { out += piece }
        return out
    }
}
