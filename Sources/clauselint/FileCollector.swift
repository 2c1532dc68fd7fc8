import Foundation
import ClauseLint

/// Expands command-line paths into the files to lint: files as given, folders
/// recursively by extension (sorted, hidden entries skipped), `-` for standard input.
struct FileCollector {
    struct Missing: Error, CustomStringConvertible {
        let path: String
        var description: String { "no such file or directory: \(path)" }
    }

    static func collect(_ paths: [String]) throws -> [String] {
        var files: [String] = []
        let manager = FileManager.default
        for path in paths {
            if path == "-" { files.append(path); continue }
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                // A dangling symlink exists as a link but not as a file: lint it to report it.
                if (try? manager.destinationOfSymbolicLink(atPath: path)) != nil { files.append(path); continue }
                throw Missing(path: path)
            }
            guard isDirectory.boolValue else { files.append(path); continue }
            var found: [String] = []
            walk(path, into: &found, depth: 0)
            files.append(contentsOf: found.sorted())
        }
        // A file named twice (a folder and a file inside it) is linted once. One operand
        // cannot name a file twice: a folder's walk meets each entry once.
        guard paths.count > 1 else { return files }
        var seen = Set<String>()
        return files.filter { $0 == "-" || seen.insert(URL(fileURLWithPath: $0).standardizedFileURL.path).inserted }
    }

    private static func walk(_ folder: String, into found: inout [String], depth: Int) {
        guard depth < 64, let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for entry in entries where !entry.hasPrefix(".") {
            let path = folder.hasSuffix("/") ? folder + entry : folder + "/" + entry
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            if exists, isDirectory.boolValue {
                // Do not follow links to folders: they can loop.
                if (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) == nil {
                    walk(path, into: &found, depth: depth + 1)
                }
            } else if DocumentFormat.forPath(path) != nil {
                found.append(path)
            }
        }
    }
}
