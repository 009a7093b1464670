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
        var out = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else { break }
            out += rest[..<open]
            out += values[String(after[..<close])] ?? ""
            rest = after[after.index(after: close)...]
        }
        out += rest
        return out
    }
}
