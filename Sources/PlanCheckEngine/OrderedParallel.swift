import Dispatch
import Foundation

/// Maps `count` items on every core, a window at a time, and hands the results to `consume` in
/// item order: output is identical to a serial run, and at most one window of results is held
/// before it is consumed, whatever the number of items.
enum OrderedParallel {
    static func run<T: Sendable>(
        count: Int, window: Int, workers: Int, body: @Sendable @escaping (Int) -> T,
        consume: (Int, T) throws -> Void
    ) rethrows {
        let window = max(1, window)
        var start = 0
        while start < count {
            let n = min(window, count - start)
            let slots = Slots<T>(count: n)
            let base = start
            if workers <= 1 || n == 1 {
                for i in 0..<n { slots.set(i, body(base + i)) }
            } else {
                // concurrentPerform hands out iterations dynamically, so one long document does
                // not hold back the others of its window.
                DispatchQueue.concurrentPerform(iterations: n) { i in slots.set(i, body(base + i)) }
            }
            for i in 0..<n {
                guard let value = slots.take(i) else { continue }
                try consume(base + i, value)
            }
            start += n
        }
    }

    /// The number of threads to use: `requested`, or every active core when it is 0.
    static func workers(_ requested: Int) -> Int {
        requested > 0 ? requested : max(1, ProcessInfo.processInfo.activeProcessorCount)
    }
}

/// Result slots written by one thread each (distinct indices) and read after all have finished.
private final class Slots<T>: @unchecked Sendable {
    private let pointer: UnsafeMutablePointer<T?>
    private let count: Int

    init(count: Int) {
        self.count = count
        pointer = .allocate(capacity: count)
        pointer.initialize(repeating: nil, count: count)
    }

    deinit {
        pointer.deinitialize(count: count)
        pointer.deallocate()
    }

    func set(_ index: Int, _ value: T) { pointer[index] = value }

    func take(_ index: Int) -> T? {
        let value = pointer[index]
        pointer[index] = nil
        return value
    }
}
