import Foundation
import Testing

@testable import PlanCheckServer

@Suite struct CheckSlotsTests {
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var now = 0
        private(set) var most = 0
        func enter() {
            lock.withLock {
                now += 1; most = max(most, now)
            }
        }
        func leave() { lock.withLock { now -= 1 } }
    }

    @Test func noMoreChecksRunAtOnceThanTheLimitAndEveryOneFinishes() async throws {
        let slots = CheckSlots(limit: 2)
        let counter = Counter()
        let results = try await withThrowingTaskGroup(of: Int.self) { group in
            for i in 0..<12 {
                group.addTask {
                    try await slots.run {
                        counter.enter()
                        usleep(20_000)
                        counter.leave()
                        return i
                    }
                }
            }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(results.sorted() == Array(0..<12))
        #expect(counter.most == 2)
    }

    @Test func aThrowingCheckGivesItsSlotBack() async throws {
        struct Boom: Error {}
        let slots = CheckSlots(limit: 1)
        await #expect(throws: Boom.self) { try await slots.run { () throws -> Int in throw Boom() } }
        #expect(try await slots.run { 7 } == 7)
    }
}
