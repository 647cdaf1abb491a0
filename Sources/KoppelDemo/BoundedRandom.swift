extension RandomNumberGenerator {
    /// A uniform integer in `range` without modulo bias (Lemire's multiply-and-reject).
    ///
    /// Written out rather than calling `Int.random(in:using:)`, whose algorithm the standard
    /// library does not promise to keep; today both give the same numbers.
    mutating func boundedInt(in range: ClosedRange<Int>) -> Int {
        let span = UInt64(bitPattern: Int64(range.upperBound &- range.lowerBound)) &+ 1
        if span == 0 { return Int(truncatingIfNeeded: next()) }  // the whole of Int
        var product = next().multipliedFullWidth(by: span)
        if product.low < span {
            let threshold = (0 &- span) % span
            while product.low < threshold {
                product = next().multipliedFullWidth(by: span)
            }
        }
        return range.lowerBound &+ Int(truncatingIfNeeded: product.high)
    }
}
