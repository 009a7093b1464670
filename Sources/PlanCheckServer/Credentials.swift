import HummingbirdBcrypt

/// What the CLI needs to set reviewers and links up: the password hash and the link tokens are
/// made here, where the server checks them.
public enum Credentials {
    /// bcrypt with cost 12 (about 0.25 s a try: slow enough to make guessing expensive); tests
    /// pass a lower cost so that a dozen logins do not take seconds.
    public static func hashPassword(_ password: String, cost: UInt8 = 12) -> String {
        Bcrypt.hash(password, cost: cost)
    }

    public static func verify(_ password: String, hash: String) -> Bool {
        Bcrypt.verify(password, hash: hash)
    }

    /// 256 random bits as hex: a submission link nobody can guess.
    public static func linkToken() -> String { Sessions.randomToken() }

    /// Shortest password `users add` takes.
    public static let minimumPasswordLength = 10
}
