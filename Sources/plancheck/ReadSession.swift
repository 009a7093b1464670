import Foundation
import PlanCheckCore
import PlanCheckParsing

/// Reads each file once, however many plans name it as a parent, and keeps every input error.
struct ReadSession {
    let options: PlanReader.Options
    let english: Bool
    private(set) var documents: [String: PlanDocument] = [:]
    private(set) var errors: [String] = []
    private var failed: Set<String> = []

    init(options: PlanReader.Options, english: Bool) {
        self.options = options
        self.english = english
    }

    /// The document, read on first use and kept (parents are shared by many plans).
    mutating func document(_ path: String) -> PlanDocument? {
        if let d = documents[path] { return d }
        guard let d = readOnce(path) else { return nil }
        documents[path] = d
        return d
    }

    /// The document, not kept: a review of a thousand submissions needs each only once.
    mutating func readOnce(_ path: String) -> PlanDocument? {
        if failed.contains(path) { return nil }
        do {
            return try PlanReader.read(path: path, options: options)
        } catch {
            failed.insert(path)
            errors.append(error.message(english: english))
            return nil
        }
    }
}
