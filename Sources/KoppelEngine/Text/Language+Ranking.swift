extension Language {
    /// Why a result is not eligible, in a few words ("mist Excel", "uren passen niet");
    /// `subject` is the skill's or credential's label when the reason names one.
    public func reason(_ code: RankingReasonCode, subject: String?) -> String {
        let key = "reason.\(code.rawValue)"
        guard Catalogue.entries[key] != nil else { return text("reason.other", ["code": code.rawValue]) }
        if let subject { return text(key, ["subject": subject]) }
        return Catalogue.entries[key + ".none"] != nil ? text(key + ".none") : text(key)
    }
}
