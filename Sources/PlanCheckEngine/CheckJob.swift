import Foundation
import PlanCheckCore
import PlanCheckReport
import PlanCheckRules

/// Where a document comes from: a file, or text already in memory (a rule example with its
/// markers stripped, an upload the server has read). Both go through the same reading code.
public enum DocumentSource: Sendable, Hashable {
    case file(String)
    case text(String, path: String, format: String)
    /// A file's bytes already in memory (an upload), read as a file of that name would be.
    case bytes([UInt8], path: String)

    /// The path findings and reports name.
    public var path: String {
        switch self {
        case .file(let path): return path
        case .text(_, let path, _): return path
        case .bytes(_, let path): return path
        }
    }
}

/// One document to check, with the plans above it that it is compared with.
public struct CheckJob: Sendable, Hashable {
    public var source: DocumentSource
    /// Direct parent first when known (a chain), else in the order given; the comparison orders
    /// them by level and date anyway.
    public var parents: [DocumentSource]
    /// Duties of the parent the plan declares not applicable to it (a chain manifest).
    public var notApplicable: [NotApplicableDeclaration]
    /// The plan's level in a chain manifest (nil: read from the document).
    public var level: String?
    /// Levels the manifest gives to parents, keyed by path.
    public var parentLevels: [String: String]

    public init(
        source: DocumentSource, parents: [DocumentSource] = [],
        notApplicable: [NotApplicableDeclaration] = [],
        level: String? = nil, parentLevels: [String: String] = [:]
    ) {
        self.source = source
        self.parents = parents
        self.notApplicable = notApplicable
        self.level = level
        self.parentLevels = parentLevels
    }

    public var path: String { source.path }
}

/// A file under a folder that was not checked, and why: nothing is skipped silently.
public struct SkippedFile: Sendable, Hashable {
    public enum Reason: String, Sendable, Hashable {
        /// README, EXPECTED and similar files that describe the folder.
        case describesFolder
        /// An extension PlanCheck does not read (.doc, .odt, .xlsx, images…).
        case unsupportedFormat
        /// A hidden file or folder (its name starts with a dot).
        case hidden
        /// A chain manifest or another PlanCheck file that configures the folder.
        case configuration
        /// A plan file in a chain folder that its plancheck.yml does not name.
        case notInManifest
        /// A .doc, .odt or .rtf file, read through LibreOffice, which is not installed.
        case needsLibreOffice
        /// A symbolic link that loops or points at nothing: there is no file to read.
        case brokenLink

        public var vietnamese: String {
            switch self {
            case .describesFolder: return "tệp mô tả thư mục, không phải văn bản"
            case .unsupportedFormat: return "định dạng không đọc được; lưu lại thành .docx, .pdf hoặc .txt"
            case .hidden: return "tệp hoặc thư mục ẩn"
            case .configuration: return "tệp cấu hình"
            case .notInManifest: return "không có trong plancheck.yml"
            case .needsLibreOffice:
                return "cần LibreOffice để đọc (cài gói libreoffice-writer-nogui) hoặc lưu lại thành .docx"
            case .brokenLink: return "liên kết tượng trưng hỏng hoặc tạo vòng lặp, không trỏ tới tệp nào"
            }
        }

        public var english: String {
            switch self {
            case .describesFolder: return "describes the folder, not a document"
            case .unsupportedFormat: return "format not read; save it as .docx, .pdf or .txt"
            case .hidden: return "hidden file or folder"
            case .configuration: return "configuration file"
            case .notInManifest: return "not named in plancheck.yml"
            case .needsLibreOffice:
                return "needs LibreOffice to be read (install libreoffice-writer-nogui) or save it as .docx"
            case .brokenLink: return "broken or looping symbolic link: it reaches no file"
            }
        }
    }

    public var path: String
    public var reason: Reason

    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    public var notChecked: CheckReport.NotChecked {
        let plan: Set<Reason> = [.unsupportedFormat, .needsLibreOffice, .notInManifest]
        return .init(
            path: path, reason: reason.vietnamese, englishReason: reason.english,
            mayBeAPlan: plan.contains(reason))
    }
}

/// Everything a run was asked to do: the jobs in order, the files left out with their reason, and
/// whether plans without a parent may be linked to another plan of the run they cite.
public struct JobPlan: Sendable {
    public var jobs: [CheckJob]
    public var skipped: [SkippedFile]
    public var linkByCitation: Bool
    /// The campaign of a chain folder's manifest (who must submit, by when); submitters named in
    /// the manifest are keyed by job path.
    public var campaign: CampaignSpec?

    public init(
        jobs: [CheckJob], skipped: [SkippedFile] = [], linkByCitation: Bool = false,
        campaign: CampaignSpec? = nil
    ) {
        self.jobs = jobs
        self.skipped = skipped
        self.linkByCitation = linkByCitation
        self.campaign = campaign
    }
}
