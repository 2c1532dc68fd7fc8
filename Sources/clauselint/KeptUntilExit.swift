/// Values the process keeps until it exits instead of freeing them: a run's results are
/// thousands of arrays, and the system takes a process's memory back at once (see
/// `LintCommand.run`). Used from the main thread only, once the work is done.
enum KeptUntilExit {
    nonisolated(unsafe) private static var values: [Any] = []
    static func keep(_ value: Any) { values.append(value) }
}
