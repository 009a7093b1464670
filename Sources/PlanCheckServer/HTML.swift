import PlanCheckCore
import PlanCheckReport

/// Escaping for every piece of text a page shows: document text, file names, messages. Control
/// and bidi characters become visible first (`DisplaySafe`), so no text can reorder the page.
enum HTML {
    /// The report writers' escaping, so that a page and a report file escape alike.
    static func e(_ s: String) -> String { Markup.escape(s) }

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
