import HTTPTypes
import Hummingbird
import Koppel
import NIOCore

/// What the service knows about one request: the signed-in account, its viewer, and how it
/// signed in.
public struct KoppelRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The signed-in account; nil when signed out.
    public var account: Account?
    /// The access policy's viewer of the account (nil for an admin or when signed out).
    public var viewer: Viewer?
    /// The CSRF token of a cookie session; nil for a bearer token.
    public var sessionCSRF: String?
    /// The peer's address without the port, for login throttling ("unknown" in router tests).
    public let remoteAddress: String

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress?.ipAddress ?? "unknown"
    }

    /// Request bodies above 4 MiB are refused with 413 (the documented limit).
    public var maxUploadSize: Int { ServerLimits.maxBodyBytes }
}

/// The service's documented limits.
public enum ServerLimits {
    /// The largest request body accepted: 4 MiB.
    public static let maxBodyBytes = 4 * 1024 * 1024
}
