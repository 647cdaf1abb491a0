@_exported import KoppelEngine

/// The koppel library: a store (one SQLite file), import and export, the demo data, and the
/// pure engines of KoppelEngine, which this module re-exports.
public enum Koppel {}
