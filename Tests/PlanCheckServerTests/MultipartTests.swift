import Testing

@testable import PlanCheckServer

@Suite struct MultipartTests {
    let type = "multipart/form-data; boundary=XyZ"

    @Test func partsAreSplitWithTheirNamesAndBytes() throws {
        let body = Array(
            "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a b.txt\"\r\n\r\nline1\r\nline2\r\n--XyZ\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhi\r\n--XyZ--\r\n"
                .utf8)
        let form = try MultipartForm.parse(body, contentType: type)
        #expect(form.parts.count == 2)
        #expect(form.part("file")?.filename == "a b.txt")
        #expect(form.part("file")?.data == Array("line1\r\nline2".utf8))
        #expect(form.part("note")?.filename == nil)
        #expect(form.part("note")?.data == Array("hi".utf8))
    }

    @Test func aQuotedBoundaryIsRead() {
        let long = String(repeating: "b", count: 71)
        #expect(MultipartForm.boundary(contentType: "multipart/form-data; boundary=\(long)") == nil)
        #expect(MultipartForm.boundary(contentType: "Multipart/Form-Data; boundary=\"abc\"") == "abc")
        #expect(MultipartForm.boundary(contentType: "text/plain; boundary=abc") == nil)
    }

    @Test func truncatedBodiesAreMalformed() {
        let cut = Array("--XyZ\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nno end".utf8)
        #expect(throws: MultipartForm.Failure.malformed) { try MultipartForm.parse(cut, contentType: type) }
        #expect(throws: MultipartForm.Failure.notMultipart) { try MultipartForm.parse(cut, contentType: nil) }
    }

    @Test func thousandsOfPartsAreRefused() {
        var text = ""
        for i in 0..<100 { text += "--XyZ\r\nContent-Disposition: form-data; name=\"f\(i)\"\r\n\r\nx\r\n" }
        text += "--XyZ--\r\n"
        #expect(throws: MultipartForm.Failure.tooManyParts) {
            try MultipartForm.parse(Array(text.utf8), contentType: type)
        }
    }

    @Test func shownNamesKeepOnlyTheLastComponent() {
        #expect(Upload.shownName("../../etc/passwd") == "passwd")
        #expect(Upload.shownName("C:\\Users\\x\\KH.docx") == "KH.docx")
    }

    @Test func submissionTokensAreCutInTheLog() {
        #expect(WebMiddleware.loggedPath("/s/abcdefghijklmnop/nop") == "/s/abcdef…/nop")
        #expect(WebMiddleware.loggedPath("/check") == "/check")
    }
}
