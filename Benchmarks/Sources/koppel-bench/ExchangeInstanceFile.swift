import Foundation
import Koppel
import KoppelDemo

/// `koppel-bench exchange-instance REQUESTS GROUP SEED [--unit] [--weights steps|unit|oneToFive]
/// [--degree D] [--vacancies V]`: one synthetic exchange instance in the interchange format on
/// stdout, for `exchange-families.sh`, the test fixtures and the reference solver.
///
/// GROUP is the size of the groups in which 80 % of the wishes fall (GROUP = REQUESTS: wishes
/// uniform over everyone); `--unit` (= `--weights unit`) gives every edge weight 1 (only the number
/// moved counts); `--degree` is the out-degree (default 10); `--vacancies` adds open positions,
/// each listed by 3 random participants (vacancy chains).
enum ExchangeInstanceFile {
    static let usage =
        "usage: koppel-bench exchange-instance REQUESTS GROUP SEED [--unit] [--weights steps|unit|oneToFive] [--degree D] [--vacancies V]"

    /// The family an argument list names.
    static func synthetic(_ arguments: [String]) throws -> ExchangeSyntheticInstance {
        guard arguments.count >= 3, let requests = Int(arguments[0]), let group = Int(arguments[1]),
            let seed = UInt64(arguments[2]), requests > 1, group > 1
        else { throw BenchError(usage) }
        var weights = ExchangeSyntheticInstance.Weights.steps
        var degree = 10
        var vacancies = 0
        var rest = arguments.dropFirst(3).makeIterator()
        while let option = rest.next() {
            switch option {
            case "--unit": weights = .unit
            case "--weights":
                guard let value = rest.next(), let kind = ExchangeSyntheticInstance.Weights(rawValue: value) else {
                    throw BenchError(usage)
                }
                weights = kind
            case "--degree":
                guard let value = rest.next().flatMap({ Int($0) }), value >= 0 else { throw BenchError(usage) }
                degree = value
            case "--vacancies":
                guard let value = rest.next().flatMap({ Int($0) }), value >= 0 else { throw BenchError(usage) }
                vacancies = value
            default: throw BenchError(usage)
            }
        }
        return ExchangeSyntheticInstance(
            requests: requests, outDegree: degree, groupSize: group, seed: seed, weights: weights,
            vacancies: vacancies)
    }

    /// The instance as interchange JSON (keys sorted).
    static func json(_ synthetic: ExchangeSyntheticInstance) throws -> Data {
        var object: [String: Any] = [
            "participants": synthetic.participants, "acceptable": synthetic.acceptable, "weights": synthetic.weights,
        ]
        if !synthetic.vacancies.isEmpty { object["vacancies"] = synthetic.vacancies }
        return try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    }

    static func write(_ arguments: [String]) throws {
        FileHandle.standardOutput.write(try json(synthetic(arguments)))
    }
}
