/// The shape-checked input document; ids are not cross-checked here.
///
/// `init(from:)` throws ``PlacementInputError`` (never `DecodingError`) for a wrong shape, so
/// the path and the found value can be named.
struct PlacementJSONDocument: Decodable {
    var trainees: [PlacementInstance.Trainee] = []
    var placements: [PlacementInstance.Placement] = []
    /// Trainee id → forbidden placement ids, sorted by trainee id.
    var forbidden: [(trainee: String, placements: [String])] = []

    init(from decoder: any Decoder) throws {
        let root = try Self.object(
            decoder, path: "",
            what: "The input must be a JSON object with \"trainees\" and \"placements\"")
        let traineesKey = PlacementJSONKey("trainees")
        let placementsKey = PlacementJSONKey("placements")
        let forbiddenKey = PlacementJSONKey("forbidden")
        for key in [traineesKey, placementsKey] where !root.contains(key) {
            throw PlacementInputError(
                code: .missingField, path: key.stringValue,
                description:
                    "The input has no \"\(key.stringValue)\" field; it needs both \"trainees\" and \"placements\".")
        }

        let traineeObject = try Self.object(
            root.superDecoder(forKey: traineesKey), path: "trainees",
            what: "\"trainees\" must be an object of trainee id → list of placement ids")
        for key in Self.sortedKeys(traineeObject) {
            let path = "trainees.\(key.stringValue)"
            let ranking = try Self.stringList(
                traineeObject.superDecoder(forKey: key), path: path,
                what: "Trainee \(key.stringValue)'s list", element: "a placement id")
            trainees.append(PlacementInstance.Trainee(id: key.stringValue, ranking: ranking))
        }

        let placementObject = try Self.object(
            root.superDecoder(forKey: placementsKey), path: "placements",
            what: "\"placements\" must be an object of placement id → {\"capacity\", \"ranking\"}")
        for key in Self.sortedKeys(placementObject) {
            let id = key.stringValue
            let path = "placements.\(id)"
            let fields = try Self.object(
                placementObject.superDecoder(forKey: key), path: path,
                what: "Placement \(id) must be an object with \"capacity\" and \"ranking\"")
            for field in ["capacity", "ranking"] where !fields.contains(PlacementJSONKey(field)) {
                throw PlacementInputError(
                    code: .missingField, path: "\(path).\(field)",
                    description: "Placement \(id) has no \"\(field)\" field (\(path).\(field)).")
            }
            let capacity = try Self.integer(
                fields.superDecoder(forKey: PlacementJSONKey("capacity")), path: "\(path).capacity",
                what: "Placement \(id)'s capacity")
            let ranking = try Self.stringList(
                fields.superDecoder(forKey: PlacementJSONKey("ranking")), path: "\(path).ranking",
                what: "Placement \(id)'s ranking", element: "a trainee id")
            placements.append(PlacementInstance.Placement(id: id, capacity: capacity, ranking: ranking))
        }

        if root.contains(forbiddenKey) {
            let forbiddenObject = try Self.object(
                root.superDecoder(forKey: forbiddenKey), path: "forbidden",
                what: "\"forbidden\" must be an object of trainee id → list of placement ids")
            for key in Self.sortedKeys(forbiddenObject) {
                let list = try Self.stringList(
                    forbiddenObject.superDecoder(forKey: key), path: "forbidden.\(key.stringValue)",
                    what: "Trainee \(key.stringValue)'s forbidden list", element: "a placement id")
                forbidden.append((key.stringValue, list))
            }
        }
    }

    private static func sortedKeys(_ container: KeyedDecodingContainer<PlacementJSONKey>)
        -> [PlacementJSONKey]
    {
        container.allKeys.sorted { PlacementIDOrder.precedes($0.stringValue, $1.stringValue) }
    }

    private static func object(_ decoder: any Decoder, path: String, what: String) throws
        -> KeyedDecodingContainer<PlacementJSONKey>
    {
        do {
            return try decoder.container(keyedBy: PlacementJSONKey.self)
        } catch {
            throw wrongType(path: path, what: what, found: describe(decoder))
        }
    }

    private static func stringList(_ decoder: any Decoder, path: String, what: String, element: String)
        throws -> [String]
    {
        var list: any UnkeyedDecodingContainer
        do {
            list = try decoder.unkeyedContainer()
        } catch {
            throw wrongType(
                path: path, what: "\(what) must be a list of strings", found: describe(decoder))
        }
        var result = [String]()
        if let count = list.count { result.reserveCapacity(count) }
        while !list.isAtEnd {
            let index = list.currentIndex
            do {
                result.append(try list.decode(String.self))
            } catch {
                let found = (try? list.superDecoder()).map(describe) ?? "another value"
                throw wrongType(
                    path: "\(path)[\(index)]",
                    what: "Entry \(index) of \(lowercasedFirst(what)) must be \(element) (a string)",
                    found: found)
            }
        }
        return result
    }

    private static func integer(_ decoder: any Decoder, path: String, what: String) throws -> Int {
        do {
            return try decoder.singleValueContainer().decode(Int.self)
        } catch {
            throw wrongType(path: path, what: "\(what) must be a whole number", found: describe(decoder))
        }
    }

    private static func wrongType(path: String, what: String, found: String) -> PlacementInputError {
        let place = path.isEmpty ? "" : " (\(path))"
        return PlacementInputError(
            code: .wrongType, path: path, description: "\(what)\(place), but it is \(found).")
    }

    private static func lowercasedFirst(_ text: String) -> String {
        guard let first = text.first, first.isUppercase else { return text }
        return first.lowercased() + text.dropFirst()
    }

    /// "null", "true", "the string \"x\"", "the number 1.5", "an object", "an array".
    static func describe(_ decoder: any Decoder) -> String {
        if let value = try? decoder.singleValueContainer() {
            if value.decodeNil() { return "null" }
            if let bool = try? value.decode(Bool.self) { return bool ? "true" : "false" }
            if let string = try? value.decode(String.self) {
                let shown = string.count > 40 ? string.prefix(40) + "…" : Substring(string)
                return "the string \"\(shown)\""
            }
            if let number = try? value.decode(Double.self) {
                if number == number.rounded(), abs(number) < 1e15 { return "the number \(Int(number))" }
                return "the number \(number)"
            }
        }
        if (try? decoder.container(keyedBy: PlacementJSONKey.self)) != nil { return "an object" }
        if (try? decoder.unkeyedContainer()) != nil { return "an array" }
        return "a number out of range"
    }
}

/// A coding key for arbitrary object keys (ids).
struct PlacementJSONKey: CodingKey, Hashable {
    let stringValue: String
    var intValue: Int? { nil }

    init(_ string: String) { stringValue = string }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { return nil }
}
