import Foundation

/// The one reader of input files and standard input: bounded, checked, never a crash.
///
/// ```swift
/// let bytes = try InputFile.bytes(atPath: "persons.csv")   // "-" reads standard input
/// ```
///
/// Every failure is a ``StoreError`` whose message says in words what is wrong: a missing
/// file, a directory, no permission, standard input closed, or more bytes than
/// ``InputLimits/fileBytes``.
public enum InputFile {
    /// The name that stands for standard input.
    public static let standardInputName = "-"

    /// Whether standard input was closed when the process started (see ``reserveStandardStreams()``).
    nonisolated(unsafe) private static var standardInputWasClosed = false

    /// Puts `/dev/null` on standard input, output and error where the process was started
    /// with one of them closed (`<&-`, `>&-`), and remembers that standard input was closed.
    ///
    /// Call it first thing in `main`: without it the first file the process opens gets
    /// descriptor 0 and is read as if it were standard input (or written to as output).
    public static func reserveStandardStreams() {
        for descriptor: Int32 in 0...2 where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
            let null = open("/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY)
            if descriptor == 0 { standardInputWasClosed = true }
            if null >= 0 && null != descriptor {
                dup2(null, descriptor)
                close(null)
            }
        }
    }

    /// The bytes of the file at `path`, or of standard input when `path` is `-`.
    ///
    /// A regular file is read straight into one array of its size (`FileManager` and
    /// `Array(data)` would copy a 357 MB import once more); a stream in chunks, stopping one
    /// byte past `limit`.
    ///
    /// - Throws: ``StoreError`` `.notFound` when the file does not exist, `.unreadable` when
    ///   it cannot be read (a directory, no permission, a closed stream), `.tooLarge` past `limit`.
    public static func bytes(atPath path: String, limit: Int = InputLimits.fileBytes) throws -> [UInt8] {
        if path == standardInputName {
            guard !standardInputWasClosed else { throw StoreError(.unreadable, text: "store.stdinClosed") }
            return try read(descriptor: 0, name: "standard input", limit: limit)
        }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR { throw StoreError(.notFound, text: "store.noFile", ["path": path]) }
            throw StoreError(.unreadable, text: "store.cannotRead", ["path": path, "reason": reason(code)])
        }
        defer { close(descriptor) }
        return try read(descriptor: descriptor, name: path, limit: limit)
    }

    /// Reads `descriptor` to its end, at most `limit` bytes.
    private static func read(descriptor: Int32, name: String, limit: Int) throws -> [UInt8] {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw StoreError(.unreadable, text: "store.cannotRead", ["path": name, "reason": reason(errno)])
        }
        if (status.st_mode & S_IFMT) == S_IFDIR { throw StoreError(.unreadable, text: "store.isDirectory", ["path": name]) }
        let regular = (status.st_mode & S_IFMT) == S_IFREG
        let size = regular ? max(Int(status.st_size), 0) : 0
        if size > limit { throw tooLarge(name, limit) }
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = 0
            while count < size {
                let got = Foundation.read(descriptor, buffer.baseAddress! + count, size - count)
                if got < 0 && errno == EINTR { continue }
                if got <= 0 {
                    if got < 0 { failure = errno }
                    return
                }
                count += got
            }
        }
        if failure != 0 { throw StoreError(.unreadable, text: "store.cannotRead", ["path": name, "reason": reason(failure)]) }
        // A stream, a file that grew while it was read, or one that reports no size: the rest
        // in chunks, never more than one byte past the limit.
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let room = min(chunk.count, limit + 1 - bytes.count)
            let got = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress!, room) }
            if got < 0 && errno == EINTR { continue }
            if got < 0 { throw StoreError(.unreadable, text: "store.cannotRead", ["path": name, "reason": reason(errno)]) }
            if got == 0 { break }
            bytes.append(contentsOf: chunk[0..<got])
            if bytes.count > limit { throw tooLarge(name, limit) }
        }
        return bytes
    }

    private static func tooLarge(_ name: String, _ limit: Int) -> StoreError {
        StoreError(.tooLarge, text: "store.tooLarge", ["path": name, "limit": InputLimits.describe(bytes: limit)])
    }

    /// `errno` in words, for a message.
    static func reason(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM: return "permission denied"
        case EISDIR: return "it is a directory"
        case EBADF: return "it is closed"
        case ENOENT: return "no such file"
        default: return String(cString: strerror(code)).lowercased()
        }
    }
}
