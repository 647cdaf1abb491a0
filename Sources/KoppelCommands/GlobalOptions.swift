import ArgumentParser
import Foundation
import Koppel

/// Options every command that opens the database takes.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: helpText("help.db", discussion: "help.db.discussion", valueName: "path"))
    var db: String?

    /// The database path: `--db`, then `KOPPEL_DB`, then `koppel.db`.
    var path: String {
        if let db { return db }
        if let env = ProcessInfo.processInfo.environment["KOPPEL_DB"], !env.isEmpty { return env }
        return "koppel.db"
    }

    /// Opens the store, which must exist already (run `koppel init` or `koppel demo` first).
    ///
    /// `.writes` opens it read-write (a read-only file or folder is refused in words);
    /// `.reads` read-only, so nothing is migrated, seeded or written; `.logs` (rankings, which
    /// log their decision) read-write when the file can be written, else read-only with a
    /// note that the decision is not logged. A database of up to
    /// ``KoppelStore/quickCheckBytes`` is checked for damage first (`quickCheck: true`: always).
    func openExisting(_ access: StoreAccess = .writes, quickCheck: Bool = false) throws -> KoppelStore {
        guard FileManager.default.fileExists(atPath: path) else {
            throw CLIError.runtime(tr("cli.noDatabase", ["path": path]))
        }
        let mode: KoppelStore.AccessMode
        switch access {
        case .writes: mode = .readWrite
        case .reads: mode = .readOnly
        case .logs: mode = Self.writable(path) && Self.size(path) > 0 ? .readWrite : .readOnly
        }
        let store = try KoppelStore(path: path, mode: mode)
        if quickCheck || Self.size(path) <= KoppelStore.quickCheckBytes { try store.quickCheck() }
        if access == .logs && store.isReadOnly {
            Console.error(tr("common.note", ["message": tr("cli.readOnlyNotLogged", ["path": path])]))
        }
        return store
    }

    /// The file's size in bytes (0 when it cannot be read).
    private static func size(_ path: String) -> Int {
        (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    }

    /// Whether the file, and its folder (for the -wal file), may be written.
    private static func writable(_ path: String) -> Bool {
        let folder = (path as NSString).deletingLastPathComponent
        return access(path, W_OK) == 0 && access(folder.isEmpty ? "." : folder, W_OK) == 0
    }
}

/// What a command does with the database (see ``StoreOptions/openExisting(_:quickCheck:)``).
enum StoreAccess {
    case writes, reads, logs
}

/// How a command prints data.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}

/// `--excel`: CSV for Dutch Excel (semicolon, decimal comma, UTF-8 with BOM) instead of the
/// default CSV for scripts. Only with `--format csv`.
struct ExcelOption: ParsableArguments {
    @Flag(help: helpText("help.excel"))
    var excel = false

    /// A usage error when `--excel` is given without CSV output.
    func check(csv: Bool) throws {
        if excel && !csv { throw ValidationError(tr("cli.excelNeedsCSV")) }
    }

    /// A writer of CSV chunks to stdout: as they are, or rewritten for Excel.
    func csvWriter() -> CSVOut { CSVOut(excel: excel ? ExcelCSV() : nil) }
}

/// Writes CSV to stdout, for Excel when asked (``ExcelOption``).
final class CSVOut {
    private var excel: ExcelCSV?

    init(excel: ExcelCSV?) { self.excel = excel }

    func write(_ chunk: String) {
        if excel != nil { Console.out(excel!.convert(chunk)) } else { Console.out(chunk) }
    }

    func finish() {
        if excel != nil { Console.out(excel!.finish()) }
    }
}
