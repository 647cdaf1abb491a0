import KoppelEngine

/// Towns and villages of Twente where demo employees live: approximate centre coordinates
/// (WGS84, 4 decimals) and approximate population in thousands, used only as weights.
/// Unverified general knowledge, good enough for commute distances in a demo.
struct DemoPlace: Sendable {
    let name: String
    let latitude: Double
    let longitude: Double
    let populationThousands: Double
}

enum DemoPlaces {
    static let twente: [DemoPlace] = [
        DemoPlace(name: "Enschede", latitude: 52.2215, longitude: 6.8937, populationThousands: 145),
        DemoPlace(name: "Glanerbrug", latitude: 52.2131, longitude: 6.9744, populationThousands: 15),
        DemoPlace(name: "Boekelo", latitude: 52.2044, longitude: 6.8000, populationThousands: 2.5),
        DemoPlace(name: "Lonneker", latitude: 52.2514, longitude: 6.9164, populationThousands: 2.5),
        DemoPlace(name: "Hengelo", latitude: 52.2658, longitude: 6.7931, populationThousands: 81),
        DemoPlace(name: "Almelo", latitude: 52.3567, longitude: 6.6625, populationThousands: 73),
        DemoPlace(name: "Borne", latitude: 52.2996, longitude: 6.7523, populationThousands: 23),
        DemoPlace(name: "Oldenzaal", latitude: 52.3131, longitude: 6.9292, populationThousands: 32),
        DemoPlace(name: "Losser", latitude: 52.2608, longitude: 7.0040, populationThousands: 13),
        DemoPlace(name: "Overdinkel", latitude: 52.2424, longitude: 7.0358, populationThousands: 5),
        DemoPlace(name: "De Lutte", latitude: 52.3150, longitude: 7.0264, populationThousands: 3),
        DemoPlace(name: "Haaksbergen", latitude: 52.1565, longitude: 6.7386, populationThousands: 24),
        DemoPlace(name: "Goor", latitude: 52.2339, longitude: 6.5868, populationThousands: 12),
        DemoPlace(name: "Delden", latitude: 52.2608, longitude: 6.7111, populationThousands: 7),
        DemoPlace(name: "Markelo", latitude: 52.2386, longitude: 6.4972, populationThousands: 7),
        DemoPlace(name: "Diepenheim", latitude: 52.2000, longitude: 6.5542, populationThousands: 2.5),
        DemoPlace(name: "Rijssen", latitude: 52.3067, longitude: 6.5194, populationThousands: 29),
        DemoPlace(name: "Holten", latitude: 52.2839, longitude: 6.4203, populationThousands: 9),
        DemoPlace(name: "Nijverdal", latitude: 52.3611, longitude: 6.4639, populationThousands: 24),
        DemoPlace(name: "Hellendoorn", latitude: 52.3894, longitude: 6.4500, populationThousands: 8),
        DemoPlace(name: "Vriezenveen", latitude: 52.4083, longitude: 6.6222, populationThousands: 15),
        DemoPlace(name: "Vroomshoop", latitude: 52.4611, longitude: 6.5667, populationThousands: 8),
        DemoPlace(name: "Westerhaar", latitude: 52.4556, longitude: 6.6186, populationThousands: 4),
        DemoPlace(name: "Den Ham", latitude: 52.4642, longitude: 6.4975, populationThousands: 5),
        DemoPlace(name: "Wierden", latitude: 52.3592, longitude: 6.5931, populationThousands: 12),
        DemoPlace(name: "Enter", latitude: 52.2939, longitude: 6.5792, populationThousands: 8),
        DemoPlace(name: "Tubbergen", latitude: 52.4075, longitude: 6.7842, populationThousands: 6),
        DemoPlace(name: "Albergen", latitude: 52.3700, longitude: 6.7600, populationThousands: 3.5),
        DemoPlace(name: "Denekamp", latitude: 52.3775, longitude: 7.0058, populationThousands: 9),
        DemoPlace(name: "Ootmarsum", latitude: 52.4083, longitude: 6.9000, populationThousands: 4.5),
        DemoPlace(name: "Weerselo", latitude: 52.3539, longitude: 6.8600, populationThousands: 2),
        DemoPlace(name: "Bornerbroek", latitude: 52.3119, longitude: 6.6744, populationThousands: 1.5),
    ]

    /// Straight-line distance in km by the equirectangular approximation at Twente's latitude.
    /// Uses only + − × and a square root, so it is the same on every platform.
    static func approximateKm(
        _ latitude1: Double, _ longitude1: Double, _ latitude2: Double, _ longitude2: Double
    ) -> Double {
        let dy = (latitude2 - latitude1) * 111.2
        let dx = (longitude2 - longitude1) * 111.32 * 0.6115  // cos 52.3°
        return (dx * dx + dy * dy).squareRoot()
    }
}
