import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// glibc's allocator keeps only seven freed blocks of each size for a thread to reuse at
/// once. Linting an archive frees a document's thousands of small blocks after each file
/// and allocates as many for the next, so most blocks take the allocator's slow path
/// (`_int_malloc`, consolidation). And each file's word and bigram tables (a few hundred
/// kilobytes) are mapped fresh from the kernel and faulted in page by page, then handed
/// back. A larger per-thread cache and keeping freed memory up to 32 MB blocks (64 MB at
/// the top of a heap) in the process remove both; glibc reads these settings only from the
/// environment at start-up, so a large run starts itself again with them. One draft is not
/// worth the second start-up (a few milliseconds).
enum AllocatorTuning {
    static let variable = "GLIBC_TUNABLES"
    static let setting = "glibc.malloc.tcache_count=2000:glibc.malloc.trim_threshold=67108864:glibc.malloc.mmap_threshold=33554432"
    /// Runs with fewer files than this are not started again.
    static let leastFiles = 32

    /// Starts the program again with `setting` when the run is large enough, the
    /// platform is glibc's and the user has not set tunables of their own. Returns only if
    /// the program was not started again (the new image replaces this one otherwise).
    static func restartIfWorthIt(fileCount: Int, readsStandardInput: Bool) {
        #if os(Linux) && canImport(Glibc)
        guard fileCount >= leastFiles, !readsStandardInput, getenv(variable) == nil else { return }
        setenv(variable, setting, 0)
        // On success execv does not return; on failure the run goes on as it is.
        _ = execv("/proc/self/exe", CommandLine.unsafeArgv)
        unsetenv(variable)
        #endif
    }
}
