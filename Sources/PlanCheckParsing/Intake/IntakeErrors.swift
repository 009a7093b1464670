/// The wording of intake errors in one place, so Vietnamese and English stay in step.
enum IntakeErrors {
    static func empty(_ path: String, onlyWhitespace: Bool) -> InputError {
        onlyWhitespace
            ? InputError(
                path: path, reason: .empty, message: "tệp chỉ có khoảng trắng, không có nội dung",
                englishMessage: "file holds only whitespace, no content")
            : InputError(
                path: path, reason: .empty, message: "tệp rỗng (0 byte)",
                englishMessage: "file is empty (0 bytes)")
    }

    static func invalid(_ path: String, vi: String, en: String) -> InputError {
        InputError(path: path, reason: .invalidEncoding, message: vi, englishMessage: en)
    }

    static func invalidUTF8(_ path: String, byte: UInt8, offset: Int, line: Int) -> InputError {
        let hex = "0x" + String(byte, radix: 16, uppercase: true)
        return invalid(
            path,
            vi:
                "byte \(hex) không hợp lệ trong UTF-8 tại vị trí \(offset) (dòng \(line)); không nhận ra mã TCVN3 hay VNI — hãy lưu lại tệp dưới dạng UTF-8",
            en:
                "invalid UTF-8 byte \(hex) at offset \(offset) (line \(line)); not recognisable as TCVN3 or VNI either — save the file as UTF-8"
        )
    }

    static func nul(_ path: String, offset: Int) -> InputError {
        InputError(
            path: path, reason: .binary,
            message:
                "không phải tệp văn bản: có byte NUL tại vị trí \(offset) (dữ liệu nhị phân, hoặc UTF-16 không có BOM)",
            englishMessage:
                "not a text file: NUL byte at offset \(offset) (binary data, or UTF-16 without a byte-order mark)"
        )
    }

    static func lineTooLong(_ path: String, line: Int, limit: Int) -> InputError {
        InputError(
            path: path, reason: .lineTooLong,
            message:
                "dòng \(line) dài hơn \(InputError.sizeText(limit, english: false)); có lẽ không phải văn bản thường",
            englishMessage:
                "line \(line) is longer than \(InputError.sizeText(limit, english: true)); probably not plain text"
        )
    }

    /// `ofFile`: the limit came from the size of the file (a .docx or PDF that unpacked to more
    /// text than it holds), not from the size of the text.
    /// `atLeast`: counting stopped at `count` (a .docx refused while it streams).
    static func tooManyLines(
        _ path: String, count: Int, allowed: Int, bytes: Int, ofFile: Bool = false, atLeast: Bool = false
    ) -> InputError {
        let vi =
            ofFile
            ? "tệp \(InputError.sizeText(bytes, english: false))"
            : "\(InputError.sizeText(bytes, english: false)) văn bản"
        let en =
            ofFile
            ? "a file of \(InputError.sizeText(bytes, english: true))"
            : "\(InputError.sizeText(bytes, english: true)) of text"
        return InputError(
            path: path, reason: .tooLarge,
            message:
                atLeast
                ? "có hơn \(grouped(allowed, ".")) dòng, quá giới hạn dòng cho \(vi); không phải một văn bản đọc được"
                : "có \(grouped(count, ".")) dòng, quá giới hạn \(grouped(allowed, ".")) dòng cho \(vi); không phải một văn bản đọc được",
            englishMessage:
                atLeast
                ? "has more than \(grouped(allowed, ",")) lines, the line limit for \(en); not a readable document"
                : "has \(grouped(count, ",")) lines, over the limit of \(grouped(allowed, ",")) lines for \(en); not a readable document"
        )
    }

    /// 1234567 → "1.234.567" (Vietnamese) or "1,234,567" (English).
    static func grouped(_ value: Int, _ separator: String) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (i, digit) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out += separator }
            out.append(digit)
        }
        return (value < 0 ? "-" : "") + out
    }
}
