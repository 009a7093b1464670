import PlanCheckCore

/// Escaping for every piece of text a page shows: document text, file names, messages. Control
/// and bidi characters become visible first (`DisplaySafe`), so no text can reorder the page.
enum HTML {
    static func e(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in DisplaySafe.escape(s, keeping: .tab).unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A whole page: the stylesheet from /static, no script at all, nothing from outside.
    static func page(title: String, body: String, lang: String = "vi") -> String {
        """
        <!DOCTYPE html>
        <html lang="\(e(lang))">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(e(title)) – PlanCheck</title>
        <link rel="stylesheet" href="/static/plancheck.css">
        </head>
        <body>
        <header><p class="brand"><a href="/">PlanCheck</a></p></header>
        <main>
        \(body)
        </main>
        </body>
        </html>

        """
    }
}
