import PlanCheckCore

/// Why a file could not be read. Every refusal of a hostile or damaged file is one of these, so the
/// CLI can print a Vietnamese message for the user and exit 2 instead of crashing or hanging.
public struct ReaderError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: String, Sendable {
        case notAZip, damagedZip, missingDocumentXML, zipBomb, tooLarge
        case xmlEntities, xmlTooDeep, malformedXML, invalidUTF8
        case encrypted, noTextLayer, toolMissing, toolFailed
    }

    public var reason: Reason
    /// For the user, in Vietnamese.
    public var message: String
    /// For logs and bug reports.
    public var englishMessage: String

    /// Messages quote the file (entry names, XML element names, tool output): escaped here, once
    /// for every reader, so that a refusal is always one line without control characters.
    public init(_ reason: Reason, message: String, english: String) {
        self.reason = reason
        self.message = DisplaySafe.escape(message)
        self.englishMessage = DisplaySafe.escape(english)
    }

    public var description: String { "\(reason.rawValue): \(message) (\(englishMessage))" }
}
