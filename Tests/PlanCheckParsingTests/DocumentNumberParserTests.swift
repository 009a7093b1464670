import PlanCheckCore
import PlanCheckParsing
import Testing

@Test func strayWhitespaceBeforeSlashIsRemoved() {
    let n = DocumentNumberParser.parse("99 /KH-UBND")
    #expect(n.normalized == "99/KH-UBND")
    #expect(n.defects.map(\.kind) == [.strayWhitespace])
    #expect(n.serial == "99")
    #expect(n.typeCode == "KH")
    #expect(n.issuerCode == "UBND")
}

@Test func blankNumberKeepsItsTypeCode() {
    for raw in ["/KH-UBND", "  /KH-UBND"] {
        let n = DocumentNumberParser.parse(raw)
        #expect(n.isBlank)
        #expect(n.normalized == nil)
        #expect(n.typeCode == "KH")
        #expect(n.defects.map(\.kind) == [.blankNumber])
    }
}

@Test func normativeNumberCarriesYearTypeAndIssuer() {
    let n = DocumentNumberParser.parse("72/2015/NĐ-CP")
    #expect(n.normalized == "72/2015/NĐ-CP")
    #expect(n.year == 2015)
    #expect(n.typeCode == "NĐ")
    #expect(n.issuerCode == "CP")
    #expect(n.defects.isEmpty)
    #expect(!n.isPartyForm)
}

@Test func congVanNumberHasNoTypeCode() {
    let n = DocumentNumberParser.parse("5406/BTTTT-TTĐN")
    #expect(n.normalized == "5406/BTTTT-TTĐN")
    #expect(n.typeCode == nil)
    #expect(n.issuerCode == "BTTTT-TTĐN")
    #expect(n.defects.isEmpty)
}

@Test func partyNumbersUseTheHyphenForm() {
    for (raw, code, issuer) in [
        ("149-KH/TU", "KH", "TU"), ("57-KL/TW", "KL", "TW"), ("12-CT/TW", "CT", "TW"),
    ] {
        let n = DocumentNumberParser.parse(raw)
        #expect(n.isPartyForm)
        #expect(n.normalized == raw)
        #expect(n.typeCode == code)
        #expect(n.issuerCode == issuer)
        #expect(n.defects.isEmpty)
    }
}

@Test func missingHyphenIsRepaired() {
    let n = DocumentNumberParser.parse("1079/QĐTTg")
    #expect(n.normalized == "1079/QĐ-TTg")
    #expect(n.typeCode == "QĐ")
    #expect(n.issuerCode == "TTg")
    #expect(n.defects.map(\.kind) == [.missingHyphen])
}

@Test func digitsRunTogetherAreSplitAtTheYear() {
    let n = DocumentNumberParser.parse("222016/TT-BTTTT")
    #expect(n.normalized == "22/2016/TT-BTTTT")
    #expect(n.serial == "22")
    #expect(n.year == 2016)
    #expect(n.defects.map(\.kind) == [.digitsRunTogether])
    // A long Quyết định serial is not a lost slash.
    #expect(DocumentNumberParser.parse("12019/QĐ-BCA").year == nil)
}

@Test func spacesAroundHyphensAreStray() {
    let cases = [
        ("3334/QĐ- UBND", "3334/QĐ-UBND"), ("1079/QĐ -TTg", "1079/QĐ-TTg"),
        ("5406/BTTTT- TTĐN", "5406/BTTTT-TTĐN"), ("149- KH/TU", "149-KH/TU"),
    ]
    for (raw, expected) in cases {
        let n = DocumentNumberParser.parse(raw)
        #expect(n.normalized == expected)
        #expect(n.defects.map(\.kind) == [.strayWhitespace])
    }
}

@Test func yearlessDecreeNumberParsesWithoutYear() {
    let n = DocumentNumberParser.parse("72/NĐ-CP")
    #expect(n.year == nil)
    #expect(n.typeCode == "NĐ")
    #expect(n.defects.isEmpty)
}
