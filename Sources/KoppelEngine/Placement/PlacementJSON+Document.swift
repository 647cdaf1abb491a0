/// The shape-checked input document, read from a ``JSONDocument``; ids are not cross-checked here.
///
/// Throws ``PlacementInputError`` for a wrong shape, naming the path and the value found.
/// Objects are walked in byte-wise key order, so the first problem reported is that of the
/// smallest id, whatever order the file has.
struct PlacementJSONDocument {
    var trainees: [PlacementInstance.Trainee] = []
    var placements: [PlacementInstance.Placement] = []
    /// Trainee id → forbidden placement ids, sorted by trainee id.
    var forbidden: [(trainee: String, placements: [String])] = []

    private typealias Value = JSONDocument.Value

    init(_ json: JSONDocument) throws(PlacementInputError) {
        let root = json.root
        try Self.requireObject(
            json, root, path: "", what: "The input must be a JSON object with \"trainees\" and \"placements\"")
        let traineesValue = json.member("trainees", of: root)
        let placementsValue = json.member("placements", of: root)
        for (key, value) in [("trainees", traineesValue), ("placements", placementsValue)] where value == nil {
            throw PlacementInputError(
                code: .missingField, path: key,
                description: "The input has no \"\(key)\" field; it needs both \"trainees\" and \"placements\".")
        }

        try Self.requireObject(
            json, traineesValue!, path: "trainees", what: "\"trainees\" must be an object of trainee id → list of placement ids")
        let traineeMembers = Self.sortedMembers(json, traineesValue!)
        trainees.reserveCapacity(traineeMembers.count)
        for (id, value) in traineeMembers {
            let ranking = try Self.stringList(
                json, value, path: "trainees.\(id)", what: "Trainee \(id)'s list", element: "a placement id")
            trainees.append(PlacementInstance.Trainee(id: id, ranking: ranking))
        }

        try Self.requireObject(
            json, placementsValue!, path: "placements",
            what: "\"placements\" must be an object of placement id → {\"capacity\", \"ranking\"}")
        let placementMembers = Self.sortedMembers(json, placementsValue!)
        placements.reserveCapacity(placementMembers.count)
        for (id, value) in placementMembers {
            let path = "placements.\(id)"
            try Self.requireObject(
                json, value, path: path, what: "Placement \(id) must be an object with \"capacity\" and \"ranking\"")
            let capacityValue = json.member("capacity", of: value)
            let rankingValue = json.member("ranking", of: value)
            for (field, found) in [("capacity", capacityValue), ("ranking", rankingValue)] where found == nil {
                throw PlacementInputError(
                    code: .missingField, path: "\(path).\(field)",
                    description: "Placement \(id) has no \"\(field)\" field (\(path).\(field)).")
            }
            guard let capacity = json.int(capacityValue!) else {
                throw Self.wrongType(
                    path: "\(path).capacity", what: "Placement \(id)'s capacity must be a whole number",
                    found: Self.describe(json, capacityValue!))
            }
            let ranking = try Self.stringList(
                json, rankingValue!, path: "\(path).ranking", what: "Placement \(id)'s ranking", element: "a trainee id")
            placements.append(PlacementInstance.Placement(id: id, capacity: capacity, ranking: ranking))
        }

        if let forbiddenValue = json.member("forbidden", of: root) {
            try Self.requireObject(
                json, forbiddenValue, path: "forbidden",
                what: "\"forbidden\" must be an object of trainee id → list of placement ids")
            for (id, value) in Self.sortedMembers(json, forbiddenValue) {
                let list = try Self.stringList(
                    json, value, path: "forbidden.\(id)", what: "Trainee \(id)'s forbidden list", element: "a placement id")
                forbidden.append((id, list))
            }
        }
    }

    /// The members of an object, sorted byte-wise by key (a sort only when the file is unsorted).
    private static func sortedMembers(_ json: JSONDocument, _ object: Value) -> [(key: String, value: Value)] {
        var members = json.members(of: object)
        let sorted = zip(members, members.dropFirst()).allSatisfy { !PlacementIDOrder.precedes($1.key, $0.key) }
        if !sorted { members.sort { PlacementIDOrder.precedes($0.key, $1.key) } }
        return members
    }

    private static func requireObject(_ json: JSONDocument, _ value: Value, path: String, what: String)
        throws(PlacementInputError)
    {
        guard json.kind(of: value) == .object else {
            throw wrongType(path: path, what: what, found: describe(json, value))
        }
    }

    /// An array of strings, read straight off the tape.
    private static func stringList(_ json: JSONDocument, _ value: Value, path: String, what: String, element: String)
        throws(PlacementInputError) -> [String]
    {
        let entry = json.tape[value.index]
        guard entry.tag == JSONDocument.Tag.array else {
            throw wrongType(path: path, what: "\(what) must be a list of strings", found: describe(json, value))
        }
        var result = [String]()
        result.reserveCapacity(Int(entry.length))
        var index = value.index + 1
        for position in 0..<Int(entry.length) {
            let item = json.tape[index]
            guard item.tag == JSONDocument.Tag.string else {
                throw wrongType(
                    path: "\(path)[\(position)]",
                    what: "Entry \(position) of \(lowercasedFirst(what)) must be \(element) (a string)",
                    found: describe(json, Value(index: index)))
            }
            result.append(json.makeString(item))
            index = Int(item.next)
        }
        return result
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
    private static func describe(_ json: JSONDocument, _ value: Value) -> String {
        switch json.kind(of: value) {
        case .null: return "null"
        case .bool: return json.bool(value)! ? "true" : "false"
        case .string:
            let string = json.string(value)!
            let shown = string.count > 40 ? string.prefix(40) + "…" : Substring(string)
            return "the string \"\(shown)\""
        case .number:
            guard let number = json.double(value), number.isFinite else { return "a number out of range" }
            if number == number.rounded(), abs(number) < 1e15 { return "the number \(Int(number))" }
            return "the number \(number)"
        case .object: return "an object"
        case .array: return "an array"
        }
    }
}
