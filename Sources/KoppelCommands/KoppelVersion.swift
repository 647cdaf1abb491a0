/// The version `koppel --version` prints.
enum KoppelVersion {
    static let current = "0.1.0"
}
