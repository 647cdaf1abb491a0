import KoppelDemo

/// The old name of ``SeededRandom``, kept until the audit monitor tests move to the new name.
typealias PlacementSplitMix64 = SeededRandom
