extension Catalogue {
    /// Labels, help and messages of the terminal browser.
    static let browser: [String: Entry] = [:]
}
