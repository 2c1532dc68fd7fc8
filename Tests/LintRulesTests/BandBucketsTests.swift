import XCTest
@testable import LintRules

final class BandBucketsTests: XCTestCase {
    func testABucketChainsItsUnitsNewestFirst() {
        let buckets = BandBuckets(units: 4, bands: 2)
        XCTAssertEqual(buckets.add(0, band: 0, key: 77), -1)
        XCTAssertEqual(buckets.add(1, band: 0, key: 77), 0)
        XCTAssertEqual(buckets.add(2, band: 0, key: 77), 1)
        XCTAssertEqual(buckets.previous(2, band: 0), 1)
        XCTAssertEqual(buckets.previous(1, band: 0), 0)
        XCTAssertEqual(buckets.previous(0, band: 0), -1)
    }

    func testOtherKeysAndOtherBandsKeepBucketsOfTheirOwn() {
        let buckets = BandBuckets(units: 3, bands: 2)
        XCTAssertEqual(buckets.add(0, band: 0, key: 5), -1)
        XCTAssertEqual(buckets.add(0, band: 1, key: 6), -1)
        XCTAssertEqual(buckets.add(1, band: 0, key: 6 << 40), -1, "another key")
        XCTAssertEqual(buckets.add(1, band: 1, key: 6), 0, "the same key in band 1")
        XCTAssertEqual(buckets.add(2, band: 0, key: 5), 0)
        XCTAssertEqual(buckets.previous(1, band: 0), -1)
        XCTAssertEqual(buckets.previous(1, band: 1), 0)
    }

    /// Every unit in every band with keys that share their low bits (a poor spread on purpose).
    func testAFullDocumentOfKeys() {
        let units = 500, bands = 8
        let buckets = BandBuckets(units: units, bands: bands)
        for unit in 0..<units {
            for band in 0..<bands {
                let key = UInt64(unit % 50) << 32 | UInt64(band)
                XCTAssertEqual(buckets.add(unit, band: band, key: key), unit >= 50 ? Int32(unit - 50) : -1)
            }
        }
    }
}
