import Foundation

/// Finds a key that appears twice in one JSON object, which JSON parsers silently collapse.
///
/// Runs only on input that already parsed as JSON; on anything unexpected it stops quietly.
/// Keys are compared as Swift strings (after unescaping), like the decoder compares them.
enum PlacementJSONKeyScanner {
    private struct Frame {
        var isObject: Bool
        var path: String
        var keys: Set<String> = []
        var expectingKey = true
        var index = 0
        var lastKey = ""
    }

    static func checkDuplicateKeys(in data: Data) throws(PlacementInputError) {
        let bytes = [UInt8](data)
        var stack = [Frame]()
        var i = 0
        func childPath(_ frame: Frame) -> String {
            if frame.isObject {
                return frame.path.isEmpty ? frame.lastKey : "\(frame.path).\(frame.lastKey)"
            }
            return "\(frame.path)[\(frame.index)]"
        }
        while i < bytes.count {
            let byte = bytes[i]
            switch byte {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                let path = stack.last.map(childPath) ?? ""
                stack.append(Frame(isObject: byte == UInt8(ascii: "{"), path: path))
                i += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if stack.popLast() == nil { return }
                i += 1
            case UInt8(ascii: ","):
                if var top = stack.popLast() {
                    if top.isObject { top.expectingKey = true } else { top.index += 1 }
                    stack.append(top)
                }
                i += 1
            case UInt8(ascii: "\""):
                guard let (string, end) = readString(bytes, from: i) else { return }
                i = end
                if var top = stack.popLast() {
                    if top.isObject && top.expectingKey {
                        top.expectingKey = false
                        top.lastKey = string
                        if !top.keys.insert(string).inserted {
                            throw duplicate(key: string, in: top.path)
                        }
                    }
                    stack.append(top)
                }
            default:
                i += 1
            }
        }
    }

    private static func duplicate(key: String, in path: String) -> PlacementInputError {
        let keyPath = path.isEmpty ? key : "\(path).\(key)"
        switch path {
        case "trainees":
            return PlacementInputError(
                code: .duplicateID, path: keyPath,
                description: "Trainee \(key) appears twice in \"trainees\" (\(keyPath)); each trainee must appear once."
            )
        case "placements":
            return PlacementInputError(
                code: .duplicateID, path: keyPath,
                description:
                    "Placement \(key) appears twice in \"placements\" (\(keyPath)); each placement must appear once.")
        default:
            let container = path.isEmpty ? "the top-level object" : path
            return PlacementInputError(
                code: .duplicateKey, path: keyPath,
                description: "The key \"\(key)\" appears twice in \(container) (\(keyPath)); each key may appear once.")
        }
    }

    /// The unescaped string starting at the quote at `start`, and the index after its end quote.
    private static func readString(_ bytes: [UInt8], from start: Int) -> (String, Int)? {
        var i = start + 1
        var raw = [UInt8]()
        var hasEscape = false
        while i < bytes.count {
            let byte = bytes[i]
            if byte == UInt8(ascii: "\"") {
                let text =
                    hasEscape
                    ? unescape(raw) : String(decoding: raw, as: UTF8.self)
                guard let text else { return nil }
                return (text, i + 1)
            }
            if byte == UInt8(ascii: "\\") {
                hasEscape = true
                guard i + 1 < bytes.count else { return nil }
                raw.append(byte)
                raw.append(bytes[i + 1])
                i += 2
                continue
            }
            raw.append(byte)
            i += 1
        }
        return nil
    }

    /// JSON string unescaping (the parser already accepted the text, so this can rely on it).
    private static func unescape(_ raw: [UInt8]) -> String? {
        let quoted = [UInt8(ascii: "\"")] + raw + [UInt8(ascii: "\"")]
        return try? JSONDecoder().decode(String.self, from: Data(quoted))
    }
}
