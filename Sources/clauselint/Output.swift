import Foundation

/// Writes a report to a file or standard output.
enum Output {
    static func write(_ text: String, to path: String?) throws {
        guard let path, path != "-" else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do {
            if isDeviceOrPipe(path) {
                try writeInPlace(Data(text.utf8), to: path)
            } else {
                // A file is replaced whole: a reader never sees half a report.
                try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
            }
        } catch {
            throw Arguments.Failure(description: "cannot write \(path): \(error.localizedDescription)")
        }
    }

    /// Whether `path` (its links followed) is something other than a plain file: a device
    /// such as /dev/null or /dev/stdout, or a named pipe. Those are written to where they
    /// are: replacing them would put a plain file in their place (for a user allowed to
    /// write /dev, /dev/null itself).
    static func isDeviceOrPipe(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        let type = info.st_mode & S_IFMT
        return type != S_IFREG && type != S_IFDIR
    }

    private static func writeInPlace(_ data: Data, to path: String) throws {
        guard let handle = FileHandle(forWritingAtPath: path) else {
            throw CocoaError(.fileWriteNoPermission)
        }
        defer { try? handle.close() }
        try handle.write(contentsOf: data)
    }
}
