import XCTest
import Foundation
@testable import ClauseLint

/// Results come back in index order whatever the number of workers and however long each item takes.
final class ParallelTests: XCTestCase {
    func testMapWithWorkersKeepsIndexOrder() {
        for workers in [1, 2, 3, 8, 100] {
            for count in [0, 1, 2, 7, 300] {
                let result = Parallel.map(count: count, workers: workers) { index -> Int in
                    // Uneven work: later workers finish earlier items out of order.
                    if index % 7 == 0 { usleep(200) }
                    return index * index
                }
                XCTAssertEqual(result, (0..<count).map { $0 * $0 }, "workers \(workers), count \(count)")
            }
        }
    }

    func testMapWithWorkersRunsEachIndexOnce() {
        let lock = NSLock()
        nonisolated(unsafe) var calls = [Int](repeating: 0, count: 500)
        _ = Parallel.map(count: 500, workers: 4) { index -> Int in
            lock.lock(); calls[index] += 1; lock.unlock()
            return index
        }
        XCTAssertEqual(calls, [Int](repeating: 1, count: 500))
    }

    func testMapWithOneWorkerRunsInOrder() {
        let lock = NSLock()
        nonisolated(unsafe) var order: [Int] = []
        _ = Parallel.map(count: 50, workers: 1) { index -> Int in
            lock.lock(); order.append(index); lock.unlock()
            return index
        }
        XCTAssertEqual(order, Array(0..<50))
    }
}
