import Foundation
import Testing

@testable import RelGraphCore

@Suite struct BackgroundWorkTests {
    @Test func runsBesideTheCallingThread() {
        let started = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        let work = BackgroundWork { () -> Bool in
            started.signal()
            // Only returns true if the calling thread runs meanwhile and signals.
            return release.wait(timeout: .now() + 10) == .success
        }
        #expect(started.wait(timeout: .now() + 10) == .success)
        release.signal()
        #expect(work.result())
    }

    @Test func resultIsWhatTheWorkMade() {
        let work = BackgroundWork { (1...1_000).reduce(0, +) }
        #expect(work.result() == 500_500)
    }
}
