import ArgumentParser
import Foundation
import PlanCheckCore
import PlanCheckParsing

struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse", abstract: "Đọc một kế hoạch và in cấu trúc (json hoặc dàn ý).")

    enum Format: String, ExpressibleByArgument { case json, tree }

    @Argument(help: "Tệp kế hoạch (.txt, .md, .docx, .pdf).") var file: String
    @Option(help: "json (hợp đồng, xem docs/parse-json.md) hoặc tree (dàn ý cho người đọc).") var format:
        Format = .tree
    @Flag(help: "Thông báo bằng tiếng Anh.") var english = false
    @Flag(help: "Nhận dạng chữ (tesseract, tiếng Việt) cho PDF không có lớp chữ.") var ocr = false

    func run() throws {
        let document: PlanDocument
        do {
            document = try PlanReader.read(path: file, options: .init(ocr: ocr))
        } catch {
            // The message quotes the file name: escaped here, where it is one line, since main()
            // cannot tell a newline inside a name from a line break of its own.
            throw InputFailure(message: DisplaySafe.escape(error.message(english: english)))
        }
        switch format {
        case .json: print(try ParseJSON.encode(document))
        // The outline quotes the plan's own words: escaped, its line breaks kept.
        case .tree:
            print(DisplaySafe.escape(OutlineRenderer.render(document), keeping: .lineFeed), terminator: "")
        }
    }
}
