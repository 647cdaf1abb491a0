extension Catalogue {
    /// Texts of the trainee placement reports (rounds, `placements solve`).
    static let placement: [String: Entry] = [:]
}
