import Foundation

/// Reads an input file's bytes.
public enum InputFile {
    /// The bytes of the file at `path`, read straight into one array.
    ///
    /// `FileManager.contents(atPath:)` followed by `Array(data)` copies a 357 MB import file
    /// once more than needed (about half a second at a million profiles); this reads it once.
    ///
    /// - Throws: ``StoreError`` `.notFound` when the file cannot be opened or read.
    public static func bytes(atPath path: String) throws -> [UInt8] {
        let unreadable = StoreError(.notFound, "cannot read \(path)")
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw unreadable }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) != S_IFDIR else { throw unreadable }
        let expected = max(Int(status.st_size), 0)
        var failed = false
        var bytes = [UInt8](unsafeUninitializedCapacity: expected) { buffer, count in
            count = 0
            while count < expected {
                let got = read(descriptor, buffer.baseAddress! + count, expected - count)
                if got < 0 && errno == EINTR { continue }
                if got <= 0 {
                    failed = got < 0
                    return
                }
                count += got
            }
        }
        guard !failed else { throw unreadable }
        // A file that grew while it was read, or that reports no size: the rest, in chunks.
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let got = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
            if got < 0 && errno == EINTR { continue }
            guard got >= 0 else { throw unreadable }
            if got == 0 { break }
            bytes.append(contentsOf: chunk[0..<got])
        }
        return bytes
    }
}
