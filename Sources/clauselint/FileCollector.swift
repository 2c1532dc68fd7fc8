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

    /// Adds the lintable files under `folder`. The type of each entry comes with its name
    /// (`d_type`): a stat(2) per entry, as `FileManager` makes, cost more than the walk's
    /// whole work on an archive of thousands of files. Only links and file systems that do
    /// not give the type are asked about.
    private static func walk(_ folder: String, into found: inout [String], depth: Int) {
        guard depth < 64, let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(cString: bytes.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            guard !name.hasPrefix(".") else { continue }   // hidden entries, and . and ..
            let path = prefix + name
            switch kind(of: path, type: entry.pointee.d_type) {
            case .folder: walk(path, into: &found, depth: depth + 1)
            case .linkToFolder: continue   // not followed: links to folders can loop
            case .other: if DocumentFormat.forPath(path) != nil { found.append(path) }
            }
        }
    }

    private enum EntryKind { case folder, linkToFolder, other }

    /// A folder, a link to one, or anything else (files, links to files, broken links: the
    /// lint reports what cannot be read).
    private static func kind(of path: String, type: UInt8) -> EntryKind {
        switch Int32(type) {
        case Int32(DT_DIR): return .folder
        case Int32(DT_LNK): return pointsToFolder(path) ? .linkToFolder : .other
        case Int32(DT_UNKNOWN):
            var info = stat()
            guard lstat(path, &info) == 0 else { return .other }
            if info.st_mode & S_IFMT == S_IFDIR { return .folder }
            if info.st_mode & S_IFMT == S_IFLNK { return pointsToFolder(path) ? .linkToFolder : .other }
            return .other
        default: return .other
        }
    }

    /// Whether `path`, its links followed, is a folder.
    private static func pointsToFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }
}
