import Foundation
import PlanCheckCore

/// Reviewer sessions in memory (a restart logs everyone out, which a Sở can live with), the CSRF
/// tokens of every form, and the count of failed logins per name.
actor Sessions {
    struct Session: Sendable {
        var user: String
        var csrf: String
        var expires: Date
    }

    /// Failed logins per name allowed in `window` before the name is refused for the rest of it.
    static let maxFailures = 5
    static let window: TimeInterval = 15 * 60
    static let lifetime: TimeInterval = 8 * 3600

    private var sessions: [String: Session] = [:]
    private var failures: [String: [Date]] = [:]
    /// Signs the CSRF tokens of forms that have no session (login, a clerk's link).
    let secret: String
    let now: @Sendable () -> Date

    init(now: @escaping @Sendable () -> Date = Date.init) {
        secret = Sessions.randomToken()
        self.now = now
    }

    func open(user: String) -> (id: String, session: Session) {
        let id = Sessions.randomToken()
        let session = Session(user: user, csrf: Sessions.randomToken(), expires: now() + Sessions.lifetime)
        sessions[id] = session
        return (id, session)
    }

    func session(_ id: String?) -> Session? {
        guard let id, let s = sessions[id] else { return nil }
        guard s.expires > now() else {
            sessions[id] = nil
            return nil
        }
        return s
    }

    func close(_ id: String?) {
        if let id { sessions[id] = nil }
    }

    /// False while the name has had too many failures in the window.
    func mayTry(_ name: String) -> Bool {
        let recent = (failures[name] ?? []).filter { now().timeIntervalSince($0) < Sessions.window }
        failures[name] = recent
        return recent.count < Sessions.maxFailures
    }

    func failed(_ name: String) { failures[name, default: []].append(now()) }
    func succeeded(_ name: String) { failures[name] = nil }

    /// A CSRF token for a form bound to `context` (a login cookie, a link token).
    nonisolated func csrf(for context: String) -> String { SHA256.hex(secret + "|csrf|" + context) }

    /// 32 random bytes as 64 hex characters: unguessable links, session ids and tokens.
    static func randomToken() -> String {
        var g = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &g)) }.joined()
    }

    /// Compares without stopping at the first difference, so timing tells nothing of a token.
    static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8)
        let y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var diff: UInt8 = 0
        for i in x.indices { diff |= x[i] ^ y[i] }
        return diff == 0
    }
}

/// `application/x-www-form-urlencoded` bodies of the small forms (login, decisions).
enum URLForm {
    static func parse(_ bytes: [UInt8]) -> [String: String] {
        var out: [String: String] = [:]
        for pair in String(decoding: bytes, as: UTF8.self).split(separator: "&") {
            let kv = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = decode(kv.first.map(String.init) ?? "")
            let value = decode(kv.count > 1 ? String(kv[1]) : "")
            if out[key] == nil { out[key] = value }
        }
        return out
    }

    static func decode(_ s: String) -> String {
        s.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
    }
}
