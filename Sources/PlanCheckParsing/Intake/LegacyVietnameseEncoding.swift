import Foundation
import PlanCheckCore

/// The pre-Unicode Vietnamese encodings of the 1990s–2000s. Offices still send files typed in
/// them (DOMAIN.md §6), as .txt saved from Word or as .docx runs set in a legacy font.
public enum LegacyVietnameseEncoding: String, Sendable, CaseIterable {
    case tcvn3 = "tcvn3"
    case vniWindows = "vni-windows"

    /// For bytes that are not valid UTF-8: which legacy encoding they are in, or nil when the
    /// statistics do not clearly point to one (plain Windows-1252 text stays undetected).
    public static func detect(_ bytes: [UInt8]) -> LegacyVietnameseEncoding? {
        LegacyEncodingDetector.detect(bytes)
    }

    /// To NFC Unicode. Bytes with no letter meaning keep their Windows-1252 character.
    public func decode(_ bytes: [UInt8]) -> String {
        var utf8: [UInt8] = []
        utf8.reserveCapacity(bytes.count + bytes.count / 2)
        switch self {
        case .tcvn3:
            let table = LegacyTables.tcvn3Decode
            for byte in bytes {
                if byte < 0x80 { utf8.append(byte) } else { UTF8Append.scalar(table[Int(byte)], to: &utf8) }
            }
            return String(decoding: utf8, as: UTF8.self)
        case .vniWindows:
            var scanner = VNIScanner()
            for byte in bytes { scanner.step(byte, into: &utf8) }
            return VietnameseText.nfc(String(decoding: utf8, as: UTF8.self))
        }
    }

    /// Text of a Word run set in a legacy font (.VnTime, .VnTimeH, VNI-Times…): Word stores each
    /// legacy byte as the Windows-1252 character for it. Characters that cannot be such a byte
    /// (already Unicode) pass through unchanged.
    public func convert(fontText: String, uppercaseFont: Bool) -> String {
        var out = ""
        var pending: [UInt8] = []
        for scalar in fontText.unicodeScalars {
            if let byte = LegacyTables.windows1252Byte(scalar) {
                pending.append(byte)
                continue
            }
            out += decode(pending)
            pending.removeAll(keepingCapacity: true)
            out.unicodeScalars.append(scalar)
        }
        out += decode(pending)
        let text = VietnameseText.nfc(out)
        // The "H" fonts draw every code, lowercase ASCII included, as a capital.
        return uppercaseFont ? text.uppercased() : text
    }

    /// ".VnTime"→(.tcvn3,false), ".VnTimeH"/".VnArialH"…→(.tcvn3,true), "VNI-Times"→(.vniWindows,
    /// false); nil for Unicode fonts.
    public static func forFont(named name: String) -> (LegacyVietnameseEncoding, uppercase: Bool)? {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        let lower = trimmed.lowercased()
        if lower.hasPrefix(".vn") {
            // ABC's capital fonts are the lowercase family's name plus a capital "H".
            return (.tcvn3, trimmed.hasSuffix("H"))
        }
        if lower.hasPrefix("vni-") || lower.hasPrefix("vni ") { return (.vniWindows, false) }
        return nil
    }

    /// Unicode → legacy bytes, or nil when some character has no code (TCVN3 has no toned
    /// capitals). Used to build test fixtures and to prove the tables round-trip.
    public func encode(_ text: String) -> [UInt8]? {
        let table = self == .tcvn3 ? LegacyEncoders.tcvn3 : LegacyEncoders.vni
        var out: [UInt8] = []
        for scalar in VietnameseText.nfc(text).unicodeScalars {
            if scalar.value < 0x80 {
                out.append(UInt8(scalar.value))
            } else if let bytes = table[scalar.value] {
                out.append(contentsOf: bytes)
            } else {
                return nil
            }
        }
        return out
    }
}

/// Appending a scalar's UTF-8 to a byte buffer, for decoders that build text byte by byte.
enum UTF8Append {
    @inline(__always)
    static func scalar(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        let v = scalar.value
        if v < 0x80 {
            out.append(UInt8(v))
        } else if v < 0x800 {
            out.append(UInt8(0xC0 | (v >> 6)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        } else if v < 0x10000 {
            out.append(UInt8(0xE0 | (v >> 12)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        } else {
            out.append(UInt8(0xF0 | (v >> 18)))
            out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        }
    }
}
