extension DocumentNumber {
    /// The one key two document numbers ("61/KH-UBND", "72/2015/NĐ-CP", "57-KL/TW") are the same
    /// document by: without whitespace, folded like every other match (`VietnameseText.matchKey`),
    /// since stray spaces and case are defects of their own that other rules report.
    public static func key(_ number: String) -> String {
        VietnameseText.matchKey(String(number.unicodeScalars.filter { !$0.properties.isWhitespace }))
    }
}
