import Foundation

/// Replaces a file's contents so that a crash at any moment leaves either the old
/// file or the new one, never half of each: write a temporary file beside it, copy
/// the permissions, then rename it over the original.
public enum AtomicFileWriter {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Called between writing the temporary file and renaming it (tests inject failures here).
    public typealias Hook = (_ temporaryPath: String) throws -> Void

    public static func replace(_ path: String, with bytes: [UInt8], beforeRename: Hook? = nil) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let temporary = (folder.isEmpty ? "." : folder) + "/.\(url.lastPathComponent).clauselint-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
        let manager = FileManager.default
        let permissions = (try? manager.attributesOfItem(atPath: path))?[.posixPermissions] as? NSNumber
        guard manager.createFile(atPath: temporary, contents: Data(bytes), attributes: permissions.map { [.posixPermissions: $0] }) else {
            throw Failure(description: "cannot write a temporary file beside \(path)")
        }
        do {
            try beforeRename?(temporary)
            guard rename(temporary, path) == 0 else {
                throw Failure(description: "cannot replace \(path): \(String(cString: strerror(errno)))")
            }
        } catch {
            try? manager.removeItem(atPath: temporary)
            throw error
        }
    }
}
