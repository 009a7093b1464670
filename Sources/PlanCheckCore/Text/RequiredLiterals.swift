/// Literal text that every match of a regular expression must contain, read from the pattern, so
/// that a line without it can be passed over without running the expression (ICU reads each line
/// through a UTF-16 bridge: a tenth of a campaign check went to level names on lines without them).
///
/// Conservative by construction: it understands literal characters, escaped punctuation, `\b`,
/// classes, `.`, quantifiers and groups whose alternatives are plain literals, and it gives up
/// (nil: always run the expression) on anything else: top-level alternation, lookarounds, inline
/// flags, backreferences. Case-sensitive patterns only.
public enum RequiredLiterals {
    /// One set of literals of which every match contains at least one, or nil when none is known.
    /// Among the sets found, the one whose shortest member is longest.
    public static func of(_ pattern: String) -> [String]? {
        var reader = Reader(Array(pattern.unicodeScalars))
        guard let sets = reader.sequence(), reader.atEnd else { return nil }
        let usable = sets.filter { $0.allSatisfy { !$0.isEmpty } }
        return usable.max { a, b in shortest(a) < shortest(b) }
    }

    /// Whether `text` contains one of `literals`, as bytes: the expression matches scalars, and a
    /// run of scalars occurs exactly where its UTF-8 occurs (a Character search would miss a
    /// literal that ends before a combining mark).
    public static func occurs(_ literals: [String], in text: String) -> Bool {
        var text = text
        return text.withUTF8 { hay in
            literals.contains { literal in
                var literal = literal
                return literal.withUTF8 { needle in
                    guard needle.count > 0 else { return true }
                    return contains(hay, needle)
                }
            }
        }
    }

    /// Whether `needle` occurs in `hay`, byte for byte.
    public static func contains(_ hay: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>)
        -> Bool
    {
        guard hay.count >= needle.count else { return false }
        let first = needle[0]
        var start = 0
        while start <= hay.count - needle.count {
            if hay[start] == first {
                var k = 1
                while k < needle.count, hay[start + k] == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            start += 1
        }
        return false
    }

    static func shortest(_ set: [String]) -> Int { set.map(\.utf8.count).min() ?? 0 }

    struct Reader {
        let s: [Unicode.Scalar]
        var i = 0
        init(_ s: [Unicode.Scalar]) { self.s = s }
        var atEnd: Bool { i == s.count }

        static let meta: Set<Unicode.Scalar> = [
            "\\", "^", "$", ".", "|", "?", "*", "+", "(", ")", "[", "]", "{", "}",
        ]

        /// The required literal sets of a sequence up to ")" or the end; nil to give up.
        mutating func sequence() -> [[String]]? {
            var sets: [[String]] = []
            var run = ""
            func flush() {
                if !run.isEmpty { sets.append([run]) }
                run = ""
            }
            while i < s.count, s[i] != ")" {
                let c = s[i]
                if c == "|" { return nil }
                if c == "(" {
                    flush()
                    guard let alternatives = group() else { return nil }
                    if optionalQuantifier() { continue }
                    if let alternatives { sets.append(alternatives) }
                    continue
                }
                var literal: Unicode.Scalar?
                switch c {
                case "\\":
                    guard i + 1 < s.count else { return nil }
                    let e = s[i + 1]
                    i += 2
                    if e == "b" || e == "B" { continue }  // zero-width
                    if e.properties.isAlphabetic || e.properties.numericType != nil {
                        if "dDwWsS".unicodeScalars.contains(e) { literal = nil } else { return nil }
                    } else {
                        literal = e
                    }
                case "[":
                    guard skipClass() else { return nil }
                    literal = nil
                case ".":
                    i += 1
                    literal = nil
                case "^", "$":
                    i += 1
                    continue
                case "?", "*", "+", "{", "}", "]":
                    return nil  // a quantifier with nothing before it, or a stray bracket
                default:
                    i += 1
                    literal = c
                }
                // What follows decides: optional drops the character, a repeat keeps one.
                if optionalQuantifier() {
                    flush()
                    continue
                }
                let repeated = repeatQuantifier()
                if let literal { run.unicodeScalars.append(literal) } else { flush() }
                if repeated { flush() }
            }
            flush()
            return sets
        }

        /// A group's alternatives when each is a plain literal; .some(nil) for a group that is
        /// required but not literal; nil to give up.
        mutating func group() -> [String]?? {
            i += 1
            if i < s.count, s[i] == "?" {
                guard i + 1 < s.count, s[i + 1] == ":" else { return nil }  // lookaround, flags
                i += 2
            }
            var alternatives: [String] = []
            var current = ""
            var plain = true
            while i < s.count, s[i] != ")" {
                let c = s[i]
                if c == "|" {
                    alternatives.append(current)
                    current = ""
                    i += 1
                } else if c == "(" {
                    guard group() != nil else { return nil }
                    _ = optionalQuantifier() || repeatQuantifier()
                    plain = false
                } else if c == "\\", i + 1 < s.count, !s[i + 1].properties.isAlphabetic,
                    s[i + 1].properties.numericType == nil
                {
                    current.unicodeScalars.append(s[i + 1])
                    i += 2
                } else if Self.meta.contains(c) {
                    guard c != "[" || skipClass() else { return nil }
                    if c != "[" { i += 1 }
                    plain = false
                } else {
                    current.unicodeScalars.append(c)
                    i += 1
                }
            }
            guard i < s.count else { return nil }
            i += 1  // ")"
            alternatives.append(current)
            return plain ? .some(alternatives) : .some(nil)
        }

        mutating func skipClass() -> Bool {
            i += 1
            if i < s.count, s[i] == "^" { i += 1 }
            if i < s.count, s[i] == "]" { i += 1 }
            while i < s.count, s[i] != "]" {
                if s[i] == "\\" { i += 1 }
                if s[i] == "[" { return false }  // nested class syntax: give up
                i += 1
            }
            guard i < s.count else { return false }
            i += 1
            return true
        }

        /// "?", "*", "{0,…}" (and their lazy forms): the atom may be absent.
        mutating func optionalQuantifier() -> Bool {
            guard i < s.count else { return false }
            if s[i] == "?" || s[i] == "*" {
                i += 1
                if i < s.count, s[i] == "?" || s[i] == "+" { i += 1 }
                return true
            }
            if s[i] == "{", i + 1 < s.count, s[i + 1] == "0" {
                return skipBraces()
            }
            return false
        }

        /// "+", "{n,…}" with n ≥ 1: the atom is there at least once.
        mutating func repeatQuantifier() -> Bool {
            guard i < s.count else { return false }
            if s[i] == "+" {
                i += 1
                if i < s.count, s[i] == "?" || s[i] == "+" { i += 1 }
                return true
            }
            if s[i] == "{" { return skipBraces() }
            return false
        }

        mutating func skipBraces() -> Bool {
            while i < s.count, s[i] != "}" { i += 1 }
            guard i < s.count else { return false }
            i += 1
            if i < s.count, s[i] == "?" || s[i] == "+" { i += 1 }
            return true
        }
    }
}
