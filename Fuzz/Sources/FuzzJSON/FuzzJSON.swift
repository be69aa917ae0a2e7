import Foundation
import FuzzSupport

@testable import RelGraphExtraction

/// The JSON document reader on any bytes, through the same entry point a file takes (not-text detection,
/// UTF-16 and NUL handling, UTF-8 decoding, then the JSON document reader).
///
/// Properties (`ReaderProperties`): no crash; every problem names the file; no article is
/// longer than the article limit; a strict read stops at its first problem.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    ReaderProperties.check(Data(FuzzCheck.bytes(data, size)), format: .json)
    return 0
}
