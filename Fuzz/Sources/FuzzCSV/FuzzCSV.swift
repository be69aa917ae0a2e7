import Foundation
import FuzzSupport

@testable import RelGraphExtraction

/// The CSV reader on any bytes, through the same entry point a file takes (not-text detection,
/// UTF-16 and NUL handling, UTF-8 decoding, then the CSV reader).
///
/// Properties (`ReaderProperties`): no crash; every problem names the file; no article is
/// longer than the article limit; a strict read stops at its first problem.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    ReaderProperties.check(Data(FuzzCheck.bytes(data, size)), format: .csv)
    return 0
}
