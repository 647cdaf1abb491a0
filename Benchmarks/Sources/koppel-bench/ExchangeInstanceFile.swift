import Foundation
import Koppel

/// `koppel-bench exchange-instance REQUESTS GROUP SEED [--unit]`: one synthetic exchange instance
/// in the interchange format on stdout, for `exchange-families.sh` and the reference solver.
///
/// GROUP is the size of the groups in which 80 % of the wishes fall (GROUP = REQUESTS: wishes
/// uniform over everyone); `--unit` gives every edge weight 1 (only the number moved counts).
enum ExchangeInstanceFile {
    static func write(_ arguments: [String]) throws {
        guard arguments.count >= 3, let requests = Int(arguments[0]), let group = Int(arguments[1]),
            let seed = UInt64(arguments[2]), requests > 1, group > 1
        else { throw BenchError("usage: koppel-bench exchange-instance REQUESTS GROUP SEED [--unit]") }
        let synthetic = ExchangeSyntheticInstance(requests: requests, outDegree: 10, groupSize: group, seed: seed)
        let unit = arguments.contains("--unit")
        let weights = unit ? synthetic.weights.mapValues { $0.mapValues { _ in 1.0 } } : synthetic.weights
        let object: [String: Any] = [
            "participants": synthetic.participants, "acceptable": synthetic.acceptable, "weights": weights,
        ]
        FileHandle.standardOutput.write(try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]))
    }
}
