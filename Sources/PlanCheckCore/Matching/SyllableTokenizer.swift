/// Splits text into the syllables the matcher compares. Vietnamese writes one syllable per
/// space-separated token, and most words are two syllables, so syllables (plus the pairs
/// `TermExtractor` builds) are the natural unit; no dictionary or model is needed.
enum SyllableTokenizer {
    /// Lower-case, NFC, new-tone-placement syllables, split on every scalar that is not a letter or
    /// a digit. Working on scalars (not Characters) keeps this linear and grapheme-rule free.
    /// `cache` maps a raw syllable to its `VietnameseText.matchKey`: a plan uses a few thousand
    /// distinct syllables, so normalising each once instead of every text in full is most of the speed.
    static func syllables(_ text: String, cache: inout [ByteKey: String]) -> [String] {
        let scalars = VietnameseText.nfc(text).unicodeScalars
        var out: [String] = []
        // Whether exactly one space separates a token from the one before: the only gap a broken
        // syllable leaves ("KH-UBND" must not become "khubnd").
        var spaceBefore: [Bool] = []
        var start: String.UnicodeScalarView.Index?
        var gap = 0
        var index = scalars.startIndex
        while true {
            let isWord = index < scalars.endIndex && isWordScalar(scalars[index])
            if isWord, start == nil {
                start = index
                spaceBefore.append(gap == 1 && scalars[scalars.index(before: index)] == " ")
                gap = 0
            } else if !isWord, let from = start {
                let raw = Substring(scalars[from..<index])
                let rawKey = ByteKey(raw)
                if let known = cache[rawKey] {
                    out.append(known)
                } else {
                    let key = VietnameseText.matchKey(String(raw))
                    cache[rawKey] = key
                    out.append(key)
                }
                start = nil
            }
            guard index < scalars.endIndex else { break }
            if !isWord { gap += 1 }
            index = scalars.index(after: index)
        }
        return repairBreaks(out, spaceBefore: spaceBefore)
    }

    @inline(__always) static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 {
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A)
        }
        // Latin letters with Vietnamese marks, and general punctuation, without a property lookup.
        if (v >= 0xC0 && v <= 0x24F && v != 0xD7 && v != 0xF7) || (v >= 0x1E00 && v <= 0x1EFF) { return true }
        if v >= 0x2000 && v <= 0x2BFF { return false }
        return s.properties.isAlphabetic || s.properties.numericType != nil
    }

    // Extraction from PDF breaks syllables with a space ("uy tí n", "c ác"). A fragment without a
    // vowel cannot be a Vietnamese syllable. An initial glues to a vowel-initial syllable after it
    // (a split-off initial leaves a vowel-initial remainder: "c ác"); otherwise a final consonant
    // glues to the vowel-ending syllable before it ("tí n"). Abbreviations ("kl", "tw", "ttg")
    // match neither set and stay as they are.
    static func repairBreaks(_ tokens: [String], spaceBefore: [Bool]) -> [String] {
        guard tokens.contains(where: isFragment) else { return tokens }
        var out: [String] = []
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            if isFragment(token) {
                if i + 1 < tokens.count, spaceBefore[i + 1], startsWithVowel(tokens[i + 1]),
                    initials.contains(token)
                {
                    out.append(token + tokens[i + 1])
                    i += 2
                    continue
                }
                if let last = out.last, spaceBefore[i], finals.contains(token), endsWithVowel(last) {
                    out[out.count - 1] = last + token
                    i += 1
                    continue
                }
            }
            out.append(token)
            i += 1
        }
        return out
    }

    static func isFragment(_ token: String) -> Bool {
        token.utf8.count <= 3 && !token.unicodeScalars.contains { isVowel($0) || isDigit($0) }
    }

    static func isVowel(_ s: Unicode.Scalar) -> Bool { VietnameseText.toneTable[s] != nil }
    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

    static func endsWithVowel(_ token: String) -> Bool {
        token.unicodeScalars.last.map(isVowel) ?? false
    }

    static func startsWithVowel(_ token: String) -> Bool {
        token.unicodeScalars.first.map(isVowel) ?? false
    }

    static let finals: Set<String> = ["c", "ch", "m", "n", "ng", "nh", "p", "t"]
    static let initials: Set<String> = [
        "b", "c", "ch", "d", "đ", "g", "gh", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh", "p", "ph",
        "q", "r", "s", "t", "th", "tr", "v", "x",
    ]
}

/// A dictionary key compared and hashed by its UTF-8 bytes. Swift hashes a `String` through its
/// NFC form, which was most of the matcher's time; the texts here are already NFC, so equal bytes
/// mean equal text. It keeps the string itself: a syllable fits a small inline string, so making a
/// key allocates nothing.
struct ByteKey: Hashable {
    let text: String

    init<S: StringProtocol>(_ text: S) { self.text = String(text) }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// Lengths first, then the bytes at once: `elementsEqual` walked the views byte by byte through
    /// their iterators, 3 % of a campaign check.
    static func == (a: ByteKey, b: ByteKey) -> Bool {
        guard a.text.utf8.count == b.text.utf8.count else { return false }
        var x = a.text
        var y = b.text
        return x.withUTF8 { p in y.withUTF8 { q in p.elementsEqual(q) } }
    }
}
