/// One row of the browser: a placement (trainee browser) or a candidate (shortlist).
public struct BrowserItem: Hashable, Sendable {
    /// The placement or person id.
    public var id: String
    /// The list's cells, one per ``BrowserData/columns`` entry.
    public var cells: [String]
    /// Fit score in hundredths of a point.
    public var fit: Int
    public var eligible: Bool
    /// Employer name, for sorting by employer.
    public var employerName: String
    /// Title or name, the second sort key when sorting by employer.
    public var title: String
    /// Straight-line commute, nil when unknown.
    public var distanceKm: Double?
    /// What `/` searches (folded when the data is built).
    public var searchText: String
    public var detail: BrowserDetail

    public init(
        id: String, cells: [String], fit: Int, eligible: Bool, employerName: String, title: String,
        distanceKm: Double?, searchText: String, detail: BrowserDetail
    ) {
        self.id = id
        self.cells = cells
        self.fit = fit
        self.eligible = eligible
        self.employerName = employerName
        self.title = title
        self.distanceKm = distanceKm
        self.searchText = searchText
        self.detail = detail
    }
}
