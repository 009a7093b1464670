/// A JSON tree with keys kept in the order they were added, written deterministically. Reports
/// are contracts: the same input must give byte-identical output, and a missing value is an
/// explicit `null`, never an absent key.
public indirect enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.serialized() == rhs.serialized() }
    public func hash(into hasher: inout Hasher) { hasher.combine(serialized()) }

    public static func str(_ s: String?) -> JSONValue { s.map { .string($0) } ?? .null }
    public static func num(_ i: Int?) -> JSONValue { i.map { .int($0) } ?? .null }

    /// Pretty-printed with two-space indentation, or compact.
    public func serialized(pretty: Bool = true) -> String {
        var out = ""
        write(into: &out, indent: pretty ? 0 : nil)
        return out
    }

    private func write(into out: inout String, indent: Int?) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(let d): out += d.isFinite ? String(d) : "null"
        case .string(let s): JSONValue.escape(s, into: &out)
        case .array(let items):
            writeContainer(open: "[", close: "]", count: items.count, indent: indent, into: &out) {
                i, out, inner in
                items[i].write(into: &out, indent: inner)
            }
        case .object(let pairs):
            writeContainer(open: "{", close: "}", count: pairs.count, indent: indent, into: &out) {
                i, out, inner in
                JSONValue.escape(pairs[i].0, into: &out)
                out += inner == nil ? ":" : ": "
                pairs[i].1.write(into: &out, indent: inner)
            }
        }
    }

    private func writeContainer(
        open: String, close: String, count: Int, indent: Int?, into out: inout String,
        element: (Int, inout String, Int?) -> Void
    ) {
        guard count > 0 else {
            out += open + close
            return
        }
        out += open
        let inner = indent.map { $0 + 2 }
        for i in 0..<count {
            if i > 0 { out += "," }
            if let inner { out += "\n" + String(repeating: " ", count: inner) }
            element(i, &out, inner)
        }
        if let indent { out += "\n" + String(repeating: " ", count: indent) }
        out += close
    }

    static func escape(_ s: String, into out: inout String) {
        out += "\""
        // Most strings need no escape at all: checked first, then appended whole instead of
        // scalar by scalar (a tenth of a campaign's JSON went to the appends).
        if !s.unicodeScalars.contains(where: needsEscape) {
            out += s
            out += "\""
            return
        }
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                // C0 must be escaped; DEL, C1 and the invisible format characters (bidi
                // overrides) are escaped too, so JSON printed to a terminal cannot drive it.
                if scalar.value < 0x20 || (scalar.value <= 0xFFFF && DisplaySafe.isHidden(scalar)) {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }

    /// Exactly the scalars the loop of `escape` writes other than as themselves.
    @inline(__always) static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v == 0x22 || v == 0x5C || v < 0x20 { return true }
        if v < 0x7F { return false }
        return v <= 0xFFFF && DisplaySafe.isHidden(scalar)
    }
}

extension SourceSpan {
    public var json: JSONValue {
        .object([
            ("line", .int(line)), ("column", .int(column)), ("endLine", .int(endLine)),
            ("endColumn", .int(endColumn)),
        ])
    }
}

extension Optional where Wrapped == SourceSpan {
    public var json: JSONValue { self?.json ?? .null }
}
