import Foundation
import Hummingbird
import PlanCheckEngine
import PlanCheckReport

/// `GET /`, `POST /check` (the page) and `POST /api/check` (the JSON of `check --format json`).
struct SelfCheckRoutes: Sendable {
    let configuration: ServerConfiguration
    let vietnamese: SelfCheck
    let english: SelfCheck
    /// Shared by every route that checks a document (self-check, submission, download).
    let slots = CheckSlots()

    init(configuration: ServerConfiguration) {
        self.configuration = configuration
        func make(_ english: Bool) -> SelfCheck {
            // One worker per check: requests run side by side, each on one thread.
            let options = CheckOptions(
                english: english, outlines: !english, workers: 1, isolation: configuration.isolation)
            return SelfCheck(
                checker: PlanChecker(environment: configuration.environment, options: options),
                tool: configuration.tool, clock: configuration.clock)
        }
        vietnamese = make(false)
        english = make(true)
    }

    var maxMB: Int { max(1, configuration.maxUploadBytes / (1024 * 1024)) }

    func register(on router: Router<WebContext>) {
        router.get("/") { _, _ in
            Response.html(
                Pages.selfCheckForm(
                    maxUploadMB: maxMB, campaigns: (try? configuration.store?.campaigns()) ?? []))
        }
        router.post("/check") { request, _ in await page(request) }
        router.post("/api/check") { request, _ in await api(request) }
    }

    func page(_ request: Request) async -> Response {
        do {
            let (outcome, plan, parent) = try await check(request, with: vietnamese)
            return Response.html(Pages.result(outcome, planName: plan, parentName: parent))
        } catch {
            return Response.html(Pages.error(error), status: error.status)
        }
    }

    func api(_ request: Request) async -> Response {
        let en = request.uri.queryParameters["lang"] == "en"
        do {
            let (outcome, _, _) = try await check(request, with: en ? english : vietnamese)
            return Response.json(outcome.clean(JSONReporter.render(outcome.report)))
        } catch {
            return Response.json(APIError.body(error, english: en), status: error.status)
        }
    }

    /// Reads the form, judges both files, and runs the check off the request's thread: the
    /// engine is synchronous and must not hold one of the few threads that serve connections.
    func check(_ request: Request, with selfCheck: SelfCheck) async throws(WebError) -> (
        SelfCheck.Outcome, String, String?
    ) {
        let reader = FormReader(maxUploadBytes: configuration.maxUploadBytes)
        let form = try await reader.read(request)
        guard let file = form.part("file"), file.filename != nil else { throw .missingFile }
        let plan = try reader.upload(file, field: "dự thảo")
        let parent: Upload? = try form.part("parent").flatMap { p throws(WebError) in
            guard let name = p.filename, !name.isEmpty, !p.data.isEmpty else { return nil }
            return try reader.upload(p, field: "cấp trên")
        }
        // A campaign's parents, chosen instead of an uploaded parent.
        let chosen = form.part("campaign").flatMap { Int64(String(decoding: $0.data, as: UTF8.self)) }
        let campaign = chosen.flatMap { id in (try? configuration.store?.campaigns())?.first { $0.id == id } }
        let parentPaths = parent == nil ? campaign?.parents ?? [] : []
        let outcome: SelfCheck.Outcome
        do {
            outcome = try await slots.run {
                try selfCheck.run(plan: plan, parent: parent, parentPaths: parentPaths)
            }
        } catch {
            throw .internalFailure
        }
        if let problem = outcome.report.inputErrors.first { throw .unreadable(outcome.clean(problem)) }
        return (outcome, plan.displayName, parent?.displayName ?? campaign?.name)
    }

}

extension SelfCheckRoutes {
    /// Reads a multipart form within the upload limit and judges its files.
    struct FormReader: Sendable {
        let maxUploadBytes: Int
        var maxMB: Int { max(1, maxUploadBytes / (1024 * 1024)) }

        func read(_ request: Request) async throws(WebError) -> MultipartForm {
            if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > maxUploadBytes {
                throw .tooLarge(maxMB)
            }
            let buffer: ByteBuffer
            do { buffer = try await request.body.collect(upTo: maxUploadBytes) } catch {
                throw .tooLarge(maxMB)
            }
            do {
                return try MultipartForm.parse(
                    Array(buffer.readableBytesView), contentType: request.headers[.contentType])
            } catch .notMultipart {
                throw .notMultipart
            } catch {
                throw .malformed
            }
        }

        func upload(_ part: MultipartForm.Part, field: String) throws(WebError) -> Upload {
            do {
                let kind = try UploadKind.judge(filename: part.filename, bytes: part.data)
                return Upload(kind: kind, displayName: Upload.shownName(part.filename), bytes: part.data)
            } catch {
                throw .refused(error, field: field)
            }
        }
    }
}

extension Upload {
    /// The last path component of what the browser sent, at most 120 characters: only shown.
    static func shownName(_ filename: String?) -> String {
        let name =
            (filename ?? "").split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        return String(name.prefix(120))
    }
}

/// The JSON body of a refused API request.
enum APIError {
    struct Body: Encodable {
        struct Inner: Encodable {
            var status: Int
            var message: String
        }
        var error: Inner
    }

    static func body(_ error: WebError, english: Bool) -> String {
        let body = Body(error: .init(status: error.status.code, message: error.text(english: english)))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(body)).map { String(decoding: $0, as: UTF8.self) + "\n" } ?? "{}\n"
    }
}

/// Runs synchronous work on a Dispatch thread and awaits it.
enum Offload {
    static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async {
                continuation.resume(with: Result { try body() })
            }
        }
    }
}
