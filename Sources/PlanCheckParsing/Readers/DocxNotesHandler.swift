/// Collects the text of each w:comment or w:footnote. Footnote separators (w:type="separator") hold
/// no text and are dropped by the emptiness check.
final class DocxNotesHandler: DocxElementHandler {
    private let item: String
    private(set) var items: [String] = []
    private var current: [String]?
    private var paragraph = ""
    private var inText = false

    /// `item` is "comment" or "footnote".
    init(item: String) { self.item = item }

    func start(_ name: String, _ attributes: [String: String]) {
        switch name {
        case item: current = []
        case "p": paragraph = ""
        case "t": inText = current != nil
        case "tab", "br": if current != nil { paragraph += " " }
        default: break
        }
    }

    func end(_ name: String) {
        switch name {
        case "t": inText = false
        case "p":
            if !paragraph.trimmingSpaces.isEmpty { current?.append(paragraph.trimmingSpaces) }
        case item:
            if let text = current?.joined(separator: "\n"), !text.isEmpty { items.append(text) }
            current = nil
        default: break
        }
    }

    func text(_ string: String) {
        if inText { paragraph += string }
    }
}
