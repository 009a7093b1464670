import Foundation
import HTTPTypes
import Hummingbird

/// Every response, errors included, gets the security headers; every request one log line with
/// its status and time. Paths are logged without their query, and a submission link's token is
/// cut to its first characters: the log must not hand out what the link protects.
struct WebMiddleware: RouterMiddleware {
    typealias Context = WebContext

    static let contentSecurityPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'"

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let start = ContinuousClock.now
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as any HTTPResponseError {
            response = try error.response(from: request, context: context)
        } catch {
            context.logger.error("unexpected error: \(String(describing: type(of: error)))")
            response = .html(Pages.error(.internalFailure), status: .internalServerError)
        }
        Self.secure(&response.headers)
        let elapsed = ContinuousClock.now - start
        let ms = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
        context.logger.info(
            "\(request.method.rawValue) \(Self.loggedPath(request.uri.path)) \(response.status.code) \(String(format: "%.1f", ms))ms"
        )
        return response
    }

    static func secure(_ headers: inout HTTPFields) {
        headers[.contentSecurityPolicy] = contentSecurityPolicy
        headers[.xContentTypeOptions] = "nosniff"
        headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
    }

    /// `/s/<token>/…` keeps six characters of the token.
    static func loggedPath(_ path: String) -> String {
        var parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if parts.count > 2, parts[1] == "s", parts[2].count > 6 {
            parts[2] = String(parts[2].prefix(6)) + "…"
        }
        return parts.joined(separator: "/")
    }
}
