/// A byte Aho–Corasick automaton: which of many patterns occur in a text, found in one pass over
/// its UTF-8 instead of one search per pattern (DM005 looked for every agency name on every line).
public struct AhoCorasick: Sendable {
    // Per state: the sorted bytes leaving it and their targets, the failure link, and the
    // patterns that end here (including those reached through failure links).
    private var edges: [[(byte: UInt8, to: Int32)]] = [[]]
    private var fail: [Int32] = [0]
    private var output: [[Int32]] = [[]]
    // The root's transitions as a table: most bytes of a line leave through it.
    private var rootNext = [Int32](repeating: 0, count: 256)
    public let count: Int

    public init(_ patterns: [[UInt8]]) {
        count = patterns.count
        for (id, pattern) in patterns.enumerated() where !pattern.isEmpty {
            var state = 0
            for byte in pattern {
                if let next = child(state, byte) {
                    state = next
                } else {
                    edges.append([])
                    fail.append(0)
                    output.append([])
                    let next = edges.count - 1
                    let at = edges[state].firstIndex { $0.byte > byte } ?? edges[state].count
                    edges[state].insert((byte, Int32(next)), at: at)
                    state = next
                }
            }
            output[state].append(Int32(id))
        }
        linkFailures()
    }

    private func child(_ state: Int, _ byte: UInt8) -> Int? {
        for e in edges[state] where e.byte == byte { return Int(e.to) }
        return nil
    }

    private mutating func linkFailures() {
        var queue: [Int] = []
        for e in edges[0] {
            rootNext[Int(e.byte)] = e.to
            queue.append(Int(e.to))
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            for e in edges[state] {
                let next = Int(e.to)
                var f = Int(fail[state])
                while f != 0 && child(f, e.byte) == nil { f = Int(fail[f]) }
                let target = state == 0 ? 0 : (child(f, e.byte) ?? 0)
                fail[next] = Int32(target == next ? 0 : target)
                output[next] += output[Int(fail[next])]
                queue.append(next)
            }
        }
    }

    private func step(_ state: Int, _ byte: UInt8) -> Int {
        var s = state
        while true {
            if s == 0 { return Int(rootNext[Int(byte)]) }
            if let next = child(s, byte) { return next }
            s = Int(fail[s])
        }
    }

    /// The ids of the patterns that occur in `text` (as substrings), in increasing order.
    public func occurring<S: Sequence>(in text: S) -> [Int] where S.Element == UInt8 {
        var seen = [Bool](repeating: false, count: count)
        var any = false
        var state = 0
        for byte in text {
            state = step(state, byte)
            for id in output[state] where !seen[Int(id)] {
                seen[Int(id)] = true
                any = true
            }
        }
        return any ? seen.indices.filter { seen[$0] } : []
    }
}
