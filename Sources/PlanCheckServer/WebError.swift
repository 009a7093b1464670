import HTTPTypes

/// A request the server refuses, with the status and the one sentence the user reads.
struct WebError: Error, Sendable {
    var status: HTTPResponse.Status
    var message: String
    var englishMessage: String

    func text(english: Bool) -> String { english ? englishMessage : message }

    static func tooLarge(_ mb: Int) -> WebError {
        WebError(
            status: .contentTooLarge, message: "Tệp quá lớn: tối đa \(mb) MB cho một lần kiểm tra.",
            englishMessage: "The upload is too large: at most \(mb) MB per check.")
    }

    static let notMultipart = WebError(
        status: .badRequest, message: "Yêu cầu phải gửi tệp dưới dạng multipart/form-data.",
        englishMessage: "The request must send its files as multipart/form-data.")

    static let malformed = WebError(
        status: .badRequest, message: "Không đọc được nội dung biểu mẫu gửi lên.",
        englishMessage: "The form data could not be read.")

    static let missingFile = WebError(
        status: .badRequest, message: "Chưa chọn tệp dự thảo (trường file).",
        englishMessage: "No draft was sent (field file).")

    static func refused(_ refusal: UploadKind.Refusal, field: String) -> WebError {
        switch refusal {
        case .unsupportedExtension(let ext):
            let shown = ext.isEmpty ? "không có đuôi" : ".\(ext)"
            let word = ext == "doc" ? " Hãy lưu lại thành .docx." : ""
            return WebError(
                status: .unsupportedMediaType,
                message: "Tệp \(field) (\(shown)) không phải .docx, .pdf, .txt hay .md.\(word)",
                englishMessage: "The \(field) file (\(ext.isEmpty ? "no extension" : "." + ext)) is not "
                    + ".docx, .pdf, .txt or .md.")
        case .contentMismatch(let ext):
            return WebError(
                status: .unsupportedMediaType,
                message: "Nội dung tệp \(field) không phải tệp .\(ext) như tên tệp nói.",
                englishMessage: "The content of the \(field) file is not the .\(ext) its name says.")
        case .empty:
            return WebError(
                status: .badRequest, message: "Tệp \(field) rỗng.",
                englishMessage: "The \(field) file is empty.")
        }
    }

    static func unreadable(_ detail: String) -> WebError {
        WebError(
            status: .unprocessableContent, message: "Không đọc được tệp: \(detail)",
            englishMessage: "The file could not be read: \(detail)")
    }

    static let internalFailure = WebError(
        status: .internalServerError, message: "Máy chủ không kiểm tra được tệp lúc này; hãy thử lại.",
        englishMessage: "The server could not check the file just now; try again.")
}
