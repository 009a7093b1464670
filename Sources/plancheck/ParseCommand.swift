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
            throw InputFailure(message: error.message(english: english))
        }
        switch format {
        case .json: print(try ParseJSON.encode(document))
        case .tree: print(OutlineRenderer.render(document), terminator: "")
        }
    }
}
