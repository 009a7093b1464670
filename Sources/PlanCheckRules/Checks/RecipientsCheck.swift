import Foundation
import PlanCheckCore

/// "Nơi nhận:" must be there and end with "- Lưu: VT, …" (NĐ 30/2020, Phụ lục I): the archive
/// line is how the office proves which copy it kept.
public struct RecipientsCheck: CheckKind {
    public enum Check: String, Decodable, Sendable { case present, archiveLast }

    public struct Parameters: CheckParameters {
        public enum CodingKeys: String, CodingKey, CaseIterable { case check }
        public typealias Keys = CodingKeys
        public var check: Check
    }

    public static let kind = "recipients"
    public static let placeholders: Set<String> = ["last"]
    public let parameters: Parameters

    public init(parameters: Parameters) throws { self.parameters = parameters }

    public var concernsClosingParts: Bool { true }

    public func run(_ context: CheckContext) -> [CheckHit] {
        let recipients = context.document.recipients
        switch parameters.check {
        case .present:
            return recipients == nil ? [CheckHit(span: nil)] : []
        case .archiveLast:
            guard let recipients, recipients.archive == nil || !recipients.archiveIsLast else { return [] }
            // A two-column closing extracted as one line ("Nơi nhận: | TM. ỦY BAN NHÂN DÂN |")
            // loses the list itself: with no recipient left to read, the list cannot be judged.
            let items = recipients.items.filter { !Self.isSignatureFragment($0.value) }
            guard recipients.archive != nil || !items.isEmpty else { return [] }
            let last = items.last
            return [
                CheckHit(
                    span: recipients.archive?.span ?? last?.span ?? recipients.span,
                    values: ["last": last?.value ?? ""])
            ]
        }
    }

    /// A signature-block or table fragment the extraction put into the recipients' column.
    static func isSignatureFragment(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .init(charactersIn: "|-–• \t"))
        if trimmed.isEmpty { return true }
        return ["TM.", "KT.", "TL.", "TUQ.", "Q.", "T/M", "CHỦ TỊCH", "GIÁM ĐỐC"].contains {
            trimmed.hasPrefix($0)
        }
    }
}
