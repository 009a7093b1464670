/// The ways a .docx's zip structure can be damaged, each worded for the user with what it most
/// likely means: a download cut short, bytes lost in the middle, a directory that lies.
enum ZipDamage {
    static func error(_ vi: String, _ en: String) -> ReaderError {
        ReaderError(
            .damagedZip, message: "Tệp .docx bị hỏng: " + vi, english: "The .docx zip is damaged: " + en)
    }

    static func noEndRecord() -> ReaderError {
        error(
            "không thấy mục lục ở cuối tệp nén, có lẽ tệp bị cắt cụt (tải về chưa hết).",
            "no end-of-central-directory record; the file was probably cut short (an incomplete download).")
    }

    static func multiDisk() -> ReaderError {
        error(
            "đây là một phần của tệp nén chia nhiều phần; hãy gửi tệp .docx nguyên vẹn.",
            "it is one part of a multi-part (spanned) archive; send the whole .docx.")
    }

    static func directoryOutside(offset: UInt64, size: UInt64, fileSize: Int) -> ReaderError {
        error(
            "mục lục của tệp nén (vị trí \(offset), dài \(size) byte) nằm ngoài tệp dài \(fileSize) byte; tệp bị cắt hoặc bị sửa.",
            "the central directory (offset \(offset), \(size) bytes) lies outside the \(fileSize)-byte file; it was cut or altered."
        )
    }

    static func shifted(found: UInt64, recorded: UInt64) -> ReaderError {
        let delta = Int64(found) - Int64(clamping: recorded)
        let vi = delta < 0 ? "mất \(-delta) byte" : "thừa \(delta) byte chen vào"
        let en = delta < 0 ? "\(-delta) bytes are missing" : "\(delta) bytes were inserted"
        return error(
            "mục lục của tệp nén nằm ở vị trí \(found), không phải \(recorded) như tệp ghi: có lẽ tệp bị \(vi) ở giữa; hãy lấy lại tệp gốc.",
            "its central directory is at offset \(found), not \(recorded) as recorded: probably \(en) in the middle of the file."
        )
    }

    static func countTooLarge(_ count: UInt64, size: UInt64) -> ReaderError {
        error(
            "mục lục khai báo \(count) phần nhưng chỉ dài \(size) byte.",
            "the directory declares \(count) entries in only \(size) bytes.")
    }

    static func badDirectoryEntry(_ index: Int) -> ReaderError {
        error(
            "mục thứ \(index + 1) của mục lục tệp nén không đọc được.",
            "entry \(index + 1) of the central directory is unreadable.")
    }

    static func missingLocal(_ name: String) -> ReaderError {
        let name = short(name)
        return error(
            "phần \(name) không nằm ở vị trí mục lục chỉ ra; tệp bị mất hoặc thừa byte ở giữa.",
            "entry \(name) is not where the central directory says; bytes are missing or added in the middle."
        )
    }

    static func dataOutside(_ name: String) -> ReaderError {
        let name = short(name)
        return error(
            "dữ liệu của phần \(name) vượt ra ngoài chỗ của nó trong tệp; tệp bị cắt hoặc bị sửa.",
            "the data of entry \(name) runs past its place in the file; the file was cut or altered.")
    }

    static func unknownMethod(_ name: String, _ method: UInt16) -> ReaderError {
        let name = short(name)
        return error(
            "phần \(name) được nén theo phương pháp số \(method), không được hỗ trợ (chỉ store và deflate).",
            "entry \(name) uses compression method \(method); only stored and deflate are supported.")
    }

    /// Entry names come from the file: long ones are cut (and every message is escaped by
    /// `ReaderError`: a damaged name held a newline, found by the fuzzer).
    static func short(_ name: String) -> String {
        name.unicodeScalars.count <= 80
            ? name : String(String.UnicodeScalarView(name.unicodeScalars.prefix(80))) + "…"
    }
}
