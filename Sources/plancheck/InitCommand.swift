import ArgumentParser
import Foundation

/// `plancheck init`: a commented `.plancheck.yml` to start from. Every setting is shown commented
/// out, so the file changes nothing until the user edits it, and it never replaces a config.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Tạo tệp cấu hình .plancheck.yml có chú thích (không ghi đè tệp đã có).")

    @Option(help: "Đường dẫn tệp cấu hình sẽ tạo.") var path: String = ".plancheck.yml"

    func run() throws {
        // O_EXCL: two runs at once, or a file created meanwhile, cannot be overwritten.
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard fd >= 0 else {
            if errno == EEXIST {
                throw InputFailure(
                    message:
                        "\(path): tệp đã có, không ghi đè (file exists, not overwritten); sửa trực tiếp hoặc xóa trước."
                )
            }
            throw InputFailure(message: "\(path): không tạo được tệp (\(String(cString: strerror(errno)))).")
        }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        handle.write(Data(Self.template.utf8))
        print("đã tạo \(path)")
    }

    static let template = """
        # .plancheck.yml: cấu hình PlanCheck cho thư mục này và các thư mục con.
        # plancheck tìm tệp này từ thư mục hiện tại đi lên, hoặc theo --config TỆP.
        # Mọi dòng dưới đây đang là chú thích: bỏ dấu # ở những gì cần đổi.
        # Danh sách quy tắc: plancheck rules list; chi tiết một quy tắc: plancheck rules show ID.

        # Bật/tắt hoặc đổi mức của từng quy tắc: off, on, error, warning, info.
        # rules:
        #   KH004: off        # kế hoạch của huyện không cần mục kinh phí
        #   TT012: error

        # Bật/tắt cả một gói quy tắc: the-thuc, can-cu, ke-hoach, cap-tren, danh-muc.
        # packs:
        #   danh-muc: off

        # Thêm thư mục quy tắc riêng của tỉnh (đường dẫn tính từ tệp này).
        # rule_folders:
        #   - ../quy-tac-cua-tinh

        # Các phát hiện đã biết mà check bỏ qua (plancheck baseline write; xem docs/baseline.md).
        # baseline: .plancheck-baseline.json

        # Người gửi công văn góp ý (plancheck review --out DIR --format letter).
        # letter:
        #   issuer: ["UBND TỈNH VĨNH LONG", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"]
        #   name: Sở Văn hóa, Thể thao và Du lịch
        #   code: SVHTTDL-VP
        #   place: Vĩnh Long
        #   signer: { authority: KT. GIÁM ĐỐC, title: PHÓ GIÁM ĐỐC, name: Nguyễn Văn An }
        #   archive: VP
        #   resubmit_days: 10

        """
}
