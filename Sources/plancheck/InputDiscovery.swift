import Foundation
import PlanCheckParsing

/// Expands the paths a user gives into plan files: a directory means every plan in it.
enum InputDiscovery {
    /// Files in a folder that describe the folder rather than being plans.
    static let notPlans: Set<String> = ["readme.md", "expected.md", "changelog.md", "license.md", "notes.md"]

    static func expand(_ paths: [String]) -> [String] {
        var out: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue
            {
                out += plans(in: path)
            } else {
                out.append(path)
            }
        }
        return out
    }

    static func plans(in directory: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: directory) else { return [] }
        var found: [String] = []
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") {
                walker.skipDescendants()
                continue
            }
            let ext = (name as NSString).pathExtension.lowercased()
            guard PlanReader.supportedExtensions.contains(ext), !notPlans.contains(name.lowercased()) else {
                continue
            }
            found.append((directory as NSString).appendingPathComponent(relative))
        }
        return found.sorted()
    }
}
