import Foundation
import PlanCheckCore
import PlanCheckRules

/// Where a document comes from: a file, or text already in memory (a rule example with its
/// markers stripped, an upload the server has read). Both go through the same reading code.
public enum DocumentSource: Sendable, Hashable {
    case file(String)
    case text(String, path: String, format: String)

    /// The path findings and reports name.
    public var path: String {
        switch self {
        case .file(let path): return path
        case .text(_, let path, _): return path
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
    }

    public var path: String
    public var reason: Reason

    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
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
