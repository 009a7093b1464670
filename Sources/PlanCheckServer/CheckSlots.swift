import Foundation

/// At most `limit` checks at a time; the others wait their turn in arrival order. Each check
/// holds a thread and, when isolating, a child process: a burst of uploads must queue rather
/// than start a hundred processes on a machine with two cores.
actor CheckSlots {
    let limit: Int
    private var running = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(limit: Int = CheckSlots.defaultLimit) { self.limit = max(1, limit) }

    /// Twice the cores: a child's start and its file reads leave a core idle now and then.
    static var defaultLimit: Int { 2 * ProcessInfo.processInfo.activeProcessorCount }

    /// Runs `body` on a Dispatch thread once a slot is free.
    func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        await acquire()
        defer { release() }
        return try await Offload.run(body)
    }

    private func acquire() async {
        if running < limit {
            running += 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    /// Hands the slot to the first waiter, or frees it.
    private func release() {
        if waiting.isEmpty {
            running -= 1
        } else {
            waiting.removeFirst().resume()
        }
    }
}
