import PlanCheckCore

/// The field lines of a task ("- Cơ quan chủ trì: …", "- Thời gian thực hiện: …").
enum TaskField: String {
    case lead, cooperating, implementing, time, product

    /// Field labels, accent-free, as real plans write them (DOMAIN.md §3, seeds 002 and 003).
    static let labels: [(key: String, field: TaskField)] = [
        ("co quan chu tri", .lead), ("don vi chu tri", .lead), ("chu tri", .lead),
        ("co quan phoi hop", .cooperating), ("don vi phoi hop", .cooperating), ("phoi hop", .cooperating),
        ("don vi thuc hien", .implementing), ("co quan thuc hien", .implementing),
        ("trach nhiem thuc hien", .implementing),
        ("thoi gian du kien", .time), ("thoi gian thuc hien", .time), ("thoi gian hoan thanh", .time),
        ("thoi gian", .time), ("thoi han", .time), ("tien do", .time),
        ("san pham", .product), ("ket qua san pham", .product),
    ]

    static let labelBytes = labels.map { Array($0.key.utf8) }

    /// Reads "Label: value" at the start of a paragraph's text; returns the field and the UTF-8
    /// offset where the value starts.
    static func read(_ text: String) -> (field: TaskField, valueOffset: Int)? {
        // A label is at most 60 bytes: never scan a long prose paragraph for its colon.
        guard let labelEnd = ByteSearch.find([0x3A], in: text, to: 61), labelEnd <= 60 else { return nil }
        var text = text
        let found = text.withUTF8 { bytes in
            LooseKey.withKey(utf8: UnsafeBufferPointer(rebasing: bytes[0..<labelEnd]), maxScalars: .max) {
                label in
                labelBytes.firstIndex { label.elementsEqual($0) }
            }
        }
        guard let found else { return nil }
        let match = labels[found]
        let colon = text.utf8.index(text.utf8.startIndex, offsetBy: labelEnd)
        let spaces = text.utf8[text.utf8.index(after: colon)...].prefix { $0 == 0x20 }.count
        return (match.field, labelEnd + 1 + spaces)
    }
}
