import HTTPTypes
import Hummingbird
import Koppel
import Logging
import NIOCore

/// Turns every error into a `Problem`: the store's codes to 403/404/409/422, an oversized
/// body to 413, anything unexpected to a bare 500. The access log gets method, route, status
/// and code only: no person's id or name, no message.
struct ProblemMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let response: Response
        do {
            response = try await next(request, context)
        } catch {
            let problem = Self.problem(for: error)
            context.logger.info("\(request.method) \(context.endpointPath ?? "(no route)") \(problem.status.code) \(problem.code)")
            return try problem.response(from: request, context: context)
        }
        context.logger.info("\(request.method) \(context.endpointPath ?? "(no route)") \(response.status.code)")
        return response
    }

    static func problem(for error: any Error) -> Problem {
        switch error {
        case let error as InAccountLanguage:
            var problem = problem(for: error.error)
            problem.language = error.language
            return problem
        case let problem as Problem: return problem
        case let error as StoreError:
            var problem: Problem
            switch error.code {
            case .notAllowed: problem = Problem(.forbidden, code: "notAllowed", detail: error.message)
            case .notFound: problem = Problem(.notFound, code: "notFound", detail: error.message)
            case .invalidState: problem = Problem(.conflict, code: "invalidState", detail: error.message)
            case .invalidInput: problem = Problem(.unprocessableContent, code: "invalidInput", detail: error.message)
            default: return Problem(.serviceUnavailable, code: "storeUnavailable", key: "server.storeUnavailable")
            }
            problem.wording = error.wording
            return problem
        case let error as ImportError:
            return Problem(.unprocessableContent, code: "invalidRecords", key: "server.importRefused", errors: error.issues)
        case let error as AccountError:
            var problem = Problem(error.code == .notFound ? .notFound : error.code == .exists ? .conflict : .unprocessableContent,
                                  code: error.code.name, detail: error.message)
            problem.wording = error.wording
            return problem
        case let error as RankingError:
            var problem = Problem(.unprocessableContent, code: "invalidInput", detail: error.message)
            problem.wording = error.wording
            return problem
        case is NIOTooManyBytesError:
            return Problem(.contentTooLarge, code: "bodyTooLarge", key: "server.bodyTooLarge", ["bytes": String(ServerLimits.maxBodyBytes)])
        case let error as HTTPError:
            let code = error.status == .notFound ? "noSuchRoute" : error.status == .methodNotAllowed ? "methodNotAllowed" : "http\(error.status.code)"
            return Problem(error.status, code: code, detail: error.status.reasonPhrase)
        case is DecodingError:
            return Problem(.badRequest, code: "invalidBody", key: "server.invalidBody")
        default:
            return Problem(.internalServerError, code: "internal", key: "server.internal")
        }
    }
}
