import GRDBSQLite

/// How a ``RowBatch`` copies one column: text bytes, a double or a 64-bit integer.
enum ColumnKind: Sendable {
    case text
    case real
    case integer
}

/// The column values of some consecutive rows of one statement, copied out of SQLite so that
/// another thread can build values from them while the next rows are stepped.
///
/// Values read back exactly as SQLite's C interface gives them: a text column's bytes as
/// `sqlite3_column_text` had them (empty for NULL), a real column as `sqlite3_column_double`,
/// an integer column as `sqlite3_column_int64` (0 for NULL), and whether each value was NULL.
/// Owned by one thread at a time; ``RowPipeline`` hands it over.
final class RowBatch: @unchecked Sendable {
    /// One value: text as offset and length in `bytes`, numbers as bit patterns; NULL has length -1.
    private struct Cell {
        var bits: UInt64
        var length: Int32
    }

    /// Which of the pipeline's statements the rows come from.
    private(set) var statement = 0
    private(set) var rows = 0
    private var columns = 0
    private var cells: UnsafeMutablePointer<Cell>
    private var cellCapacity: Int
    private var bytes: UnsafeMutablePointer<UInt8>
    private var byteCount = 0
    private var byteCapacity: Int

    init(cellCapacity: Int = 4096, byteCapacity: Int = 64 * 1024) {
        self.cellCapacity = max(cellCapacity, 1)
        self.byteCapacity = max(byteCapacity, 1)
        cells = .allocate(capacity: self.cellCapacity)
        bytes = .allocate(capacity: self.byteCapacity)
    }

    deinit {
        cells.deallocate()
        bytes.deallocate()
    }

    /// Empties the batch for rows of `statement` with `columns` columns.
    func reset(statement: Int, columns: Int) {
        self.statement = statement
        self.columns = columns
        rows = 0
        byteCount = 0
    }

    /// Copies the current row of `handle` (a statement that has just returned SQLITE_ROW).
    func append(row handle: OpaquePointer, kinds: [ColumnKind]) {
        let start = rows * columns
        if start + columns > cellCapacity { growCells(to: start + columns) }
        for (column, kind) in kinds.enumerated() {
            // The column's value read once: `sqlite3_column_text` and the like would each look the
            // column up again (connections are opened without a mutex, and only this thread uses it).
            let value = sqlite3_column_value(handle, Int32(column))
            let cell: Cell
            if sqlite3_value_type(value) == SQLITE_NULL {
                cell = Cell(bits: 0, length: -1)
            } else {
                switch kind {
                case .text:
                    if let source = sqlite3_value_text(value) {
                        let length = Int(sqlite3_value_bytes(value))
                        if byteCount + length > byteCapacity { growBytes(to: byteCount + length) }
                        (bytes + byteCount).update(from: source, count: length)
                        cell = Cell(bits: UInt64(byteCount), length: Int32(length))
                        byteCount += length
                    } else {
                        cell = Cell(bits: 0, length: 0)
                    }
                case .real: cell = Cell(bits: sqlite3_value_double(value).bitPattern, length: 0)
                case .integer: cell = Cell(bits: UInt64(bitPattern: sqlite3_value_int64(value)), length: 0)
                }
            }
            (cells + start + column).initialize(to: cell)
        }
        rows += 1
    }

    /// Whether the value was NULL.
    func isNull(_ row: Int, _ column: Int) -> Bool { cells[row * columns + column].length < 0 }

    /// A text column's bytes (empty for NULL), valid until the batch is reset.
    func text(_ row: Int, _ column: Int) -> UnsafeBufferPointer<UInt8> {
        let cell = cells[row * columns + column]
        guard cell.length > 0 else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: bytes + Int(cell.bits), count: Int(cell.length))
    }

    /// A real column's value (0 for NULL).
    func real(_ row: Int, _ column: Int) -> Double { Double(bitPattern: cells[row * columns + column].bits) }

    /// An integer column's value (0 for NULL).
    func integer(_ row: Int, _ column: Int) -> Int64 { Int64(bitPattern: cells[row * columns + column].bits) }

    private func growCells(to needed: Int) {
        let capacity = max(needed, cellCapacity * 2)
        let grown = UnsafeMutablePointer<Cell>.allocate(capacity: capacity)
        grown.moveInitialize(from: cells, count: rows * columns)
        cells.deallocate()
        cells = grown
        cellCapacity = capacity
    }

    private func growBytes(to needed: Int) {
        let capacity = max(needed, byteCapacity * 2)
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        grown.update(from: bytes, count: byteCount)
        bytes.deallocate()
        bytes = grown
        byteCapacity = capacity
    }
}
