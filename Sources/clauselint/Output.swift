import Foundation

/// Writes a report to a file or standard output.
enum Output {
    static func write(_ text: String, to path: String?) throws {
        guard let path, path != "-" else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do {
            if isPlainFileOrAbsent(path) {
                // A file is replaced whole: a reader never sees half a report.
                try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
            } else {
                try writeInPlace(Array(text.utf8), to: path)
            }
        } catch let failure as WriteFailure {
            throw Arguments.Failure(description: "cannot write \(path): \(failure.reason)")
        } catch {
            throw Arguments.Failure(description: "cannot write \(path): \(error.localizedDescription)")
        }
    }

    /// Whether `path` is a plain file itself (not a link) or nothing yet: the only paths a
    /// new file may be renamed over. Anything else is written where it is: a device such
    /// as /dev/null, a named pipe, or a link such as /dev/stdout or one to a report kept
    /// elsewhere. Renaming over those would put a plain file in their place (for a user
    /// allowed to write /dev, /dev/null itself).
    static func isPlainFileOrAbsent(_ path: String) -> Bool {
        var info = stat()
        guard lstat(path, &info) == 0 else { return true }
        return info.st_mode & S_IFMT == S_IFREG
    }

    /// A failed open(2) or write(2), in the system's words ("Is a directory").
    private struct WriteFailure: Error {
        let code: Int32
        var reason: String { String(cString: strerror(code)) }
    }

    /// Opens `path` for writing, emptied if it is a file, and writes all of `bytes`.
    private static func writeInPlace(_ bytes: [UInt8], to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw WriteFailure(code: errno) }
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBufferPointer { systemWrite(descriptor, $0.baseAddress! + written, $0.count - written) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { throw WriteFailure(code: count < 0 ? errno : EIO) }
            written += count
        }
    }
}

/// The C library's write(2), named apart from `Output.write`.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
