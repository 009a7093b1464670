/// Decides whether non-UTF-8 bytes are TCVN3 or VNI text. Vietnamese marks nearly every other
/// syllable, while Windows-1252 text in English (or French) marks few words and has long words,
/// so a guess needs many marked words, almost no impossible bytes, and short syllables.
enum LegacyEncodingDetector {
    /// Enough text to judge; scanning more would only cost time on a 64 MB file.
    static let sampleBytes = 4 << 20

    struct Score {
        var words = 0
        var legacyWords = 0
        var longWords = 0
        var validHigh = 0
        var invalidHigh = 0

        var validRatio: Double {
            let high = validHigh + invalidHigh
            return high == 0 ? 0 : Double(validHigh) / Double(high)
        }

        var markedRatio: Double { words == 0 ? 0 : Double(legacyWords) / Double(words) }

        /// The margins: real Vietnamese scores ~0.99 valid and 0.4–0.7 marked words; English
        /// Windows-1252 stays below 0.05 marked.
        var isConfident: Bool {
            legacyWords >= 2 && validRatio >= 0.9 && markedRatio >= 0.2
                && Double(longWords) <= 0.15 * Double(words)
        }

        var strength: Double { validRatio * markedRatio }
    }

    static func detect(_ bytes: [UInt8]) -> LegacyVietnameseEncoding? {
        let sample = bytes.count > sampleBytes ? Array(bytes[..<sampleBytes]) : bytes
        let tcvn = scoreTCVN3(sample)
        let vni = scoreVNI(sample)
        switch (tcvn.isConfident, vni.isConfident) {
        case (true, false): return .tcvn3
        case (false, true): return .vniWindows
        case (true, true):
            // Both readings plausible: only answer when one is clearly better.
            if vni.strength >= tcvn.strength * 1.2 { return .vniWindows }
            if tcvn.strength >= vni.strength * 1.2 { return .tcvn3 }
            return nil
        default: return nil
        }
    }

    /// Bytes that can be inside a word: ASCII letters and anything at or above 0xA1 (the legacy
    /// letters); digits, punctuation and Windows-1252 quotes end a word.
    @inline(__always)
    static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0xA1 || VNIScanner.isLetter(byte)
    }

    static func scoreTCVN3(_ bytes: [UInt8]) -> Score {
        var score = Score()
        var letters = 0, valid = 0, invalid = 0, toned = 0
        func endWord() {
            guard letters > 0 else { return }
            score.words += 1
            if letters > 7 { score.longWords += 1 }
            // Two toned vowels in one syllable cannot be Vietnamese ("résumé" read as TCVN3).
            if toned > 1 { invalid += valid; valid = 0 }
            if valid > 0 { score.legacyWords += 1 }
            score.validHigh += valid
            score.invalidHigh += invalid
            letters = 0; valid = 0; invalid = 0; toned = 0
        }
        for byte in bytes {
            guard isWordByte(byte) else { endWord(); continue }
            letters += 1
            guard byte >= 0xA1 else { continue }
            if LegacyTables.tcvn3IsLetter[Int(byte)] {
                valid += 1
                if LegacyTables.tcvn3IsToned(byte) { toned += 1 }
            } else {
                invalid += 1
            }
        }
        endWord()
        return score
    }

    static func scoreVNI(_ bytes: [UInt8]) -> Score {
        var score = Score()
        var scanner = VNIScanner()
        var sink: [UInt8] = []
        sink.reserveCapacity(8)
        var letters = 0, validAtStart = 0, invalidAtStart = 0
        func endWord() {
            guard letters > 0 else { return }
            var valid = scanner.validHigh - validAtStart
            var invalid = scanner.invalidHigh - invalidAtStart
            if scanner.tonesInWord > 1 { invalid += valid; valid = 0 }
            score.words += 1
            if letters > 7 { score.longWords += 1 }
            if valid > 0 { score.legacyWords += 1 }
            score.validHigh += valid
            score.invalidHigh += invalid
            letters = 0
        }
        for byte in bytes {
            let inWord = isWordByte(byte)
            if !inWord { endWord() }
            if inWord && letters == 0 {
                scanner.resetWord()
                validAtStart = scanner.validHigh
                invalidAtStart = scanner.invalidHigh
            }
            let before = scanner.validHigh
            // Only the counters matter here; the decoded bytes are thrown away.
            sink.removeAll(keepingCapacity: true)
            scanner.step(byte, into: &sink)
            // A diacritic byte is part of its letter, not a letter of its own.
            let isMark = scanner.validHigh > before && LegacyTables.vniSingleByByte[Int(byte)] == nil
            if inWord && !isMark { letters += 1 }
        }
        endWord()
        return score
    }
}
