import Foundation

/// One cell that holds text: its column (A is 0) and its text.
public struct SheetCell: Equatable, Sendable {
    public let column: Int
    public let text: String
    public init(column: Int, text: String) {
        self.column = column
        self.text = text
    }
}

/// One sheet row that holds at least one non-empty cell: its number as Excel shows it (from 1) and its
/// cells in column order, without padding.
public struct SheetRow: Equatable, Sendable {
    public let number: Int
    public let cells: [SheetCell]
    public init(number: Int, cells: [SheetCell]) {
        self.number = number
        self.cells = cells
    }

    /// The text at a column, nil where the row has none (binary search: cells are in column order).
    public subscript(column: Int) -> String? {
        var low = 0, high = cells.count
        while low < high {
            let mid = (low + high) / 2
            if cells[mid].column < column { low = mid + 1 } else { high = mid }
        }
        return low < cells.count && cells[low].column == column ? cells[low].text : nil
    }

    /// The row as positional text up to its last cell (for the header row and for tests).
    public var dense: [String] {
        var out = [String](repeating: "", count: (cells.last?.column ?? -1) + 1)
        for cell in cells { out[cell.column] = cell.text }
        return out
    }
}
