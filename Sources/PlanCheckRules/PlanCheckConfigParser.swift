import Foundation
import PlanCheckCore
import Yams

/// Reads `.plancheck.yml` node by node so that every problem names its line.
struct PlanCheckConfigParser {
    let file: URL

    func parse() throws -> PlanCheckConfig {
        var problems: [LoadProblem] = []
        var config = PlanCheckConfig(file: file)
        switch YAMLSupport.compose(file) {
        case .failure(let problem):
            problems.append(problem)
        case .success(nil):
            break  // An empty file is a valid config that changes nothing.
        case .success(let root?):
            guard let mapping = root.mapping else {
                problems.append(LoadProblem(line: YAMLSupport.line(root), "the config must be a mapping"))
                break
            }
            problems += YAMLSupport.unknownKeys(mapping, allowed: PlanCheckConfig.topKeys, what: "key")
            config.rules = settings(mapping["rules"], "rules", &problems)
            config.packs = settings(mapping["packs"], "packs", &problems)
            config.ruleFolders = folders(mapping["rule_folders"], &problems)
            if let node = mapping["baseline"] {
                if let path = node.string, !path.isEmpty {
                    config.baseline = path
                } else {
                    problems.append(
                        LoadProblem(line: YAMLSupport.line(node), "'baseline' must be the path of a file"))
                }
            }
            config.letter = mapping["letter"].map { letter($0, &problems) }
        }
        guard problems.isEmpty else {
            throw RuleLoadingError(diagnostics: problems.map { $0.formatted(file.path) })
        }
        return config
    }

    private func settings<S: RawRepresentable & CaseIterable>(
        _ node: Node?, _ key: String, _ problems: inout [LoadProblem]
    ) -> [String: S] where S.RawValue == String {
        guard let node else { return [:] }
        guard let mapping = node.mapping else {
            problems.append(LoadProblem(line: YAMLSupport.line(node), "'\(key)' must be a mapping"))
            return [:]
        }
        var out: [String: S] = [:]
        for (name, _, value) in YAMLSupport.pairs(mapping) {
            // YAML 1.1 reads a bare `off`/`on` as a boolean; accept both spellings.
            let raw = value.bool.map { $0 ? "on" : "off" } ?? value.string ?? ""
            if let setting = S(rawValue: raw) {
                out[name] = setting
            } else {
                let allowed = S.allCases.map(\.rawValue).joined(separator: "|")
                problems.append(
                    LoadProblem(
                        line: YAMLSupport.line(value),
                        "bad setting '\(value.string ?? raw)' for '\(name)' in '\(key)' (expected \(allowed))"
                    ))
            }
        }
        return out
    }

    private func folders(_ node: Node?, _ problems: inout [LoadProblem]) -> [String] {
        guard let node else { return [] }
        guard let items = node.sequence, items.allSatisfy({ $0.string != nil }) else {
            problems.append(
                LoadProblem(line: YAMLSupport.line(node), "'rule_folders' must be a list of paths"))
            return []
        }
        return items.compactMap(\.string)
    }

    // MARK: letter

    private func letter(_ node: Node, _ problems: inout [LoadProblem]) -> LetterSender {
        var sender = LetterSender()
        guard let mapping = node.mapping else {
            problems.append(LoadProblem(line: YAMLSupport.line(node), "'letter' must be a mapping"))
            return sender
        }
        problems += YAMLSupport.unknownKeys(mapping, allowed: LetterSender.keys, what: "'letter' key")
        sender.issuer = lines(mapping["issuer"], "letter.issuer", &problems)
        sender.name = text(mapping["name"], "letter.name", &problems)
        sender.code = text(mapping["code"], "letter.code", &problems)
        if let code = sender.code, let node = mapping["code"],
            code.contains(where: { $0 == "/" || $0.isWhitespace })
        {
            problems.append(
                LoadProblem(
                    line: YAMLSupport.line(node),
                    "'letter.code' is the ký hiệu after the slash (\"SVHTTDL-VP\"), without '/' or spaces"))
        }
        sender.place = text(mapping["place"], "letter.place", &problems)
        sender.archive = text(mapping["archive"], "letter.archive", &problems)
        sender.template = text(mapping["template"], "letter.template", &problems)
        sender.copies = mapping["copies"].map { lines($0, "letter.copies", &problems) } ?? []
        if let days = mapping["resubmit_days"] {
            if let n = days.int, (1...365).contains(n) {
                sender.resubmitDays = n
            } else {
                problems.append(
                    LoadProblem(
                        line: YAMLSupport.line(days),
                        "'letter.resubmit_days' must be a number of days from 1 to 365"))
            }
        }
        if let signer = mapping["signer"] { self.signer(signer, into: &sender, &problems) }
        return sender
    }

    private func signer(_ node: Node, into sender: inout LetterSender, _ problems: inout [LoadProblem]) {
        guard let mapping = node.mapping else {
            problems.append(
                LoadProblem(
                    line: YAMLSupport.line(node), "'letter.signer' must be a mapping (authority, title, name)"
                ))
            return
        }
        problems += YAMLSupport.unknownKeys(
            mapping, allowed: LetterSender.signerKeys, what: "'letter.signer' key")
        sender.authority = lines(mapping["authority"], "letter.signer.authority", &problems)
        sender.title = text(mapping["title"], "letter.signer.title", &problems)
        sender.signer = text(mapping["name"], "letter.signer.name", &problems)
    }

    /// A non-empty line of text; nil (with a problem) for anything else.
    private func text(_ node: Node?, _ key: String, _ problems: inout [LoadProblem]) -> String? {
        guard let node else { return nil }
        guard node.scalar != nil, let value = node.string?.trimmingCharacters(in: .whitespaces),
            !value.isEmpty, !value.contains(where: \.isNewline)
        else {
            problems.append(
                LoadProblem(line: YAMLSupport.line(node), "'\(key)' must be one non-empty line of text"))
            return nil
        }
        return VietnameseText.nfc(value)
    }

    /// A list of lines (one line alone is taken as a list of one).
    private func lines(_ node: Node?, _ key: String, _ problems: inout [LoadProblem]) -> [String] {
        guard let node else { return [] }
        guard let items = node.sequence else { return text(node, key, &problems).map { [$0] } ?? [] }
        if items.isEmpty {
            problems.append(LoadProblem(line: YAMLSupport.line(node), "'\(key)' must not be empty"))
        }
        return items.compactMap { text($0, key, &problems) }
    }
}
