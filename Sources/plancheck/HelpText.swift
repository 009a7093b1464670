import Foundation

/// ArgumentParser writes its headings, its own flags' help and its usage errors in English; a
/// Vietnamese official reading `plancheck --help` or a mistyped option gets them in Vietnamese
/// (English with `--lang en`). The words are ArgumentParser 1.x's: a phrase it no longer prints
/// simply stays as it is.
enum HelpText {
    static let vietnamese: [(String, String)] = [
        ("OVERVIEW:", "TỔNG QUAN:"), ("USAGE:", "CÁCH DÙNG:"), ("ARGUMENTS:", "ĐỐI SỐ:"),
        ("OPTIONS:", "TÙY CHỌN:"), ("SUBCOMMANDS:", "LỆNH:"),
        ("Show help information.", "Hiện trợ giúp này."),
        ("Show the version.", "Hiện phiên bản."), ("(default: ", "(mặc định: "), ("(values: ", "(giá trị: "),
        (
            "See 'plancheck help <subcommand>' for detailed help.",
            "Xem 'plancheck help <lệnh>' để biết chi tiết từng lệnh."
        ),
        ("Error: ", "Lỗi: "), ("Usage: ", "Cách dùng: "), ("Missing expected argument", "Thiếu đối số"),
        ("Unknown option", "Không có tùy chọn"), ("Unexpected argument", "Đối số thừa"),
        ("Missing value for", "Thiếu giá trị cho"), ("The value", "Giá trị"),
        ("is invalid for", "không hợp lệ cho"),
        ("Please provide one of", "Hãy chọn một trong"), ("Unknown subcommand", "Không có lệnh"),
        ("Did you mean", "Có phải ý bạn là"), ("for more information.", "để biết thêm."),
        ("See 'plancheck", "Xem 'plancheck"), ("(optional)", "(tùy chọn)"), ("Help:  ", "Trợ giúp:  "),
        ("plancheck <subcommand>", "plancheck <lệnh>"),
    ]

    /// Help and usage errors in the language the command line asks for.
    static func localize(_ message: String, arguments: [String]) -> String {
        // A completion script is code for the shell, not text for people.
        guard !english(arguments),
            !arguments.contains(where: { $0.hasPrefix("--generate-completion-script") })
        else { return message }
        var out = message
        for (en, vi) in vietnamese { out = out.replacingOccurrences(of: en, with: vi) }
        return out
    }

    /// `--lang en` or `--lang=en` anywhere on the line (the error may be about another option).
    static func english(_ arguments: [String]) -> Bool {
        for (i, a) in arguments.enumerated() {
            if a == "--lang=en" { return true }
            if a == "--lang", i + 1 < arguments.count, arguments[i + 1] == "en" { return true }
        }
        return false
    }
}
